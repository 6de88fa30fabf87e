// `--cache`: results of files that have not changed are taken from a cache file instead of being
// linted again (docs/formats.md#cache).
//
// The cache file holds, per absolute file path, the SHA-1 of the file's bytes and its FileResult
// (findings, per-guide summaries, inline-suppression count). It is valid as a whole only under the
// same key: the tool version, a hash of the resolved configuration (stable JSON) and a hash of the
// plugin set (each plugin module's path and content). A different key throws every entry away.
//
// An entry is used only when
//   - the file's bytes hash the same (decided here, in the main thread, before anything is loaded
//     or parsed; only the files that miss go to lintFiles, so --threads works unchanged),
//   - it was linted from the same cwd (findings carry cwd-relative paths),
//   - every other file its rules and summaries stat'ed (blank and sample forms: FileResult.stats,
//     recorded by src/engine/stat-cache.ts) still exists or not, with the same size, exactly as
//     seen then: the only facts of those files a result depends on.
// Results with internal errors are never stored. The file is written atomically; one that cannot be
// read or parsed is ignored and replaced, never an error.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../util/atomic-write.js';
import { VERSION } from '../version.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { displayPath, type FileResult } from './lint-file.js';
import { statNow } from './stat-cache.js';
import { defined } from '../util/defined.js';
import { isStoredFinding } from './stored-finding.js';
import { isPlainObject } from '../util/plain-object.js';

export const CACHE_FILE = '.guidelintcache';
/** Bumped when the layout of the cache file or of FileResult changes. */
const FORMAT = 2;

export interface CacheKey {
  tool: string;
  config: string;
  plugins: string;
}

interface Entry {
  hash: string;
  result: FileResult;
}

interface CacheData extends CacheKey {
  format: number;
  files: Record<string, Entry>;
}

/** Why every entry was dropped, when they were. */
export type Invalidation = 'new' | 'unreadable' | 'format' | 'tool' | 'config' | 'plugins';

export interface CacheStats {
  location: string;
  /** Files taken from the cache. */
  hits: number;
  /** Files linted (missing, changed, or with a changed dependency). */
  linted: number;
  invalidated?: Invalidation;
  /** Set when the cache could not be written (the run itself is fine). */
  writeError?: string;
}

const sha1 = (data: string | Uint8Array) => createHash('sha1').update(data).digest('hex');

/** JSON with object keys sorted at every level: the same config always hashes the same. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) out[k] = (v as Record<string, unknown>)[k];
      return out;
    }
    return v;
  });
}

function pluginFile(spec: string): string | undefined {
  if (isAbsolute(spec)) return spec;
  try {
    const url = import.meta.resolve(spec);
    return url.startsWith('file:') ? fileURLToPath(url) : undefined;
  } catch {
    return undefined;
  }
}

/** The cache key of a run: tool version, configuration, plugin modules (path and content). */
export function cacheKey(config: ResolvedConfig): CacheKey {
  const plugins = config.plugins.map((spec) => {
    const file = pluginFile(spec);
    let content = 'unreadable';
    if (file) {
      try {
        content = sha1(readFileSync(file));
      } catch {
        /* a plugin that cannot be read fails the run elsewhere; keep the key distinct */
      }
    }
    return [spec, content];
  });
  return { tool: VERSION, config: sha1(stableJson(config)), plugins: sha1(JSON.stringify(plugins)) };
}

/**
 * `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold
 * .guidelintcache. A shard of a split run (`--shard i/n`, n > 1) has its own file in a folder
 * (.guidelintcache-i-of-n): shards run side by side never write one file.
 */
export function cacheLocation(cwd: string, location?: string, shard?: { index: number; total: number }): string {
  const name = shard && shard.total > 1 ? `${CACHE_FILE}-${shard.index}-of-${shard.total}` : CACHE_FILE;
  if (!location) return join(cwd, name);
  const abs = resolve(cwd, location);
  if (/[\\/]$/.test(location)) return join(abs, name);
  try {
    if (statSync(abs).isDirectory()) return join(abs, name);
  } catch {
    /* not there yet: a file */
  }
  return abs;
}

function readCache(location: string): CacheData | 'new' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(location, 'utf8');
  } catch {
    return 'new';
  }
  try {
    const data = JSON.parse(text) as Partial<CacheData> | null;
    if (!data || typeof data !== 'object' || !data.files || typeof data.files !== 'object' || Array.isArray(data.files))
      return 'unreadable';
    return data as CacheData; // files checked; the key fields are compared by the caller
  } catch {
    return 'unreadable';
  }
}

