// The default terminal output, ESLint's "stylish" shape, aligned by display width (CJK is wide).

import { Chalk } from 'chalk';
import { displayWidth as stringWidth } from '../util/width.js';
import type { Finding, Lang, Severity } from '../model/types.js';
import type { FormatInput, Formatter } from './types.js';
import { pathText } from '../engine/baseline.js';
import { countFindings } from './counts.js';
import { findingsByFile, itemLabel, position, SEVERITY_LABEL } from './finding-text.js';

import type { FindingSpill } from '../engine/spill.js';

const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - stringWidth(s)));

/** --baseline: what it suppressed, and its entries that no longer occur (the first ten of them). */
function baselineLines(result: FormatInput['result'], lang: Lang, c: InstanceType<typeof Chalk>): string[] {
  const b = result.baseline;
  if (!b) return [];
  const out = [
    lang === 'zh'
      ? `基线 ${b.file} 抑制了 ${b.suppressed} 个已记录的问题`
      : `${b.suppressed} known problem${b.suppressed === 1 ? '' : 's'} suppressed by the baseline ${b.file}`,
  ];
  if (b.fixed.length) {
    out.push(
      c.yellow(
        lang === 'zh'
          ? `${b.fixed.length} 条基线记录已不再出现：运行 --update-baseline 以清理`
          : `${b.fixed.length} baseline entries no longer occur: run --update-baseline to prune`,
      ),
    );
    for (const e of b.fixed.slice(0, 10))
      out.push(c.dim(`  ${e.file}  ${e.ruleId}  ${pathText(e.path)}${e.value !== undefined ? `  “${e.value}”` : ''}`));
    if (b.fixed.length > 10)
      out.push(c.dim(lang === 'zh' ? `  …… 另有 ${b.fixed.length - 10} 条` : `  … and ${b.fixed.length - 10} more`));
  }
  return out;
}

/**
 * Findings of exported records grouped per record, under its name and task_code, in the order the
 * records first appear; findings of no record (file-level) come first, ungrouped.
 */
