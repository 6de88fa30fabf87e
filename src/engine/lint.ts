// A lint run: discover files, lint each (in this thread or in workers), sort the findings so the
// output is identical run to run, and keep the compact per-guide summaries for the scorecard.

import { discover } from '../load/discover.js';
import type { Finding } from '../model/types.js';
import type { GuideRef } from '../score/summary.js';
import type { ResolvedConfig } from './config.js';
import { lintFile, type FileResult } from './lint-file.js';
import { rulesFor } from './registry.js';
import { lintInPool, threadCount } from './pool.js';
import type { BaselineOutcome } from './baseline.js';
import type { CacheStats } from './cache.js';
import { splitFiles, type ShardSpec } from './shard.js';

export interface LintOptions {
  cwd: string;
  paths: string[];
  config: ResolvedConfig;
  ignorePatterns?: string[];
  keepText?: boolean;
  /** 'full' (default): the scorecard's facts of each guide; 'ref': references only (no scorecard asked for). */
  summaries?: 'full' | 'ref';
  /** Worker threads: a number or 'auto' (default 1: this thread). */
  threads?: number | 'auto';
  /** --cache: the cache file (src/engine/cache.ts); unchanged files are not linted again. */
  cache?: { location: string };
  /** Absolute paths never linted (the baseline and cache files of the run). */
  exclude?: string[];
  /** --shard i/n: lint only this shard's files (split by path relative to the config root). */
  shard?: ShardSpec;
}

/** What a shard run knows of the whole set, for merge (src/engine/shard-result.ts). */
export interface ShardInfo extends ShardSpec {
  /** Position of each of `files` in the whole discovered list. */
  positions: number[];
  discovered: number;
  setHash: string;
}

export interface LintResult {
  files: FileResult[];
  findings: Finding[];
  guides: GuideRef[];
  unmatched: string[];
  internalErrors: string[];
  /** Findings removed by suppression comments and by the baseline. */
  suppressed: number;
  /** --baseline: the findings it suppressed (included in `suppressed`) and its entries that no longer occur. */
  baseline?: BaselineOutcome;
  /** --cache: what came from the cache. */
  cache?: CacheStats;
  /** --shard: which part of the whole set this is. */
  shard?: ShardInfo;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export async function lintFiles(files: string[], opts: LintOptions): Promise<FileResult[]> {
  const threads = threadCount(opts.threads ?? 1, files.length);
  if (threads > 1) return lintInPool(files, { cwd: opts.cwd, config: opts.config, keepText: opts.keepText, summaries: opts.summaries, threads });
  const rules = await rulesFor(opts.config.plugins);
  const results: FileResult[] = [];
  for (const f of files) results.push(await lintFile(f, { cwd: opts.cwd, config: opts.config, rules, keepText: opts.keepText, summaries: opts.summaries }));
  return results;
}

export function collect(files: FileResult[], unmatched: string[]): LintResult {
  const findings = files.flatMap((r) => r.findings).sort(compareFindings);
  const guides = files.flatMap((r) => r.guides);
  const suppressed = files.reduce((n, r) => n + r.suppressed, 0);
  return { files, findings, guides, unmatched, internalErrors: files.flatMap((r) => r.internalErrors), suppressed };
}

export async function lint(opts: LintOptions): Promise<LintResult> {
  const found = await discover(opts.paths, { cwd: opts.cwd, ignorePatterns: opts.ignorePatterns });
  const unmatched = found.unmatched;
  let files = opts.exclude?.length ? found.files.filter((f) => !opts.exclude!.includes(f)) : found.files;
  let shard: ShardInfo | undefined;
  if (opts.shard) {
    const split = splitFiles(files, opts.shard, opts.config.baseDir ?? opts.cwd);
    shard = { ...opts.shard, positions: split.positions, discovered: split.discovered, setHash: split.setHash };
    files = split.files;
  }
  const withShard = (r: LintResult): LintResult => (shard ? { ...r, shard } : r);
  if (!opts.cache) return withShard(collect(await lintFiles(files, opts), unmatched));
  const { lintCached } = await import('./cache.js');
  // Cached results serve later runs, which may want a scorecard: always with the facts.
  const full: LintOptions = { ...opts, summaries: 'full' };
  const { results, stats } = await lintCached(files, { cwd: opts.cwd, config: opts.config, location: opts.cache.location, relint: opts.keepText }, (todo) => lintFiles(todo, full));
  return withShard({ ...collect(results, unmatched), cache: stats });
}
