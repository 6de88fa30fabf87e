import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  foldDashes,
  halfWidthDigits,
  normalizeDashes,
  normalizeForScan,
  normalizeWidth,
  textOf,
  trimBlanks,
} from '../../src/parse/text.js';
import { RUNS, anyText } from './support.js';

describe('normalizeWidth', () => {
  it.each([
    ['０１２３４５６７８９', '0123456789'],
    ['ＡＢＣｘｙｚ', 'ABCxyz'],
    ['下午14：00-17:00', '下午14:00-17:00'],
    ['下午２:00-５:00', '下午2:00-5:00'],
    ['（０４７１）６９４５６７８', '(0471)6945678'],
    ['０４７１－６９４５６７８', '0471-6945678'],
    ['９:00～１２:00', '9:00~12:00'],
    ['上午，下午', '上午,下午'],
    ['江南路\u3000５号', '江南路 5号'],
    ['灵山县三海街道、二楼。【窗口】④', '灵山县三海街道、二楼。【窗口】④'],
    ['0777—6428820', '0777—6428820'], // em dash is not full-width ASCII: normalizeDashes handles it
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeWidth(input)).toBe(expected);
  });
});

describe('normalizeDashes', () => {
  it.each([
    ['0777—6428820', '0777-6428820'],
    ['8:30--12:00', '8:30-12:00'],
    ['8:30——12:00', '8:30-12:00'],
    ['9:00–12:00', '9:00-12:00'],
    ['9:00―12:00', '9:00-12:00'],
    ['9:00─12:00', '9:00-12:00'],
    ['9:00～12:00', '9:00-12:00'],
    ['9:00~12:00', '9:00-12:00'],
    ['0471－6945678', '0471-6945678'],
    ['２０', '２０'], // digits are normalizeWidth's job
  ])('%j → %j', (input, expected) => {
    expect(normalizeDashes(input)).toBe(expected);
  });
});

describe('normalizeForScan', () => {
  it.each([
    ['８：30--１２：00', '8:30--12:00'],
    ['0777—6428820', '0777-6428820'],
    ['１４：００～１７：００', '14:00-17:00'],
  ])('%j → %j (same length)', (input, expected) => {
    expect(normalizeForScan(input)).toBe(expected);
    expect(normalizeForScan(input)).toHaveLength(input.length);
  });
});

describe('halfWidthDigits', () => {
  it.each([
    ['１４：００－１７：００', '14:00-17:00'],
    ['14 ： 00', '14:00'],
    ['0777—6428820', '0777-6428820'],
    ['（０４７１）', '（0471）'],
    ['上午：9点', '上午：9点'],
    ['星期一—星期五', '星期一—星期五'],
  ])('%s → %s', (s, out) => {
    expect(halfWidthDigits(s)).toBe(out);
  });
});

describe('trimBlanks', () => {
  it.each([
    ['\u3000 受理 \n', '受理'],
    ['a b', 'a b'],
    ['  ', ''],
  ])('%j → %j', (s, out) => {
    expect(trimBlanks(s)).toBe(out);
  });
});

describe('textOf', () => {
  it.each([
    ['  20个工作日 ', '20个工作日'],
    ['\u3000即办\n', '即办'],
    ['', ''],
    [33186820, '33186820'],
    [0, '0'],
    [0.5, '0.5'],
    [NaN, undefined],
    [Infinity, undefined],
    [null, undefined],
    [undefined, undefined],
    [true, undefined],
    [{ 数值: 20 }, undefined],
    [['20'], undefined],
  ])('%j → %j', (input, expected) => {
    expect(textOf(input)).toBe(expected);
  });
});

describe('properties', () => {
  const text = anyText('０１２３４５６７８９０123ＡａＺ：，（）－～—–―─~-:() 江南路号\u3000');
  it('normalizeWidth, foldDashes and normalizeForScan preserve length', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(normalizeWidth(s)).toHaveLength(s.length);
        expect(foldDashes(s)).toHaveLength(s.length);
        expect(normalizeForScan(s)).toHaveLength(s.length);
      }),
      RUNS,
    );
  });
  it('normalisers are idempotent and leave no full-width ASCII or dash runs', () => {
    fc.assert(
      fc.property(text, (s) => {
        const w = normalizeWidth(s);
        expect(normalizeWidth(w)).toBe(w);
        expect(w).not.toMatch(/[\uFF01-\uFF5E\u3000]/);
        const d = normalizeDashes(s);
        expect(normalizeDashes(d)).toBe(d);
        expect(d).not.toMatch(/--|[—–―─～~]/);
      }),
      RUNS,
    );
  });
  it('textOf never throws and is deterministic on any value', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = textOf(v);
        expect(r === undefined || typeof r === 'string').toBe(true);
        expect(textOf(v)).toBe(r);
      }),
      RUNS,
    );
  });
});
