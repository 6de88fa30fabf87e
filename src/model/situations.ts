// 情形 (the situations a guide declares) against its materials' 适用情形: a situation is one text
// however it is spaced or its width written; which declared entries repeat one, and which
// situations no material uses.

import { compact } from '../parse/text.js';

/** The key two spellings of one situation share (width and blanks ignored). */
export const situationKey = (s: string): string => compact(s);

/** The declared situations by key (the first spelling of each), and the entries that repeat one. */
export function distinctSituations<T extends { text: string }>(
  declared: readonly T[],
): { known: Map<string, string>; repeats: T[] } {
  const known = new Map<string, string>();
  const repeats: T[] = [];
  for (const d of declared) {
    const k = situationKey(d.text);
    if (known.has(k)) repeats.push(d);
    else known.set(k, d.text);
  }
  return { known, repeats };
}

/** The declared entries whose situation is not among `used` (keys), each situation once: its first entry. */
export function unusedSituations<T extends { text: string }>(declared: readonly T[], used: ReadonlySet<string>): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const d of declared) {
    const k = situationKey(d.text);
    if (used.has(k) || seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}
