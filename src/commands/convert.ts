// `guide-lint convert EXPORT -o DIR`: exported records → one YAML guide per unit (docs/guide-format.md),
// each element commented with the source field it came from. The guides lint as the export does.

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isCollection, isScalar, type Node as YNode } from 'yaml';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { ENGINE_MESSAGES, localize } from '../engine/messages.js';
import { loadFile } from '../load/index.js';
import type { ElementPath, Lang, LoadedGuide, LoadProblem } from '../model/types.js';
import { writeAtomic } from '../util/atomic-write.js';
import { defined } from '../util/defined.js';

export interface ConvertOptions {
  output: string;
  lang: Lang;
}

export interface ConvertOutcome {
  written: string[];
  problems: string[];
  exported: boolean;
}

const problemText = (p: LoadProblem, lang: Lang) => {
  const t = p.text ?? ENGINE_MESSAGES[p.messageId] ?? { zh: p.messageId, en: p.messageId };
  return `${p.location.line}:${p.location.column} ${localize(t, lang, p.data)}`;
};

export async function convertExport(
  file: string,
  config: ResolvedConfig,
  opts: ConvertOptions,
): Promise<ConvertOutcome> {
  const loaded = await loadFile(file, {
    maxBytes: config.maxBytes,
    inputFormat: config.inputFormat ?? 'auto',
    import: config.import,
    allVersions: config.allVersions,
  });
  const out: ConvertOutcome = {
    written: [],
    problems: loaded.problems.map((p) => problemText(p, opts.lang)),
    exported: Boolean(loaded.exported),
  };
  if (!loaded.exported) return out;
  mkdirSync(opts.output, { recursive: true });
  const used = new Set<string>();
  for (const g of loaded.guides) {
    let name = fileName(g);
    for (let i = 2; used.has(name); i++) name = `${fileName(g)}-${i}`;
    used.add(name);
    const target = join(opts.output, `${name}.yaml`);
    await writeAtomic(target, guideYaml(g, opts.lang));
    out.written.push(target);
  }
  return out;
}

function fileName(g: LoadedGuide): string {
  const base = (g.unit ?? `guide-${g.index + 1}`).replace(/\s*\/\s*/g, '-');
  return base.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120) || `guide-${g.index + 1}`;
}

/** The guide as YAML, a comment on each element naming its source field. */
export function guideYaml(g: LoadedGuide, lang: Lang): string {
  const doc = new Document(g.data);
  const label = (path: ElementPath) => g.sourceFieldOf?.(path, lang)?.label;
  const walk = (node: YNode | null | undefined, path: ElementPath) => {
    if (!node) return;
    if (isCollection(node)) {
      if (node.items.length === 0) node.flow = true;
      node.items.forEach((item, i) => {
        if (isScalar(item) || isCollection(item)) {
          walk(item, [...path, i]);
        } else {
          // A Document made from plain data: every key is a string.
          const pair = item as { key: { value: string }; value: YNode | null };
          const key = pair.key.value;
          const sub = [...path, key];
          const l = label(sub);
          if (l && pair.value) {
            if (isCollection(pair.value) && pair.value.items.length > 0) pair.value.commentBefore = ` ← ${l}`;
            else pair.value.comment = ` ← ${l}`;
          }
          walk(pair.value, sub);
        }
      });
    }
  };
  walk(doc.contents, []);
  const head: string[] = [
    lang === 'zh'
      ? '由 guide-lint convert 从平台导出记录转换；“←”后为来源字段'
      : 'converted by guide-lint convert from exported records; "←" names the source field',
  ];
  if (g.unit) head.push(`${lang === 'zh' ? '事项' : 'unit'}: ${g.unit}`);
  for (const p of g.problems ?? [])
    head.push(`${lang === 'zh' ? '导出记录的问题' : 'export problem'}: ${problemText(p, lang)}`);
  if ((g.variants?.length ?? 0) > 1) {
    const more = defined(g.variants)
      .slice(1)
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- shown as String() shows any value
      .map((v) => String((v.data as Record<string, unknown>)['办理地点'] ?? '-'));
    head.push(`${lang === 'zh' ? '另有窗口' : 'other windows'}: ${more.join('；')}`);
  }
  doc.commentBefore = head.map((l) => ` ${l.replace(/\n/g, ' ')}`).join('\n');
  return doc.toString({ lineWidth: 0 });
}

/** The command: writes the guides, says what it did; exit 2 when the file is not an export. */
export async function runConvert(file: string, output: string, config: ResolvedConfig): Promise<number> {
  const lang = config.lang;
  const r = await convertExport(file, config, { output, lang });
  for (const p of r.problems) process.stderr.write(`guide-lint: ${p}\n`);
  if (!r.exported) {
    process.stderr.write(
      lang === 'zh'
        ? `guide-lint: ${file} 不是平台导出记录（可用 --input-format exchange 强制按导出记录读取）\n`
        : `guide-lint: ${file} is not an export of records (--input-format exchange forces it)\n`,
    );
    return 2;
  }
  process.stdout.write(
    lang === 'zh'
      ? `已写入 ${r.written.length} 份指南到 ${output}\n`
      : `wrote ${r.written.length} guide${r.written.length === 1 ? '' : 's'} to ${output}\n`,
  );
  return r.problems.length ? 1 : 0;
}
