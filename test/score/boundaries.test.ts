// Every measure on sets built to land exactly on its target and one step below it
// (fixtures/score/generate.mjs), plus a mixed set with several departments and levels.

import { describe, expect, it, beforeAll } from 'vitest';
import type { Scorecard } from '../../src/score/types.js';
import { item, nd, score } from './support.js';

describe('exactly on target: every measure is met', () => {
  let card: Scorecard;
  beforeAll(async () => {
    card = await score(['fixtures/score/at-target/guides'], { powerList: 'fixtures/score/at-target/power-list.csv' });
  });

  it('item 1: exactly 50% (Σ-based and per-guide mean); a guide without a statutory limit is left out; 自然日 converted', () => {
    const m = item(card, 1);
    // 22 guides 20 → 10 工作日, one 14 自然日 (= 10 工作日) → 5, six 即办 → 即办 (0 ÷ 0), one without 法定办结时限.
    expect(nd(m)).toEqual([225, 450, true]);
    expect(m.value).toBe(0.5);
    expect(m.mean).toBe(0.5);
    expect(m.excluded).toBe(1);
    expect(m.offenders).toEqual([]);
  });

  it('item 2: exactly 20% 即办件', () => {
    expect(nd(item(card, 2))).toEqual([6, 30, true]);
  });
  it('item 3: 100% published (网办地址)', () => {
    expect(nd(item(card, 3))).toEqual([30, 30, true]);
  });
  it('items 4–6: depth levels are cumulative: exactly 90% at Ⅱ+, 60% at Ⅲ+, 50% at Ⅳ', () => {
    expect(nd(item(card, 4))).toEqual([27, 30, true]);
    expect(item(card, 4).value).toBe(0.9);
    expect(nd(item(card, 5))).toEqual([18, 30, true]);
    expect(nd(item(card, 6))).toEqual([15, 30, true]);
  });
  it('item 7: every power covered, one of them only through 基本编码', () => {
    expect(nd(item(card, 7))).toEqual([10, 10, true]);
    expect(card.powerList!.rows.find((r) => r.code === 'TEST-XK-10')).toMatchObject({
      match: 'basicCode',
      linked: [],
      matched: [{ guide: '测试事项28' }],
    });
  });
  it('item 8: exactly 20 public-service guides in the one department', () => {
    const m = item(card, 8);
    expect([m.value, m.numerator, m.denominator, m.met]).toEqual([20, 1, 1, true]);
  });
  it('item 9: exactly 90% linked; a power linked to two guides (1:n), a guide linked to two powers (n:1)', () => {
    expect(nd(item(card, 9))).toEqual([9, 10, true]);
    expect(item(card, 9).value).toBe(0.9);
    const rows = card.powerList!.rows;
    expect(rows.find((r) => r.code === 'TEST-XK-09')!.linked.map((g) => g.guide)).toEqual(['测试事项29', '测试事项30']);
    for (const code of ['TEST-XK-07', 'TEST-XK-08'])
      expect(rows.find((r) => r.code === code)!.linked.map((g) => g.guide)).toEqual(['测试事项27']);
    expect(card.powerList).toMatchObject({ powers: 12, counted: 10, unknownCodes: [] });
  });
  it('item 10: one item at two levels, uniform: 100%', () => {
    expect(nd(item(card, 10))).toEqual([29, 29, true]);
  });
  it('item 11: exactly 30% by 情形', () => {
    expect(nd(item(card, 11))).toEqual([9, 30, true]);
  });
  it('items 23, 24: every form has a blank and a sample', () => {
    expect(nd(item(card, 23))).toEqual([4, 4, true]);
    expect(nd(item(card, 24))).toEqual([4, 4, true]);
  });
  it('no offenders anywhere', () => {
    expect(card.measures.flatMap((m) => m.offenders)).toEqual([]);
  });
});

