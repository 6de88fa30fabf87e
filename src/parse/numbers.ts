// Number tokens as written in guides: "20", "２０", "0.5", "二十", "两", "十五", "一百二十", "〇",
// "廿", "半" (= 0.5, as in "半个工作日"), financial numerals (贰拾), digit-by-digit "二〇" (= 20).
// A leading '-' is accepted on Arabic numbers so callers can report negative values themselves.
// Anything else (mixed scripts, "十百", empty) → undefined. Never throws.
import { normalizeWidth } from './text.js';
import { defined } from '../util/defined.js';

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that may make up a Chinese numeral (for callers building regexes). */
export const CHINESE_NUMERAL_CHARS = '〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万廿卅半';

export function parseNumberToken(input: string): number | undefined {
  if (typeof input !== 'string') return undefined;
  const s = normalizeWidth(input).trim();
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const n = Number(s);
    return Number.isFinite(n) ? n : undefined;
  }
  if (s === '半') return 0.5;
  if (s === '' || s.length > 20) return undefined;
  return parseChinese(s.replace(/廿/g, '二十').replace(/卅/g, '三十'));
}

function parseChinese(s: string): number | undefined {
  const chars = Array.from(s);
  if (!chars.every((c) => c in DIGITS || c in UNITS || c === '万')) return undefined;
  if (chars.every((c) => c in DIGITS)) {
    // a single digit, or a digit-by-digit reading such as 二〇 (= 20)
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0; // value below 万
  let digit: number | undefined; // pending digit
  let lastUnit = 10000; // units inside a section must decrease
  let afterZero = false;
  for (const c of chars) {
    if (c in DIGITS) {
      if (digit !== undefined) return undefined; // 二二十
      digit = DIGITS[c];
      if (digit === 0) {
        afterZero = true;
        digit = undefined;
      }
    } else if (c === '万') {
      if (total > 0) return undefined;
      total = (section + (digit ?? 0)) * 10000;
      if (total === 0) return undefined;
      section = 0;
      digit = undefined;
      lastUnit = 10000;
      afterZero = false;
    } else {
      const unit = defined(UNITS[c]);
      if (unit >= lastUnit) return undefined; // 十百
      if (digit === undefined && !(unit === 10 && section === 0)) return undefined; // 百 alone
      section += (digit ?? 1) * unit;
      digit = undefined;
      lastUnit = unit;
      afterZero = false;
    }
  }
  // "一百二" = 120 (colloquial), but "一百零二" = 102
  const tail =
    digit === undefined ? 0 : !afterZero && lastUnit > 10 && lastUnit < 10000 ? (digit * lastUnit) / 10 : digit;
  return total + section + tail;
}
