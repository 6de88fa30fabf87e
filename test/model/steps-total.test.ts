// stepsTotal (src/model/time.ts): the sum of the process steps' time limits, when there is one.

import { describe, expect, it } from 'vitest';
import type { Guide } from '../../src/model/guide.js';
import { stepsTotal } from '../../src/model/time.js';

const guide = (steps: unknown): Guide => ({ data: { 办理流程: steps } }) as unknown as Guide;
const step = (limit: unknown) => ({ 环节名称: '受理', 办理时限: limit });

describe('stepsTotal', () => {
  it('adds the steps’ limits of one unit', () => {
    expect(stepsTotal(guide([step('1个工作日'), step('4个工作日')]))).toEqual({
      value: 5,
      unit: '工作日',
      mixed: false,
    });
  });

  it('marks a sum of working and calendar days as mixed', () => {
    expect(stepsTotal(guide([step('1个工作日'), step('2个自然日')]))).toMatchObject({ value: 3, mixed: true });
  });

  it.each([
    ['no steps', []],
    ['an entry that is no step', [step('1个工作日'), '审查']],
    ['a step without a limit', [step('1个工作日'), { 环节名称: '决定' }]],
    ['a limit that does not parse', [step('1个工作日'), step('5天')]],
  ])('undefined for %s', (_, steps) => {
    expect(stepsTotal(guide(steps))).toBeUndefined();
  });
});
