// The measure formulas on hand-made summaries: edge cases the fixture sets do not reach.

import { describe, expect, it } from 'vitest';
import { buildScorecard } from '../../src/score/scorecard.js';
import type { GuideSummary } from '../../src/score/summary.js';
import { basisKey } from '../../src/score/summary.js';
import { resolveTargets } from '../../src/score/targets.js';
import { uniformity } from '../../src/score/uniformity.js';
import { pct, pctOf } from '../../src/score/numbers.js';
import { scoreLine } from '../../src/score/render-line.js';
import { UsageError } from '../../src/errors.js';
import { item } from './support.js';
import { FAST } from '../support/fast.js';

let n = 0;
function g(o: Partial<GuideSummary> = {}): GuideSummary {
  n++;
  return {
    file: `g${String(n).padStart(6, '0')}.yaml`,
    index: 0,
    line: 1,
    column: 1,
    name: `事项${n}`,
    basicCode: null,
    implCode: null,
    type: '行政许可',
    department: '测试局',
    level: '市级',
    statutory: null,
    promised: null,
    immediate: false,
    online: true,
    depth: 4,
    situations: false,
    basisKey: '',
    powerCodes: null,
    forms: 0,
    blanks: 0,
    samples: 0,
    ...o,
  };
}

const card = (guides: GuideSummary[], targets: Record<string, unknown> = {}) =>
  buildScorecard({
    guides,
    files: guides.length,
    powerList: null,
    targets: resolveTargets(targets),
    by: ['department', 'level'],
    lang: 'en',
    version: 'test',
  });

describe('item 1', () => {
  it('Σ-based and per-guide mean differ when limits differ in size', () => {
    const c = card([g({ statutory: 100, promised: 10 }), g({ statutory: 10, promised: 9 })]);
    expect(item(c, 1)).toMatchObject({ numerator: 91, denominator: 110, mean: (0.9 + 0.1) / 2, met: true });
    expect(item(c, 1).value).toBeCloseTo(91 / 110, 12);
  });
  it('a statutory 即办 with a longer promise is an offender; 即办 ÷ 即办 is not; promises above the statutory limit go negative', () => {
    const c = card([
      g({ statutory: 0, promised: 3, name: 'worse' }),
      g({ statutory: 0, promised: 0, name: 'immediate' }),
      g({ statutory: 10, promised: 12, name: 'longer' }),
    ]);
    const m = item(c, 1);
    expect(m.value).toBeCloseTo(1 - 15 / 10, 12);
    expect(m.mean).toBeCloseTo(-0.2, 12);
    expect(m.offenders.map((o) => (o.kind === 'guide' ? o.guide : ''))).toEqual(['worse', 'longer']);
  });
  it('no guide with both limits: value null, not a miss', () => {
    const m = item(card([g({ statutory: 20 }), g({ promised: 5 })]), 1);
    expect(m).toMatchObject({ value: null, met: null, excluded: 2 });
    expect(m.note).toBeTruthy();
  });
});

describe('empty sets and groups', () => {
  it('no guides: every measure is n/a (null), none missed', () => {
    const c = card([]);
    for (const m of c.measures) expect(m).toMatchObject({ value: null, met: null });
    expect(c.byDepartment).toEqual([]);
  });
  it('items 7 and 9 without a power list: n/a with a note', () => {
    const c = card([g()]);
    expect(item(c, 7)).toMatchObject({
      value: null,
      met: null,
      numerator: null,
      denominator: null,
      note: 'needs --power-list',
    });
  });
  it('a department without forms: items 23 and 24 n/a there, measured elsewhere', () => {
    const c = card([g({ department: 'A', forms: 2, blanks: 2, samples: 1 }), g({ department: 'B' })]);
    expect(item(c, 23)).toMatchObject({ numerator: 2, denominator: 2, met: true });
    expect(item(c, 24)).toMatchObject({ numerator: 1, denominator: 2, met: false });
    expect(
      item(
        c.byDepartment!.find((d) => d.label === 'B')!,
        24,
      ),
    ).toMatchObject({ value: null, met: null });
  });
});

describe('item 8', () => {
  it('value is the smallest count over departments; numerator the departments that meet it', () => {
    const guides = [...Array(20)]
      .map(() => g({ department: 'A', type: '20' }))
      .concat(
        [...Array(3)].map(() => g({ department: 'B', type: '公共服务' })),
        [g({ department: 'B' })],
      );
    const m = item(card(guides), 8);
    expect(m).toMatchObject({ value: 3, numerator: 1, denominator: 2, met: false });
    expect(m.offenders).toEqual([expect.objectContaining({ kind: 'department', department: 'B', count: 3 })]);
  });
  it('departments are grouped by a normalised name: 残联 joins the one 残疾人联合会 with an area', () => {
    const names = ['北京市顺义区残疾人联合会', '顺义区残联', '残联', '北京市顺义区民政局'];
    const guides = names.map((department) => g({ department, type: '20' }));
    const c = card(guides);
    const m = item(c, 8);
    // 顺义区残联 ends the area of 北京市顺义区残疾人联合会; the bare 残联 joins the one department of that organ.
    expect(m.denominator).toBe(2);
    expect(c.byDepartment!.map((b) => [b.label, b.guides])).toEqual(
      expect.arrayContaining([
        ['北京市顺义区残疾人联合会', 3],
        ['北京市顺义区民政局', 1],
      ]),
    );
  });
});

