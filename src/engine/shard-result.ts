// Shard results (`--shard i/n --format shard -o shard-i.json[.gz]`) and their merge into the lint
// result a single run over the whole set would have made (docs/formats.md#shard-results).
//
// A shard result holds, per file of the shard: its findings (before the baseline and --quiet, which
// merge applies), its guides' summaries (the scorecard's and the cross-guide checks' facts, as
// arrays in SUMMARY_KEYS order: a guide is ~40 % smaller than as an object) and its position in the
// whole discovered list, so that merge puts files, guides and findings in the single run's order.
// Besides: the tool version, a fingerprint of the resolved configuration, the resolved
// configuration itself (merge prints with it: SARIF rules, score targets, language), the shard
// spec, how many files every shard discovered and a hash of their list.

import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../model/types.js';
import type { GuideRef } from '../model/guide-ref.js';
import { VERSION } from '../version.js';
import { cacheKey, stableJson } from './cache.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { collect, settle, type LintResult, type Skipped } from './lint.js';
import { unreadable, type FileResult } from './lint-file.js';
import { defined } from '../util/defined.js';
import { isPlainObject } from '../util/plain-object.js';
import { isStoredFinding } from './stored-finding.js';
import { Interner } from '../util/intern.js';

export const SHARD_FORMAT = 'guide-lint-shard';
const SHARD_FORMAT_VERSION = 1;

/** A summary's facts after file (the file's), in the order summarize() makes them. */
export const SUMMARY_KEYS = [
  'index',
  'line',
  'column',
  'sheet',
  'cell',
  'name',
  'basicCode',
  'implCode',
  'type',
  'department',
  'level',
  'statutory',
  'promised',
  'immediate',
  'online',
  'depth',
  'situations',
  'basisKey',
  'powerCodes',
  'forms',
  'blanks',
  'samples',
] as const;

export type ShardKind = 'lint' | 'score';

export interface ShardFileEntry {
  /** Position in the whole discovered list. */
  at: number;
  file: string;
  findings: Finding[];
  guides: unknown[][];
  internalErrors: string[];
  suppressed: number;
  /** Spreadsheets its guides reference as forms (relative to the shard's folder): merge leaves those holding no guide out. */
  refs?: string[];
  /** A report guide-lint wrote: merge leaves it out. */
  skipped?: 'own-output';
}

export interface ShardResult {
  format: typeof SHARD_FORMAT;
  formatVersion: number;
  tool: { name: 'guide-lint'; version: string };
  kind: ShardKind;
  shard: { index: number; total: number };
  /** Fingerprint of the resolved configuration and plugin modules. */
  config: string;
  /** The resolved configuration, its paths relative to the folder the shard ran in. */
  settings: ResolvedConfig;
  discovered: number;
  setHash: string;
  /** The path arguments, and those that matched nothing (alike in every shard). */
  paths: string[];
  unmatched: string[];
  /** Files named as arguments (relative): a named file without a guide gets a warning. */
  named: string[];
  /** --baseline / --update-baseline given to the shard: applied by merge. */
  baseline: { file: string; update: boolean } | null;
  summaryKeys: readonly string[];
  files: ShardFileEntry[];
}

const rel = (cwd: string, p: string) => (isAbsolute(p) ? relative(cwd, p).split(sep).join('/') || '.' : p);

/** The configuration with each of its paths mapped by `to`. */
function withPaths(config: ResolvedConfig, to: (p: string) => string): ResolvedConfig {
  const out: ResolvedConfig = { ...config, plugins: config.plugins.map(to) };
  if (config.configFile !== undefined) out.configFile = to(config.configFile);
  if (config.configFiles) out.configFiles = config.configFiles.map(to);
  if (config.baseDir !== undefined) out.baseDir = to(config.baseDir);
  return out;
}

/** The configuration with its absolute paths made relative to cwd: the same on every runner's checkout. */
const portable = (config: ResolvedConfig, cwd: string) => withPaths(config, (p) => rel(cwd, p));

/** Back to absolute paths, against the folder merge runs in. */
const located = (config: ResolvedConfig, cwd: string) => withPaths(config, (p) => resolve(cwd, p));

