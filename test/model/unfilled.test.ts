// Required elements written as placeholders, and materials whose counts state their type (src/model/unfilled.ts).

import { describe, expect, it } from 'vitest';
import { countsStateType, unfilledRequired } from '../../src/kit/index.js';

describe('unfilledRequired', () => {
  it('required elements written as a placeholder or a list of placeholders', () => {
    expect(unfilledRequired({ 事项名称: '无', 办理地点: ['/', ' 暂无 '], 咨询电话: '0471-1234567' }, false)).toEqual([
      { path: ['事项名称'], element: '事项名称', value: '无' },
      { path: ['办理地点'], element: '办理地点', value: '/、 暂无 ' },
    ]);
  });
  it("required texts of materials and basis records; enumerated values are enum-values'", () => {
    const data = { 申请材料: [{ 材料名称: '申请表' }, { 材料名称: '/' }, '不是记录'], 设定依据: [{ 名称: '无' }] };
    expect(unfilledRequired(data, false)).toEqual([
      { path: ['申请材料', 1, '材料名称'], element: '材料名称', value: '/' },
      { path: ['设定依据', 0, '名称'], element: '名称', value: '无' },
    ]);
    expect(unfilledRequired({ 事项类型: '无' }, false)).toEqual([]);
  });
  it('blank values are not placeholders here (guide-schema reports them as missing or too short)', () => {
    expect(unfilledRequired({ 事项名称: '  ' }, false)).toEqual([]);
  });
  it('strict: the elements the strict preset requires, 审批结果 and its required texts included', () => {
    const data = { 审批结果: { 名称: '无' } };
    expect(unfilledRequired(data, false)).toEqual([]);
    expect(unfilledRequired(data, true)).toContainEqual({ path: ['审批结果', '名称'], element: '名称', value: '无' });
  });
});

describe('countsStateType', () => {
  const data = { 申请材料: [{ 原件份数: 1, 复印件份数: 0 }, { 材料名称: '申请表' }] };
  it('a material whose counts of originals and copies state its type', () => {
    expect(countsStateType(data, ['申请材料', 0])).toBe(true);
  });
  it('no counts, or a path that is no material', () => {
    expect(countsStateType(data, ['申请材料', 1])).toBe(false);
    expect(countsStateType(data, ['申请材料'])).toBe(false);
    expect(countsStateType(data, ['办理流程', 0])).toBe(false);
  });
});
