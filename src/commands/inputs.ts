// What a run says about its inputs, in the message language: paths that do not exist, arguments
// that found no guide file, named files an ignore pattern skips, a run that checked no guide
// (never a silent green), and with --debug the files left out without a word.

import type { LintResult, Skipped } from '../engine/lint.js';
import { localize } from '../engine/messages.js';
import type { Text } from '../engine/rule.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../model/types.js';

const MESSAGES = {
  missing: { zh: '路径不存在：{paths}', en: 'no such file or folder: {paths}' },
  unmatched: { zh: '没有找到指南文件：{paths}', en: 'no guide files found for: {paths}' },
  ignored: {
    zh: '{paths} 被忽略规则（.guidelintignore、--ignore-pattern 或配置 ignore:）排除，未检查',
    en: '{paths} matched an ignore pattern (.guidelintignore, --ignore-pattern or config ignore:) and was not linted',
  },
  noGuide: {
    zh: '没有检查任何办事指南（{paths}）；若确属预期，请加 --allow-empty',
    en: 'no guide was checked ({paths}); pass --allow-empty if that is expected',
  },
  skipped: { zh: '跳过 {file}：{why}', en: 'skipped {file}: {why}' },
} satisfies Record<string, Text>;

const WHY: Record<Skipped['why'], Text> = {
  name: { zh: '按文件名不是指南', en: 'not a guide by its name' },
  'run-file': {
    zh: '本次运行自己的文件（--output、基线或缓存）',
    en: "the run's own file (--output, baseline or cache)",
  },
  'own-output': { zh: 'guide-lint 写出的报告', en: 'a report guide-lint wrote' },
  form: {
    zh: '指南引用的空白表格或示例样表，不含指南',
    en: 'a blank or sample form a guide references, holding no guide',
  },
};

const list = (paths: string[]) => paths.join(', ');
const line = (text: string) => `guide-lint: ${text}\n`;

/** Before any report: a path that does not exist, or nothing to read at all, is a usage error (exit 2). */
export function checkInputs(result: LintResult, paths: string[], lang: Lang, allowEmpty: boolean): void {
  if (result.missing.length) throw new UsageError(localize(MESSAGES.missing, lang, { paths: list(result.missing) }));
  if (result.files.length === 0 && !allowEmpty) {
    const what = result.unmatched.length ? result.unmatched : paths.length ? paths : ['.'];
    throw new UsageError(
      localize(result.unmatched.length && !result.ignored.length ? MESSAGES.unmatched : MESSAGES.noGuide, lang, {
        paths: list(what),
      }),
    );
  }
}

/** Lines for stderr: named files that were ignored, and with --debug every file left out. */
export function inputNotes(result: LintResult, lang: Lang, debug: boolean): string {
  let out = result.ignored.length ? line(localize(MESSAGES.ignored, lang, { paths: list(result.ignored) })) : '';
  if (debug)
    for (const s of result.skipped)
      out += line(localize(MESSAGES.skipped, lang, { file: s.file, why: localize(WHY[s.why], lang) }));
  return out;
}

/** After the report: the line that turns a run that checked no guide into exit code 2. */
export function noGuideLine(paths: string[], lang: Lang): string {
  return line(localize(MESSAGES.noGuide, lang, { paths: list(paths.length ? paths : ['.']) }));
}
