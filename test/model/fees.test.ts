// Fee facts (src/model/fees.ts): a stated fee basis, and standards that charge nothing.

import { describe, expect, it } from 'vitest';
import { basisStated, chargesNothing } from '../../src/kit/index.js';

describe('chargesNothing', () => {
  it('zero amounts and words for free, width and blanks ignored', () => {
    for (const s of ['0', '0元', '0.00 元/件', '０元', '零元', '免费', '不收费', '免收工本费', '无需缴费', '无'])
      expect(chargesNothing(s), s).toBe(true);
  });
  it('an amount, or text that merely mentions free', () => {
    for (const s of ['10元/本', '80元/件', '100', '首次免费，补办10元']) expect(chargesNothing(s), s).toBe(false);
  });
});

describe('basisStated', () => {
  it('a text, a list or a record that states something', () => {
    expect(basisStated('《不动产登记收费标准的通知》')).toBe(true);
    expect(basisStated(['《某通知》'])).toBe(true);
    expect(basisStated(['无'])).toBe(true); // a list is no placeholder text: guide-schema reads lists
  });
  it('absent, blank or a placeholder text', () => {
    for (const v of [undefined, null, '', '  ', '无', '/', []]) expect(basisStated(v), String(v)).toBe(false);
  });
});
