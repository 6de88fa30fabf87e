// Copy counts (src/model/copies.ts): reading one count element, and the material type the kinds make.

import { describe, expect, it } from 'vitest';
import { readCount, typeOfKinds } from '../../src/model/copies.js';

describe('readCount', () => {
  it.each([
    [1, 1, { total: 1 }],
    ['2份', 1, { total: 2 }],
    ['两份', 1, { total: 2 }],
    [0, 0, { total: 0 }],
    ['原件1份，复印件2份', 1, { total: 3, original: 1, copy: 2 }],
  ])('%j (min %d) → %j', (v, min, count) => {
    expect(readCount(v, min)).toEqual(count);
  });

  it.each([
    ['  ', 1, 'blank'],
    ['若干', 1, 'invalid'],
    // a kind count is one number: a split by kind is no count there
    ['原件1份，复印件2份', 0, 'invalid'],
    [0, 1, 'notPositive'],
    ['-1', 0, 'notCount'],
    ['1.5份', 0, 'notCount'],
  ])('%j (min %d) → %s', (v, min, problem) => {
    expect(readCount(v, min)).toEqual({ problem });
  });

  it.each([[null], [[1]], [1.5], [true]])('%j is a type error for guide-schema → undefined', (v) => {
    expect(readCount(v, 1)).toBeUndefined();
  });
});

describe('typeOfKinds', () => {
  it.each([
    [true, true, '原件和复印件'],
    [true, false, '原件'],
    [false, true, '复印件'],
    [false, false, undefined],
  ])('original %s, copy %s → %s', (original, copy, type) => {
    expect(typeOfKinds(original, copy)).toBe(type);
  });
});
