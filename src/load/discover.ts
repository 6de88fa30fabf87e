// Arguments (files, folders, globs) → a sorted list of input files. Folders are walked for guide
// formats, skipping node_modules, .git and ignore patterns (--ignore-pattern, .guidelintignore).

import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { gitignoreMatcher } from '../config/glob.js';
import { SHEET_EXTENSIONS, TEXT_EXTENSIONS } from './index.js';

// fast-glob (≈ 35 modules) is loaded only to walk folders and expand globs: a run over named files
// (an editor, a pre-commit hook) does not pay for it.
const fastGlob = async () => (await import('fast-glob')).default;

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
/** The same folders, gitignore-style, for named files. */
const ALWAYS_IGNORED_NAMES = ['node_modules', '.git'];

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
  let namedIgnored: ((rel: string) => boolean) | undefined;
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
      const fg = await fastGlob();
      hits = await fg(`**/*.${extGlob}`, { cwd: abs, ignore, absolute: true, dot: false, caseSensitiveMatch: false, followSymbolicLinks: false });
    } else if (st?.isFile()) {
      // Like ESLint, an explicitly named file that an ignore pattern matches is skipped.
      const rel = relative(opts.cwd, abs).split(sep).join('/');
      const ignored = (namedIgnored ??= gitignoreMatcher([...ALWAYS_IGNORED_NAMES, ...patterns]))(rel);
      hits = ignored ? [] : [abs];
    } else {
      const fg = await fastGlob();
      hits = await fg(arg.replace(/\\/g, '/'), { cwd: opts.cwd, ignore, absolute: true, caseSensitiveMatch: false });
      hits = hits.filter((h) => exts.some((e) => h.toLowerCase().endsWith(`.${e}`)));
    }
    if (hits.length === 0) unmatched.push(arg);
    for (const h of hits) found.add(resolve(h));
  }
  return { files: [...found].sort(), unmatched };
}
