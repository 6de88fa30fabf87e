// The findings as the page shows them: grouped by guide (事项名称 and its department), each finding
// with its location and an index the page sends back for the row view. Departments come from the
// scorecard's per-guide facts of the same run, matched by file and guide name (a relational
// workbook reports on several sheets, so lines alone cannot say which guide a finding belongs to).

import { isSpreadsheet } from '../load/index.js';
import type { Finding } from '../model/types.js';
import { fullSummaries, type GuideSummary } from '../score/summary.js';
import type { Breakdown, Measure, Scorecard } from '../score/types.js';
import type { JobOutcome } from './jobs.js';

export interface ViewFinding {
  i: number;
  group: number;
  ruleId: string;
  item: number | null;
  severity: Finding['severity'];
  message: string;
  /** sheet!cell for spreadsheets, line:column otherwise. */
  where: string;
  header?: string;
  suggestion?: string;
  /** The offending row can be shown (a spreadsheet cell). */
  row: boolean;
}

export interface ViewGroup {
  guide: string | null;
  department: string | null;
  level: string | null;
  file: string;
}

export interface View {
  files: { file: string; spreadsheet: boolean; findings: number; guides: number; annotatable: boolean }[];
  groups: ViewGroup[];
  findings: ViewFinding[];
  totals: { error: number; warning: number; info: number; guides: number; files: number };
  powerError?: string;
  preset: string;
  lang: string;
}

export function where(f: Finding): string {
  if (f.sheet !== undefined && f.cell !== undefined) return `${f.sheet}!${f.cell}`;
  return `${f.line}:${f.column}`;
}

/** The guide a finding belongs to: same file and name; among several, the nearest one above it on the same sheet. */
function guideOf(f: Finding, byName: Map<string, GuideSummary[]>): GuideSummary | undefined {
  if (f.guide === null) return undefined;
  const list = byName.get(`${f.file}\u0000${f.guide}`);
  if (!list || list.length < 2) return list?.[0];
  const above = list.filter((g) => g.sheet === f.sheet && g.line <= f.line);
  return above.length ? above.reduce((a, b) => (b.line > a.line ? b : a)) : list[0];
}

export function buildView(o: JobOutcome): View {
  const guides = fullSummaries(o.result.guides);
  const byName = new Map<string, GuideSummary[]>();
  for (const g of guides) {
    const key = `${g.file}\u0000${g.name}`;
    const list = byName.get(key);
    if (list) list.push(g);
    else byName.set(key, [g]);
  }
  const groups: ViewGroup[] = [];
  const groupIndex = new Map<string, number>();
  const findings: ViewFinding[] = o.result.findings.map((f, i) => {
    const g = guideOf(f, byName);
    const key = g ? `${g.file}\u0000${g.index}` : `${f.file}\u0000file`;
    let group = groupIndex.get(key);
    if (group === undefined) {
      group = groups.length;
      groupIndex.set(key, group);
      groups.push({
        guide: g ? g.name : null,
        department: g?.department ?? null,
        level: g?.level ?? null,
        file: f.file,
      });
    }
    const v: ViewFinding = {
      i,
      group,
      ruleId: f.ruleId,
      item: f.item,
      severity: f.severity,
      message: f.message,
      where: where(f),
      row: f.sheet !== undefined && f.cell !== undefined,
    };
    if (f.header !== undefined) v.header = f.header;
    if (f.suggestion !== undefined) v.suggestion = f.suggestion;
    return v;
  });
  const count = (s: Finding['severity']) => o.result.findings.filter((f) => f.severity === s).length;
  return {
    files: o.result.files.map((r) => ({
      file: r.file,
      spreadsheet: isSpreadsheet(r.file),
      findings: r.findings.length,
      guides: r.guides.length,
      annotatable:
        isSpreadsheet(r.file) && r.findings.length > 0 && !r.findings.some((f) => f.ruleId === 'parse-error'),
    })),
    groups,
    findings,
    totals: {
      error: count('error'),
      warning: count('warning'),
      info: count('info'),
      guides: guides.length,
      files: o.result.files.length,
    },
    ...(o.powerError ? { powerError: o.powerError } : {}),
    preset: o.config.preset,
    lang: o.config.lang,
  };
}

type SlimMeasure = Omit<Measure, 'offenders'> & { offenders: number };

/** The scorecard as the tab shows it: numbers only (the offender lists, which can hold every guide, are in the downloads). */
export function slimCard(card: Scorecard) {
  const slim = (m: Measure): SlimMeasure => ({ ...m, offenders: m.offenders.length });
  const groups = (list: Breakdown[] | undefined) => list?.map((b) => ({ ...b, measures: b.measures.map(slim) }));
  return {
    files: card.files,
    guides: card.guides,
    powerList: card.powerList && {
      file: card.powerList.file,
      powers: card.powerList.powers,
      counted: card.powerList.counted,
      problems: card.powerList.problems,
    },
    measures: card.measures.map(slim),
    byDepartment: groups(card.byDepartment),
    byLevel: groups(card.byLevel),
  };
}
