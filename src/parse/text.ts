// Character-level normalisation shared by the value parsers.
//
// Who does what:
// - normalizeWidth: full-width ASCII (U+FF01–U+FF5E: ０-９, Ａ-Ｚ, ：，（）－～ …) and the ideographic
//   space → their half-width forms. CJK text and CJK punctuation (、。【】) are kept.
// - normalizeDashes: every dash-like character (—, –, ―, ─, ‐, −, －, ～, ~) → '-', then runs of
//   dashes ('--', '——', '—-') collapse to one '-'. Use it for display or comparison.
// - normalizeForScan: width + dash folding WITHOUT collapsing, so the result has exactly the same
//   length as the input. Parsers that report indices scan this string and slice the original with
//   the same indices (every mapping is one UTF-16 unit → one UTF-16 unit). Regexes therefore accept
//   '-+' wherever a dash may appear.

import { memoizeText } from './memo.js';

const DASH_CHARS = /[\u2010-\u2015\u2212\u2500\u2501\uFE58\uFE63\uFF0D\u301C\uFF5E~]/g;

/** Full-width ASCII and U+3000 → half-width. Length-preserving. */
export function normalizeWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (c) =>
    c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/** Dash-like characters (incl. ～ and ~ used as ranges) → '-'. Length-preserving. */
export function foldDashes(s: string): string {
  return s.replace(DASH_CHARS, '-');
}

/** Dash-like characters → '-', and any run of dashes ('--', '——') → a single '-'. */
export function normalizeDashes(s: string): string {
  return foldDashes(s).replace(/-{2,}/g, '-');
}

/** normalizeWidth + foldDashes; same length as the input, so indices carry over. */
export function normalizeForScan(s: string): string {
  return foldDashes(normalizeWidth(s));
}

/**
 * Full-width digits (０-９) → 0-9, and a full-width colon or a dash between two digits → ':' / '-'
 * (１４：００ → 14:00, 0777—6428820 → 0777-6428820). Other full-width text is kept.
 */
export function halfWidthDigits(s: string): string {
  return s
    .replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?<=\d)\s*[：:]\s*(?=\d)/g, ':')
    .replace(/(?<=\d)[－—–―](?=\d)/g, '-');
}

/** Leading and trailing white space, the ideographic space (U+3000) included, removed. */
export const trimBlanks = (s: string): string => s.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

/** string → trimmed string; finite number → String(n); anything else → undefined. */
export function textOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** NFKC, no white space: the form in which texts, names and codes are compared. Memoised (they repeat). */
export const compact = memoizeText((s: string): string => s.normalize('NFKC').replace(/\s+/g, ''));

const compactLists = new WeakMap<readonly string[], string[]>();

/** `compact` of every word of a list, made once per list (word lists come from rule options and constants). */
export function compactAll(words: readonly string[]): string[] {
  let out = compactLists.get(words);
  if (!out) compactLists.set(words, (out = words.map(compact)));
  return out;
}

/**
 * The next match of a global regex from its lastIndex (set it to 0 first): String#matchAll without
 * the copy of the regex it makes per call, which hot parsers (addresses, phones) cannot afford.
 */
export function nextMatch(re: RegExp, s: string): RegExpExecArray | null {
  const m = re.exec(s);
  if (m?.[0] === '') re.lastIndex++;
  return m;
}
