// limitAt (src/kit/helpers/limit-at.ts): a time-limit element read to compare it, with its wording.

import { describe, expect, it } from 'vitest';
import { limitAt, type Guide } from '../../src/kit/index.js';

const guide = (data: Record<string, unknown>): Guide => ({ data }) as unknown as Guide;

describe('limitAt', () => {
  it('reads a limit that parses, shown as written', () => {
    expect(limitAt(guide({ 法定办结时限: ' 20个工作日 ' }), '法定办结时限')).toMatchObject({
      limit: { ok: true, kind: 'days', value: 20, unit: '工作日' },
      shown: '20个工作日',
    });
    expect(limitAt(guide({ 承诺办结时限: { 数值: 5, 单位: '工作日' } }), '承诺办结时限')?.shown).toBe('5个工作日');
    expect(limitAt(guide({ 承诺办结时限: '即办' }), '承诺办结时限')?.limit).toMatchObject({ kind: 'immediate' });
  });

  it('is undefined for what other rules report: a limit that does not parse, a placeholder, absence, another type', () => {
    for (const v of ['30天', '无', undefined, null, ['5个工作日'], { 数值: 5 }])
      expect(limitAt(guide({ 法定办结时限: v }), '法定办结时限')).toBeUndefined();
  });
});
