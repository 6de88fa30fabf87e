// The scorecard as every score format receives it, and as `guide-lint score --format json` prints
// it (schemas/score.schema.json; docs/scorecard.md).

import type { Lang } from '../model/types.js';
import type { PowerSource } from './power-list.js';

/** A guide that keeps a measure from its target. */
export interface GuideOffender {
  kind: 'guide';
  file: string;
  line: number;
  column: number;
  sheet?: string;
  cell?: string;
  guide: string | null;
  department: string | null;
  level: string | null;
  /** Why it does not count, in the report's language. */
  message: string;
  /** Item 10: the element that deviates, its value here and the majority value. */
  element?: string;
  value?: string;
  expected?: string;
  basicCode?: string;
}

/** A power of the power list that is not covered (item 7) or not linked (item 9). */
export interface PowerOffender {
  kind: 'power';
  code: string;
  name: string;
  type: string | null;
  department: string | null;
  level: string | null;
  source: PowerSource;
  message: string;
}

/** A department below item 8's count. */
export interface DepartmentOffender {
  kind: 'department';
  department: string;
  count: number;
  message: string;
}

export type Offender = GuideOffender | PowerOffender | DepartmentOffender;

export interface Measure {
  item: number;
  /** The checklist's 三级指标. */
  title: string;
  en: string;
  /** 'fraction': value is numerator ÷ denominator; 'count': value is a count (item 8). */
  unit: 'fraction' | 'count';
  numerator: number | null;
  denominator: number | null;
  /** null when there is nothing to measure (an empty denominator, or no power list for items 7 and 9). */
  value: number | null;
  target: number;
  deadline: string;
  /** null when value is null. */
  met: boolean | null;
  /** What keeps the measure from its target; empty when it is met. */
  offenders: Offender[];
  /** Item 1: the mean of the per-guide compressions, beside the Σ-based value. */
  mean?: number | null;
  /** Item 1: guides without both time limits, not counted. */
  excluded?: number;
  /** Why value is null, when it is. */
  note?: string;
}

export interface Breakdown {
  /** 实施主体 or 行使层级 (as the national label); null for guides that do not say. */
  key: string | null;
  label: string;
  guides: number;
  /** Counted powers (six application-based types) of the power list in this group. */
  powers: number;
  measures: Measure[];
}

export interface PowerMatch {
  code: string;
  name: string;
  type: string | null;
  department: string | null;
  level: string | null;
  counted: boolean;
  source: PowerSource;
  /** How it is covered (item 7): by a guide listing its code, by 基本编码, by exact name; null: not covered. */
  match: 'code' | 'basicCode' | 'name' | null;
  /** Guides that list its code in 权责清单编码 (item 9: linked when any). */
  linked: { file: string; line: number; guide: string | null }[];
  /** Guides matched by 基本编码 or name, when not linked by code. */
  matched: { file: string; line: number; guide: string | null }[];
}

export interface UnknownCode {
  code: string;
  file: string;
  line: number;
  column: number;
  sheet?: string;
  cell?: string;
  guide: string | null;
}

export interface PowerListReport {
  file: string;
  /** Rows read. */
  powers: number;
  /** Rows of the six application-based types. */
  counted: number;
  problems: string[];
  rows: PowerMatch[];
  /** Codes in a guide's 权责清单编码 that the power list does not have. */
  unknownCodes: UnknownCode[];
}

export interface Scorecard {
  tool: { name: 'guide-lint'; version: string };
  lang: Lang;
  files: number;
  guides: number;
  powerList: PowerListReport | null;
  measures: Measure[];
  byDepartment?: Breakdown[];
  byLevel?: Breakdown[];
}
