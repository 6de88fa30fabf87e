// Builds the scorecard from the per-guide summaries of a lint run (and the power list): every
// measure over the whole set, then over each department (实施主体) and each level (行使层级) when
// asked. Cross-guide facts (item 10's deviations, items 7/9's coverage) are computed once over the
// whole set; each group is measured against them. Linear in guides + powers.

import type { Lang } from '../model/types.js';
import { resolveValue, VALUE_SETS } from '../model/values.js';
import { coverage as computeCoverage, type Coverage } from './coverage.js';
import { departmentNames, isMet, MEASURES, type MeasureContext } from './measures.js';
import type { Power, PowerList } from './power-list.js';
import { type GuideSummary } from './summary.js';
import { departmentKeys } from '../model/organ.js';
import type { Target } from './targets.js';
import type { Breakdown, Measure, PowerListReport, Scorecard } from './types.js';
import { uniformity as computeUniformity, type Uniformity } from './uniformity.js';
import { defined } from '../util/defined.js';

export type GroupBy = 'department' | 'level';

export interface ScoreOptions {
  guides: GuideSummary[];
  files: number;
  powerList: PowerList | null;
  targets: Map<number, Target>;
  by: GroupBy[];
  lang: Lang;
  version: string;
  /** Item 10's deviations, when already computed (and located, src/score/locate.ts). */
  uniformity?: Uniformity;
  /** Items 7 and 9's matches, likewise (for the located unknown codes). */
  coverage?: Coverage | null;
}

function measureAll(ctx: Omit<MeasureContext, 'target'>, targets: Map<number, Target>): Measure[] {
  const out: Measure[] = [];
  for (const def of MEASURES) {
    const target = targets.get(def.item);
    if (!target) continue;
    const r = def.compute({ ...ctx, target });
    out.push({
      item: def.item,
      title: target.title,
      en: target.en,
      unit: def.unit,
      numerator: r.numerator,
      denominator: r.denominator,
      value: r.value,
      target: target.target,
      deadline: target.deadline,
      met: isMet(r.value, target.target),
      offenders: r.offenders,
      ...(r.mean !== undefined ? { mean: r.mean } : {}),
      ...(r.excluded !== undefined ? { excluded: r.excluded } : {}),
      ...(r.note !== undefined ? { note: r.note } : {}),
    });
  }
  return out;
}

const collator = new Intl.Collator('zh-Hans-CN');

export const levelLabel = (raw: string | null): string | null =>
  raw === null || raw.trim() === '' ? null : (resolveValue(VALUE_SETS.行使层级, raw)?.label ?? raw.trim());
const levelOrder = (label: string | null): number =>
  Number(resolveValue(VALUE_SETS.行使层级, label)?.code ?? 8) + (label === null ? 1 : 0);

interface Group {
  key: string | null;
  label: string;
  guides: GuideSummary[];
  powers: Power[];
}

function groupBy(
  guides: GuideSummary[],
  powers: Power[],
  keyOf: (x: { department: string | null; level: string | null }) => [key: string | null, label: string | null],
): Group[] {
  const groups = new Map<string | null, Group>();
  const get = (x: { department: string | null; level: string | null }) => {
    const [key, label] = keyOf(x);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label: label ?? '', guides: [], powers: [] }));
    // The longest of a group's names labels it: "北京市顺义区残疾人联合会" rather than "残联".
    else if (label && label.length > g.label.length) g.label = label;
    return g;
  };
  for (const g of guides) get(g).guides.push(g);
  for (const p of powers) get(p).powers.push(p);
  return [...groups.values()];
}

