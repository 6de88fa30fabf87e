// The one pattern dialect (gitignore's): ignore patterns through the `ignore` package, override
// `files` through picomatch, both over "/"-separated paths relative to the patterns' folder.

import { describe, expect, it } from 'vitest';
import { filesMatcher, ignoreMatcher, leavesBase } from '../../src/config/glob.js';

describe('ignoreMatcher: git’s rules', () => {
  it('a name without "/" matches at any depth; "dir/" a folder and everything below it', () => {
    const m = ignoreMatcher(['drafts/', '*.bak.yaml']);
    expect(m('drafts/a.yaml')).toBe(true);
    expect(m('guides/drafts/a.yaml')).toBe(true);
    expect(m('guides/drafts/')).toBe(true);
    expect(m('guides/x.bak.yaml')).toBe(true);
    expect(m('guides/x.yaml')).toBe(false);
    // "drafts/" names folders only: a file called drafts is not one.
    expect(m('guides/drafts')).toBe(false);
  });

  it('a pattern with "/" (or a leading one) is anchored at the base folder', () => {
    const m = ignoreMatcher(['/guides/old', 'archive/2020', '/top.yaml']);
    expect(m('guides/old/a.yaml')).toBe(true);
    expect(m('x/guides/old/a.yaml')).toBe(false);
    expect(m('archive/2020/a.yaml')).toBe(true);
    expect(m('x/archive/2020/a.yaml')).toBe(false);
    expect(m('top.yaml')).toBe(true);
    expect(m('guides/top.yaml')).toBe(false);
  });

  it('"*" stays within a folder, "**" crosses folders, "?" and classes match one character', () => {
    const m = ignoreMatcher(['/guides/*.yaml', 'archive/**/old-*.json', 'g?.csv', '[!abc]-x.yaml']);
    expect(m('guides/a.yaml')).toBe(true);
    expect(m('guides/sub/a.yaml')).toBe(false);
    expect(m('archive/old-1.json')).toBe(true);
    expect(m('archive/2019/q1/old-1.json')).toBe(true);
    expect(m('g1.csv')).toBe(true);
    expect(m('g12.csv')).toBe(false);
    expect(m('d-x.yaml')).toBe(true);
    expect(m('a-x.yaml')).toBe(false);
  });

  it('"!" takes back a file or folder whose parent folder is not ignored: guides/* + !guides/keep/', () => {
    const m = ignoreMatcher(['guides/*', '!guides/keep/']);
    expect(m('guides/a.yaml')).toBe(true);
    expect(m('guides/other/a.yaml')).toBe(true);
    expect(m('guides/keep/')).toBe(false);
    expect(m('guides/keep/a.yaml')).toBe(false);
    expect(m('guides/keep/sub/a.yaml')).toBe(false);
  });

  it('nothing below an ignored folder can be taken back (guides/ + !guides/keep/ keeps nothing)', () => {
    for (const patterns of [
      ['guides/', '!guides/keep/'],
      ['guides/**', '!guides/keep/**'],
      ['guides', '!guides/keep/a.yaml'],
    ]) {
      const m = ignoreMatcher(patterns);
      expect(m('guides/keep/a.yaml'), patterns.join(' ')).toBe(true);
    }
  });

  it('the last matching pattern wins', () => {
    const m = ignoreMatcher(['*.yaml', '!important.yaml', 'old/important.yaml']);
    expect(m('a.yaml')).toBe(true);
    expect(m('important.yaml')).toBe(false);
    expect(m('x/important.yaml')).toBe(false);
    expect(m('old/important.yaml')).toBe(true);
  });

  it('a backslash is an escape, never a folder separator', () => {
    expect(ignoreMatcher(['guides\\old'])('guides/old/a.yaml')).toBe(false);
    expect(ignoreMatcher(['\\#notes.yaml'])('#notes.yaml')).toBe(true);
    expect(ignoreMatcher(['\\!x.yaml'])('!x.yaml')).toBe(true);
    expect(ignoreMatcher(['\\*.yaml'])('*.yaml')).toBe(true);
    expect(ignoreMatcher(['\\*.yaml'])('a.yaml')).toBe(false);
  });

  it('lines as git reads them: comments, blank lines, trailing spaces; no {a,b}; case does not matter', () => {
    const m = ignoreMatcher(['# old guides', '', 'old.yaml   ', '*.{bak,tmp}', 'Drafts/']);
    expect(m('# old guides')).toBe(false);
    expect(m('old.yaml')).toBe(true);
    expect(m('a.bak')).toBe(false);
    expect(m('a.{bak,tmp}')).toBe(true);
    expect(m('drafts/a.yaml')).toBe(true);
    expect(m('OLD.YAML')).toBe(true);
  });

  it('special characters of other glob dialects are literal', () => {
    const m = ignoreMatcher(['(x)+.yaml', 'a|b.yaml', '+(c).yaml']);
    expect(m('(x)+.yaml')).toBe(true);
    expect(m('x.yaml')).toBe(false);
    expect(m('a|b.yaml')).toBe(true);
    expect(m('+(c).yaml')).toBe(true);
    expect(m('c.yaml')).toBe(false);
  });

  it('the base folder itself and paths outside it are never ignored', () => {
    const m = ignoreMatcher(['*']);
    expect(m('a.yaml')).toBe(true);
    expect(m('')).toBe(false);
    expect(m('..')).toBe(false);
    expect(m('../a.yaml')).toBe(false);
    expect(m('D:/a.yaml')).toBe(false);
  });
});

