import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseOfficeHours, type OfficeHours } from '../../src/parse/office-hours.js';
import { RUNS, anyText, realValues } from './support.js';

const hm = (h: number, m = 0) => h * 60 + m;
const WORKDAYS = { text: '工作日' };
const MON_FRI = { text: '周一至周五', from: 1, to: 5 };
const MON_FRI_LONG = { text: '星期一至星期五', from: 1, to: 5 };

// Every 办理时间 string of strings.json, verbatim.
const REAL: [string, OfficeHours][] = [
  [
    '工作日：上午9:00-12:00、下午14：00-17:00',
    {
      days: WORKDAYS,
      periods: [
        { start: hm(9), end: hm(12), text: '上午9:00-12:00', index: 4 },
        { start: hm(14), end: hm(17), text: '下午14：00-17:00', index: 17 },
      ],
      holidayNote: false,
      problems: [],
    },
  ],
  [
    '工作日：上午9:00-12:00，下午14:00-17:00，法定节假日除外。',
    {
      days: WORKDAYS,
      periods: [
        { start: hm(9), end: hm(12), text: '上午9:00-12:00', index: 4 },
        { start: hm(14), end: hm(17), text: '下午14:00-17:00', index: 17 },
      ],
      holidayNote: true,
      problems: [],
    },
  ],
  [
    '工作日：上午9:00-12:00、下午14:00-17:00，法定节假日除外。',
    {
      days: WORKDAYS,
      periods: [
        { start: hm(9), end: hm(12), text: '上午9:00-12:00', index: 4 },
        { start: hm(14), end: hm(17), text: '下午14:00-17:00', index: 17 },
      ],
      holidayNote: true,
      problems: [],
    },
  ],
  [
    '工作日：上午9:00-12:00、下午２:00-５:00',
    {
      days: WORKDAYS,
      periods: [
        { start: hm(9), end: hm(12), text: '上午9:00-12:00', index: 4 },
        { start: hm(14), end: hm(17), text: '下午２:00-５:00', index: 17 },
      ],
      holidayNote: false,
      problems: [],
    },
  ],
  [
    '周一至周五上午8：30-11：30，下午14:30-17:30（法定节假日除外）',
    {
      days: MON_FRI,
      periods: [
        { start: hm(8, 30), end: hm(11, 30), text: '上午8：30-11：30', index: 5 },
        { start: hm(14, 30), end: hm(17, 30), text: '下午14:30-17:30', index: 18 },
      ],
      holidayNote: true,
      problems: [],
    },
  ],
  [
    '周一至周五 上午8:30--12:00，下午14:30--17:30（夏季下午15:30-18:00）（法定节假日除外）',
    {
      days: MON_FRI,
      periods: [
        { start: hm(8, 30), end: hm(12), text: '上午8:30--12:00', index: 6 },
        { start: hm(14, 30), end: hm(17, 30), text: '下午14:30--17:30', index: 20 },
        { start: hm(15, 30), end: hm(18), text: '下午15:30-18:00', index: 37, seasonal: true },
      ],
      holidayNote: true,
      problems: [],
    },
  ],
  [
    '工作日9:00-12:00 13:00-17:00',
    {
      days: WORKDAYS,
      periods: [
        { start: hm(9), end: hm(12), text: '9:00-12:00', index: 3 },
        { start: hm(13), end: hm(17), text: '13:00-17:00', index: 14 },
      ],
      holidayNote: false,
      problems: [],
    },
  ],
  [
    '工作日上午9点至下午5点',
    {
      days: WORKDAYS,
      periods: [{ start: hm(9), end: hm(17), text: '上午9点至下午5点', index: 3 }],
      holidayNote: false,
      problems: [],
    },
  ],
];

