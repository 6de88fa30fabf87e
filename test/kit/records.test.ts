// Guide accessors and message wording the rules share (src/kit/helpers/records.ts, wording.ts).

import { describe, expect, it } from 'vitest';
import { approvalResult, joinList, labelsOf, materialName, textEntries, VALUE_SETS } from '../../src/kit/index.js';

describe('materialName', () => {
  it('is the trimmed 材料名称, or the position when there is none', () => {
    expect(materialName({ data: { 材料名称: ' 申请表 ' }, path: ['申请材料', 0], index: 0 })).toBe('申请表');
    expect(materialName({ data: { 材料名称: '' }, path: ['申请材料', 2], index: 2 })).toBe('#3');
    expect(materialName({ data: {}, path: ['申请材料'], index: 0 })).toBe('#1');
  });
});

describe('textEntries', () => {
  it('gives a list entry its own path and skips entries that are no text', () => {
    expect(textEntries(['甲', null, ' 乙 '], ['情形'])).toEqual([
      { text: '甲', path: ['情形', 0] },
      { text: '乙', path: ['情形', 2] },
    ]);
  });
  it('splits one text like textList, every part at the element', () => {
    expect(textEntries('甲、乙', ['情形'])).toEqual([
      { text: '甲', path: ['情形'] },
      { text: '乙', path: ['情形'] },
    ]);
    expect(textEntries(undefined, ['情形'])).toEqual([]);
  });
});

describe('labelsOf', () => {
  const vs = VALUE_SETS.服务对象;
  it('resolves each value once, variants included', () => {
    expect(labelsOf(vs, ['自然人', '自然人', '企业法人'])).toEqual(['自然人', '企业法人']);
    expect(labelsOf(vs, '自然人、企业法人')).toEqual(['自然人', '企业法人']);
  });
  it('is undefined when any value is unknown', () => {
    expect(labelsOf(vs, ['自然人', '外星人'])).toBeUndefined();
  });
});

describe('joinList', () => {
  it('uses 、 in Chinese and a comma in English', () => {
    expect(joinList('zh', ['a', 'b'])).toBe('a、b');
    expect(joinList('en', ['a', 'b'])).toBe('a, b');
  });
});

describe('approvalResult', () => {
  const guide = (data: Record<string, unknown>) => ({ data }) as unknown as Parameters<typeof approvalResult>[0];
  it('is the 审批结果 mapping with its 名称 as text and the label of its 类型', () => {
    const r = { 名称: ' 许可证 ', 类型: '出证办结' };
    expect(approvalResult(guide({ 审批结果: r }))).toEqual({ data: r, name: '许可证', type: '出证办结' });
    expect(approvalResult(guide({ 审批结果: { 类型: '出证办结' } }))?.name).toBeUndefined();
  });
  it('leaves a 类型 that is no value of 审批结果类型 undefined (enum-values reports it, variants included)', () => {
    expect(approvalResult(guide({ 审批结果: { 名称: '许可证', 类型: ' 审批办结 ' } }))?.type).toBe('审批办结');
    expect(approvalResult(guide({ 审批结果: { 名称: '许可证', 类型: '出证' } }))?.type).toBeUndefined();
    expect(approvalResult(guide({ 审批结果: { 名称: '许可证', 类型: '发证' } }))?.type).toBeUndefined();
    expect(approvalResult(guide({ 审批结果: { 名称: '许可证' } }))?.type).toBeUndefined();
  });
  it('is undefined when 审批结果 is absent or not a mapping', () => {
    expect(approvalResult(guide({}))).toBeUndefined();
    expect(approvalResult(guide({ 审批结果: '许可证' }))).toBeUndefined();
  });
});
