// Arguments (files, folders, globs) → a sorted list of input files. Folders are walked for guide
// formats, skipping node_modules, .git and ignore patterns (--ignore-pattern, .guidelintignore).

import fg from 'fast-glob';
import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { SHEET_EXTENSIONS, TEXT_EXTENSIONS } from './index.js';

export interface DiscoverOptions {
  cwd: string;
  ignorePatterns?: string[];
  /** Read .guidelintignore in cwd (default true). */
  useIgnoreFile?: boolean;
  extensions?: string[];
}

export interface Discovered {
  files: string[];
  /** Arguments that matched nothing. */
  unmatched: string[];
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    const text = await readFile(join(cwd, '.guidelintignore'), 'utf8');
    return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  } catch {
    return [];
  }
}

/** gitignore-style pattern → fast-glob ignore globs. */
function toGlobs(pattern: string): string[] {
  let p = pattern.replace(/\\/g, '/');
  const anchored = p.startsWith('/');
  p = p.replace(/^\//, '').replace(/\/$/, '');
  const base = anchored || p.includes('/') ? p : `**/${p}`;
  return [base, `${base}/**`];
}

export async function discover(args: string[], opts: DiscoverOptions): Promise<Discovered> {
  const exts = (opts.extensions ?? [...TEXT_EXTENSIONS, ...SHEET_EXTENSIONS]).map((e) => e.slice(1));
  const extGlob = exts.length === 1 ? exts[0] : `{${exts.join(',')}}`;
  const patterns = [...(opts.ignorePatterns ?? []), ...(opts.useIgnoreFile === false ? [] : await readIgnoreFile(opts.cwd))];
  const ignore = [...ALWAYS_IGNORED, ...patterns.flatMap(toGlobs)];
  const found = new Set<string>();
  const unmatched: string[] = [];
  for (const arg of args.length ? args : ['.']) {
    const abs = resolve(opts.cwd, arg);
    let st;
    try {
      st = await stat(abs);
    } catch {
      st = undefined;
    }
    let hits: string[];
    if (st?.isDirectory()) {
      hits = await fg(`**/*.${extGlob}`, { cwd: abs, ignore, absolute: true, dot: false, caseSensitiveMatch: false, followSymbolicLinks: false });
    } else if (st?.isFile()) {
      // Like ESLint, an explicitly named file that an ignore pattern matches is skipped.
      const rel = relative(opts.cwd, abs).split(sep).join('/');
      const ignored = !rel.startsWith('..') && fg.sync(fg.escapePath(rel), { cwd: opts.cwd, ignore, dot: true }).length === 0;
      hits = ignored ? [] : [abs];
    } else {
      hits = await fg(arg.replace(/\\/g, '/'), { cwd: opts.cwd, ignore, absolute: true, caseSensitiveMatch: false });
      hits = hits.filter((h) => exts.some((e) => h.toLowerCase().endsWith(`.${e}`)));
    }
    if (hits.length === 0) unmatched.push(arg);
    for (const h of hits) found.add(resolve(h));
  }
  return { files: [...found].sort(), unmatched };
}
