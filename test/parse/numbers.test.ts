import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberToken } from '../../src/parse/numbers.js';
import { RUNS, anyText } from './support.js';

describe('parseNumberToken', () => {
  it.each([
    ['20', 20],
    ['２０', 20],
    ['0.5', 0.5],
    ['０．５', 0.5],
    [' 1 ', 1],
    ['0', 0],
    ['-1', -1],
    ['二十', 20],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['一十五', 15],
    ['三十', 30],
    ['一百二十', 120],
    ['一百二', 120],
    ['一百零五', 105],
    ['一千零二十', 1020],
    ['一万二千', 12000],
    ['〇', 0],
    ['零', 0],
    ['二〇', 20],
    ['廿', 20],
    ['廿五', 25],
    ['卅', 30],
    ['贰拾', 20],
    ['半', 0.5],
  ])('%j → %j', (input, expected) => {
    expect(parseNumberToken(input)).toBe(expected);
  });

  it.each([
    '',
    '  ',
    'abc',
    '二十a',
    '2十',
    '十百',
    '百',
    '万',
    '二二十',
    '1.2.3',
    '1e5',
    '.5',
    '20.',
    '个',
    '工作日',
    '半半',
  ])('%j → undefined', (input) => {
    expect(parseNumberToken(input)).toBeUndefined();
  });

  it('never throws, returns a finite number or undefined, deterministically', () => {
    fc.assert(
      fc.property(anyText('0123456789.-〇零一二两三四五六七八九十百千万廿卅半贰拾佰２０'), (s) => {
        const r = parseNumberToken(s);
        expect(r === undefined || Number.isFinite(r)).toBe(true);
        expect(parseNumberToken(s)).toBe(r);
      }),
      RUNS,
    );
  });

  it('reads every non-negative integer written in Arabic digits', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(parseNumberToken(String(n))).toBe(n);
      }),
      RUNS,
    );
  });

  it('does not throw on non-strings', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(parseNumberToken(v as string) ?? 0).toBeTypeOf('number');
      }),
      RUNS,
    );
  });
});
