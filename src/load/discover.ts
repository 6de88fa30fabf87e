// Arguments (files, folders, globs) → a sorted list of input files. Folders are walked for guide
// formats, skipping node_modules, .git and what ignore patterns match (.guidelintignore and
// --ignore-pattern relative to the working folder, config `ignore:` relative to the config's; git's
// rules, src/config/glob.ts).
// Files whose names say they are something else (package.json, tsconfig.json, compose files, CI
// configs, lockfiles, tool configs, guide-lint's own files) are never guides: skipped silently,
// wherever they come from (a folder, a glob, or named: a pre-commit hook names every staged file).

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { ignoreMatcher, leavesBase } from '../config/glob.js';
import { relativeFrom } from './rel-path.js';
import { SHEET_EXTENSIONS, TEXT_EXTENSIONS } from './index.js';

// fast-glob (≈ 35 modules) is loaded only to expand globs: a run over named files or folders does
// not pay for it.
const fastGlob = async () => (await import('fast-glob')).default;

export interface DiscoverOptions {
  cwd: string;
  /** --ignore-pattern: relative to cwd, after the lines of .guidelintignore. */
  ignorePatterns?: string[];
  /** Patterns relative to another folder (config `ignore:`). */
  ignoreSources?: IgnoreSource[];
  /** Names ignored at any depth besides node_modules and .git (the config files). */
  ignoreNames?: readonly string[];
  /** Read .guidelintignore in cwd (default true). */
  useIgnoreFile?: boolean;
  extensions?: string[];
}

export interface Discovered {
  files: string[];
  /** Arguments that matched nothing (a folder without guide files, a glob without hits). */
  unmatched: string[];
  /** Arguments that are neither a file, a folder nor a glob pattern: paths that do not exist. */
  missing: string[];
  /** Files named as arguments (not found by walking a folder or a glob), among `files`. */
  named: string[];
  /** Named files an ignore pattern matches: not linted. */
  ignored: string[];
  /** Files skipped because their names say they are not guides (for --debug). */
  skipped: string[];
}

/** Names of files that are never guides (matched against the file name, case-insensitively). */
const NOT_GUIDE_NAME = new RegExp(
  '^(?:' +
    [
      'package.*\\.json',
      'npm-shrinkwrap\\.json',
      'pnpm-(?:lock|workspace)\\.yaml',
      'composer\\.(?:json|lock)',
      '[tj]sconfig(?:[-.].*)?\\.json',
      '(?:docker-)?compose(?:[-.].*)?\\.ya?ml',
      '\\.gitlab-ci\\.ya?ml',
      '\\.travis\\.ya?ml',
      'azure-pipelines.*\\.ya?ml',
      'bitbucket-pipelines\\.ya?ml',
      '\\.pre-commit-(?:config|hooks)\\.ya?ml',
      '\\.?codecov\\.ya?ml',
      '\\.readthedocs\\.ya?ml',
      'mkdocs\\.ya?ml',
      '\\.prettierrc.*',
      '\\.eslintrc.*',
      '\\.stylelintrc.*',
      '\\.markdownlint.*',
      '\\.yamllint.*',
      'renovate\\.json5?',
      '\\.renovaterc.*',
      'lerna\\.json',
      'nx\\.json',
      'turbo\\.json',
      'vercel\\.json',
      '\\.guide-?lint.*',
      'guide-lint\\.config\\..*',
      'guide-lint-(?:report|baseline).*',
    ].join('|') +
    ')$',
  'i',
);
/** Folders that hold tool and CI configuration, never guides. */
const NOT_GUIDE_DIR = /(?:^|\/)(?:\.github|\.gitlab|\.circleci|\.vscode|\.idea|\.devcontainer|\.husky)\//i;

/** Whether a path's name or folder says the file is not a guide. */
export function isKnownNonGuide(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  return NOT_GUIDE_NAME.test(p.slice(p.lastIndexOf('/') + 1)) || NOT_GUIDE_DIR.test(p);
}

/** Folders and files never walked or linted, at any depth (gitignore names, like the config files). */
const ALWAYS_IGNORED = ['node_modules', '.git'];

/** gitignore patterns and the folder they are relative to. */
export interface IgnoreSource {
  base: string;
  patterns: readonly string[];
}

/** The ignore file of the working folder. */
export const IGNORE_FILE = '.guidelintignore';

/** The lines of .guidelintignore in `cwd`, as git reads them (none when there is no such file). */
async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    return (await readFile(join(cwd, IGNORE_FILE), 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/);
  } catch {
    return [];
  }
}

interface Rules {
  base: string;
  relOf: (abs: string) => string;
  ignores: (rel: string) => boolean;
}

const compile = (s: IgnoreSource): Rules => ({
  base: s.base,
  relOf: relativeFrom(s.base),
  ignores: ignoreMatcher(s.patterns),
});

/** Whether patterns hold a rule (not only blank lines and comments), so that a run without any does
 * not ask for each file. */
const hasRules = (s: IgnoreSource) => s.patterns.some((l) => l.trim() && !l.startsWith('#'));

/** The rules as tests of paths relative to a walked folder: a base above it sees each path under its
 * own path, a base inside it sees the paths below itself, any other base sees none. */
