// `guide-lint merge shard-*.json`: joins the shard results of a split run (`--shard i/n --format
// shard`) into the report, or with --score the scorecard, that one run over the whole set gives.
// Shards that cannot make one run are refused with one line (exit 2). The cross-guide checks
// (item 10's uniformity by 基本编码, items 7/9's power-list coverage, item 8's count per department)
// run here, over every shard's summaries; the baseline is applied here, so its fingerprints are the
// single run's.

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  shardInterner,
  mergeForScore,
  mergeShards,
  readShard,
  type MergedScore,
  type NamedShard,
  type Reading,
} from '../engine/shard-result.js';
import { UsageError } from '../errors.js';
import { SCORE_FORMAT_NAMES, BINARY_SCORE_FORMATS } from '../format/score-formats.js';
import { unreadable } from '../engine/lint-file.js';
import type { Finding } from '../model/types.js';
import { applyBaselineTo, pairOutputs, reportLint, SHARD } from './lint.js';
import { powerListOf, scoreGuides } from '../score/run.js';
import { parseBy, reportScore } from './score.js';
import { fullSummaries } from '../score/summary.js';
import { SummaryTable } from '../score/summary-table.js';
import { defined } from '../util/defined.js';

export interface MergeCommandOptions {
  format: string[];
  output: string[];
  /** --score: the scorecard instead of the report; --no-score: no one-line score under a stylish report. */
  score?: boolean;
  by: string[];
  powerList?: string;
  failUnder?: boolean;
  quiet?: boolean;
  maxWarnings?: number;
  baseline?: string;
  updateBaseline?: boolean;
  color: boolean;
  allowEmpty?: boolean;
}

/** Shard files as given; a glob the shell left alone (Windows) is expanded here. */
async function shardFiles(args: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const a of args) {
    if (existsSync(resolve(cwd, a)) || !/[*?[{]/.test(a)) {
      out.push(a);
      continue;
    }
    const fg = (await import('fast-glob')).default;
    const hits = (await fg(a.replace(/\\/g, '/'), { cwd, onlyFiles: true })).sort();
    if (!hits.length) throw new UsageError(`no shard results match ${a}`);
    out.push(...hits);
  }
  return out;
}

export async function runMerge(args: string[], opts: MergeCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const shards: NamedShard[] = [];
  // The scorecard's facts are kept only when a scorecard is made (--score, or stylish's one-line score).
  const full =
    opts.score === true || (opts.score !== false && (opts.format.length === 0 || opts.format.includes('stylish')));
  const table = full ? new SummaryTable() : undefined;
  let reading: Reading | undefined = table
    ? { summaries: opts.score ? 'score' : 'full', table }
    : { summaries: 'ref', interner: shardInterner() };
  for (const name of await shardFiles(args, cwd))
    shards.push({ name, shard: readShard(resolve(cwd, name), name, reading) });
  // eslint-disable-next-line no-useless-assignment -- frees the interner for the collector: not needed once every shard is read
  reading = undefined;
  if (opts.score) return scoreMerged(mergeForScore(shards.splice(0), defined(table), cwd), opts, cwd);
  const { result, config, kind, baseline, paths } = mergeShards(shards, cwd);
  shards.length = 0;
  const lang = config.lang;

  if (kind === 'score')
    throw new UsageError(
      'these are score shards (rules off): merge them with --score, or run the shards with guide-lint --shard i/n for a lint report',
    );
  const pairs = pairOutputs(opts.format, opts.output);
  if (pairs.some((p) => p.format === SHARD))
    throw new UsageError('merge prints a report: --format shard is for the shards themselves');
  if (pairs.some((p) => p.format === 'xlsx' && !p.output))
    throw new UsageError('--format xlsx writes a workbook: give it an --output FILE.xlsx');
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- --update-baseline=false falls back on the config too
  const b = { baseline: opts.baseline ?? baseline?.file, updateBaseline: opts.updateBaseline || baseline?.update };
  if (b.baseline !== undefined || b.updateBaseline) await applyBaselineTo(result, b, cwd);
  const wantsScore = opts.score !== false && pairs.some((p) => p.format === 'stylish');
  return reportLint(
    result,
    {
      quiet: opts.quiet,
      maxWarnings: opts.maxWarnings,
      lang,
      color: opts.color,
      wantsScore,
      paths,
      allowEmpty: opts.allowEmpty,
    },
    pairs,
    config,
    cwd,
  );
}

/** `merge --score`: the scorecard of the merged guides in one score format. */
async function scoreMerged(merged: MergedScore, opts: MergeCommandOptions, cwd: string): Promise<number> {
  const { config, result } = merged;
  const lang = config.lang;
  const format = opts.format.length ? opts.format : ['table'];
  if (format.length > 1 || opts.output.length > 1)
    throw new UsageError('merge --score prints one scorecard: give one --format and at most one --output');
  if (!SCORE_FORMAT_NAMES.includes(defined(format[0])))
    throw new UsageError(`--format expects ${SCORE_FORMAT_NAMES.join(', ')} with --score, got "${format[0]}"`);
  if (BINARY_SCORE_FORMATS.has(defined(format[0])) && !opts.output[0])
    throw new UsageError(`--format ${format[0]} writes a binary file: give --output FILE`);
  const powerList = await powerListOf({ powerList: opts.powerList, cwd });
  const card = await scoreGuides(
    fullSummaries(merged.guides),
    merged.files,
    { cwd, config, by: parseBy(opts.by), lang },
    powerList,
  );
  // Files or guides that could not be read (not a rule's finding: lint shards carry those too).
  const ruleOn = (id: string) => config.rules[id] !== undefined && config.rules[id].severity !== 'off';
  const unread = (f: Finding) => unreadable(f) && !ruleOn(f.ruleId);
  return reportScore(
    card,
    result,
    { format: defined(format[0]), output: opts.output[0], color: opts.color, lang, failUnder: opts.failUnder },
    cwd,
    unread,
  );
}
