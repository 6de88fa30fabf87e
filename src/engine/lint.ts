// A lint run: discover files, lint each (in this thread or in workers), sort the findings so the
// output is identical run to run, and keep what the run's collector makes of each guide.

import { resolve } from 'node:path';
import { discover } from '../load/discover.js';
import { configIgnore } from '../config/ignore.js';
import { NOT_A_GUIDE, NOT_A_GUIDE_MESSAGES } from '../load/classify.js';
import type { Finding } from '../model/types.js';
import { localize } from './messages.js';
import type { GuideRef } from '../model/guide-ref.js';
import { loadCollector, type CollectorRef, type GuideCollector } from './collector.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { displayPath, lintFile, wholeFileFinding, type FileResult } from './lint-file.js';
import { rulesFor } from './registry.js';
import { lintInPool, threadCount } from './pool.js';
import type { BaselineOutcome } from './baseline.js';
import type { CacheStats } from './cache.js';
import { splitFiles, type ShardSpec } from './shard.js';
import { compareFindings } from './compare-findings.js';
import type { FindingSpill, OrderedSink } from './spill.js';
import { lap, timedSync, TIMING } from '../util/timing.js';

export { compareFindings };

export interface LintOptions {
  cwd: string;
  paths: string[];
  config: ResolvedConfig;
  /** --ignore-pattern, relative to cwd (the config's `ignore:` and file names come with `config`). */
  ignorePatterns?: string[];
  keepText?: boolean;
  /** Makes each guide's record (src/engine/collector.ts); default: its reference only. A cached run's
   * records serve later runs, so callers that cache pass the richest collector they use. */
  collector?: CollectorRef;
  /** Load and collect only: no rules run (a scorecard's read of the guides). */
  collectOnly?: boolean;
  /** Worker threads: a number or 'auto' (default 1: this thread). */
  threads?: number | 'auto';
  /** --cache: the cache file (src/engine/cache.ts); unchanged files are not linted again. */
  cache?: { location: string };
  /** Absolute paths never linted (the run's own files: baseline, cache, --output targets). */
  exclude?: string[];
  /** Progress (one thread only): before each file with (files done, files, file), and once more at the end. */
  onFile?: (done: number, total: number, file?: string) => void;
  /** Progress within a file (one thread only): (guides done, guides in the file). */
  onGuide?: (done: number, total: number) => void;
  /** --shard i/n: lint only this shard's files (split by path relative to the config root). */
  shard?: ShardSpec;
  /**
   * A run of one streamed file (JSON Lines export) in this thread, without cache or shard: its findings
   * go to this sink's spill in report order instead of memory (LintResult.spill says when they did).
   */
  sink?: OrderedSink;
  /** With a sink: guides are counted, not kept (no scorecard wanted). */
  countGuides?: boolean;
}

/** What a shard run knows of the whole set, for merge (src/engine/shard-result.ts). */
export interface ShardInfo extends ShardSpec {
  /** Position of each of `files` in the whole discovered list. */
  positions: number[];
  discovered: number;
  setHash: string;
}

/** Files not linted or not reported, and why (--debug lists them). */
export interface Skipped {
  file: string;
  why: 'name' | 'run-file' | 'own-output' | 'form';
}

export interface LintResult {
  files: FileResult[];
  findings: Finding[];
  guides: GuideRef[];
  unmatched: string[];
  /** Arguments that do not exist. */
  missing: string[];
  /** Named files an ignore pattern matches. */
  ignored: string[];
  /** Files left out without a finding (relative to cwd). */
  skipped: Skipped[];
  internalErrors: string[];
  /** Findings removed by suppression comments and by the baseline. */
  suppressed: number;
  /** --baseline: the findings it suppressed (included in `suppressed`) and its entries that no longer occur. */
  baseline?: BaselineOutcome;
  /** --cache: what came from the cache. */
  cache?: CacheStats;
  /** --shard: which part of the whole set this is. */
  shard?: ShardInfo;
  /** --shard: the files named as arguments (absolute), for merge's settling. */
  named?: string[];
  /** The findings are in this spill, in report order, not in `findings` (LintOptions.sink). */
  spill?: FindingSpill;
  /** Guides linted, when they were counted rather than kept in `guides`. */
  guideCount?: number;
}

const YIELD_EVERY = 64;

export async function lintFiles(files: string[], opts: LintOptions): Promise<FileResult[]> {
  const threads = threadCount(opts.threads ?? 1, files.length);
  if (threads > 1)
    return lintInPool(files, {
      cwd: opts.cwd,
      config: opts.config,
      keepText: opts.keepText,
      collector: opts.collector,
      collectOnly: opts.collectOnly,
      threads,
    });
  const rules = opts.collectOnly ? [] : await rulesFor(opts.config.plugins);
  const collector = timedCollector(await loadCollector(opts.collector));
  const sink = files.length === 1 ? opts.sink : undefined;
  const results: FileResult[] = [];
  for (const f of files) {
    opts.onFile?.(results.length, files.length, f);
    results.push(
      await lintFile(f, {
        cwd: opts.cwd,
        config: opts.config,
        rules,
        keepText: opts.keepText,
        collector,
        onGuide: opts.onGuide,
        sink,
        countGuides: opts.countGuides,
      }),
    );
    // A turn of the event loop now and then, so Ctrl-C (a signal handler) is heard during a long run.
    if (results.length % YIELD_EVERY === 0) await new Promise((done) => setImmediate(done));
  }
  opts.onFile?.(results.length, files.length);
  return results;
}

/** GUIDE_LINT_TIMING: the collector's share of linting, measured guide by guide. */
const timedCollector = (c: GuideCollector): GuideCollector =>
  TIMING ? { name: c.name, collect: (g, ctx) => timedSync(`${c.name} collector`, () => c.collect(g, ctx)) } : c;

