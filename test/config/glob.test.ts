// The glob matcher of config overrides and ignore (gitignore-style, relative to the config folder).

import { describe, expect, it } from 'vitest';
import { gitignoreMatcher, globToRegExp } from '../../src/config/glob.js';

describe('globToRegExp', () => {
  const cases: [string, string, boolean][] = [
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'dir/a.yaml', false],
    ['**/*.yaml', 'a.yaml', true],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['guides/**', 'guides/a/b.yaml', true],
    ['guides/**/*.xlsx', 'guides/x.xlsx', true],
    ['guides/**/*.xlsx', 'guides/a/b/x.xlsx', true],
    ['guides/**/*.xlsx', 'other/x.xlsx', false],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.{yaml,yml}', 'a.json', false],
    ['g?.yaml', 'g1.yaml', true],
    ['g?.yaml', 'g12.yaml', false],
    ['[abc].yaml', 'b.yaml', true],
    ['[!abc].yaml', 'b.yaml', false],
    ['[!abc].yaml', 'd.yaml', true],
    ['教育局/**', '教育局/入学.yaml', true],
    ['*.XLSX', 'a.xlsx', true],
    ['a.b', 'aXb', false],
    ['(x)+.yaml', '(x)+.yaml', true],
    ['\\*.yaml', '*.yaml', true],
    ['\\*.yaml', 'a.yaml', false],
    // The dialect kept over picomatch: no extglobs, "dir/**" is what is below dir, dot names match.
    ['+(a).yaml', '+(a).yaml', true],
    ['+(a).yaml', 'a.yaml', false],
    ['a|b.yaml', 'a|b.yaml', true],
    ['guides/**', 'guides', false],
    ['*.yaml', '.hidden.yaml', true],
    ['./a.yaml', 'a.yaml', false],
  ];
  for (const [glob, path, hit] of cases) {
    it(`${glob} ${hit ? 'matches' : 'does not match'} ${path}`, () => {
      expect(globToRegExp(glob).test(path)).toBe(hit);
    });
  }
});

describe('gitignoreMatcher', () => {
  it('a name without "/" matches at any depth, and everything below a folder', () => {
    const m = gitignoreMatcher(['drafts/', '*.bak.yaml']);
    expect(m('drafts/a.yaml')).toBe(true);
    expect(m('guides/drafts/a.yaml')).toBe(true);
    expect(m('guides/x.bak.yaml')).toBe(true);
    expect(m('guides/x.yaml')).toBe(false);
  });
  it('a pattern with "/" (or a leading one) is anchored at the base folder', () => {
    const m = gitignoreMatcher(['/guides/old', 'archive/2020']);
    expect(m('guides/old/a.yaml')).toBe(true);
    expect(m('x/guides/old/a.yaml')).toBe(false);
    expect(m('archive/2020/a.yaml')).toBe(true);
    expect(m('x/archive/2020/a.yaml')).toBe(false);
  });
  it('"!" re-includes; paths outside the base folder never match', () => {
    const m = gitignoreMatcher(['guides/**', '!guides/keep/**']);
    expect(m('guides/a.yaml')).toBe(true);
    expect(m('guides/keep/a.yaml')).toBe(false);
    expect(m('../guides/a.yaml')).toBe(false);
    expect(m('')).toBe(false);
  });
  it('Windows separators in a pattern work', () => {
    expect(gitignoreMatcher(['guides\\old'])('guides/old/a.yaml')).toBe(true);
  });
});