/** The shape of a stored entry, checked before use (a hand-edited or damaged cache is a miss, not a crash). */
function isEntry(e: unknown): e is Entry {
  if (!isPlainObject(e) || typeof e.hash !== 'string' || !isPlainObject(e.result)) return false;
  const r = e.result;
  return (
    typeof r.file === 'string' &&
    typeof r.suppressed === 'number' &&
    Array.isArray(r.internalErrors) &&
    Array.isArray(r.findings) &&
    r.findings.every((f) => isStoredFinding(f) && Array.isArray(f.path)) &&
    Array.isArray(r.guides) &&
    r.guides.every((g) => isPlainObject(g) && typeof g.file === 'string') &&
    (r.stats === undefined ||
      (Array.isArray(r.stats) &&
        r.stats.every(
          (x) =>
            isPlainObject(x) &&
            typeof x.path === 'string' &&
            typeof x.exists === 'boolean' &&
            typeof x.size === 'number',
        )))
  );
}

export class LintCache {
  private readonly files: Map<string, Entry>;
  private readonly hashes = new Map<string, string>();
  readonly stats: CacheStats;

  private constructor(
    readonly location: string,
    private readonly key: CacheKey,
    private readonly cwd: string,
    files: Record<string, Entry>,
    invalidated: Invalidation | undefined,
  ) {
    this.files = new Map(Object.entries(files));
    this.stats = { location, hits: 0, linted: 0, ...(invalidated ? { invalidated } : {}) };
  }

  static open(location: string, config: ResolvedConfig, cwd: string): LintCache {
    const key = cacheKey(config);
    const data = readCache(location);
    if (typeof data === 'string') return new LintCache(location, key, cwd, {}, data);
    const invalidated: Invalidation | undefined =
      data.format !== FORMAT
        ? 'format'
        : data.tool !== key.tool
          ? 'tool'
          : data.config !== key.config
            ? 'config'
            : data.plugins !== key.plugins
              ? 'plugins'
              : undefined;
    return new LintCache(location, key, cwd, invalidated ? {} : data.files, invalidated);
  }

  /** The cached result of a file when it is still valid; remembers the file's hash either way. */
  get(absFile: string): FileResult | undefined {
    let hash: string;
    try {
      hash = sha1(readFileSync(absFile));
    } catch {
      return undefined; // the loader reports it
    }
    this.hashes.set(absFile, hash);
    const e = this.files.get(absFile);
    if (!isEntry(e) || e.hash !== hash || e.result.file !== displayPath(this.cwd, absFile)) return undefined;
    for (const s of e.result.stats ?? []) {
      const now = statNow(s.path);
      if (now.exists !== s.exists || now.size !== s.size) return undefined;
    }
    return e.result;
  }

  /** Records a fresh result under the hash its file had before it was linted (a file changed meanwhile misses next time). */
  set(absFile: string, result: FileResult): void {
    const hash = this.hashes.get(absFile);
    if (hash === undefined || result.internalErrors.length > 0) {
      this.files.delete(absFile);
      return;
    }
    const kept: Omit<FileResult, 'text'> & { text?: string } = { ...result };
    delete kept.text;
    this.files.set(absFile, { hash, result: kept });
  }

  /** Writes the cache atomically; entries of files this run did not see are kept while the file exists. */
  async save(): Promise<void> {
    const files: Record<string, Entry> = {};
    for (const [abs, e] of [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (this.hashes.has(abs) || existsSync(abs)) files[abs] = e;
    }
    const data: CacheData = { format: FORMAT, ...this.key, files };
    try {
      mkdirSync(dirname(this.location), { recursive: true });
      await writeAtomic(this.location, JSON.stringify(data));
    } catch (err) {
      this.stats.writeError = (err as Error).message;
    }
  }
}

/**
 * Lints `files` through the cache: hits come from it, the rest go to `lintFiles` (in this thread or
 * in workers), results keep the order of `files`. With `relint` (--fix needs the texts) every file
 * is linted, and the cache is still refreshed.
 */
export async function lintCached(
  files: string[],
  opts: { cwd: string; config: ResolvedConfig; location: string; relint?: boolean },
  lintFiles: (files: string[]) => Promise<FileResult[]>,
): Promise<{ results: FileResult[]; stats: CacheStats }> {
  const cache = LintCache.open(opts.location, opts.config, opts.cwd);
  const results = new Array<FileResult>(files.length);
  const todo: number[] = [];
  files.forEach((f, i) => {
    const hit = cache.get(f);
    if (hit && !opts.relint) results[i] = hit;
    else todo.push(i);
  });
  const fresh = todo.length ? await lintFiles(todo.map((i) => defined(files[i]))) : [];
  todo.forEach((i, j) => {
    results[i] = defined(fresh[j]);
    cache.set(defined(files[i]), defined(fresh[j]));
  });
  cache.stats.hits = files.length - todo.length;
  cache.stats.linted = todo.length;
  await cache.save();
  return { results, stats: cache.stats };
}