describe('filesMatcher: override globs', () => {
  const cases: [string, string, boolean][] = [
    ['*.yaml', 'a.yaml', true],
    ['*.yaml', 'dir/a.yaml', true],
    ['/*.yaml', 'dir/a.yaml', false],
    ['**/*.yaml', 'x/y/a.yaml', true],
    ['guides/**', 'guides/a/b.yaml', true],
    ['guides/**/*.xlsx', 'guides/x.xlsx', true],
    ['guides/**/*.xlsx', 'guides/a/b/x.xlsx', true],
    ['guides/**/*.xlsx', 'other/x.xlsx', false],
    ['guides/教育局', 'guides/教育局/入学.yaml', true],
    ['guides/教育局/', 'guides/教育局/入学.yaml', true],
    ['guides/教育局', 'x/guides/教育局/入学.yaml', false],
    ['*.{yaml,yml}', 'a.yml', true],
    ['*.{yaml,yml}', 'a.json', false],
    ['g?.yaml', 'g1.yaml', true],
    ['g?.yaml', 'g12.yaml', false],
    ['[abc].yaml', 'b.yaml', true],
    ['[!abc].yaml', 'b.yaml', false],
    ['[!abc].yaml', 'd.yaml', true],
    ['*.XLSX', 'a.xlsx', true],
    ['a.b', 'aXb', false],
    ['(x)+.yaml', '(x)+.yaml', true],
    ['+(a).yaml', '+(a).yaml', true],
    ['+(a).yaml', 'a.yaml', false],
    ['a|b.yaml', 'a|b.yaml', true],
    ['/guides/**', 'guides', false],
    ['*.yaml', '.hidden.yaml', true],
    ['./a.yaml', 'a.yaml', false],
    ['\\*.yaml', '*.yaml', true],
    ['\\*.yaml', 'a.yaml', false],
    // A backslash is an escape here too: "\o" is "o".
    ['guides\\old', 'guides/old/a.yaml', false],
    ['guides\\old', 'guidesold/a.yaml', true],
  ];
  for (const [glob, path, hit] of cases) {
    it(`${glob} ${hit ? 'matches' : 'does not match'} ${path}`, () => {
      expect(filesMatcher([glob])(path)).toBe(hit);
    });
  }

  it('"!" excludes what an earlier pattern matched, file by file', () => {
    const m = filesMatcher(['**/*.xlsx', '!**/模板/**']);
    expect(m('guides/a.xlsx')).toBe(true);
    expect(m('guides/模板/a.xlsx')).toBe(false);
    // Unlike ignore patterns, a later pattern can match a file below an excluded folder again.
    const again = filesMatcher(['guides/**', '!guides/keep/**', 'guides/keep/a.yaml']);
    expect(again('guides/keep/b.yaml')).toBe(false);
    expect(again('guides/keep/a.yaml')).toBe(true);
  });

  it('paths outside the base folder never match', () => {
    expect(filesMatcher(['**'])('../a.yaml')).toBe(false);
    expect(filesMatcher(['**'])('')).toBe(false);
  });
});

describe('leavesBase', () => {
  it('says whether a relative path leaves its base folder', () => {
    expect(['..', '../a', '/a', 'C:/a', 'd:/'].map(leavesBase)).toEqual([true, true, true, true, true]);
    expect(['a', '..a/b', 'a/..b', 'c:b', ''].map(leavesBase)).toEqual([false, false, false, false, false]);
  });
});
