import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  calendarRange,
  definitelyExceeds,
  parseTimeLimit,
  toWorkingDays,
  type TimeLimit,
} from '../../src/parse/time-limit.js';
import { RUNS, anyText, realValues } from './support.js';

const days = (value: number, unit: '工作日' | '自然日', text: string, within = false): TimeLimit => ({
  ok: true,
  kind: 'days',
  value,
  unit,
  text,
  within,
});
const immediate = (text: string): TimeLimit => ({ ok: true, kind: 'immediate', value: 0, unit: null, text });

// Every 时限 string of strings.json, verbatim.
const REAL: [string, TimeLimit][] = [
  ['20个工作日', days(20, '工作日', '20个工作日')],
  ['1个工作日', days(1, '工作日', '1个工作日')],
  ['1个工作日内', days(1, '工作日', '1个工作日内', true)],
  ['10日内', { ok: false, problem: 'ambiguous-unit', text: '10日内', value: 10, unitText: '日' }],
  [
    'anticipate_day=20, anticipate_type=1, promise_day=5, promise_type=1',
    {
      ok: false,
      problem: 'not-a-time-limit',
      text: 'anticipate_day=20, anticipate_type=1, promise_day=5, promise_type=1',
    },
  ],
  [
    '办事提速。申请人准备、修改材料不计入承诺办结时限。',
    { ok: false, problem: 'not-a-time-limit', text: '办事提速。申请人准备、修改材料不计入承诺办结时限。' },
  ],
  ['即办', immediate('即办')],
];

describe('parseTimeLimit: real strings', () => {
  it.each(REAL)('%j', (input, expected) => {
    expect(parseTimeLimit(input)).toEqual(expected);
  });
  it('the table covers every 时限 value of strings.json', () => {
    const real = realValues('时限');
    expect(real.filter((v) => !REAL.some(([s]) => s === v))).toEqual([]);
  });
});

describe('parseTimeLimit: text forms', () => {
  it.each<[unknown, TimeLimit]>([
    ['二十个工作日', days(20, '工作日', '二十个工作日')],
    ['两个工作日', days(2, '工作日', '两个工作日')],
    ['十五个工作日', days(15, '工作日', '十五个工作日')],
    ['0.5个工作日', days(0.5, '工作日', '0.5个工作日')],
    ['半个工作日', days(0.5, '工作日', '半个工作日')],
    ['5个自然日', days(5, '自然日', '5个自然日')],
    ['30日历日', days(30, '自然日', '30日历日')],
    ['２０个工作日', days(20, '工作日', '２０个工作日')],
    ['20 个工作日以内', days(20, '工作日', '20 个工作日以内', true)],
    ['自受理之日起20个工作日内', days(20, '工作日', '自受理之日起20个工作日内', true)],
    ['受理后5个工作日内办结', days(5, '工作日', '受理后5个工作日内办结', true)],
    ['承诺办结时限：20个工作日', days(20, '工作日', '承诺办结时限：20个工作日')],
    ['20个工作日（不含公示时间）。', days(20, '工作日', '20个工作日（不含公示时间）。')],
    ['20天（工作日）', days(20, '工作日', '20天（工作日）')],
    ['  20个工作日 ', days(20, '工作日', '20个工作日')],
    ['当场办结', immediate('当场办结')],
    ['当场办理', immediate('当场办理')],
    ['立即办结', immediate('立即办结')],
    ['即办件', immediate('即办件')],
    ['即办。', immediate('即办。')],
    ['0', immediate('0')],
    ['0个工作日', immediate('0个工作日')],
    ['20日', { ok: false, problem: 'ambiguous-unit', text: '20日', value: 20, unitText: '日' }],
    ['20天', { ok: false, problem: 'ambiguous-unit', text: '20天', value: 20, unitText: '天' }],
    ['20', { ok: false, problem: 'ambiguous-unit', text: '20', value: 20 }],
    ['20个', { ok: false, problem: 'ambiguous-unit', text: '20个', value: 20 }],
    ['3个月', { ok: false, problem: 'other-unit', text: '3个月', value: 3, unitText: '月' }],
    ['2小时', { ok: false, problem: 'other-unit', text: '2小时', value: 2, unitText: '小时' }],
    ['1年', { ok: false, problem: 'other-unit', text: '1年', value: 1, unitText: '年' }],
    ['20次', { ok: false, problem: 'unknown-unit', text: '20次', value: 20, unitText: '次' }],
    ['-1个工作日', { ok: false, problem: 'not-positive', text: '-1个工作日', value: -1, unitText: '工作日' }],
    ['工作日', { ok: false, problem: 'no-number', text: '工作日' }],
    ['若干个工作日', { ok: false, problem: 'no-number', text: '若干个工作日' }],
    ['', { ok: false, problem: 'empty', text: '' }],
    ['   ', { ok: false, problem: 'empty', text: '' }],
    [
      '材料齐全后20个工作日内办结，特殊情况可延长10个工作日',
      {
        ok: false,
        problem: 'not-a-time-limit',
        text: '材料齐全后20个工作日内办结，特殊情况可延长10个工作日',
        value: 20,
        unitText: '工作日',
      },
    ],
  ])('%j', (input, expected) => {
    expect(parseTimeLimit(input)).toEqual(expected);
  });
});