export function configFingerprint(config: ResolvedConfig, cwd: string): string {
  return createHash('sha1')
    .update(stableJson({ config: portable(config, cwd), plugins: cacheKey(config).plugins }))
    .digest('hex')
    .slice(0, 20);
}

function encodeGuide(g: GuideRef): unknown[] {
  const s = g as GuideRef & Record<string, unknown>;
  return SUMMARY_KEYS.map((k) => (s[k] === undefined ? null : s[k]));
}

/** Strings that repeat across guides (departments, levels, types, names, codes), kept once: a merge of a
 * national set holds a million summaries. */
export const shardInterner = (): Interner => new Interner({ longest: 64 });

/** Empty lists of a file without findings or errors: one shared array (never mutated in place). */
const NONE: never[] = [];

/** Where a guide is and its name only (a report without a scorecard needs no more; as guideRef() makes it). */
function decodeRef(file: string, a: unknown[], k: Interner): GuideRef {
  const g =
    a[3] === null
      ? { file, index: a[0], line: a[1], column: a[2], name: k.get(a[5]) }
      : { file, index: a[0], line: a[1], column: a[2], sheet: k.get(a[3]), cell: a[4], name: k.get(a[5]) };
  return g as GuideRef;
}

export interface BuildShardOptions {
  kind: ShardKind;
  paths: string[];
  config: ResolvedConfig;
  cwd: string;
  baseline?: { file: string; update: boolean } | null;
}

export function buildShard(result: LintResult, o: BuildShardOptions): ShardResult {
  const info = result.shard ?? {
    index: 1,
    total: 1,
    positions: result.files.map((_, i) => i),
    discovered: result.files.length,
    setHash: '',
  };
  for (const g of result.guides)
    if (!('basisKey' in g))
      throw new Error('a shard result needs the full guide summaries (lint with the summary collector)');
  return {
    format: SHARD_FORMAT,
    formatVersion: SHARD_FORMAT_VERSION,
    tool: { name: 'guide-lint', version: VERSION },
    kind: o.kind,
    shard: { index: info.index, total: info.total },
    config: configFingerprint(o.config, o.cwd),
    settings: portable(o.config, o.cwd),
    discovered: info.discovered,
    setHash: info.setHash,
    paths: o.paths,
    unmatched: result.unmatched,
    named: (result.named ?? []).map((f) => rel(o.cwd, f)),
    baseline: o.baseline ?? null,
    summaryKeys: SUMMARY_KEYS,
    files: result.files.map((r, i) => ({
      at: defined(info.positions[i]),
      file: r.file,
      findings: r.findings,
      guides: r.guides.map(encodeGuide),
      internalErrors: r.internalErrors,
      suppressed: r.suppressed,
      ...(r.refs?.length ? { refs: r.refs.map((f) => rel(o.cwd, f)) } : {}),
      ...(r.skipped ? { skipped: r.skipped } : {}),
    })),
  };
}

/**
 * The bytes of a shard result: one JSON document laid out one file entry per line (the head on the
 * first line, `]}` on the last), so that merge reads a shard line by line and never holds a whole
 * shard's parsed tree; gzip'ed when the file name ends in .gz.
 */
export function serializeShard(s: ShardResult, fileName: string): Buffer {
  const text = Buffer.concat(Array.from(shardLines(s), (line) => Buffer.from(line)));
  return isGzipName(fileName) ? gzipSync(text, SHARD_GZIP) : text;
}

/** The lines of a shard result's text (serializeShard), one at a time: src/engine/shard-write.ts streams them. */
export function* shardLines(s: ShardResult): Generator<string> {
  const { files, ...head } = s;
  yield `${JSON.stringify(head).slice(0, -1)},"files":[\n`;
  const last = files.length - 1;
  for (let i = 0; i <= last; i++) yield `${JSON.stringify(files[i])}${i < last ? ',' : ''}\n`;
  yield ']}\n';
}

export const SHARD_GZIP = { level: 6 };
export const isGzipName = (fileName: string): boolean => fileName.toLowerCase().endsWith('.gz');

