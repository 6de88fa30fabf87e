// One value of an enumerated element read against its value set (src/model/enum-problem.ts).

import { describe, expect, it } from 'vitest';
import { enumProblem, VALUE_SETS } from '../../src/kit/index.js';

describe('enumProblem', () => {
  it('nothing for a label, a code, a boolean 是否, or a blank value', () => {
    expect(enumProblem(VALUE_SETS.事项类型, '行政许可')).toBeUndefined();
    expect(enumProblem(VALUE_SETS.事项类型, '01')).toBeUndefined();
    expect(enumProblem(VALUE_SETS.是否, false)).toBeUndefined();
    for (const v of ['', null, undefined]) expect(enumProblem(VALUE_SETS.事项类型, v)).toBeUndefined();
  });
  it('a variant of a label, with the label', () => {
    expect(enumProblem(VALUE_SETS.办理形式, '网上办理')).toEqual({
      kind: 'variant',
      value: '网上办理',
      label: '电脑端网上办理',
    });
  });
  it('a placeholder', () => {
    expect(enumProblem(VALUE_SETS.事项类型, '无')).toEqual({ kind: 'placeholder', value: '无' });
  });
  it('the national 网上办理深度 codes in 办理深度, and only there', () => {
    expect(enumProblem(VALUE_SETS.办理深度, '1,2,3')).toEqual({ kind: 'depthCodes', value: '1,2,3' });
    expect(enumProblem(VALUE_SETS.事项类型, '1,2,3')?.kind).toBe('invalid');
  });
  it('any other scalar outside the set, as text', () => {
    expect(enumProblem(VALUE_SETS.事项类型, '许可类')).toEqual({ kind: 'invalid', value: '许可类' });
    expect(enumProblem(VALUE_SETS.事项类型, 99)).toEqual({ kind: 'invalid', value: '99' });
  });
  it('nothing for lists and mappings (guide-schema reports their type)', () => {
    expect(enumProblem(VALUE_SETS.事项类型, ['行政许可'])).toBeUndefined();
    expect(enumProblem(VALUE_SETS.事项类型, { a: 1 })).toBeUndefined();
  });
});
