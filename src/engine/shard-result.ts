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
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../model/types.js';
import type { GuideRef, GuideSummary } from '../score/summary.js';
import { VERSION } from '../version.js';
import { cacheKey, stableJson } from './cache.js';
import type { ResolvedConfig } from './config.js';
import { collect, type LintResult } from './lint.js';
import type { FileResult } from './lint-file.js';

export const SHARD_FORMAT = 'guide-lint-shard';
const SHARD_FORMAT_VERSION = 1;

/** A summary's facts after file (the file's), in the order summarize() makes them. */
export const SUMMARY_KEYS = ['index', 'line', 'column', 'sheet', 'cell', 'name', 'basicCode', 'implCode', 'type', 'department', 'level', 'statutory', 'promised', 'immediate', 'online', 'depth', 'situations', 'basisKey', 'powerCodes', 'forms', 'blanks', 'samples'] as const;

export type ShardKind = 'lint' | 'score';

export interface ShardFileEntry {
  /** Position in the whole discovered list. */
  at: number;
  file: string;
  findings: Finding[];
  guides: unknown[][];
  internalErrors: string[];
  suppressed: number;
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
  /** Path arguments that matched nothing (alike in every shard). */
  unmatched: string[];
  /** --baseline / --update-baseline given to the shard: applied by merge. */
  baseline: { file: string; update: boolean } | null;
  summaryKeys: readonly string[];
  files: ShardFileEntry[];
}

const rel = (cwd: string, p: string) => (isAbsolute(p) ? relative(cwd, p).split(sep).join('/') || '.' : p);

/** The configuration with its absolute paths made relative to cwd: the same on every runner's checkout. */
function portable(config: ResolvedConfig, cwd: string): ResolvedConfig {
  const out: ResolvedConfig = { ...config, plugins: config.plugins.map((p) => rel(cwd, p)) };
  if (config.configFile !== undefined) out.configFile = rel(cwd, config.configFile);
  if (config.configFiles) out.configFiles = config.configFiles.map((p) => rel(cwd, p));
  if (config.baseDir !== undefined) out.baseDir = rel(cwd, config.baseDir);
  return out;
}

/** Back to absolute paths, against the folder merge runs in. */
function located(config: ResolvedConfig, cwd: string): ResolvedConfig {
  const out: ResolvedConfig = { ...config, plugins: config.plugins.map((p) => resolve(cwd, p)) };
  if (config.configFile !== undefined) out.configFile = resolve(cwd, config.configFile);
  if (config.configFiles) out.configFiles = config.configFiles.map((p) => resolve(cwd, p));
  if (config.baseDir !== undefined) out.baseDir = resolve(cwd, config.baseDir);
  return out;
}

export function configFingerprint(config: ResolvedConfig, cwd: string): string {
  return createHash('sha1')
    .update(stableJson({ config: portable(config, cwd), plugins: cacheKey(config).plugins }))
    .digest('hex')
    .slice(0, 20);
}

function encodeGuide(g: GuideRef): unknown[] {
  const s = g as Partial<GuideSummary> & Record<string, unknown>;
  return SUMMARY_KEYS.map((k) => (s[k] === undefined ? null : s[k]));
}

/** A summary as summarize() makes it (same keys, same order; sheet and cell only on spreadsheets). */
function decodeGuide(file: string, a: unknown[]): GuideSummary {
  const base = { file, index: a[0], line: a[1], column: a[2] } as Record<string, unknown>;
  if (a[3] !== null) {
    base.sheet = a[3];
    base.cell = a[4];
  }
  base.name = a[5];
  for (let i = 6; i < SUMMARY_KEYS.length; i++) base[SUMMARY_KEYS[i]!] = a[i];
  return base as unknown as GuideSummary;
}

export interface BuildShardOptions {
  kind: ShardKind;
  config: ResolvedConfig;
  cwd: string;
  baseline?: { file: string; update: boolean } | null;
}

