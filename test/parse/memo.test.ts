// The parsers' memo tables: one call per distinct input (undefined results included), the same
// shared result back, bounded size, and strings and numbers kept apart.
import { describe, expect, it } from 'vitest';
import { memoizeText, memoizeValue } from '../../src/parse/memo.js';

describe('memoizeText', () => {
  it('calls the parser once per distinct input and shares its result', () => {
    const seen: string[] = [];
    const f = memoizeText((s: string) => {
      seen.push(s);
      return { length: s.length };
    });
    const a = f('某某市政务服务中心一楼综合窗口');
    expect(f('某某市政务服务中心一楼综合窗口')).toBe(a);
    expect(f('另一个地址')).toEqual({ length: 5 });
    expect(seen).toEqual(['某某市政务服务中心一楼综合窗口', '另一个地址']);
  });

  it('remembers undefined results too', () => {
    let calls = 0;
    const f = memoizeText((s: string) => {
      calls++;
      return s === 'none' ? undefined : s;
    });
    expect(f('none')).toBeUndefined();
    expect(f('none')).toBeUndefined();
    expect(f('some')).toBe('some');
    expect(calls).toBe(2);
  });

  it('is bounded: a full table starts over', () => {
    let calls = 0;
    const f = memoizeText((s: string) => {
      calls++;
      return s;
    });
    for (let i = 0; i <= 4096; i++) f(`value ${i}`);
    expect(calls).toBe(4097);
    f('value 0'); // dropped when the table filled up
    expect(calls).toBe(4098);
    f('value 4096'); // kept
    expect(calls).toBe(4098);
  });
});

describe('memoizeValue', () => {
  it('memoises strings and numbers apart and passes other values through', () => {
    const calls: unknown[] = [];
    const f = memoizeValue((v: unknown) => {
      calls.push(v);
      return typeof v;
    });
    expect(f('1')).toBe('string');
    expect(f(1)).toBe('number');
    expect(f(1)).toBe('number');
    expect(f(null)).toBe('object');
    expect(f(null)).toBe('object');
    expect(calls).toEqual(['1', 1, null, null]);
  });
});
