// A folder walk matches ignore patterns that are plain file names (the config file names every run
// ignores, "old.yaml") itself rather than through fast-glob's globs: the files found must be those
// fast-glob's "**/name" and "**/name/**" ignore globs leave, at any depth, in any letter case, also
// for a folder named like the pattern.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import fg from 'fast-glob';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/load/discover.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const NAMES = ['guide-lint.config.yml', 'Guide-Lint.Config.YML', 'old.yaml', 'a.yaml', 'b.json', 'x.csv', 'drafts'];
const PATTERNS = ['guide-lint.config.yml', 'old.yaml', 'OLD.yaml', 'b.json', 'drafts', 'draft*.yaml'];
const pathArb = fc
  .array(fc.constantFrom('sub', 'old.yaml', 'drafts', 'deep'), { maxLength: 3 })
  .chain((folders) => fc.constantFrom(...NAMES).map((name) => [...folders, name].join('/')));

/** What fast-glob finds with every pattern as its ignore globs (discover's behaviour before). */
async function expected(root: string, patterns: string[]): Promise<string[]> {
  const ignore = ['**/node_modules/**', '**/.git/**', ...patterns.flatMap((p) => [`**/${p}`, `**/${p}/**`])];
  const hits = await fg('**/*.{yaml,yml,json,jsonl,xlsx,xls,csv}', {
    cwd: root,
    ignore,
    absolute: true,
    dot: false,
    caseSensitiveMatch: false,
    followSymbolicLinks: false,
  });
  return hits.sort();
}

describe('discover: plain file names as ignore patterns', () => {
  it('finds what the equivalent fast-glob ignore globs find', async () => {
    let narrowed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(pathArb, { minLength: 1, maxLength: 12 }),
        fc.subarray(PATTERNS),
        async (paths, patterns) => {
          const root = mkdtempSync(join(tmpdir(), 'guide-lint-walk-'));
          dirs.push(root);
          for (const p of paths) {
            const file = join(root, p);
            try {
              mkdirSync(dirname(file), { recursive: true });
              writeFileSync(file, '事项名称: 测试\n');
            } catch {
              // a path whose folder is one of the files already written: not a tree
            }
          }
          const all = await discover(['.'], { cwd: root, useIgnoreFile: false });
          const got = await discover(['.'], { cwd: root, ignorePatterns: patterns, useIgnoreFile: false });
          expect(got.files.filter((f) => !/guide-lint\.config/i.test(f))).toEqual(
            (await expected(root, patterns)).filter((f) => !/guide-lint\.config/i.test(f)),
          );
          if (got.files.length < all.files.length) narrowed++;
        },
      ),
      { numRuns: 60, seed: 7 },
    );
    expect(narrowed).toBeGreaterThan(10);
  });
});