export function buildShard(result: LintResult, o: BuildShardOptions): ShardResult {
  const info = result.shard ?? { index: 1, total: 1, positions: result.files.map((_, i) => i), discovered: result.files.length, setHash: '' };
  for (const g of result.guides) if (!('basisKey' in g)) throw new Error('a shard result needs the full guide summaries (lint with summaries: full)');
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
    unmatched: result.unmatched,
    baseline: o.baseline ?? null,
    summaryKeys: SUMMARY_KEYS,
    files: result.files.map((r, i) => ({ at: info.positions[i]!, file: r.file, findings: r.findings, guides: r.guides.map(encodeGuide), internalErrors: r.internalErrors, suppressed: r.suppressed })),
  };
}

/** The bytes of a shard result: JSON, gzip'ed when the file name ends in .gz. */
export function serializeShard(s: ShardResult, fileName: string): Buffer {
  const text = Buffer.from(`${JSON.stringify(s)}\n`);
  return fileName.toLowerCase().endsWith('.gz') ? gzipSync(text, { level: 6 }) : text;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function corrupt(name: string, why: string): UsageError {
  return new UsageError(`${name} is not a readable guide-lint shard result (${why}): write it again with guide-lint --shard i/n --format shard -o FILE`);
}

/** A shard result as read: its files' results decoded (guides as summaries), in the shard's order. */
export type LoadedShard = Omit<ShardResult, 'files'> & { files: Array<{ at: number; result: FileResult }> };

/** Parses and checks one shard result (bytes from a file; gzip is recognised by its magic number). */
export function parseShard(bytes: Buffer, name: string): LoadedShard {
  let text: string;
  try {
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (err) {
    throw corrupt(name, `gzip: ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw corrupt(name, (err as Error).message);
  }
  if (!isObj(data) || data.format !== SHARD_FORMAT) throw corrupt(name, `no "format": "${SHARD_FORMAT}"`);
  if (data.formatVersion !== SHARD_FORMAT_VERSION) throw corrupt(name, `shard format ${String(data.formatVersion)}, this guide-lint reads ${SHARD_FORMAT_VERSION}`);
  const s = data as unknown as ShardResult;
  const shardOk = isObj(s.shard) && Number.isInteger(s.shard.index) && Number.isInteger(s.shard.total) && s.shard.index >= 1 && s.shard.index <= s.shard.total;
  if (!shardOk) throw corrupt(name, 'no valid "shard": {index, total}');
  if (!isObj(s.tool) || typeof s.tool.version !== 'string') throw corrupt(name, 'no tool version');
  if (s.kind !== 'lint' && s.kind !== 'score') throw corrupt(name, 'no "kind"');
  if (typeof s.config !== 'string' || !isObj(s.settings) || !isObj(s.settings.rules)) throw corrupt(name, 'no configuration');
  if (!Number.isInteger(s.discovered) || typeof s.setHash !== 'string' || !Array.isArray(s.unmatched)) throw corrupt(name, 'no discovered-file count');
  if (JSON.stringify(s.summaryKeys) !== JSON.stringify(SUMMARY_KEYS)) throw corrupt(name, 'different guide summary fields');
  if (!Array.isArray(s.files)) throw corrupt(name, 'no "files"');
  for (const [i, f] of s.files.entries()) {
    const ok =
      isObj(f) &&
      Number.isInteger(f.at) &&
      typeof f.file === 'string' &&
      Array.isArray(f.findings) &&
      f.findings.every((x) => isObj(x) && typeof x.ruleId === 'string' && typeof x.file === 'string' && typeof x.line === 'number' && typeof x.message === 'string') &&
      Array.isArray(f.guides) &&
      f.guides.every((g) => Array.isArray(g) && g.length === SUMMARY_KEYS.length) &&
      Array.isArray(f.internalErrors) &&
      typeof f.suppressed === 'number';
    if (!ok) throw corrupt(name, `file entry ${i + 1} is damaged`);
  }
  // Decoded at once, so that only one shard's raw form is held at a time.
  const files = s.files.map((f) => ({ at: f.at, result: { file: f.file, findings: f.findings, guides: f.guides.map((g) => decodeGuide(f.file, g)), internalErrors: f.internalErrors, suppressed: f.suppressed } }));
  return { ...s, files };
}

export function readShard(path: string, name = path): LoadedShard {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read the shard result ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return parseShard(bytes, name);
}

export interface NamedShard {
  name: string;
  shard: LoadedShard;
}

const list = (ns: number[]) => ns.join(', ');

/** Refuses (a UsageError: one line, exit 2) a set of shards that cannot make one run's result. */
export function checkShards(shards: NamedShard[]): void {
  if (shards.length === 0) throw new UsageError('merge needs the shard results (guide-lint merge shard-*.json)');
  const [first, ...rest] = shards;
  const a = first!.shard;
  for (const { name, shard: b } of rest) {
    if (b.tool.version !== a.tool.version) throw new UsageError(`${name} was written by guide-lint ${b.tool.version}, ${first!.name} by ${a.tool.version}: run every shard with the same version`);
    if (b.kind !== a.kind) throw new UsageError(`${name} is a ${b.kind} shard, ${first!.name} a ${a.kind} shard: merge shards of one command`);
    if (b.config !== a.config) throw new UsageError(`${name} was made with a different configuration than ${first!.name} (fingerprint ${b.config} ≠ ${a.config}): run every shard with the same config and flags`);
    if (b.shard.total !== a.shard.total) throw new UsageError(`${name} is shard ${b.shard.index}/${b.shard.total}, ${first!.name} is ${a.shard.index}/${a.shard.total}: every shard must split into the same number of parts`);
    if (b.discovered !== a.discovered || b.setHash !== a.setHash) throw new UsageError(`${name} saw a different set of files than ${first!.name} (${b.discovered} and ${a.discovered} files): run every shard on the same checkout and paths`);
    if (stableJson(b.baseline) !== stableJson(a.baseline)) throw new UsageError(`${name} was run with different --baseline options than ${first!.name}`);
  }
  const byIndex = new Map<number, string>();
  for (const { name, shard } of shards) {
    const seen = byIndex.get(shard.shard.index);
    if (seen !== undefined) throw new UsageError(`shard ${shard.shard.index}/${shard.shard.total} is given twice: ${seen} and ${name}`);
    byIndex.set(shard.shard.index, name);
  }
  const missing: number[] = [];
  for (let i = 1; i <= a.shard.total; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length) throw new UsageError(`missing shard${missing.length > 1 ? 's' : ''} ${list(missing)} of ${a.shard.total} (given: ${list([...byIndex.keys()].sort((x, y) => x - y))})`);
  const owner = new Map<number, string>();
  const fileOwner = new Map<string, string>();
  for (const { name, shard } of shards) {
    for (const { at, result } of shard.files) {
      const other = owner.get(at) ?? fileOwner.get(result.file);
      if (other !== undefined) throw new UsageError(`${other} and ${name} both hold ${result.file}: shards must not overlap`);
      if (at < 0 || at >= a.discovered) throw corrupt(name, `file position ${at} outside 0–${a.discovered - 1}`);
      owner.set(at, name);
      fileOwner.set(result.file, name);
    }
  }
  if (owner.size !== a.discovered) throw new UsageError(`the shards hold ${owner.size} of the ${a.discovered} files they discovered: a shard result is incomplete`);
}

export interface Merged {
  result: LintResult;
  config: ResolvedConfig;
  kind: ShardKind;
  baseline: { file: string; update: boolean } | null;
}

/** Joins checked shards into the lint result of a single run (files, guides and findings in its order). */
export function mergeShards(shards: NamedShard[], cwd: string): Merged {
  checkShards(shards);
  const a = shards[0]!.shard;
  const slots: Array<FileResult | undefined> = new Array(a.discovered);
  for (const { shard } of shards) for (const { at, result } of shard.files) slots[at] = result;
  const result = collect(slots as FileResult[], a.unmatched);
  return { result, config: located(a.settings, cwd), kind: a.kind, baseline: a.baseline };
}
