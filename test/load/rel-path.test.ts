import { posix, relative, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { relativeFrom } from '../../src/load/rel-path.js';
import { runs } from '../support/fast.js';

const slow = (root: string, abs: string) => relative(root, abs).split(sep).join('/');

describe('relativeFrom', () => {
  const cases: [string, string][] = [
    ['/work/set', '/work/set/a/b.yaml'],
    ['/work/set', '/work/set'],
    ['/work/set', '/work/settled/a.yaml'],
    ['/work/set', '/work/other/a.yaml'],
    ['/work/set', '/work/set/./a.yaml'],
    ['/work/set', '/work/set/x/../a.yaml'],
    ['/work/set', '/work/set//a.yaml'],
    ['/work/set', '/work/set/..a/.b.yaml'],
    ['/work/set/', '/work/set/a.yaml'],
    ['/', '/a/b.yaml'],
  ];
  it.runIf(sep === '/')('gives what path.relative gives, "/"-separated', () => {
    for (const [root, abs] of cases) expect(relativeFrom(root)(abs), `${root} ${abs}`).toBe(slow(root, abs));
  });

  it.runIf(sep === '/')('agrees with path.relative on random paths', () => {
    const seg = fc.constantFrom('a', 'b', '.', '..', '', 'guide.yaml', '.x', '..y', '办事指南');
    const path = fc.array(seg, { maxLength: 6 }).map((s) => `/${s.join('/')}`);
    fc.assert(
      fc.property(path, path, (rootRaw, abs) => {
        const root = posix.resolve(rootRaw);
        expect(relativeFrom(root)(abs)).toBe(slow(root, abs));
      }),
      { numRuns: runs(5000) },
    );
  });
});