describe('parseTimeLimit: numbers, objects and other values', () => {
  it.each<[unknown, TimeLimit]>([
    [0, immediate('0')],
    [20, { ok: false, problem: 'ambiguous-unit', text: '20', value: 20 }],
    [-1, { ok: false, problem: 'not-positive', text: '-1', value: -1 }],
    [NaN, { ok: false, problem: 'no-number', text: 'NaN' }],
    [{ 数值: 20, 单位: '工作日' }, days(20, '工作日', '20工作日')],
    [{ 数值: '20', 单位: '工作日' }, days(20, '工作日', '20工作日')],
    [{ 数值: 20, 单位: '个工作日' }, days(20, '工作日', '20个工作日')],
    [{ 数值: 5, 单位: '自然日' }, days(5, '自然日', '5自然日')],
    [{ 数值: '二十', 单位: '工作日' }, days(20, '工作日', '二十工作日')],
    [{ 数值: 0, 单位: '工作日' }, immediate('0工作日')],
    [{ 数值: '即办' }, immediate('即办')],
    [
      { 数值: 20, 单位: '天' },
      { ok: false, problem: 'ambiguous-unit', text: '20天', value: 20, unitText: '天' },
    ],
    [
      { 数值: 20, 单位: '日' },
      { ok: false, problem: 'ambiguous-unit', text: '20日', value: 20, unitText: '日' },
    ],
    [{ 数值: 20 }, { ok: false, problem: 'ambiguous-unit', text: '20', value: 20 }],
    [
      { 数值: 3, 单位: '个月' },
      { ok: false, problem: 'other-unit', text: '3个月', value: 3, unitText: '月' },
    ],
    [
      { 数值: 5, 单位: 'xx' },
      { ok: false, problem: 'unknown-unit', text: '5xx', value: 5, unitText: 'xx' },
    ],
    [
      { 数值: 5, 单位: 1 },
      { ok: false, problem: 'unknown-unit', text: '5', value: 5 },
    ],
    [
      { 数值: -2, 单位: '工作日' },
      { ok: false, problem: 'not-positive', text: '-2工作日', value: -2, unitText: '工作日' },
    ],
    [{ 单位: '工作日' }, { ok: false, problem: 'no-number', text: '工作日', unitText: '工作日' }],
    [
      { 数值: 'abc', 单位: '工作日' },
      { ok: false, problem: 'no-number', text: 'abc工作日', unitText: '工作日' },
    ],
    [{}, { ok: false, problem: 'empty', text: '' }],
    [null, { ok: false, problem: 'empty', text: '' }],
    [undefined, { ok: false, problem: 'empty', text: '' }],
    [true, { ok: false, problem: 'not-a-time-limit', text: '' }],
    [['20个工作日'], { ok: false, problem: 'not-a-time-limit', text: '' }],
  ])('%j', (input, expected) => {
    expect(parseTimeLimit(input)).toEqual(expected);
  });
});