export function collect(
  files: FileResult[],
  unmatched: string[],
  extra: Partial<Pick<LintResult, 'missing' | 'ignored' | 'skipped'>> = {},
): LintResult {
  const findings = files.flatMap((r) => r.findings).sort(compareFindings);
  const guides = files.flatMap((r) => r.guides);
  const suppressed = files.reduce((n, r) => n + r.suppressed, 0);
  return {
    files,
    findings,
    guides,
    unmatched,
    missing: extra.missing ?? [],
    ignored: extra.ignored ?? [],
    skipped: extra.skipped ?? [],
    internalErrors: files.flatMap((r) => r.internalErrors),
    suppressed,
  };
}

/**
 * What the results leave out or say louder, now that every file is read: guide-lint's own reports
 * (found by content); spreadsheets that guides reference as blank or sample forms and that hold no
 * guide; and for a file named on the command line that yields no guide, a warning instead of a note.
 */
const withShard = (r: LintResult, shard: ShardInfo | undefined, named: Set<string>): LintResult =>
  shard ? { ...r, shard, named: [...named] } : r;

const guidesOf = (r: FileResult) => r.guides.length + (r.guideCount ?? 0);

export function settle(
  results: FileResult[],
  cwd: string,
  named: ReadonlySet<string>,
  lang: LintOptions['config']['lang'],
  skipped: Skipped[],
): FileResult[] {
  const refs = new Set(results.flatMap((r) => r.refs ?? []));
  const kept: FileResult[] = [];
  for (const r of results) {
    // Resolved only when something is to be looked up (a million files merged need no million paths).
    const abs = refs.size || named.size ? resolve(cwd, r.file) : '';
    if (r.skipped) skipped.push({ file: r.file, why: 'own-output' });
    else if (guidesOf(r) === 0 && refs.has(abs)) skipped.push({ file: r.file, why: 'form' });
    else kept.push(named.has(abs) && guidesOf(r) === 0 ? namedWithoutGuide(r, lang) : r);
  }
  return kept;
}

/** A named file that yields no guide: its not-a-guide note is a warning (so --max-warnings 0 fails), or one is added. */
function namedWithoutGuide(r: FileResult, lang: LintOptions['config']['lang']): FileResult {
  if (r.findings.some((f) => f.severity !== 'info' && f.ruleId !== NOT_A_GUIDE)) return r;
  const findings = r.findings.map((f) => (f.ruleId === NOT_A_GUIDE ? { ...f, severity: 'warning' as const } : f));
  if (!findings.some((f) => f.ruleId === NOT_A_GUIDE)) {
    findings.push(wholeFileFinding(r.file, NOT_A_GUIDE, 'warning', localize(NOT_A_GUIDE_MESSAGES.noGuideInFile, lang)));
  }
  return { ...r, findings };
}

/**
 * A run whose one file streamed its findings to the sink: the result points at the spill. When the
 * sink could not keep the report order, or the file yielded no guide (settle may then add a finding),
 * the findings come back into memory and the run is reported as any other.
 */
function spilled(
  results: FileResult[],
  sink: OrderedSink,
  settled: (r: FileResult[]) => FileResult[],
  found: { unmatched: string[] },
  extra: Parameters<typeof collect>[2],
): LintResult {
  const r = results[0];
  if (!sink.used || !r) return collect(settled(results), found.unmatched, extra);
  const guideCount = guidesOf(r);
  if (sink.ordered && guideCount > 0)
    return { ...collect(settled(results), found.unmatched, extra), spill: sink.spill, guideCount };
  r.findings.push(...sink.spill.all());
  return { ...collect(settled(results), found.unmatched, extra), guideCount };
}

export async function lint(opts: LintOptions): Promise<LintResult> {
  const found = await discover(opts.paths, {
    cwd: opts.cwd,
    ignorePatterns: opts.ignorePatterns,
    ...configIgnore(opts.config, opts.cwd),
  });
  const skipped: Skipped[] = found.skipped.map((f) => ({ file: displayPath(opts.cwd, f), why: 'name' as const }));
  const exclude = new Set(opts.exclude ?? []);
  let files = found.files.filter(
    (f) => !exclude.has(f) || !skipped.push({ file: displayPath(opts.cwd, f), why: 'run-file' }),
  );
  lap('discover');
  let shard: ShardInfo | undefined;
  if (opts.shard) {
    const split = splitFiles(files, opts.shard, opts.config.baseDir ?? opts.cwd);
    shard = { ...opts.shard, positions: split.positions, discovered: split.discovered, setHash: split.setHash };
    files = split.files;
    lap('shard split');
  }
  const named = new Set(found.named);
  const extra = { missing: found.missing, ignored: found.ignored, skipped };
  // A shard's results stay as linted: which files are reports or referenced forms is settled by merge, over every shard.
  const settled = (results: FileResult[]) =>
    shard ? results : settle(results, opts.cwd, named, opts.config.lang, skipped);
  if (opts.sink && !opts.cache && !shard)
    return spilled(await lintFiles(files, opts), opts.sink, settled, found, extra);
  if (!opts.cache) {
    const results = await lintFiles(files, opts);
    lap('lint files');
    const done = withShard(collect(settled(results), found.unmatched, extra), shard, named);
    lap('settle + sort');
    return done;
  }
  const { lintCached } = await import('./cache.js');
  const { results, stats } = await lintCached(
    files,
    { cwd: opts.cwd, config: opts.config, location: opts.cache.location, relint: opts.keepText },
    (todo) => lintFiles(todo, opts),
  );
  return withShard({ ...collect(settled(results), found.unmatched, extra), cache: stats }, shard, named);
}
