// Readers for 到办事现场次数 and 办理形式, shared by the visit and depth rules (items 4–6, 22)
// and the scorecard.

import { derived, textList, textOf, type Guide } from './guide.js';
import { VALUE_SETS, resolveValue, variantOf, type ValueSet } from './values.js';
import { parseNumberToken } from '../parse/numbers.js';
import { normalizeWidth } from '../parse/text.js';
import { defined } from '../util/defined.js';

/**
 * 到办事现场次数 as a non-negative integer: a number, or a text such as "1", "1次", "一次", "０次"
 * (spreadsheet exports). Anything else (fractions, ranges "1-2次", prose) → undefined: guide-schema
 * reports the value's type, and the consistency rules then have nothing to compare.
 */
export function visitsOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^(.+?)\s*(?:个)?次?$/.exec(normalizeWidth(v).trim());
  const n = m ? parseNumberToken(defined(m[1])) : undefined;
  return n !== undefined && Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** The label of an enumerated value, its known variants included ("网上办理" → 电脑端网上办理). */
export function labelOf(vs: ValueSet, v: unknown): string | undefined {
  return (resolveValue(vs, v) ?? variantOf(vs, v))?.label;
}

/** The 办理形式 labels a guide lists; undefined when 办理形式 is absent or names no known channel. */
export function channelsOf(v: unknown): Set<string> | undefined {
  const out = new Set<string>();
  for (const x of Array.isArray(v) ? v : textList(v)) {
    const label = labelOf(VALUE_SETS.办理形式, x);
    if (label) out.add(label);
  }
  return out.size ? out : undefined;
}

export const ONLINE_CHANNELS = ['电脑端网上办理', '移动端网上申请'] as const;
export const hasOnline = (channels: Set<string>): boolean => ONLINE_CHANNELS.some((c) => channels.has(c));

/** 办理形式 as written, for messages. */
export const channelsText = (v: unknown): string =>
  Array.isArray(v) ? v.map((x) => textOf(x) ?? '').join('、') : (textOf(v) ?? '');

export interface Onsite {
  /** 到办事现场次数 (visitsOf). */
  visits: number | undefined;
  /** 办理形式 labels (channelsOf), and as written for messages. */
  channels: Set<string> | undefined;
  channelsText: string;
  /** 办理深度 label. */
  depth: string | undefined;
}

/** What a guide says about visits to the hall and the ways to apply, read once for the visit rules. */
export function onsiteOf(guide: Guide): Onsite {
  return derived(guide, 'onsite', () => ({
    visits: visitsOf(guide.data['到办事现场次数']),
    channels: channelsOf(guide.data['办理形式']),
    channelsText: channelsText(guide.data['办理形式']),
    depth: labelOf(VALUE_SETS.办理深度, guide.data['办理深度']),
  }));
}