describe('one step below target: every measure is missed, with its offenders', () => {
  let card: Scorecard;
  beforeAll(async () => {
    card = await score(['fixtures/score/below-target/guides'], {
      powerList: 'fixtures/score/below-target/power-list.csv',
    });
  });

  it('all 13 measures miss', () => {
    expect(card.measures.map((m) => m.met)).toEqual(Array(13).fill(false));
  });

  it('item 1: 49.8%; offenders are the guides cut by less than 50%, not the 即办 ones', () => {
    const m = item(card, 1);
    expect(nd(m)).toEqual([234, 470, false]);
    expect(m.value).toBeCloseTo(1 - 236 / 470, 12);
    expect(m.mean).toBeCloseTo((23 * 0.5 + 0.45) / 24, 12); // guides 6, 8–30
    expect(m.offenders.map((o) => (o.kind === 'guide' ? o.guide : ''))).toEqual(['测试事项09']);
  });
  it('item 2: 5/30', () => {
    expect(nd(item(card, 2))).toEqual([5, 30, false]);
    expect(item(card, 2).offenders).toHaveLength(25);
  });
  it('item 3: 29/30, the unpublished guide located', () => {
    expect(nd(item(card, 3))).toEqual([29, 30, false]);
    expect(item(card, 3).offenders).toMatchObject([
      { kind: 'guide', guide: '测试事项30', file: 'fixtures/score/below-target/guides/guides.yaml', column: 1 },
    ]);
  });
  it('items 4–6: 26, 17, 14 of 30', () => {
    expect(nd(item(card, 4))).toEqual([26, 30, false]);
    expect(nd(item(card, 5))).toEqual([17, 30, false]);
    expect(nd(item(card, 6))).toEqual([14, 30, false]);
  });
  it('item 7: 8/9 covered; the uncovered power is listed with its row', () => {
    expect(nd(item(card, 7))).toEqual([8, 9, false]);
    expect(item(card, 7).offenders).toEqual([
      expect.objectContaining({
        kind: 'power',
        code: 'TEST-XK-09',
        source: { file: 'fixtures/score/below-target/power-list.csv', line: 10, sheet: 'power-list', cell: 'A10' },
      }),
    ]);
  });
  it('item 8: 19 in the department', () => {
    const m = item(card, 8);
    expect([m.value, m.numerator, m.denominator]).toEqual([19, 0, 1]);
    expect(m.offenders).toEqual([
      expect.objectContaining({ kind: 'department', department: '测试市行政审批和政务服务局', count: 19 }),
    ]);
  });
  it('item 9: 8/9 linked (88.9%)', () => {
    expect(nd(item(card, 9))).toEqual([8, 9, false]);
  });
  it('item 10: the county guide names the item otherwise; tie broken for the higher level', () => {
    const m = item(card, 10);
    expect(nd(m)).toEqual([28, 29, false]);
    expect(m.offenders).toEqual([
      expect.objectContaining({
        guide: '测试事项15（县级）',
        element: '事项名称',
        value: '测试事项15（县级）',
        expected: '测试事项15',
        level: '县级',
        column: 7,
      }),
    ]);
  });
  it('item 11: 8/30', () => {
    expect(nd(item(card, 11))).toEqual([8, 30, false]);
  });
  it('items 23, 24: a form without 空表; a 样表 that is the 空表', () => {
    expect(nd(item(card, 23))).toEqual([3, 4, false]);
    expect(nd(item(card, 24))).toEqual([3, 4, false]);
    expect(item(card, 23).offenders).toMatchObject([{ guide: '测试事项11' }]);
    expect(item(card, 24).offenders).toMatchObject([{ guide: '测试事项12' }]);
  });
});

describe('several departments and levels', () => {
  let card: Scorecard;
  beforeAll(async () => {
    card = await score(['fixtures/score/mixed/guides'], { powerList: 'fixtures/score/mixed/power-list.yaml' });
  });

  it('a department that only the power list names: no guides, items 7–9 measured, the rest n/a', () => {
    const d = card.byDepartment!.find((x) => x.label === '丁县住房和城乡建设局')!;
    expect(d).toMatchObject({ guides: 0, powers: 1 });
    expect(nd(item(d, 7))).toEqual([0, 1, false]);
    expect(item(d, 8)).toMatchObject({ value: 0, met: false });
    for (const n of [1, 2, 3, 4, 5, 6, 10, 11, 23, 24]) expect(item(d, n)).toMatchObject({ value: null, met: null });
  });

  it('guides without 实施主体 / 行使层级 form their own group; levels use the national labels', () => {
    expect(card.byDepartment!.map((d) => [d.label, d.guides])).toEqual([
      ['丙县市场监督管理局', 1],
      ['丁县住房和城乡建设局', 0],
      ['甲市市场监督管理局', 2],
      ['乙县市场监督管理局', 1],
      ['自治区市场监督管理局', 1],
      ['（未注明实施主体）', 1],
    ]);
    expect(card.byLevel!.map((d) => [d.key, d.guides, d.powers])).toEqual([
      ['省级', 1, 0],
      ['市级', 2, 1],
      ['县级', 2, 2],
      [null, 1, 0],
    ]);
  });

  it('item 8 over departments: the smallest count; guides without 实施主体 are not a department', () => {
    expect(item(card, 8)).toMatchObject({ value: 0, numerator: 0, denominator: 5 });
  });

  it('item 10: the majority value is named, and each deviation is located at its element (YAML line, CSV cell)', () => {
    const m = item(card, 10);
    expect(nd(m)).toEqual([2, 3, false]);
    expect(m.offenders).toEqual([
      expect.objectContaining({
        file: 'fixtures/score/mixed/guides/province.yaml',
        line: 2,
        column: 7,
        element: '事项名称',
        expected: '食品经营许可',
      }),
      expect.objectContaining({
        file: 'fixtures/score/mixed/guides/county-c.csv',
        sheet: 'county-c',
        cell: 'F2',
        element: '设定依据',
        value: '《食品经营许可和备案管理办法》第六条',
        expected: '《中华人民共和国食品安全法》第三十五条',
      }),
    ]);
    // Per department: the agreeing departments' items are uniform, the deviating ones' are not.
    expect(
      item(
        card.byDepartment!.find((d) => d.label === '乙县市场监督管理局')!,
        10,
      ),
    ).toMatchObject({ value: 1 });
    expect(
      item(
        card.byDepartment!.find((d) => d.label === '丙县市场监督管理局')!,
        10,
      ),
    ).toMatchObject({ value: 0 });
  });

  it('a guide claiming a power code that does not exist is listed, at the code', () => {
    expect(card.powerList!.unknownCodes).toEqual([
      { code: 'MX-XK-99', file: 'fixtures/score/mixed/guides/city.yaml', line: 10, column: 22, guide: '食品经营许可' },
    ]);
  });

  it('item 1 converts 自然日 and ignores a guide without 承诺办结时限', () => {
    // 20→5, 28 自然日 (20 工作日)→10, 20→20, 10→5; the province guide has no promised limit.
    expect(item(card, 1)).toMatchObject({ numerator: 30, denominator: 70, excluded: 1 });
  });
});