// The checklist's own two examples (item 15).
const CHECKLIST: [string, OfficeHours][] = [
  [
    '星期一至星期五：上午09:00-12:00，下午13:00-17:00',
    {
      days: MON_FRI_LONG,
      periods: [
        { start: hm(9), end: hm(12), text: '上午09:00-12:00', index: 8 },
        { start: hm(13), end: hm(17), text: '下午13:00-17:00', index: 22 },
      ],
      holidayNote: false,
      problems: [],
    },
  ],
  [
    '星期一至星期五：09:00-17:00（法定节假日除外，中午不休息）',
    {
      days: MON_FRI_LONG,
      periods: [{ start: hm(9), end: hm(17), text: '09:00-17:00', index: 8 }],
      holidayNote: true,
      problems: [],
    },
  ],
];

describe('parseOfficeHours: real strings and the checklist examples', () => {
  it.each([...REAL, ...CHECKLIST])('%j', (input, expected) => {
    expect(parseOfficeHours(input)).toEqual(expected);
  });
  it('the table covers every 办理时间 value of strings.json', () => {
    const real = realValues('办理时间');
    expect(real.filter((v) => !REAL.some(([s]) => s === v))).toEqual([]);
  });
});

describe('parseOfficeHours: days', () => {
  it.each([
    ['周一到周五9:00-17:00', { text: '周一到周五', from: 1, to: 5 }],
    ['每周一至周五9:00-17:00', { text: '每周一至周五', from: 1, to: 5 }],
    ['周一至周六9:00-17:00', { text: '周一至周六', from: 1, to: 6 }],
    ['星期一—星期日 9:00-17:00', { text: '星期一—星期日', from: 1, to: 7 }],
    ['法定工作日9:00-17:00', { text: '法定工作日' }],
    ['每天9:00-17:00', { text: '每天', from: 1, to: 7 }],
    ['周六9:00-12:00', { text: '周六', from: 6, to: 6 }],
  ])('%j → %j', (input, days) => {
    const r = parseOfficeHours(input);
    expect(r.days).toEqual(days);
    expect(r.problems).toEqual([]);
  });
});

