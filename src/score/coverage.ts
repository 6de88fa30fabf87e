// Items 7 and 9: which powers of the power list have a guide, and which a guide links explicitly.
//
// - Linked (item 9): some guide lists the power's code in 权责清单编码.
// - Covered (item 7): linked; failing that, a guide with the power's 基本编码; failing that, a guide
//   whose 事项名称 is exactly the power's name. The two fallbacks also require the same 实施主体 when
//   both sides name one (a department's power is not covered by another department's guide of the
//   same catalogue item).
// One power may match several guides (1:n) and one guide several powers (n:1). Hash maps by code,
// basic code and name: linear time.

import type { Power, PowerList } from './power-list.js';
import type { GuideSummary } from './summary.js';
import { canon } from './summary.js';
import { codeKey } from './uniformity.js';

export interface PowerCoverage {
  power: Power;
  match: 'code' | 'basicCode' | 'name' | null;
  linked: GuideSummary[];
  matched: GuideSummary[];
}

export interface UnknownLink {
  guide: GuideSummary;
  code: string;
  line: number;
  column: number;
  sheet?: string;
  cell?: string;
}

export interface Coverage {
  byPower: Map<Power, PowerCoverage>;
  /** Guides listing a code the power list does not have (where: the guide's start, or the exact place once located). */
  unknown: UnknownLink[];
}

function index(guides: GuideSummary[], key: (g: GuideSummary) => string[]): Map<string, GuideSummary[]> {
  const m = new Map<string, GuideSummary[]>();
  for (const g of guides) {
    for (const k of key(g)) {
      const list = m.get(k);
      if (list) list.push(g);
      else m.set(k, [g]);
    }
  }
  return m;
}

const sameDepartment = (p: Power, g: GuideSummary) =>
  p.department === null || g.department === null || canon(p.department) === canon(g.department);

export function coverage(guides: GuideSummary[], list: PowerList): Coverage {
  const byCode = index(guides, (g) => g.powerCodes ?? []);
  const byBasic = index(guides, (g) => {
    const k = codeKey(g);
    return k === null ? [] : [k];
  });
  const byName = index(guides, (g) => (g.name ? [canon(g.name)] : []));
  const byPower = new Map<Power, PowerCoverage>();
  const known = new Set<string>();
  for (const p of list.powers) {
    const code = canon(p.code);
    known.add(code);
    const linked = byCode.get(code) ?? [];
    let match: PowerCoverage['match'] = linked.length ? 'code' : null;
    let matched: GuideSummary[] = [];
    if (!match && p.basicCode) {
      matched = (byBasic.get(canon(p.basicCode)) ?? []).filter((g) => sameDepartment(p, g));
      if (matched.length) match = 'basicCode';
    }
    if (!match && p.name) {
      matched = (byName.get(canon(p.name)) ?? []).filter((g) => sameDepartment(p, g));
      if (matched.length) match = 'name';
    }
    byPower.set(p, { power: p, match, linked, matched });
  }
  const unknown: Coverage['unknown'] = [];
  for (const g of guides) {
    for (const code of g.powerCodes ?? []) {
      if (!known.has(code))
        unknown.push({
          guide: g,
          code,
          line: g.line,
          column: g.column,
          ...(g.sheet !== undefined ? { sheet: g.sheet, cell: g.cell } : {}),
        });
    }
  }
  return { byPower, unknown };
}
