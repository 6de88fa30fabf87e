// The normal form of a guide's text: no blanks around it, and in digit-like values (times, phones,
// time limits, codes) half-width digits and no full-width colon or dash between digits
// (１４：００ → 14:00, ０４７１－ → 0471-). Other text keeps its Chinese punctuation.

import { halfWidthDigits, trimBlanks } from './text.js';

const FULL_DIGIT = /[\uff10-\uff19]/;
/** A full-width colon or a dash that is no hyphen between two digits: 14：00, 0777—6428820. */
const DIGIT_SEPARATOR = /\d\s*：\s*\d|\d[－—–―]\d/;
const BLANK = /[\s\u3000]/;
// Letters and CJK (almost every first and last character) are not blank: no regex for them.
const isBlank = (c: number) =>
  (c > 0x20 && c < 0xa0) || (c > 0x3000 && c !== 0xfeff) ? false : BLANK.test(String.fromCharCode(c));
/** Cheap pre-check: a leading or trailing blank, or (in digit-like text) a full-width digit or separator. */
const suspect = (s: string, digitLike: boolean) =>
  s !== '' &&
  (isBlank(s.charCodeAt(0)) ||
    isBlank(s.charCodeAt(s.length - 1)) ||
    (digitLike && (FULL_DIGIT.test(s) || DIGIT_SEPARATOR.test(s))));

export type NormalProblem = 'fullWidth' | 'separator' | 'whitespace';

/**
 * What normalising `value` changes: its normal form and what was wrong (full-width digits first,
 * then separators, else blanks around it); undefined when nothing changes or nothing would be left.
 */
export function textNormalization(
  value: string,
  digitLike: boolean,
): { fixed: string; problem: NormalProblem } | undefined {
  if (!suspect(value, digitLike)) return undefined;
  const fixed = digitLike ? halfWidthDigits(trimBlanks(value)) : trimBlanks(value);
  if (fixed === value || fixed === '') return undefined;
  const problem =
    digitLike && FULL_DIGIT.test(value)
      ? 'fullWidth'
      : digitLike && DIGIT_SEPARATOR.test(value)
        ? 'separator'
        : 'whitespace';
  return { fixed, problem };
}