describe('parseOfficeHours: times and problems', () => {
  it.each<[string, [number, number][]]>([
    ['工作日 9点30分至12点', [[hm(9, 30), hm(12)]]],
    ['工作日 9点半到11点半', [[hm(9, 30), hm(11, 30)]]],
    ['工作日 下午14:00-17:00', [[hm(14), hm(17)]]],
    ['工作日 中午12:00-下午1:30', [[hm(12), hm(13, 30)]]],
    ['工作日 9：00～17：00', [[hm(9), hm(17)]]],
    ['工作日 9:00—17:00', [[hm(9), hm(17)]]],
    ['工作日 晚上7点-9点', [[hm(19), hm(21)]]],
    ['工作日 00:00-24:00', [[0, hm(24)]]],
    [
      '【星期一至星期五：上午09:00-12:00，下午13:00-17:00】',
      [
        [hm(9), hm(12)],
        [hm(13), hm(17)],
      ],
    ],
  ])('%j', (input, periods) => {
    const r = parseOfficeHours(input);
    expect(r.periods.map((p) => [p.start, p.end])).toEqual(periods);
    expect(r.problems).toEqual([]);
  });

  it.each<[string, OfficeHours['problems']]>([
    [
      '工作时间',
      [
        { kind: 'no-days', text: '工作时间', index: 0 },
        { kind: 'no-period', text: '工作时间', index: 0 },
      ],
    ],
    [
      '',
      [
        { kind: 'no-days', text: '', index: 0 },
        { kind: 'no-period', text: '', index: 0 },
      ],
    ],
    ['工作日', [{ kind: 'no-period', text: '工作日', index: 0 }]],
    ['上午9:00-12:00，下午13:00-17:00', [{ kind: 'no-days', text: '上午9:00-12:00，下午13:00-17:00', index: 0 }]],
    ['工作日 25:00-26:00', [{ kind: 'invalid-time', text: '25:00-26:00', index: 4 }]],
    ['工作日 9:00-12:60', [{ kind: 'invalid-time', text: '9:00-12:60', index: 4 }]],
    ['工作日 9:00-24:30', [{ kind: 'invalid-time', text: '9:00-24:30', index: 4 }]],
    ['工作日 12:00-9:00', [{ kind: 'start-not-before-end', text: '12:00-9:00', index: 4 }]],
    ['周一至周五 8:30-5:30', [{ kind: 'start-not-before-end', text: '8:30-5:30', index: 6 }]],
    ['工作日 下午13:00-17:00，上午9:00-12:00', [{ kind: 'order', text: '上午9:00-12:00', index: 18 }]],
    ['工作日 9:00-13:00，12:00-17:00', [{ kind: 'overlap', text: '12:00-17:00', index: 15 }]],
  ])('%j', (input, problems) => {
    expect(parseOfficeHours(input).problems).toEqual(problems);
  });

  it('bracketed and seasonal alternatives are separate groups', () => {
    const summerWinter = parseOfficeHours(
      '工作日 夏季：上午8:00-12:00，下午14:30-18:00；冬季：上午8:30-12:00，下午14:00-17:30',
    );
    expect(summerWinter.problems).toEqual([]);
    expect(summerWinter.periods.every((p) => p.seasonal)).toBe(true);
    const dated = parseOfficeHours('工作日 9:00-17:00（5月1日至9月30日 9:00-18:00）');
    expect(dated.problems).toEqual([]);
    expect(dated.periods.map((p) => p.seasonal ?? false)).toEqual([false, true]);
    const saturday = parseOfficeHours('周一至周五9:00-17:00；周六9:00-12:00');
    expect(saturday.problems).toEqual([]);
    expect(saturday.periods.some((p) => p.seasonal)).toBe(false);
  });

  it('holidayNote', () => {
    expect(parseOfficeHours('工作日9:00-17:00（节假日休息）').holidayNote).toBe(true);
    expect(parseOfficeHours('工作日9:00-17:00，法定假日除外').holidayNote).toBe(true);
    expect(parseOfficeHours('工作日9:00-17:00').holidayNote).toBe(false);
  });
});

describe('properties', () => {
  const alphabet =
    '0123456789０１２：:-—～~至到点时分半上午下午中午晚上周星期一二三四五六日工作法定节假日除外夏季（）()【】，、； ';
  it('any string: never throws, deterministic, periods are valid and slice the input', () => {
    fc.assert(
      fc.property(anyText(alphabet), (s) => {
        const r = parseOfficeHours(s);
        expect(parseOfficeHours(s)).toEqual(r);
        for (const p of r.periods) {
          expect(p.start).toBeGreaterThanOrEqual(0);
          expect(p.end).toBeLessThanOrEqual(24 * 60);
          expect(p.start).toBeLessThan(p.end);
          expect(s.slice(p.index, p.index + p.text.length)).toBe(p.text);
        }
        for (const q of r.problems) expect(s.slice(q.index, q.index + q.text.length)).toBe(q.text);
        if (r.days === null) expect(r.problems.some((q) => q.kind === 'no-days')).toBe(true);
      }),
      RUNS,
    );
  });
  it('every well-formed HH:MM-HH:MM period after 工作日 is read exactly', () => {
    const clock = fc.integer({ min: 0, max: 24 * 60 - 1 });
    const fmt = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    fc.assert(
      fc.property(clock, clock, (a, b) => {
        fc.pre(a < b);
        const r = parseOfficeHours(`工作日：${fmt(a)}-${fmt(b)}`);
        expect(r.periods.map((p) => [p.start, p.end])).toEqual([[a, b]]);
        expect(r.problems).toEqual([]);
      }),
      RUNS,
    );
  });
  it('does not throw on non-strings', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(parseOfficeHours(v as string).periods).toEqual([]);
      }),
      RUNS,
    );
  });
});