function corrupt(name: string, why: string): UsageError {
  return new UsageError(
    `${name} is not a readable guide-lint shard result (${why}): write it again with guide-lint --shard i/n --format shard -o FILE`,
  );
}

/** Where merge keeps full guide summaries as rows (src/score/summary-table.ts: columns, not objects). */
export interface SummaryRows {
  readonly length: number;
  /** Keeps a file's path once for all its guides: the number to give add(). */
  file(path: string): number;
  path(file: number): string;
  /** Adds an encoded summary (SUMMARY_KEYS order); its row, or -1 when a fact has the wrong type. */
  add(file: number, encoded: readonly unknown[]): number;
  /** The guide of a row, as its summary (one per guide: made once, kept). */
  view(row: number): GuideRef;
}

/**
 * How merge reads a shard's guides: 'ref', where each is and its name (a report); 'full', the
 * scorecard's facts too, as rows (a report with its one-line score); 'score', the same rows, and
 * only the file entries a scorecard looks at kept as results, with only the findings it reports
 * (unreadable files and guides): a national set's million others are rows only.
 */
export type Reading = { summaries: 'ref'; interner: Interner } | { summaries: 'full' | 'score'; table: SummaryRows };

/** A shard result as read, its file entries in the shard's order. */
export type LoadedShard = Omit<ShardResult, 'files'> & {
  /** Position in the whole discovered list of each entry. */
  at: number[];
  /** The path of entry j (to name it in a refusal). */
  fileOf: (j: number) => string;
  /** 'ref' and 'full': the result of each entry; 'score': of the entries kept (their numbers in `kept`). */
  files: FileResult[];
  kept?: number[];
  /** 'score': the table rows of entry j are rows[j] to rows[j + 1]. */
  rows?: number[];
};

const NL = 0x0a;

/** Lines of a sequence of chunks, as strings, one at a time. */
function* linesOf(chunks: Iterable<Buffer>): Generator<string> {
  let carry: Buffer | undefined;
  for (const chunk of chunks) {
    const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let end = buf.indexOf(NL); end >= 0; end = buf.indexOf(NL, start)) {
      yield buf.toString('utf8', start, end);
      start = end + 1;
    }
    carry = start < buf.length ? buf.subarray(start) : undefined;
  }
  if (carry) yield carry.toString('utf8');
}

/** A plain file in 1 MB chunks: a shard of a national set is never held whole. */
function* fileChunks(fd: number): Generator<Buffer> {
  for (;;) {
    const buf = Buffer.allocUnsafe(1 << 20);
    const n = readSync(fd, buf, 0, buf.length, null);
    if (n === 0) return;
    yield buf.subarray(0, n);
  }
}

/** The head of a shard result (its first line, the document up to "files":[). */
function parseHead(first: string, name: string): Omit<ShardResult, 'files'> {
  let data: unknown;
  try {
    data = JSON.parse(`${first.replace(/"files":\[$/, '"files":[]')}}`);
  } catch {
    try {
      // Not in the line layout (a shard result re-indented by a tool): the document is one JSON value.
      data = JSON.parse(first);
    } catch (err) {
      throw corrupt(name, (err as Error).message);
    }
  }
  if (!isPlainObject(data) || data.format !== SHARD_FORMAT) throw corrupt(name, `no "format": "${SHARD_FORMAT}"`);
  if (data.formatVersion !== SHARD_FORMAT_VERSION)
    throw corrupt(name, `shard format ${String(data.formatVersion)}, this guide-lint reads ${SHARD_FORMAT_VERSION}`);
  const s = data as unknown as ShardResult;
  const shardOk =
    isPlainObject(s.shard) &&
    Number.isInteger(s.shard.index) &&
    Number.isInteger(s.shard.total) &&
    s.shard.index >= 1 &&
    s.shard.index <= s.shard.total;
  if (!shardOk) throw corrupt(name, 'no valid "shard": {index, total}');
  if (!isPlainObject(s.tool) || typeof s.tool.version !== 'string') throw corrupt(name, 'no tool version');
  const kind: unknown = s.kind; // not checked yet
  if (kind !== 'lint' && kind !== 'score') throw corrupt(name, 'no "kind"');
  if (typeof s.config !== 'string' || !isPlainObject(s.settings) || !isPlainObject(s.settings.rules))
    throw corrupt(name, 'no configuration');
  if (
    !Number.isInteger(s.discovered) ||
    typeof s.setHash !== 'string' ||
    !Array.isArray(s.unmatched) ||
    !Array.isArray(s.named) ||
    !Array.isArray(s.paths)
  )
    throw corrupt(name, 'no discovered-file count');
  if (JSON.stringify(s.summaryKeys) !== JSON.stringify(SUMMARY_KEYS))
    throw corrupt(name, 'different guide summary fields');
  return s;
}