function scopedTo(root: string, rules: readonly Rules[]): ((rel: string) => boolean)[] {
  const out: ((rel: string) => boolean)[] = [];
  for (const r of rules) {
    const down = r.relOf(root);
    if (down === '') out.push(r.ignores);
    else if (!leavesBase(down)) out.push((rel) => r.ignores(`${down}/${rel}`));
    else {
      const up = relativeFrom(root)(r.base);
      if (!leavesBase(up)) out.push((rel) => rel.startsWith(`${up}/`) && r.ignores(rel.slice(up.length + 1)));
    }
  }
  return out;
}

/**
 * The guide files below `root`, as fast-glob's "**\/*.{exts}" finds them (no dot names, no symbolic
 * links, extensions in any case), without entering ignored folders (nothing below an ignored folder
 * can be taken back, as in git). Each entry's name is checked against `names` (node_modules, .git and
 * the other always ignored names, lower case) before any pattern.
 */
async function walk(root: string, ext: RegExp, names: ReadonlySet<string>, rules: readonly Rules[]): Promise<string[]> {
  const tests = scopedTo(root, rules);
  const ignored = (rel: string) => tests.some((t) => t(rel));
  const out: string[] = [];
  const visit = async (dir: string, rel: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      // A folder removed while walking is not an error (fast-glob did the same).
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    const below: Promise<void>[] = [];
    for (const e of entries) {
      const name = e.name;
      if (name.startsWith('.') || names.has(name.toLowerCase())) continue;
      const path = rel ? `${rel}/${name}` : name;
      if (e.isDirectory()) {
        if (!ignored(`${path}/`)) below.push(visit(dir + name + sep, path));
      } else if (e.isFile() && ext.test(name) && !ignored(path)) out.push(dir + name);
    }
    await Promise.all(below);
  };
  await visit(root.endsWith(sep) ? root : root + sep, '');
  return out;
}

interface RunIgnores {
  /** Names ignored at any depth (lower case). */
  names: ReadonlySet<string>;
  /** The sources that hold rules, compiled on first use (a folder walk). */
  rules: () => Rules[];
  /** Whether a named file or a glob's hit is ignored: the always ignored names count from the working folder. */
  isIgnored: (abs: string) => boolean;
}

async function runIgnores(opts: DiscoverOptions): Promise<RunIgnores> {
  const always = [...ALWAYS_IGNORED, ...(opts.ignoreNames ?? [])];
  // .guidelintignore then --ignore-pattern, as one list (a "!" pattern can take back a line of the file).
  const own = [...(opts.useIgnoreFile === false ? [] : await readIgnoreFile(opts.cwd)), ...(opts.ignorePatterns ?? [])];
  const sources = [{ base: opts.cwd, patterns: own }, ...(opts.ignoreSources ?? [])];
  let rules: Rules[] | undefined;
  const rulesOf = () => (rules ??= sources.filter(hasRules).map(compile));
  let everyRule: Rules[] | undefined;
  const isIgnored = (abs: string) =>
    (everyRule ??= [compile({ base: opts.cwd, patterns: always }), ...rulesOf()]).some((r) => r.ignores(r.relOf(abs)));
  return { names: new Set(always.map((n) => n.toLowerCase())), rules: rulesOf, isIgnored };
}

/**
 * Whether a run in `opts.cwd` skips a file named as its argument (an absolute path): the language
 * server asks this of an open document, so that the editor and the CLI leave out the same files.
 */
export async function namedFileIgnored(opts: DiscoverOptions): Promise<(abs: string) => boolean> {
  return (await runIgnores(opts)).isIgnored;
}

export async function discover(args: string[], opts: DiscoverOptions): Promise<Discovered> {
  const exts = (opts.extensions ?? [...TEXT_EXTENSIONS, ...SHEET_EXTENSIONS]).map((e) => e.slice(1));
  const extRe = new RegExp(`\\.(?:${exts.join('|')})$`, 'i');
  const { names, rules: rulesOf, isIgnored } = await runIgnores(opts);
  const found = new Set<string>();
  const unmatched: string[] = [];
  const missing: string[] = [];
  const named = new Set<string>();
  const ignoredNamed: string[] = [];
  const skipped = new Set<string>();
  const relativeOf = relativeFrom(opts.cwd);
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
      hits = await walk(abs, extRe, names, rulesOf());
    } else if (st?.isFile()) {
      if (isKnownNonGuide(relativeOf(abs))) {
        skipped.add(abs);
        continue;
      }
      // Like ESLint, an explicitly named file that an ignore pattern matches is skipped.
      if (isIgnored(abs)) ignoredNamed.push(arg);
      else named.add(abs);
      continue;
    } else {
      const fg = await fastGlob();
      if (!fg.isDynamicPattern(arg.replace(/\\/g, '/'))) {
        missing.push(arg);
        continue;
      }
      hits = await fg(arg.replace(/\\/g, '/'), {
        cwd: opts.cwd,
        ignore: ['**/node_modules/**', '**/.git/**'],
        absolute: true,
        caseSensitiveMatch: false,
      });
      // fast-glob's absolute paths are normalized already, but "/"-separated on Windows.
      hits = hits.filter((h) => extRe.test(h)).map((h) => (sep === '/' ? h : resolve(h)));
      hits = hits.filter((h) => !isIgnored(h));
    }
    if (hits.length === 0) unmatched.push(arg);
    for (const file of hits) {
      if (isKnownNonGuide(relativeOf(file))) skipped.add(file);
      else found.add(file);
    }
  }
  for (const n of named) found.add(n);
  return {
    files: [...found].sort(),
    unmatched,
    missing,
    named: [...named].sort(),
    ignored: ignoredNamed,
    skipped: [...skipped].sort(),
  };
}
