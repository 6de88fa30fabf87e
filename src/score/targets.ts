// Targets and deadlines of the scorecard: the checklist preset (src/model/checklist.ts, from
// docs/checklist.md), overridden item by item by config `targets:` so another region can use its own
// numbers:
//
//   targets:
//     2: 0.25                  # a fraction…
//     4: "95%"                 # …or a percentage
//     8: { target: 10, deadline: 2022-06-30 }
//
// Item 8's target is a count (guides per department); every other target is a fraction 0–1.

import { CHECKLIST } from '../model/checklist.js';
import { UsageError } from '../errors.js';

/** Items the scorecard measures: 1–11, and 23, 24 (per-guide items with a measure). */
export const MEASURED_ITEMS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 23, 24] as const;

export interface Target {
  item: number;
  title: string;
  en: string;
  /** A fraction 0–1, or a count for item 8. */
  target: number;
  /** ISO date. */
  deadline: string;
}

const COUNT_ITEMS = new Set([8]);

function parseTarget(item: number, raw: unknown): number {
  let n: number | undefined;
  if (typeof raw === 'number') n = raw;
  else if (typeof raw === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(raw);
    if (m) n = m[2] ? Number(m[1]) / 100 : Number(m[1]);
  }
  if (n === undefined || !Number.isFinite(n) || n < 0)
    throw new UsageError(`targets.${item}: expected a number or a percentage, got ${JSON.stringify(raw)}`);
  if (COUNT_ITEMS.has(item)) {
    if (!Number.isInteger(n))
      throw new UsageError(
        `targets.${item}: item ${item}'s target is a whole number of guides, got ${JSON.stringify(raw)}`,
      );
  } else if (n > 1) {
    throw new UsageError(`targets.${item}: a fraction 0–1 or a percentage such as "90%", got ${JSON.stringify(raw)}`);
  }
  return n;
}

function parseDeadline(item: number, raw: unknown): string {
  const s = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s)))
    throw new UsageError(`targets.${item}.deadline: expected a date YYYY-MM-DD, got ${JSON.stringify(raw)}`);
  return s;
}

/** The preset, with config overrides applied. Unknown items and bad values are usage errors. */
export function resolveTargets(overrides: Record<string, unknown> = {}): Map<number, Target> {
  const out = new Map<number, Target>();
  for (const c of CHECKLIST) {
    if (!(MEASURED_ITEMS as readonly number[]).includes(c.item) || c.target === undefined) continue;
    out.set(c.item, { item: c.item, title: c.title, en: c.en, target: c.target, deadline: c.deadline });
  }
  for (const [key, raw] of Object.entries(overrides)) {
    const item = Number(key);
    const t = out.get(item);
    if (!t) throw new UsageError(`targets: "${key}" is not a measured checklist item (${MEASURED_ITEMS.join(', ')})`);
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && !(raw instanceof Date)) {
      const o = raw as Record<string, unknown>;
      for (const k of Object.keys(o))
        if (k !== 'target' && k !== 'deadline')
          throw new UsageError(`targets.${key}: unknown key "${k}" (target, deadline)`);
      if (o.target !== undefined) t.target = parseTarget(item, o.target);
      if (o.deadline !== undefined) t.deadline = parseDeadline(item, o.deadline);
    } else {
      t.target = parseTarget(item, raw);
    }
  }
  return out;
}
