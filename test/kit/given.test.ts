// A child element left out (src/kit/helpers/given.ts): absent or blank, and where that is reported.

import { describe, expect, it } from 'vitest';
import { missingAt, notGiven } from '../../src/kit/index.js';

describe('notGiven', () => {
  it('is absence or a text of blanks only', () => {
    expect(notGiven(undefined)).toBe(true);
    expect(notGiven('  ')).toBe(true);
    expect(notGiven('\u3000')).toBe(true);
  });
  it('leaves "" and null to guide-schema, and a written value to the rule', () => {
    expect(notGiven('')).toBe(false);
    expect(notGiven(null)).toBe(false);
    expect(notGiven('forms/a.pdf')).toBe(false);
    expect(notGiven(0)).toBe(false);
    expect(notGiven([])).toBe(false);
  });
});

describe('missingAt', () => {
  it('is the parent for an absent child, the child for a blank one', () => {
    expect(missingAt(undefined, ['申请材料', 2, '样表'])).toEqual(['申请材料', 2]);
    expect(missingAt(' ', ['申请材料', 2, '样表'])).toEqual(['申请材料', 2, '样表']);
    expect(missingAt(undefined, ['审批结果', '样本'])).toEqual(['审批结果']);
  });
});