function checkEntry(f: unknown, i: number, name: string): asserts f is ShardFileEntry {
  const ok =
    isPlainObject(f) &&
    Number.isInteger(f.at) &&
    typeof f.file === 'string' &&
    Array.isArray(f.findings) &&
    f.findings.every(isStoredFinding) &&
    Array.isArray(f.guides) &&
    f.guides.every((g) => Array.isArray(g) && g.length === SUMMARY_KEYS.length) &&
    Array.isArray(f.internalErrors) &&
    typeof f.suppressed === 'number' &&
    (f.refs === undefined || (Array.isArray(f.refs) && f.refs.every((r) => typeof r === 'string')));
  if (!ok) throw corrupt(name, `file entry ${i + 1} is damaged`);
}

const isGzip = (b: Buffer) => b[0] === 0x1f && b[1] === 0x8b;

function gunzip(bytes: Buffer, name: string): Buffer {
  try {
    return gunzipSync(bytes);
  } catch (err) {
    throw corrupt(name, `gzip: ${(err as Error).message}`);
  }
}

/** Parses and checks one shard result (bytes of a file; gzip is recognised by its magic number). */
export function parseShard(bytes: Buffer, name: string, reading: Reading): LoadedShard {
  return parseLines(linesOf([isGzip(bytes) ? gunzip(bytes, name) : bytes]), name, reading);
}

/** What a scorecard needs of an entry besides its guides' rows: what can change the file count or is reported. */
const forScore = (f: ShardFileEntry): ShardFileEntry | undefined => {
  const findings = f.findings.filter(unreadable);
  const keep =
    f.guides.length === 0 ||
    findings.length > 0 ||
    f.internalErrors.length > 0 ||
    f.refs !== undefined ||
    f.skipped !== undefined;
  return keep ? { ...f, findings, guides: NONE } : undefined;
};

function fileResult(f: ShardFileEntry, guides: GuideRef[]): FileResult {
  const result: FileResult = {
    file: f.file,
    findings: f.findings.length ? f.findings : NONE,
    guides,
    internalErrors: f.internalErrors.length ? f.internalErrors : NONE,
    suppressed: f.suppressed,
  };
  if (f.refs) result.refs = f.refs;
  if (f.skipped === 'own-output') result.skipped = f.skipped;
  return result;
}

