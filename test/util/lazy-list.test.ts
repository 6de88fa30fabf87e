// The offender lists of a scorecard are made when read (src/util/lazy-list.ts): to every reader —
// array methods, iteration, JSON, deep equality — they must be the arrays they stand for.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementReader, lazyList, lazyPick } from '../../src/util/lazy-list.js';
import { JsonOut, writeJson } from '../../src/util/json-out.js';
import { plainScorecard } from '../../src/score/scorecard.js';
import type { Scorecard } from '../../src/score/types.js';

const make = (n: number) => ({ n, label: `#${n}` });

describe('lazyList', () => {
  it('reads as the array of made elements', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(20), fc.nat(20), (from, a, b) => {
        const lazy = lazyList(from, make);
        const eager = from.map(make);
        expect(Array.isArray(lazy)).toBe(true);
        expect(lazy.length).toBe(eager.length);
        expect(lazy).toEqual(eager);
        expect([...lazy]).toEqual(eager);
        expect(lazy.slice(a, a + b)).toEqual(eager.slice(a, a + b));
        expect(lazy.map((x) => x.label)).toEqual(eager.map((x) => x.label));
        expect(lazy[a]).toEqual(eager[a]);
        expect(lazy.at(-1)).toEqual(eager.at(-1));
        expect(Object.keys(lazy)).toEqual(Object.keys(eager));
        expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
        const at = elementReader(lazy);
        expect(Array.from({ length: lazy.length }, (_, i) => at(i))).toEqual(eager);
        const plainAt = elementReader(eager);
        expect(Array.from({ length: eager.length }, (_, i) => plainAt(i))).toEqual(eager);
        const out = new JsonOut();
        writeJson(out, { list: lazy }, 0);
        expect(out.buffer().toString()).toBe(JSON.stringify({ list: eager }, null, 2));
      }),
    );
  });

  it('makes an element on each read and keeps none', () => {
    let made = 0;
    const lazy = lazyList([1, 2, 3], (n) => ({ n, id: ++made }));
    expect(made).toBe(0);
    expect(lazy[1]).toEqual({ n: 2, id: 1 });
    expect(lazy[1]).toEqual({ n: 2, id: 2 });
    expect(lazy.length).toBe(3);
    expect(made).toBe(2);
    expect(lazy[3]).toBeUndefined();
    expect(1 in lazy).toBe(true);
    expect(3 in lazy).toBe(false);
    expect(elementReader(lazy)(2)).toEqual({ n: 3, id: 3 });
    expect(made).toBe(3);
  });

  it('is read-only', () => {
    const lazy = lazyList([1, 2], make);
    expect(() => {
      lazy[0] = make(9);
    }).toThrow(TypeError);
    expect(() => lazy.push(make(3))).toThrow(TypeError);
    expect(lazy).toEqual([make(1), make(2)]);
  });
});

describe('lazyPick', () => {
  it('is the filtered list, made when read', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 2, max: 5 }), (from, m) => {
        const keep = (n: number) => n % m === 0;
        const lazy = lazyPick(from, keep, make);
        expect(lazy).toEqual(from.filter(keep).map(make));
        expect(lazy.length).toBe(from.filter(keep).length);
      }),
    );
  });
});

describe('JsonOut with a sink', () => {
  it('hands every chunk to the sink and holds nothing', () => {
    const chunks: Buffer[] = [];
    const out = new JsonOut((c) => chunks.push(c));
    const value = { rows: Array.from({ length: 5000 }, (_, i) => ({ i, text: `行${i}`.repeat(5) })) };
    writeJson(out, value, 0);
    expect(out.buffer().length).toBe(0);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString()).toBe(JSON.stringify(value, null, 2));
  });
});

describe('plainScorecard', () => {
  it('makes a scorecard with lazy offender lists cloneable for postMessage, with the same content', () => {
    const offenders = lazyList([1, 2], (n) => ({
      kind: 'department' as const,
      department: `D${n}`,
      count: n,
      message: 'm',
    }));
    const measure = {
      item: 8,
      title: 't',
      en: 'e',
      unit: 'count' as const,
      numerator: 0,
      denominator: 2,
      value: 1,
      target: 20,
      deadline: '2021-12-31',
      met: false,
      offenders,
    };
    const card: Scorecard = {
      tool: { name: 'guide-lint', version: '0' },
      lang: 'zh',
      files: 2,
      guides: 2,
      powerList: null,
      measures: [measure],
      byDepartment: [{ key: 'D1', label: 'D1', guides: 1, powers: 0, measures: [measure] }],
    };
    expect(() => structuredClone(card)).toThrow();
    const clone = structuredClone(plainScorecard(card));
    expect(clone).toEqual(card);
  });
});