describe('item 10 (uniformity)', () => {
  it('codes and labels of 事项类型 compare equal; 设定依据 ignores entry order and width', () => {
    const a = basisKey([
      { 名称: '《甲法》', 条款: '第一条' },
      { 名称: '《乙法》', 条款: '第二条' },
    ]);
    const b = basisKey([
      { 名称: '《乙法》', 条款: '第二条' },
      { 名称: '《甲法》 ', 条款: '第一条' },
    ]);
    expect(a).toBe(b);
    const u = uniformity([
      g({ basicCode: '000117012000', name: '食品经营许可', type: '01', basisKey: a }),
      g({ basicCode: '000117012000', name: '食品经营许可 ', type: '行政许可', basisKey: b, level: '县级' }),
    ]);
    expect(u.deviations).toEqual([]);
  });
  it('a tie goes to the value held at the higher level', () => {
    const province = g({ basicCode: '1', name: '省名', level: '区级' });
    const county = g({ basicCode: '1', name: '县名', level: '旗级' });
    const u = uniformity([county, province]);
    expect(u.deviations.map((d) => [d.guide.name, d.expected])).toEqual([['县名', '省名']]);
  });
  it('an item at one level is uniform; guides without 基本编码 are not counted', () => {
    const c = card([g({ basicCode: 'X' }), g({ basicCode: null })]);
    expect(item(c, 10)).toMatchObject({ numerator: 1, denominator: 1, met: true });
  });
  it.skipIf(FAST)('runs in linear time: 200,000 guides in 20,000 items', () => {
    const guides = [...Array(200_000)].map((_, i) =>
      g({ basicCode: String(i % 20_000), name: i < 20_000 ? `别名${i}` : `事项${i % 20_000}` }),
    );
    const t = performance.now();
    const u = uniformity(guides);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(u.groups.size).toBe(20_000);
    expect(u.deviations).toHaveLength(20_000);
  });
});

describe('targets', () => {
  it('the preset mirrors the checklist', () => {
    const t = resolveTargets();
    expect([...t.values()].map((x) => [x.item, x.target, x.deadline])).toEqual([
      [1, 0.5, '2021-12-31'],
      [2, 0.2, '2021-12-31'],
      [3, 1, '2021-03-31'],
      [4, 0.9, '2021-03-31'],
      [5, 0.6, '2021-12-31'],
      [6, 0.5, '2021-12-31'],
      [7, 1, '2021-12-31'],
      [8, 20, '2021-12-31'],
      [9, 0.9, '2021-12-31'],
      [10, 1, '2021-12-31'],
      [11, 0.3, '2021-12-31'],
      [23, 1, '2021-12-31'],
      [24, 1, '2021-12-31'],
    ]);
  });
  it('config targets: override values and deadlines (fractions, percentages, counts)', () => {
    const c = card([g({ immediate: true }), g(), g(), g()], {
      2: '25%',
      8: { target: 1, deadline: '2022-06-30' },
      4: 0.95,
    });
    expect(item(c, 2)).toMatchObject({ target: 0.25, value: 0.25, met: true });
    expect(item(c, 8)).toMatchObject({ target: 1, deadline: '2022-06-30' });
    expect(item(c, 4).target).toBe(0.95);
  });
  it('bad overrides are usage errors', () => {
    expect(() => resolveTargets({ 12: 1 })).toThrow(UsageError);
    expect(() => resolveTargets({ 2: 20 })).toThrow(/fraction/);
    expect(() => resolveTargets({ 8: 2.5 })).toThrow(/whole number/);
    expect(() => resolveTargets({ 8: { target: 3, due: 'x' } })).toThrow(/unknown key/);
    expect(() => resolveTargets({ 3: { deadline: '31.12.2021' } })).toThrow(/YYYY-MM-DD/);
  });
});

describe('numbers and the score line', () => {
  it('percentages round, but never up to a target they miss', () => {
    expect(pct(4 / 13)).toBe('30.8%');
    expect(pctOf(0.9, 0.9)).toBe('90.0%');
    expect(pctOf(0.89996, 0.9)).toBe('89.99%');
    expect(pctOf(0.2999, 0.3, 0)).toBe('29.9%');
    expect(pctOf(0.5, 0.5, 0)).toBe('50%');
  });
  it('one line, both languages', () => {
    const c = card([g({ immediate: false, online: false })]);
    // Valued: 2, 3, 4, 5, 6, 8, 11 (1, 10, 23, 24 have nothing to measure; 7, 9 need the power list).
    expect(scoreLine(c, 'en')).toBe(
      "Score: 3 of 7 measured items met (13 in all); missed: items 2, 3, 11; item 8 missed: the smallest department has 0 public-service guides, ≥ 20 per department needed (counted over each department's whole set); nothing to measure for items 1, 10, 23, 24; items 7, 9 need --power-list (details: guide-lint score)",
    );
    expect(scoreLine(c, 'zh')).toBe(
      '评分：已测 7 项指标（共 13 项）中 3 项达标；未达标：第 2、3、11 项；第 8 项未达标：公共服务事项指南最少的部门 0 个，需每个部门 ≥ 20 个（按部门的全部指南计）；第 1、10、23、24 项无可测的指南；第 7、9 项需 --power-list（详见 guide-lint score）',
    );
  });
});
