// A file holding only the rows of one list table (Guangzhou's getApplyList: the materials of a
// service, without the service) is no item: it is one finding saying what it lacks, not a guide
// with every element missing. Its rows carry no key to an item (inner_code is the material's own id).

import type { Node as JNode } from 'jsonc-parser';
import { props } from './tree.js';
import { ruleOf, type FieldRule, type ImportProfile, type ListTable } from './profile.js';

const firstKeys = (fields: Record<string, FieldRule> | undefined): string[] =>
  Object.values(fields ?? {}).flatMap((r) => ruleOf(r).from.map((f) => (f.split('.')[0] ?? f).toLowerCase()));

/** The list table every object record is a row of (two of its fields, none of the item's), if any. */
export function listOnlyTable(records: JNode[], profile: ImportProfile): ListTable | undefined {
  const objects = records.filter((r) => r.type === 'object');
  if (objects.length === 0) return undefined;
  const itemKeys = new Set(firstKeys(profile.fields));
  for (const list of profile.lists) {
    const rowKeys = new Set(firstKeys(list.fields).filter((k) => !itemKeys.has(k)));
    if (rowKeys.size < 2) continue;
    const isRow = (r: JNode): boolean => {
      const keys = [...props(r).keys()];
      return !keys.some((k) => itemKeys.has(k)) && keys.filter((k) => rowKeys.has(k)).length >= 2;
    };
    if (objects.every(isRow)) return list;
  }
  return undefined;
}
