// Arguments (files, folders, globs) → a sorted list of input files. Folders are walked for guide
// formats, skipping node_modules, .git and ignore patterns (--ignore-pattern, .guidelintignore).
// Files whose names say they are something else (package.json, tsconfig.json, compose files, CI
// configs, lockfiles, tool configs, guide-lint's own files) are never guides: skipped silently,
// wherever they come from (a folder, a glob, or named: a pre-commit hook names every staged file).

import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { gitignoreMatcher } from '../config/glob.js';
import { relativeFrom } from './rel-path.js';
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

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];
/** The same folders, gitignore-style, for named files. */
const ALWAYS_IGNORED_NAMES = ['node_modules', '.git'];

export async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    const text = await readFile(join(cwd, '.guidelintignore'), 'utf8');
    return text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
  } catch {
    return [];
  }
}

/**
 * A pattern that is a plain file name ("guide-lint.config.yml", "old.yaml"): no folder part, no
 * wildcard, no negation, an extension. A folder walk matches these itself (a name like "drafts"
 * stays a glob, so that fast-glob does not walk the folder it ignores).
 */
const isPlainFileName = (p: string) => !/[/\\*?[\]{}()!+@\s]/.test(p) && /^.*[^.]\.[a-z0-9]+$/i.test(p);

// Whether a walked path (relative to the walked folder, "/"-separated) has a segment named like one
// of `names` (lower case): what the ignore globs toGlobs makes of a plain name match, with
// caseSensitiveMatch off, without their two regular expressions per name run on every entry.
function hasNamedSegment(rel: string, names: ReadonlySet<string>): boolean {
  let start = 0;
  for (;;) {
    const end = rel.indexOf('/', start);
    if (names.has(rel.slice(start, end < 0 ? undefined : end).toLowerCase())) return true;
    if (end < 0) return false;
    start = end + 1;
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
  const patterns = [
    ...(opts.ignorePatterns ?? []),
    ...(opts.useIgnoreFile === false ? [] : await readIgnoreFile(opts.cwd)),
  ];
  const ignore = [...ALWAYS_IGNORED, ...patterns.flatMap(toGlobs)];
  // A folder walk matches plain file names (the config file names every run ignores) itself.
  const walkNames = new Set(patterns.filter(isPlainFileName).map((p) => p.toLowerCase()));
  const walkIgnore = [...ALWAYS_IGNORED, ...patterns.filter((p) => !isPlainFileName(p)).flatMap(toGlobs)];
  const found = new Set<string>();
  const unmatched: string[] = [];
  const missing: string[] = [];
  const named = new Set<string>();
  const ignoredNamed: string[] = [];
  const skipped = new Set<string>();
  let namedIgnored: ((rel: string) => boolean) | undefined;
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
      const fg = await fastGlob();
      hits = await fg(`**/*.${extGlob}`, {
        cwd: abs,
        ignore: walkIgnore,
        absolute: true,
        dot: false,
        caseSensitiveMatch: false,
        followSymbolicLinks: false,
      });
      if (walkNames.size) {
        const fromWalk = relativeFrom(abs);
        hits = hits.filter((h) => !hasNamedSegment(fromWalk(h), walkNames));
      }
    } else if (st?.isFile()) {
      // Like ESLint, an explicitly named file that an ignore pattern matches is skipped.
      const rel = relative(opts.cwd, abs).split(sep).join('/');
      if (isKnownNonGuide(rel)) {
        skipped.add(abs);
        continue;
      }
      const ignored = (namedIgnored ??= gitignoreMatcher([...ALWAYS_IGNORED_NAMES, ...patterns]))(rel);
      if (ignored) ignoredNamed.push(arg);
      else named.add(abs);
      continue;
    } else {
      const fg = await fastGlob();
      if (!fg.isDynamicPattern(arg.replace(/\\/g, '/'))) {
        missing.push(arg);
        continue;
      }
      hits = await fg(arg.replace(/\\/g, '/'), { cwd: opts.cwd, ignore, absolute: true, caseSensitiveMatch: false });
      hits = hits.filter((h) => exts.some((e) => h.toLowerCase().endsWith(`.${e}`)));
    }
    if (hits.length === 0) unmatched.push(arg);
    for (const h of hits) {
      // fast-glob's absolute paths are normalized already, but "/"-separated on Windows.
      const file = sep === '/' ? h : resolve(h);
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
