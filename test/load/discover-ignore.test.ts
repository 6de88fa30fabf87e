// Discovery and ignore patterns: what a folder walk leaves out is what git leaves out for the same
// patterns (git itself is the oracle), each kind of pattern counts from its own folder, and named
// files and globs meet the same rules as walked files.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { discover, type DiscoverOptions } from '../../src/load/discover.js';
import { runs } from '../support/fast.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tree(paths: string[], files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'guide-lint-discover-'));
  dirs.push(root);
  for (const p of paths) {
    try {
      mkdirSync(dirname(join(root, p)), { recursive: true });
      writeFileSync(join(root, p), '事项名称: 测试\n');
    } catch {
      // a path whose folder is one of the files already written: not a tree
    }
  }
  for (const [p, text] of Object.entries(files)) writeFileSync(join(root, p), text);
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => relative(root, f).split(sep).join('/'));
const found = async (root: string, args: string[], opts: Partial<DiscoverOptions> = {}) =>
  rel(root, (await discover(args, { cwd: root, ...opts })).files);

const hasGit = (() => {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const GUIDE = /\.(?:yaml|yml|json|jsonl|xlsx|xls|csv)$/i;

/** The untracked files git does not ignore with `patterns` (case-insensitively, as guide-lint
 * matches), that a walk would list: guide extensions, no dot names. */
function gitKeeps(root: string, patterns: string[]): string[] {
  writeFileSync(join(root, '.patterns'), patterns.join('\n') + '\n');
  execFileSync('git', ['init', '-q'], { cwd: root });
  const out = execFileSync(
    'git',
    [
      '-c',
      'core.ignorecase=true',
      '-c',
      'core.quotepath=off',
      'ls-files',
      '--others',
      '--exclude-from=.patterns',
      '-z',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  return out
    .split('\0')
    .filter((p) => p && GUIDE.test(p) && !p.split('/').some((s) => s.startsWith('.')))
    .sort();
}

describe('a folder walk ignores what git ignores', () => {
  const FOLDERS = ['sub', 'keep', 'drafts', 'deep', 'old', '教育局'];
  const NAMES = ['a.yaml', 'b.json', 'keep.yaml', 'top.yaml', 'x.bak.yaml', 'B.YAML', '!x.yaml', '#n.csv', '入学.xlsx'];
  const PATTERNS = [
    'drafts/',
    'drafts',
    '*.bak.yaml',
    '/top.yaml',
    'sub/old',
    'sub/*',
    '!sub/keep/',
    '!keep.yaml',
    '**/deep/*.json',
    'sub/**/a.yaml',
    'SUB/',
    '*.YAML',
    '[ab].yaml',
    '!*.json',
    'deep',
    '/sub/deep/',
    '\\!x.yaml',
    '\\#n.csv',
    '# a comment',
    '教育局/',
    '!教育局/入学.xlsx',
    'keep/**',
    '!**/keep/a.yaml',
  ];
  const pathArb = fc
    .array(fc.constantFrom(...FOLDERS), { maxLength: 3 })
    .chain((folders) => fc.constantFrom(...NAMES).map((name) => [...folders, name].join('/')));

  it.runIf(hasGit)('random trees, random .guidelintignore files: the same files as git ls-files', async () => {
    let narrowed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(pathArb, { minLength: 1, maxLength: 14 }),
        fc.array(fc.constantFrom(...PATTERNS), { maxLength: 6 }),
        async (paths, patterns) => {
          const root = tree(paths, { '.guidelintignore': patterns.join('\n') + '\n' });
          const all = await found(root, ['.'], { useIgnoreFile: false });
          const got = await found(root, ['.']);
          expect(got, patterns.join(' | ')).toEqual(gitKeeps(root, patterns));
          if (got.length < all.length) narrowed++;
        },
      ),
      { numRuns: runs(80), seed: 7 },
    );
    expect(narrowed).toBeGreaterThan(runs(80) / 4);
  });
});

describe('each kind of pattern counts from its own folder', () => {
  const paths = ['guides/a.yaml', 'guides/old/o.yaml', 'old/top.yaml', 'guides/keep/k.yaml', 'guides/x/x.yaml'];

  it('.guidelintignore and --ignore-pattern: from the working folder, also when a subfolder is walked', async () => {
    const root = tree(paths, { '.guidelintignore': '/guides/old\n' });
    expect(await found(root, ['guides'])).toEqual(['guides/a.yaml', 'guides/keep/k.yaml', 'guides/x/x.yaml']);
    // "/old" is the working folder's old/, not guides/old/.
    expect(await found(root, ['guides'], { ignorePatterns: ['/old'], useIgnoreFile: false })).toEqual([
      'guides/a.yaml',
      'guides/keep/k.yaml',
      'guides/old/o.yaml',
      'guides/x/x.yaml',
    ]);
    expect(await found(root, ['.'], { ignorePatterns: ['/old'], useIgnoreFile: false })).not.toContain('old/top.yaml');
  });

  it('--ignore-pattern comes after .guidelintignore: its "!" takes a line of the file back', async () => {
    const root = tree(paths, { '.guidelintignore': 'guides/*\n' });
    expect(await found(root, ['.'])).toEqual(['old/top.yaml']);
    expect(await found(root, ['.'], { ignorePatterns: ['!guides/keep/'] })).toEqual([
      'guides/keep/k.yaml',
      'old/top.yaml',
    ]);
  });

  it('config patterns: from the config’s folder, whatever the working folder and the walked folder', async () => {
    const root = tree(paths);
    const config = { ignoreSources: [{ base: root, patterns: ['guides/old', 'x/'] }] };
    expect(await found(root, ['.'], config)).toEqual(['guides/a.yaml', 'guides/keep/k.yaml', 'old/top.yaml']);
    const fromGuides = await discover(['.', '../old'], { cwd: join(root, 'guides'), ...config });
    expect(rel(root, fromGuides.files)).toEqual(['guides/a.yaml', 'guides/keep/k.yaml', 'old/top.yaml']);
    // A folder above the config's: its patterns see only the paths below their folder.
    const below = { ignoreSources: [{ base: join(root, 'guides'), patterns: ['/old', 'x'] }] };
    expect(await found(root, ['.'], below)).toEqual(['guides/a.yaml', 'guides/keep/k.yaml', 'old/top.yaml']);
    // Files outside the patterns' folder are never matched by them.
    const other = { ignoreSources: [{ base: join(root, 'old'), patterns: ['*.yaml'] }] };
    expect(await found(root, ['guides'], other)).toHaveLength(4);
  });

  it('git’s way to keep one subfolder: guides/* + !guides/keep/', async () => {
    const root = tree(paths);
    const keep = { ignorePatterns: ['guides/*', '!guides/keep/'] };
    expect(await found(root, ['.'], keep)).toEqual(['guides/keep/k.yaml', 'old/top.yaml']);
    // guides/ ignores the folder itself: nothing below it can be taken back.
    expect(await found(root, ['.'], { ignorePatterns: ['guides/', '!guides/keep/'] })).toEqual(['old/top.yaml']);
  });
});

describe('named files and globs meet the same patterns', () => {
  const paths = [
    'guides/a.yaml',
    'guides/old/o.yaml',
    'guides/keep/k.yaml',
    'node_modules/p/n.yaml',
    'sub/guide-lint.config.yml',
  ];

  it('a named file below an ignored folder is ignored and said so; a glob’s hits are filtered', async () => {
    const root = tree(paths);
    const opts = { ignorePatterns: ['guides/*', '!guides/keep/'] };
    const named = await discover(['guides/old/o.yaml', 'guides/keep/k.yaml'], { cwd: root, ...opts });
    expect(named.ignored).toEqual(['guides/old/o.yaml']);
    expect(rel(root, named.files)).toEqual(['guides/keep/k.yaml']);
    expect(await found(root, ['guides/**/*.yaml'], opts)).toEqual(['guides/keep/k.yaml']);
  });

  it('node_modules, .git and the ignored names count at any depth, in walks, globs and named files', async () => {
    const root = tree(paths);
    const opts = { ignoreNames: ['guide-lint.config.yml'] };
    expect(await found(root, ['.'], opts)).toEqual(['guides/a.yaml', 'guides/keep/k.yaml', 'guides/old/o.yaml']);
    expect(await found(root, ['**/*.{yaml,yml}'], opts)).toEqual([
      'guides/a.yaml',
      'guides/keep/k.yaml',
      'guides/old/o.yaml',
    ]);
    const named = await discover(['node_modules/p/n.yaml'], { cwd: root, ...opts });
    expect(named.ignored).toEqual(['node_modules/p/n.yaml']);
    // A walk of the folder itself: names count below the walked folder.
    expect(await found(root, ['node_modules'], opts)).toEqual(['node_modules/p/n.yaml']);
  });
});
