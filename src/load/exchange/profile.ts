// An import profile: the declarative mapping of one export shape onto the guide model — where the
// records are, which tables hold item fields and child rows, field → element, code lists and the
// derivations that apply. Plain data (JSON-serialisable), so a config file can declare or override
// one; the built-in ones live beside this file.

import type { Scope } from '../../model/elements.js';

export type CodeStatus = 'CONFIRMED' | 'PROBABLE' | 'CONFLICTING' | 'UNKNOWN';

export interface CodeList {
  /** The list's name in messages, e.g. 材料形式. */
  name: string;
  status: CodeStatus;
  /** Code → label of the guide model; null: a known code that means "none" (审批结果类型 99 无). */
  values: Record<string, string | null>;
}

/** How one element is read from its source fields. A bare list is `{ from: list }`. */
export interface FieldRuleObject {
  /** Source field names, any case; the first filled one wins. A dotted name reaches into objects (arrays: first row). */
  from: string[];
  /** Decode through this code list. */
  codes?: string;
  /** Attachment ids (GUIDs): the value counts as provided in the platform, it is not a file to open. */
  attachment?: boolean;
  /** Time limits: the field holding the unit code, decoded through `unit.codes`. */
  unit?: { from: string[]; codes: string };
  /** Keep only the text before the first "：" or line break (a heading written into a description). */
  title?: boolean;
}
export type FieldRule = string[] | FieldRuleObject;

export interface ListTable {
  /** Table names (any case) holding the rows, first present wins. */
  table: string[];
  /** The list element of the guide model it fills. */
  element: string;
  /** Scope of the rows' elements; absent for a list of texts (then `text`). */
  scope?: Scope;
  fields?: Record<string, FieldRule>;
  /** A list of texts (情形): the field giving each text. */
  text?: FieldRule;
}

export interface ImportProfile {
  name: string;
  description?: string;
  /** Field names whose presence (any two) tells a file is in this shape. */
  detect: string[];
  /** Where the records are: dotted paths tried in order; "" is the document itself (an object is one record, an array many). */
  records: string[];
  /** Tables (one row each) holding item-level fields, in order; "" is the record itself. */
  itemTables: string[];
  /** What identifies a unit and its version. */
  unit: { code: string[]; handleItem: string[]; version: string[]; name: string[] };
  /** Child row key → item field it refers to (relational records with several items). */
  keys: { child: string; item: string }[];
  /** Guide-scope element → source fields (read from the item tables). */
  fields: Record<string, FieldRule>;
  /** Window rows: each is a place checked by items 14–16; fields give 办理地点 / 办理时间 / 咨询电话. */
  windows?: { table: string[]; fields: Record<string, FieldRule> };
  lists: ListTable[];
  /** The approval result (审批结果) from item fields. */
  result?: Record<string, FieldRule>;
  codes: Record<string, CodeList>;
  derive: {
    /** 材料类型 from original / copy counts. */
    materialTypeFromCounts?: { original: string[]; copy: string[] };
    /** Fields whose value, when it is only attachment ids, means the flow is an image: 办理流程 has no steps in text. */
    flowImage?: string[];
    /** 中介服务 否 when this yes/no field says no. */
    intermediaryFlag?: string[];
  };
}

export function ruleOf(r: FieldRule): FieldRuleObject {
  return Array.isArray(r) ? { from: r } : r;
}
