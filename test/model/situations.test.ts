// Declared 情形: one situation however written, repeats, and the ones no material uses (src/model/situations.ts).

import { describe, expect, it } from 'vitest';
import { distinctSituations, situationKey, unusedSituations } from '../../src/kit/index.js';

const entries = (...texts: string[]) => texts.map((text, i) => ({ text, path: ['情形', i] }));

describe('situationKey', () => {
  it('ignores width and blanks', () => {
    expect(situationKey('首次 申请')).toBe(situationKey('首次申请'));
    expect(situationKey('ＡＢ类')).toBe(situationKey('AB类'));
    expect(situationKey('首次申请')).not.toBe(situationKey('变更申请'));
  });
});

describe('distinctSituations', () => {
  it('the first spelling of each situation, and the entries that repeat one', () => {
    const { known, repeats } = distinctSituations(entries('首次申请', '变更', '首次 申请'));
    expect([...known.values()]).toEqual(['首次申请', '变更']);
    expect(repeats).toEqual([{ text: '首次 申请', path: ['情形', 2] }]);
  });
});

describe('unusedSituations', () => {
  it('the first entry of each situation not used', () => {
    const declared = entries('首次申请', '变更', '注销', '注 销');
    expect(unusedSituations(declared, new Set([situationKey('变更')]))).toEqual([
      { text: '首次申请', path: ['情形', 0] },
      { text: '注销', path: ['情形', 2] },
    ]);
    expect(unusedSituations(declared, new Set(declared.map((d) => situationKey(d.text))))).toEqual([]);
  });
});
