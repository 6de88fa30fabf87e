// The compact per-guide facts (src/score/summary.ts) of the clean fixture guides.

import { beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { GuideSummary } from '../../src/score/summary.js';
import { ROOT } from './support.js';
import { SUMMARY_COLLECTOR } from '../../src/score/summary-collector.js';

let guides: GuideSummary[];
const byName = (name: string) => guides.find((g) => g.name === name)!;

beforeAll(async () => {
  const config = await resolveConfig({ cwd: ROOT });
  guides = (await lint({ cwd: ROOT, paths: ['fixtures/guides/clean'], config, collector: SUMMARY_COLLECTOR }))
    .guides as GuideSummary[];
});

describe('summaries of fixtures/guides/clean', () => {
  it('one per guide, small and plain (structured-clone safe)', () => {
    expect(guides).toHaveLength(13);
    for (const g of guides) {
      expect(structuredClone(g)).toEqual(g);
      expect(JSON.stringify(g).length).toBeLessThan(700);
    }
  });

  it('time limits in working days (自然日 × 5/7; 即办 = 0)', () => {
    expect(byName('食品经营许可（新办）')).toMatchObject({ statutory: 20, promised: 5 });
    const injury = byName('工伤认定');
    expect(injury.statutory).toBeCloseTo((60 * 5) / 7, 12);
    expect(injury.promised).toBeCloseTo((30 * 5) / 7, 12);
    expect(byName('内地居民结婚登记')).toMatchObject({ immediate: true, depth: 3 });
  });

  it('即办, depth, publication, situations, power codes', () => {
    expect(guides.filter((g) => g.immediate)).toHaveLength(4);
    expect(guides.map((g) => g.depth).sort()).toEqual([2, 2, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4]);
    expect(guides.every((g) => g.online)).toBe(true);
    expect(
      guides
        .filter((g) => g.situations)
        .map((g) => g.name)
        .sort(),
    ).toEqual(
      [
        '食品经营许可（新办）',
        '公共场所卫生许可（新证）',
        '工伤认定',
        '基本医疗保险参保人员异地就医备案',
        '国有建设用地使用权及房屋所有权转移登记',
      ].sort(),
    );
    expect(byName('出版物批发单位设立审批').powerCodes).toEqual(['150000-XK-0131']);
  });

  it('forms (items 23, 24): the materials to fill in, each with a real blank and sample', () => {
    const total = guides.reduce((a, g) => [a[0]! + g.forms, a[1]! + g.blanks, a[2]! + g.samples], [0, 0, 0]);
    expect(total).toEqual([21, 21, 21]);
    expect(byName('最低生活保障金给付')).toMatchObject({ forms: 3, blanks: 3, samples: 3 });
  });

  it('the two 食品经营许可 guides share 设定依据 (as a hash)', () => {
    const [a, b] = guides.filter((g) => g.basicCode === '000117012000');
    expect(a!.basisKey).toMatch(/^[\w-]{16}$/);
    expect(a!.basisKey).toBe(b!.basisKey);
  });
});
