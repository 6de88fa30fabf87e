// `guide-lint score [paths…]`: the scorecard of checklist items 1–11 (and 23, 24) over a set of
// guides, against the checklist's targets (docs/scorecard.md). The guides are read by the normal
// lint run with every rule off: only the per-guide summaries are needed.

import { resolve } from 'node:path';
import type { ResolvedConfig } from '../engine/config.js';
import { lint } from '../engine/lint.js';
import { PARSE_ERROR } from '../engine/lint-file.js';
import { UsageError } from '../errors.js';
import { BINARY_SCORE_FORMATS, getScoreFormatter, SCORE_FORMAT_NAMES } from '../format/score-formats.js';
import type { Lang } from '../model/types.js';
import { buildScorecard, missed } from '../score/scorecard.js';
import type { GroupBy } from '../score/scorecard.js';
import { locateDeviations } from '../score/locate.js';
import { readPowerList } from '../score/power-list.js';
import { resolveTargets } from '../score/targets.js';
import { uniformity } from '../score/uniformity.js';
import { writeAtomic } from '../util/atomic-write.js';
import { VERSION } from '../version.js';

export interface ScoreCommandOptions {
  powerList?: string;
  /** "department", "level", "none", or several separated by commas (repeatable). */
  by: string[];
  format: string;
  output?: string;
  failUnder?: boolean;
  lang: Lang;
  color: boolean;
  ignorePattern: string[];
  threads?: number | 'auto';
}

export function parseBy(values: string[]): GroupBy[] {
  const out = new Set<GroupBy>();
  const all = values.length ? values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean) : ['department'];
  for (const v of all) {
    if (v === 'none') continue;
    if (v !== 'department' && v !== 'level') throw new UsageError(`--by expects department, level or none, got "${v}"`);
    out.add(v);
  }
  if (all.includes('none') && out.size) throw new UsageError('--by none cannot be combined with department or level');
  return [...out];
}

export async function runScore(paths: string[], opts: ScoreCommandOptions, config: ResolvedConfig): Promise<number> {
  const cwd = process.cwd();
  if (!SCORE_FORMAT_NAMES.includes(opts.format)) throw new UsageError(`--format expects ${SCORE_FORMAT_NAMES.join(', ')}, got "${opts.format}"`);
  if (BINARY_SCORE_FORMATS.has(opts.format) && !opts.output) throw new UsageError(`--format ${opts.format} writes a binary file: give --output FILE`);
  const by = parseBy(opts.by);
  const targets = resolveTargets(config.targets);
  const powerList = opts.powerList ? await readPowerList(opts.powerList, cwd) : null;

  // Only summaries are needed: every rule off.
  const quiet: ResolvedConfig = { ...config, rules: Object.fromEntries(Object.entries(config.rules).map(([id, s]) => [id, { ...s, severity: 'off' as const }])) };
  const result = await lint({ cwd, paths, config: quiet, ignorePatterns: opts.ignorePattern, threads: opts.threads });
  if (result.unmatched.length && result.files.length === 0) throw new UsageError(`no guide files found for: ${result.unmatched.join(', ')}`);

  const u = uniformity(result.guides);
  await locateDeviations(u, cwd, { maxBytes: config.maxBytes, columns: config.columns, encoding: config.encoding });
  const card = buildScorecard({ guides: result.guides, files: result.files.length, powerList, targets, by, lang: opts.lang, version: VERSION, uniformity: u });

  const formatter = await getScoreFormatter(opts.format);
  const out = await formatter({ card, color: !opts.output && opts.color });
  if (opts.output) await writeAtomic(resolve(cwd, opts.output), out);
  else process.stdout.write(out);

  // Files that could not be read are not in the score: say so, where it cannot be missed.
  const unreadable = [...new Set(result.findings.filter((f) => f.severity === 'error' && (f.ruleId === PARSE_ERROR || f.guide === null)).map((f) => f.file))];
  if (unreadable.length) {
    const list = unreadable.slice(0, 5).join(', ') + (unreadable.length > 5 ? ' …' : '');
    process.stderr.write(
      opts.lang === 'zh'
        ? `guide-lint: ${unreadable.length} 个文件无法读取，其中的指南未计入评分（${list}）；用 guide-lint 检查这些文件\n`
        : `guide-lint: ${unreadable.length} file${unreadable.length === 1 ? '' : 's'} could not be read and are not scored (${list}); run guide-lint on them\n`,
    );
  }
  if (result.internalErrors.length) {
    for (const e of result.internalErrors) process.stderr.write(`guide-lint: internal error: ${e}\n`);
    return 2;
  }
  return opts.failUnder && missed(card).length ? 1 : 0;
}
