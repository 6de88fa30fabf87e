// Small helpers rules share for reporting: a walked value's path and a fix offered both ways.

import { describe, expect, it } from 'vitest';
import { entryPath, fixTo, walkElements } from '../../src/kit/index.js';
import { normalizeGuide } from '../../src/model/normalize.js';

describe('entryPath', () => {
  it("the element's path, or its list entry's", () => {
    const guide = normalizeGuide({ 申请材料: [{ 材料名称: '申请表' }] });
    const paths: unknown[] = [];
    walkElements(guide, (e) => {
      if (e.def.key === '材料名称') paths.push(entryPath(e), entryPath(e, 2));
    });
    expect(paths).toEqual([
      ['申请材料', 0, '材料名称'],
      ['申请材料', 0, '材料名称', 2],
    ]);
  });
});

describe('fixTo', () => {
  it('the replacement as fix and suggestion, or nothing', () => {
    expect(fixTo('14:00')).toEqual({ fix: '14:00', suggestion: '14:00' });
    expect(fixTo('')).toEqual({ fix: '', suggestion: '' });
    expect(fixTo(undefined)).toEqual({});
  });
});
