// The one interner (src/util/intern.ts) the summaries, the shard reader and the xlsx reader share.
import { describe, expect, it } from 'vitest';
import { Interner } from '../../src/util/intern.js';

describe('Interner', () => {
  it('gives back the same text, and non-strings as they are', () => {
    const k = new Interner({ max: 2, longest: 4, detach: true });
    for (const v of ['甲', '甲', 'abcd', 'abcde', '', '乙丙']) expect(k.get(v)).toBe(v);
    expect(k.get(null)).toBeNull();
    expect(k.get(7)).toBe(7);
    const o = { a: 1 };
    expect(k.get(o)).toBe(o);
  });

  it('keeps at most `max` texts and none longer than `longest`', () => {
    const k = new Interner({ max: 3, longest: 2 });
    const seen = (k as unknown as { seen: Map<string, string> }).seen;
    k.get('长长长');
    expect(seen.size).toBe(0);
    for (const v of ['a', 'b', 'c']) k.get(v);
    expect(seen.size).toBe(3);
    k.get('d');
    expect([...seen.keys()]).toEqual(['d']);
    k.clear();
    expect(seen.size).toBe(0);
  });
});