function parseLines(lines: Generator<string>, name: string, reading: Reading): LoadedShard {
  const first = lines.next();
  if (first.done) throw corrupt(name, 'empty file');
  const head = parseHead(first.value, name);
  // One JSON value on one line (no line layout): its files are in the head.
  const inline = (head as Partial<ShardResult>).files;
  const entries: Iterable<unknown> = inline?.length ? inline : entryLines(lines, name);
  const files: FileResult[] = [];
  const at: number[] = [];
  const damaged = (i: number) => corrupt(name, `file entry ${i + 1} is damaged`);
  if (reading.summaries === 'ref') {
    const k = reading.interner;
    let i = 0;
    for (const f of entries) {
      checkEntry(f, i++, name);
      at.push(f.at);
      files.push(
        fileResult(
          f,
          f.guides.map((g) => decodeRef(f.file, g, k)),
        ),
      );
    }
    return { ...head, files, at, fileOf: (j) => defined(files[j]).file };
  }
  const { table } = reading;
  const paths: number[] = [];
  const kept: number[] = [];
  const rows: number[] = [];
  let i = 0;
  for (const f of entries) {
    checkEntry(f, i, name);
    at.push(f.at);
    const path = table.file(f.file);
    paths.push(path);
    rows.push(table.length);
    const added = f.guides.map((g) => table.add(path, g));
    if (added.some((r) => r < 0)) throw damaged(i);
    if (reading.summaries === 'full')
      files.push(
        fileResult(
          f,
          added.map((r) => table.view(r)),
        ),
      );
    else {
      const e = forScore(f);
      if (e) {
        files.push({ ...fileResult(e, NONE), guideCount: f.guides.length });
        kept.push(i);
      }
    }
    i++;
  }
  rows.push(table.length);
  const fileOf = (j: number) => table.path(defined(paths[j]));
  return reading.summaries === 'full' ? { ...head, files, at, fileOf } : { ...head, files, at, fileOf, kept, rows };
}

function* entryLines(lines: Generator<string>, name: string): Generator {
  let closed = false;
  for (const line of lines) {
    if (closed) {
      if (line.trim() === '') continue;
      throw corrupt(name, 'text after the end');
    }
    if (line === ']}') {
      closed = true;
      continue;
    }
    try {
      yield JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw corrupt(name, (err as Error).message);
    }
  }
  if (!closed) throw corrupt(name, 'the file ends before its last entry (truncated)');
}