describe('calendar arithmetic', () => {
  it.each<[{ value: number; unit: '工作日' | '自然日' | null }, [number, number]]>([
    [{ value: 5, unit: '工作日' }, [5, 7]],
    [{ value: 20, unit: '工作日' }, [20, 28]],
    [{ value: 1, unit: '工作日' }, [1, 7]],
    [{ value: 6, unit: '工作日' }, [6, 14]],
    [{ value: 7, unit: '自然日' }, [7, 7]],
    [{ value: 0, unit: null }, [0, 0]],
  ])('calendarRange(%j) = %j', (t, expected) => {
    expect(calendarRange(t)).toEqual(expected);
  });

  it.each<[number, '工作日' | '自然日' | null, number, '工作日' | '自然日' | null, boolean]>([
    [5, '工作日', 7, '自然日', false],
    [8, '自然日', 5, '工作日', true],
    [7, '自然日', 5, '工作日', false],
    [20, '工作日', 20, '工作日', false],
    [21, '工作日', 20, '工作日', true], // same unit, same start date: compared directly
    [6, '工作日', 5, '工作日', true],
    [5, '工作日', 5, '工作日', false],
    [31, '自然日', 30, '自然日', true],
    [21, '工作日', 28, '自然日', false], // 21 工作日 may still end within 28 calendar days
    [0.5, '工作日', 7, '自然日', false],
    [29, '工作日', 20, '工作日', true],
    [1, '工作日', 0, null, true],
    [0, null, 1, '工作日', false],
    [30, '自然日', 20, '工作日', true],
  ])('definitelyExceeds(%d %s, %d %s) = %s', (av, au, bv, bu, expected) => {
    expect(definitelyExceeds({ value: av, unit: au }, { value: bv, unit: bu })).toBe(expected);
  });

  it.each<[{ value: number; unit: '工作日' | '自然日' | null }, number]>([
    [{ value: 20, unit: '工作日' }, 20],
    [{ value: 7, unit: '自然日' }, 5],
    [{ value: 14, unit: '自然日' }, 10],
    [{ value: 0, unit: null }, 0],
  ])('toWorkingDays(%j) = %d', (t, expected) => {
    expect(toWorkingDays(t)).toBeCloseTo(expected);
  });

  it('a limit never definitely exceeds itself, and ranges are ordered', () => {
    const limit = fc.record({
      value: fc.double({ min: 0, max: 1000, noNaN: true }),
      unit: fc.constantFrom<'工作日' | '自然日' | null>('工作日', '自然日', null),
    });
    fc.assert(
      fc.property(limit, limit, (a, b) => {
        const [min, max] = calendarRange(a);
        expect(min).toBeLessThanOrEqual(max);
        expect(definitelyExceeds(a, a)).toBe(false);
        expect(definitelyExceeds(a, b) && definitelyExceeds(b, a)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('properties', () => {
  const check = (v: unknown) => {
    const r = parseTimeLimit(v);
    expect(typeof r.text).toBe('string');
    if (r.ok && r.kind === 'days') expect(r.value).toBeGreaterThan(0);
    if (r.ok && r.kind === 'immediate') expect(r.value).toBe(0);
    expect(parseTimeLimit(v)).toEqual(r);
  };
  it('any string: returns a result, never throws, deterministic', () => {
    fc.assert(
      fc.property(
        anyText('0123456789.２０个工作日自然日历天内以内月小时年即办当场办结受理后之日起：（）〇一二两三十百半-'),
        check,
      ),
      RUNS,
    );
  });
  it('any value (including {数值, 单位} objects): returns a result, never throws, deterministic', () => {
    const obj = fc.record({ 数值: fc.anything(), 单位: fc.anything() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.anything(), obj), check), RUNS);
  });
  it('N个工作日 parses to N for any positive N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('', '内', '以内'), (n, suffix) => {
        expect(parseTimeLimit(`${n}个工作日${suffix}`)).toEqual(
          days(n, '工作日', `${n}个工作日${suffix}`, suffix !== ''),
        );
      }),
      RUNS,
    );
  });
});
