// displayPath: the path findings are reported under, relative to cwd with "/" separators. Its fast
// path must give exactly what path.relative gives, hidden folders and dot segments included.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/engine/lint-file.js';

const slow = (cwd: string, abs: string) => relative(cwd, abs).split('\\').join('/');

describe('displayPath', () => {
  it.each([
    ['/work/repo', '/work/repo/guides/a.yaml'],
    ['/work/repo', '/work/repo/.data/set/a.yaml'], // a hidden folder: fast path
    ['/work/repo', '/work/repo/guides/.hidden.yaml'],
    ['/work/repo', '/work/repo/./guides/a.yaml'],
    ['/work/repo', '/work/repo/guides/../a.yaml'],
    ['/work/repo', '/work/repo/guides/..'],
    ['/work/repo', '/work/repository/a.yaml'], // a sibling whose name starts like cwd
    ['/work/repo', '/elsewhere/a.yaml'],
  ])('%s + %s', (cwd, abs) => {
    expect(displayPath(cwd, abs)).toBe(slow(cwd, abs));
  });
});