function breakdowns(
  o: ScoreOptions,
  by: GroupBy,
  ctx: Omit<MeasureContext, 'target' | 'guides' | 'powers'>,
): Breakdown[] {
  const powers = o.powerList?.powers ?? [];
  const none =
    o.lang === 'zh'
      ? by === 'department'
        ? '（未注明实施主体）'
        : '（未注明行使层级）'
      : by === 'department'
        ? '(no 实施主体)'
        : '(no 行使层级)';
  const keys = by === 'department' ? departmentKeys(departmentNames(o.guides, powers)) : undefined;
  const groups =
    by === 'department'
      ? groupBy(o.guides, powers, (x) =>
          x.department === null || x.department.trim() === ''
            ? [null, null]
            : [defined(defined(keys).get(x.department.trim())), x.department.trim()],
        )
      : groupBy(o.guides, powers, (x) => {
          const l = levelLabel(x.level);
          return [l, l];
        });
  if (by === 'department')
    groups.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : collator.compare(a.label, b.label)));
  else groups.sort((a, b) => levelOrder(a.key) - levelOrder(b.key) || collator.compare(a.label, b.label));
  return groups.map((g) => ({
    key: g.key === null ? null : g.label,
    label: g.key === null ? none : g.label,
    guides: g.guides.length,
    powers: g.powers.filter((p) => p.counted).length,
    measures: measureAll({ ...ctx, guides: g.guides, powers: o.powerList ? g.powers : null }, o.targets),
  }));
}

const ref = (g: GuideSummary) => ({ file: g.file, line: g.line, guide: g.name });

function powerListReport(list: PowerList, cov: Coverage): PowerListReport {
  return {
    file: list.file,
    powers: list.powers.length,
    counted: list.powers.filter((p) => p.counted).length,
    problems: list.problems,
    rows: list.powers.map((p) => {
      const c = defined(cov.byPower.get(p));
      return {
        code: p.code,
        name: p.name,
        type: p.type,
        department: p.department,
        level: p.level,
        counted: p.counted,
        source: p.source,
        match: c.match,
        linked: c.linked.map(ref),
        matched: c.matched.map(ref),
      };
    }),
    unknownCodes: cov.unknown.map((u) => ({
      code: u.code,
      file: u.guide.file,
      line: u.line,
      column: u.column,
      ...(u.sheet !== undefined ? { sheet: u.sheet, cell: u.cell } : {}),
      guide: u.guide.name,
    })),
  };
}

export function buildScorecard(o: ScoreOptions): Scorecard {
  const uniformity = o.uniformity ?? computeUniformity(o.guides);
  const coverage = o.coverage !== undefined ? o.coverage : o.powerList ? computeCoverage(o.guides, o.powerList) : null;
  const shared = { coverage, uniformity, lang: o.lang };
  const card: Scorecard = {
    tool: { name: 'guide-lint', version: o.version },
    lang: o.lang,
    files: o.files,
    guides: o.guides.length,
    powerList: o.powerList && coverage ? powerListReport(o.powerList, coverage) : null,
    measures: measureAll({ ...shared, guides: o.guides, powers: o.powerList?.powers ?? null }, o.targets),
  };
  if (o.by.includes('department')) card.byDepartment = breakdowns(o, 'department', shared);
  if (o.by.includes('level')) card.byLevel = breakdowns(o, 'level', shared);
  return card;
}

/**
 * The scorecard with its offender lists as plain arrays (they are made when read otherwise,
 * src/util/lazy-list.ts): for a structured clone (postMessage), which cannot copy them.
 */
export function plainScorecard(card: Scorecard): Scorecard {
  const plain = (ms: Measure[]) => ms.map((m) => ({ ...m, offenders: [...m.offenders] }));
  const groups = (bs: Breakdown[] | undefined) => bs?.map((b) => ({ ...b, measures: plain(b.measures) }));
  const out: Scorecard = { ...card, measures: plain(card.measures) };
  if (card.byDepartment) out.byDepartment = groups(card.byDepartment);
  if (card.byLevel) out.byLevel = groups(card.byLevel);
  return out;
}

/** Measures that miss their target (measures without a value never do). */
export const missed = (card: Scorecard): Measure[] => card.measures.filter((m) => m.met === false);
