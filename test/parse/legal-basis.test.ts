// 设定依据 parsing: entries of a text basis, what each lacks, and the safe repairs of titles and
// article numbers. Strings as in test/rules/legal-basis.test.ts (the 行政许可法 text is a real guide's).

import { describe, expect, it } from 'vitest';
import {
  articleOf,
  basisEntries,
  basisTextProblems,
  basisTexts,
  lawTitleOf,
  namesArticle,
  namesLaw,
} from '../../src/parse/legal-basis.js';

describe('basisEntries', () => {
  it('splits at semicolons and lines; pieces without 《》 continue the article text', () => {
    expect(basisEntries('《A》第一条；《B》第二条')).toEqual(['《A》第一条', '《B》第二条']);
    expect(basisEntries('《A》第十二条：下列事项可以设定行政许可；（一）直接涉及国家安全的\n《B》第二条')).toEqual([
      '《A》第十二条：下列事项可以设定行政许可；（一）直接涉及国家安全的',
      '《B》第二条',
    ]);
  });
});

describe('basisTextProblems', () => {
  it('an entry with a law and an article has none', () => {
    expect(basisTextProblems('《中华人民共和国食品安全法》第三十五条')).toEqual([]);
    expect(basisTextProblems('《中华人民共和国食品安全法》第３５条')).toEqual([]);
  });

  it('no law: a bare title before the article is wrapped when the text is one entry', () => {
    expect(basisTextProblems('食品经营许可和备案管理办法第六条')).toEqual([
      { kind: 'noLaw', entry: '食品经营许可和备案管理办法第六条', fixed: '《食品经营许可和备案管理办法》第六条' },
    ]);
    expect(basisTextProblems('依据国家有关规定第六条')).toEqual([{ kind: 'noLaw', entry: '依据国家有关规定第六条' }]);
  });

  it('no article after the law, entry by entry', () => {
    expect(basisTextProblems('《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》')).toEqual([
      { kind: 'noArticle', entry: '《食品经营许可和备案管理办法》', law: '《食品经营许可和备案管理办法》' },
    ]);
  });
});

describe('record parts', () => {
  it('names a law, names an article', () => {
    expect(namesLaw('《中华人民共和国食品安全法》')).toBe(true);
    expect(namesLaw('《》')).toBe(false);
    expect(namesLaw('中华人民共和国食品安全法')).toBe(false);
    expect(namesArticle('第３５条')).toBe(true);
    expect(namesArticle('第二款')).toBe(false);
  });

  it('the 《》 title of a bare or otherwise bracketed title, never of prose', () => {
    expect(lawTitleOf('中华人民共和国食品安全法')).toBe('《中华人民共和国食品安全法》');
    expect(lawTitleOf('<食品经营许可和备案管理办法>')).toBe('《食品经营许可和备案管理办法》');
    expect(lawTitleOf('国务院有关规定及相关文件')).toBeUndefined();
  });

  it('第N条 for a bare article number only', () => {
    expect(articleOf('三十五')).toBe('第三十五条');
    expect(articleOf('35条')).toBe('第35条');
    expect(articleOf('第三章')).toBeUndefined();
  });
});

describe('basisTexts', () => {
  it('a text, or each record as 名称 + 条款, NFKC-normalised, blanks dropped', () => {
    expect(basisTexts('《行政许可法》第４２条')).toEqual(['《行政许可法》第42条']);
    expect(basisTexts([{ 名称: '《行政许可法》', 条款: '第四十二条' }, '', null])).toEqual([
      '《行政许可法》第四十二条',
    ]);
    expect(basisTexts(undefined)).toEqual([]);
  });
});
