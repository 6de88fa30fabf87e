// `guide-lint score [paths…]`: the scorecard of checklist items 1–11 (and 23, 24) over a set of
// guides, against the checklist's targets (docs/scorecard.md). The guides are loaded and handed to
// the summary collector; no rule runs (only the per-guide summaries are needed).

import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { lint, type LintResult } from '../engine/lint.js';
import { unreadable } from '../engine/lint-file.js';
import { UsageError } from '../errors.js';
import { BINARY_SCORE_FORMATS, getScoreFormatter, SCORE_FORMAT_NAMES } from '../format/score-formats.js';
import type { Finding, Lang } from '../model/types.js';
import type { ShardSpec } from '../engine/shard.js';
import { missed } from '../score/scorecard.js';
import { powerListOf, scoreConfig, scoreResult, type ScoreRunOptions } from '../score/run.js';
import type { GroupBy } from '../score/scorecard.js';
import { SUMMARY_COLLECTOR } from '../score/summary-collector.js';
import type { Scorecard } from '../score/types.js';
import { writeAtomicChunks } from '../util/atomic-write.js';

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
  /** --shard i/n (with --format shard). */
  shard?: ShardSpec;
}

export function parseBy(values: string[]): GroupBy[] {
  const out = new Set<GroupBy>();
  const all = values.length
    ? values
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean)
    : ['department'];
  for (const v of all) {
    if (v === 'none') continue;
    if (v !== 'department' && v !== 'level') throw new UsageError(`--by expects department, level or none, got "${v}"`);
    out.add(v);
  }
  if (all.includes('none') && out.size) throw new UsageError('--by none cannot be combined with department or level');
  return [...out];
}

/** Reads the guides (load and summaries only, no rules) and the power list, and scores them. */
export async function computeScore(
  paths: string[],
  o: ScoreRunOptions,
): Promise<{ card: Scorecard; result: LintResult }> {
  const powerList = await powerListOf(o);
  const result = await lint({
    cwd: o.cwd,
    paths,
    config: o.config,
    ignorePatterns: o.ignorePatterns,
    threads: o.threads,
    collector: SUMMARY_COLLECTOR,
    collectOnly: true,
  });
  (await import('./inputs.js')).checkInputs(result, paths, o.lang, false);
  return { card: await scoreResult(result, o, powerList), result };
}

export async function runScore(paths: string[], opts: ScoreCommandOptions, config: ResolvedConfig): Promise<number> {
  const cwd = process.cwd();
  if (opts.shard || opts.format === 'shard') return writeScoreShard(paths, opts, config, cwd);
  if (!SCORE_FORMAT_NAMES.includes(opts.format))
    throw new UsageError(`--format expects ${SCORE_FORMAT_NAMES.join(', ')}, got "${opts.format}"`);
  if (BINARY_SCORE_FORMATS.has(opts.format) && !opts.output)
    throw new UsageError(`--format ${opts.format} writes a binary file: give --output FILE`);
  const by = parseBy(opts.by);
  const { card, result } = await computeScore(paths, {
    cwd,
    config,
    powerList: opts.powerList,
    by,
    lang: opts.lang,
    ignorePatterns: opts.ignorePattern,
    threads: opts.threads,
  });
  return reportScore(card, result, opts, cwd, unreadable);
}

/** `score --shard i/n --format shard -o FILE`: the summaries of a shard's guides, scored by `guide-lint merge --score`. */
async function writeScoreShard(
  paths: string[],
  opts: ScoreCommandOptions,
  config: ResolvedConfig,
  cwd: string,
): Promise<number> {
  if (opts.format !== 'shard' || !opts.output)
    throw new UsageError(
      'a shard is scored with the others: write it with --format shard --output FILE and join them with guide-lint merge --score',
    );
  const atMerge = [
    opts.powerList !== undefined && '--power-list',
    opts.by.length > 0 && '--by',
    opts.failUnder && '--fail-under',
  ].filter(Boolean);
  if (atMerge.length)
    throw new UsageError(
      `${atMerge.join(', ')}: give ${atMerge.length > 1 ? 'them' : 'it'} to guide-lint merge --score, which scores the whole set`,
    );
  const quiet = scoreConfig(config);
  const result = await lint({
    cwd,
    paths,
    config,
    ignorePatterns: opts.ignorePattern,
    threads: opts.threads,
    shard: opts.shard,
    collector: SUMMARY_COLLECTOR,
    collectOnly: true,
  });
  (await import('./inputs.js')).checkInputs(result, paths, opts.lang, (result.shard?.discovered ?? 0) > 0);
  const { buildShard } = await import('../engine/shard-result.js');
  const { writeShard } = await import('../engine/shard-write.js');
  await writeShard(resolve(cwd, opts.output), buildShard(result, { kind: 'score', paths, config: quiet, cwd }));
  return 0;
}

/**
 * Prints a scorecard; notes the files whose guides are not in it (`unread`: the findings saying a
 * file or guide could not be read); gives the exit code.
 */
export async function reportScore(
  card: Scorecard,
  result: LintResult,
  opts: Pick<ScoreCommandOptions, 'format' | 'output' | 'color' | 'lang' | 'failUnder'>,
  cwd: string,
  unread: (f: Finding) => boolean,
): Promise<number> {
  const formatter = await getScoreFormatter(opts.format);
  const input = { card, color: !opts.output && opts.color };
  // Streamed: a scorecard's offenders are made as they are written (src/util/lazy-list.ts).
  const print = async (write: (chunk: Buffer) => void) => {
    const out = await formatter({ ...input, sink: write });
    if (out.length) write(typeof out === 'string' ? Buffer.from(out) : out);
  };
  if (opts.output) await writeAtomicChunks(resolve(cwd, opts.output), print);
  else await print((chunk) => process.stdout.write(chunk));

  // Files that could not be read are not in the score: say so, where it cannot be missed.
  const unreadable = [...new Set(result.findings.filter(unread).map((f) => f.file))];
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
