// Item 10 across guides: the same item (guides grouped by 基本编码) has the same 事项名称, 事项类型 and
// 设定依据 everywhere. One pass to hash guides by code, one pass per group to count values: linear
// time, never pairwise. The value most guides of a group hold is the expected one; a guide holding
// another is a deviation. Ties go to the value held at the highest level (省 before 市 before 县),
// then to the value of the guide first in file order.

import type { GuideSummary } from './summary.js';
import { canon } from './summary.js';
import { resolveValue, VALUE_SETS } from '../model/values.js';
import { defined } from '../util/defined.js';

export type UniformElement = '事项名称' | '事项类型' | '设定依据';
export const UNIFORM_ELEMENTS: readonly UniformElement[] = ['事项名称', '事项类型', '设定依据'];

export interface Deviation {
  guide: GuideSummary;
  element: UniformElement;
  /** Group key (canonical 基本编码) and its size. */
  code: string;
  groupSize: number;
  /** How many guides of the group hold the expected value. */
  majorityCount: number;
  /** A guide holding the expected value (to show it: 设定依据 is kept as a hash only). */
  holder: GuideSummary;
  /** Display texts; 设定依据's are filled in by locate.ts when it re-reads the files. */
  value: string;
  expected: string;
  /** Exact place of the element (filled in by locate.ts); the guide's start until then. */
  line: number;
  column: number;
  sheet?: string;
  cell?: string;
}

export const typeKey = (raw: string | null): string =>
  raw === null ? '' : (resolveValue(VALUE_SETS.事项类型, raw)?.label ?? canon(raw));
export const levelRank = (raw: string | null): number => Number(resolveValue(VALUE_SETS.行使层级, raw)?.code ?? 9);

/** canon() of each distinct string met, for one run: canon's own table holds 4,096, and a national
 * set's tens of thousands of codes and names, met in turn, would refill it for every guide. */
function canonOnce(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let c = seen.get(s);
    if (c === undefined) seen.set(s, (c = canon(s)));
    return c;
  };
}

function keyOf(g: GuideSummary, el: UniformElement, c: (s: string) => string): string {
  if (el === '事项名称') return c(g.name ?? '');
  if (el === '事项类型') return typeKey(g.type);
  return g.basisKey;
}

function shown(g: GuideSummary, el: UniformElement): string {
  if (el === '事项名称') return g.name ?? '';
  if (el === '事项类型') return typeKey(g.type);
  return g.basisKey === '' ? '' : `#${g.basisKey}`;
}

export interface Uniformity {
  /** Canonical 基本编码 → number of guides. */
  groups: Map<string, number>;
  deviations: Deviation[];
  /** Guides with at least one deviation. */
  deviating: Set<GuideSummary>;
  /** codeKey() of a guide, each distinct 基本编码 made canonical once. */
  codeOf: (g: GuideSummary) => string | null;
}

const keyOfCode = (raw: string | null, c: (s: string) => string): string | null => {
  const k = raw === null ? '' : c(raw);
  return k === '' ? null : k;
};

export const codeKey = (g: GuideSummary): string | null => keyOfCode(g.basicCode, canon);

export function uniformity(guides: GuideSummary[]): Uniformity {
  const canonical = canonOnce();
  const codeOf = (g: GuideSummary) => keyOfCode(g.basicCode, canonical);
  const byCode = new Map<string, GuideSummary[]>();
  for (const g of guides) {
    const k = codeOf(g);
    if (k === null) continue;
    const list = byCode.get(k);
    if (list) list.push(g);
    else byCode.set(k, [g]);
  }
  const groups = new Map<string, number>();
  const deviations: Deviation[] = [];
  for (const [code, list] of byCode) {
    groups.set(code, list.length);
    if (list.length < 2) continue;
    for (const el of UNIFORM_ELEMENTS) {
      const counts = new Map<string, { n: number; rank: number; first: GuideSummary }>();
      for (const g of list) {
        const k = keyOf(g, el, canonical);
        const c = counts.get(k);
        if (c) {
          c.n++;
          c.rank = Math.min(c.rank, levelRank(g.level));
        } else counts.set(k, { n: 1, rank: levelRank(g.level), first: g });
      }
      if (counts.size < 2) continue;
      let best: [string, { n: number; rank: number; first: GuideSummary }] | undefined;
      for (const e of counts)
        if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].rank < best[1].rank)) best = e;
      const [bestKey, { n, first: holder }] = defined(best);
      for (const g of list) {
        if (keyOf(g, el, canonical) === bestKey) continue;
        deviations.push({
          guide: g,
          element: el,
          code,
          groupSize: list.length,
          majorityCount: n,
          holder,
          value: shown(g, el),
          expected: shown(holder, el),
          line: g.line,
          column: g.column,
        });
      }
    }
  }
  return { groups, deviations, deviating: new Set(deviations.map((d) => d.guide)), codeOf };
}