function byRecord(findings: Finding[]): { title?: string; findings: Finding[] }[] {
  if (!findings.some((f) => f.unit !== undefined)) return [{ findings }];
  const groups = new Map<string, { title?: string; findings: Finding[] }>();
  const loose: Finding[] = [];
  for (const f of findings) {
    if (f.unit === undefined) {
      loose.push(f);
      continue;
    }
    const key = `${f.guide ?? ''}\u0000${f.unit}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { title: `${f.guide ?? ''}（${f.unit}）`, findings: [] }));
    g.findings.push(f);
  }
  return [...(loose.length ? [{ findings: loose }] : []), ...groups.values()];
}

type Chalked = InstanceType<typeof Chalk>;

const painter = (color: boolean) => new Chalk({ level: color ? 1 : 0 });

/** The rows of one group of findings (a record's, or the file-level ones), aligned within the group. */
function groupLines(title: string | undefined, findings: Finding[], lang: Lang, c: Chalked): string[] {
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  const lines: string[] = [];
  if (title) lines.push(`  ${c.bold(title)}`);
  const indent = title ? '    ' : '  ';
  const rows = findings.map(
    (f) =>
      [
        position(f),
        SEVERITY_LABEL[lang][f.severity],
        f.message,
        `${f.ruleId}${itemLabel(f, lang)}`,
        f.severity,
      ] as const,
  );
  const w0 = Math.max(...rows.map((r) => stringWidth(r[0])));
  const w1 = Math.max(...rows.map((r) => stringWidth(r[1])));
  const w2 = Math.min(80, Math.max(...rows.map((r) => stringWidth(r[2]))));
  for (const [pos, sev, msg, rule, s] of rows) {
    lines.push(`${indent}${c.dim(pad(pos, w0))}  ${paint[s](pad(sev, w1))}  ${pad(msg, w2)}  ${c.dim(rule)}`);
  }
  return lines;
}

/** After the findings: the counts, skipped versions, the baseline's notes and the score line. */
function summaryLines({ result, lang, scoreLine }: FormatInput, c: Chalked): string[] {
  const lines: string[] = [];
  const n = countFindings(result);
  const total = n.errors + n.warnings + n.infos;
  const summary =
    lang === 'zh'
      ? `${total ? '✖' : '✔'} ${total} 个问题（${n.errors} 个错误，${n.warnings} 个警告，${n.infos} 个提示），共 ${n.files} 个文件、${n.guides} 份指南`
      : `${total ? '✖' : '✔'} ${total} problem${total === 1 ? '' : 's'} (${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.infos} info) in ${n.files} file${n.files === 1 ? '' : 's'}, ${n.guides} guide${n.guides === 1 ? '' : 's'}`;
  lines.push((n.errors ? c.red.bold : n.warnings ? c.yellow.bold : c.green.bold)(summary));
  if (n.skippedVersions) {
    lines.push(
      lang === 'zh'
        ? `跳过 ${n.skippedVersions} 条旧版本记录（每个事项只检查最高版本；--all-versions 检查全部）`
        : `${n.skippedVersions} older record version${n.skippedVersions === 1 ? '' : 's'} skipped (each item is linted at its highest version; --all-versions lints all)`,
    );
  }
  lines.push(...baselineLines(result, lang, c));
  if (scoreLine) lines.push(scoreLine);
  return lines;
}

function stylishText(input: FormatInput): string {
  const { result, lang, color } = input;
  const c = painter(color);
  const lines: string[] = [];
  for (const [file, all] of findingsByFile(result.findings)) {
    lines.push(c.underline(file));
    for (const { title, findings } of byRecord(all)) lines.push(...groupLines(title, findings, lang, c));
    lines.push('');
  }
  lines.push(...summaryLines(input, c));
  return `${lines.join('\n')}\n`;
}

const stylish: Formatter = stylishText;

const groupKey = (f: Finding) => `${f.guide ?? ''}\u0000${f.unit}`;

/** A 32-bit hash of a group's key: a set of a million numbers is far smaller than one of a million strings. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Stylish for findings read back from a spill (one file, in report order), written piece by piece: the
 * same text as the formatter above. A first read takes the file-level findings (they print first) and
 * checks that each record's findings are consecutive; when they are not (or a hash says maybe), the
 * findings are read into memory and formatted as usual.
 */
export function streamStylish(input: FormatInput, spill: FindingSpill, write: (s: string) => void): void {
  const { lang } = input;
  const c = painter(input.color);
  const loose: Finding[] = [];
  const done = new Set<number>();
  let grouped = false;
  let last: string | undefined;
  let consecutive = true;
  let file: string | undefined;
  for (const f of spill.read()) {
    file ??= f.file;
    if (f.unit === undefined) {
      loose.push(f);
      continue;
    }
    grouped = true;
    const key = groupKey(f);
    if (key === last) continue;
    const h = hash32(key);
    if (done.has(h)) consecutive = false;
    done.add(h);
    last = key;
  }
  done.clear();
  if (!consecutive) {
    write(stylishText({ ...input, result: { ...input.result, findings: spill.all(), spill: undefined } }));
    return;
  }
  if (file !== undefined) {
    write(`${c.underline(file)}\n`);
    if (loose.length) write(`${groupLines(undefined, loose, lang, c).join('\n')}\n`);
    if (grouped) {
      let group: Finding[] = [];
      let head: Finding | undefined;
      const flush = () => {
        if (head) write(`${groupLines(`${head.guide ?? ''}（${head.unit}）`, group, lang, c).join('\n')}\n`);
        group = [];
      };
      for (const f of spill.read()) {
        if (f.unit === undefined) continue;
        if (head && groupKey(f) !== groupKey(head)) flush();
        if (!group.length) head = f;
        group.push(f);
      }
      flush();
    }
    write('\n');
  }
  write(`${summaryLines(input, c).join('\n')}\n`);
}

export default stylish;