export function readShard(path: string, name: string, reading: Reading): LoadedShard {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new UsageError(
      `cannot read the shard result ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  try {
    const magic = Buffer.alloc(2);
    readSync(fd, magic, 0, 2, 0);
    // gzip has no synchronous streaming: a .gz shard is inflated whole (it is the small form anyway).
    if (isGzip(magic)) return parseShard(readFileSync(fd), name, reading);
    return parseLines(linesOf(fileChunks(fd)), name, reading);
  } finally {
    closeSync(fd);
  }
}

export interface NamedShard {
  name: string;
  shard: LoadedShard;
}

const list = (ns: number[]) => ns.join(', ');

/** Refuses (a UsageError: one line, exit 2) a set of shards that cannot make one run's result. */
export function checkShards(shards: NamedShard[]): { owner: Uint16Array; entry: Int32Array } {
  if (shards.length === 0) throw new UsageError('merge needs the shard results (guide-lint merge shard-*.json)');
  const [first, ...rest] = shards;
  const a = defined(first).shard;
  for (const { name, shard: b } of rest) {
    if (b.tool.version !== a.tool.version)
      throw new UsageError(
        `${name} was written by guide-lint ${b.tool.version}, ${defined(first).name} by ${a.tool.version}: run every shard with the same version`,
      );
    if (b.kind !== a.kind)
      throw new UsageError(
        `${name} is a ${b.kind} shard, ${defined(first).name} a ${a.kind} shard: merge shards of one command`,
      );
    if (b.config !== a.config)
      throw new UsageError(
        `${name} was made with a different configuration than ${defined(first).name} (fingerprint ${b.config} ≠ ${a.config}): run every shard with the same config and flags`,
      );
    if (b.shard.total !== a.shard.total)
      throw new UsageError(
        `${name} is shard ${b.shard.index}/${b.shard.total}, ${defined(first).name} is ${a.shard.index}/${a.shard.total}: every shard must split into the same number of parts`,
      );
    if (b.discovered !== a.discovered || b.setHash !== a.setHash)
      throw new UsageError(
        `${name} saw a different set of files than ${defined(first).name} (${b.discovered} and ${a.discovered} files): run every shard on the same checkout and paths`,
      );
    if (stableJson(b.baseline) !== stableJson(a.baseline))
      throw new UsageError(`${name} was run with different --baseline options than ${defined(first).name}`);
  }
  const byIndex = new Map<number, string>();
  for (const { name, shard } of shards) {
    const seen = byIndex.get(shard.shard.index);
    if (seen !== undefined)
      throw new UsageError(`shard ${shard.shard.index}/${shard.shard.total} is given twice: ${seen} and ${name}`);
    byIndex.set(shard.shard.index, name);
  }
  const missing: number[] = [];
  for (let i = 1; i <= a.shard.total; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length)
    throw new UsageError(
      `missing shard${missing.length > 1 ? 's' : ''} ${list(missing)} of ${a.shard.total} (given: ${list([...byIndex.keys()].sort((x, y) => x - y))})`,
    );
  // Which shard holds each position (0: none yet) and as which entry: typed arrays, not maps of a million entries.
  const owner = new Uint16Array(a.discovered);
  const entry = new Int32Array(a.discovered);
  let held = 0;
  shards.forEach(({ name, shard }, k) => {
    shard.at.forEach((at, j) => {
      if (at < 0 || at >= a.discovered) throw corrupt(name, `file position ${at} outside 0–${a.discovered - 1}`);
      if (owner[at])
        throw new UsageError(
          `${defined(shards[owner[at] - 1]).name} and ${name} both hold ${shard.fileOf(j)}: shards must not overlap`,
        );
      owner[at] = k + 1;
      entry[at] = j;
      held++;
    });
  });
  if (held !== a.discovered)
    throw new UsageError(
      `the shards hold ${held} of the ${a.discovered} files they discovered: a shard result is incomplete`,
    );
  return { owner, entry };
}

export interface Merged {
  result: LintResult;
  config: ResolvedConfig;
  kind: ShardKind;
  baseline: { file: string; update: boolean } | null;
  paths: string[];
}

/** Joins checked shards into the lint result of a single run (files, guides and findings in its order). */
export function mergeShards(shards: NamedShard[], cwd: string): Merged {
  checkShards(shards);
  const a = defined(shards[0]).shard;
  const slots = new Array<FileResult | undefined>(a.discovered);
  for (const { shard } of shards) shard.files.forEach((result, j) => (slots[defined(shard.at[j])] = result));
  return settleMerged(slots as FileResult[], a, cwd);
}

/** What a single run settles once every file is read: its own reports and forms other guides reference are left out. */
function settleMerged(results: FileResult[], a: LoadedShard, cwd: string): Merged {
  for (const r of results) if (r.refs) r.refs = r.refs.map((f) => resolve(cwd, f));
  const config = located(a.settings, cwd);
  const skipped: Skipped[] = [];
  const named = new Set(a.named.map((f) => resolve(cwd, f)));
  const result = collect(settle(results, cwd, named, config.lang, skipped), a.unmatched, { skipped });
  return { result, config, kind: a.kind, baseline: a.baseline, paths: a.paths };
}

export interface MergedScore extends Merged {
  /** Every guide, in the single run's order (the rows' views). */
  guides: GuideRef[];
  /** Files the single run reports (its result's files.length). */
  files: number;
}

/**
 * Joins checked shards read as 'score' into what a scorecard needs: every guide (views of the
 * table's rows) in the single run's order, the file count, and the result of the files kept (their
 * findings and errors, as settled by a single run).
 */
export function mergeForScore(shards: NamedShard[], table: SummaryRows, cwd: string): MergedScore {
  const { owner, entry } = checkShards(shards);
  const a = defined(shards[0]).shard;
  const guides = new Array<GuideRef>(table.length);
  let n = 0;
  for (let at = 0; at < a.discovered; at++) {
    const { shard } = defined(shards[defined(owner[at]) - 1]);
    const rows = defined(shard.rows);
    const j = defined(entry[at]);
    for (let r = defined(rows[j]); r < defined(rows[j + 1]); r++) guides[n++] = table.view(r);
  }
  const kept: { at: number; result: FileResult }[] = [];
  for (const { shard } of shards) {
    const entries = defined(shard.kept);
    shard.files.forEach((result, x) => kept.push({ at: defined(shard.at[defined(entries[x])]), result }));
  }
  kept.sort((x, y) => x.at - y.at);
  const merged = settleMerged(
    kept.map((k) => k.result),
    a,
    cwd,
  );
  return { ...merged, guides, files: a.discovered - kept.length + merged.result.files.length };
}
