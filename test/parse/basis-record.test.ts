// A 设定依据 record's 名称 and 条款 (src/parse/basis-record.ts), and long values shortened for messages.

import { describe, expect, it } from 'vitest';
import { readBasisRecord, shorten } from '../../src/kit/index.js';

describe('readBasisRecord', () => {
  it('a law in 《》 with an article: no problem', () => {
    expect(readBasisRecord({ 名称: ' 《中华人民共和国食品安全法》 ', 条款: '第三十五条' })).toEqual({
      name: '《中华人民共和国食品安全法》',
      problems: [],
    });
  });
  it('blank 名称 and 条款', () => {
    expect(readBasisRecord({ 名称: ' ', 条款: '' }).problems).toEqual([
      { field: '名称', problem: 'blankName' },
      { field: '条款', problem: 'blankArticle' },
    ]);
  });
  it('a title without 《》 and a bare article number, with their corrections', () => {
    expect(readBasisRecord({ 名称: '中华人民共和国食品安全法', 条款: '35' }).problems).toEqual([
      { field: '名称', problem: 'noLawName', value: '中华人民共和国食品安全法', fixed: '《中华人民共和国食品安全法》' },
      { field: '条款', problem: 'noArticle', value: '35', fixed: '第35条' },
    ]);
  });
  it('no correction when none is safe', () => {
    expect(readBasisRecord({ 名称: '有关规定', 条款: '相关条款' }).problems).toEqual([
      { field: '名称', problem: 'noLawName', value: '有关规定' },
      { field: '条款', problem: 'noArticle', value: '相关条款' },
    ]);
  });
  it("a missing field or one of another type is guide-schema's", () => {
    expect(readBasisRecord({ 名称: 5 })).toEqual({ problems: [] });
    expect(readBasisRecord({ 条款: ['第一条'] })).toEqual({ problems: [] });
  });
});

describe('shorten', () => {
  it('at most 40 characters (code points) by default, with … when cut', () => {
    expect(shorten('短')).toBe('短');
    expect(shorten('条'.repeat(41))).toBe(`${'条'.repeat(40)}…`);
    expect(shorten('𠀀'.repeat(40))).toBe('𠀀'.repeat(40));
    expect(shorten('abcdef', 3)).toBe('abc…');
  });
});
