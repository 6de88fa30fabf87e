// 咨询电话 / 监督电话 (checklist item 16): one or more numbers in one field.
//
// Decisions:
// - Validity comes from libphonenumber-js/max. The /min build only checks lengths, so it calls
//   "33186820", "0777-642882" or "12312341234" valid and cannot tell fixed lines from mobiles.
//   Chinese numbers of 7–12 digits are typed by cn-number-type.ts (the library's CN patterns,
//   copied); the library itself (every country's metadata, ≈ 25–40 ms to load) is required only
//   for other numbers, the first time one is met.
// - Digit groups are joined across soft separators (space, dash, em dash, brackets) only while the
//   number is incomplete (area code + ≥7 digits, 11-digit mobile, 10-digit 400/800, +86 + 10 digits),
//   so "0471 6945678 13997820171" is two numbers. 、，,；;/ newline, 或 and any text always separate.
// - 12xxx (five digits) is a government hotline, valid alone ("12345") or after an area code
//   ("0538-12333"); it has no e164. 400 and 800 numbers are 'toll-free'.
// - A 7–8 digit local number without area code is only a 'no-area-code' problem, not a number:
//   a rule cannot dial it or compare it reliably.
// - An extension after a landline ("-801", "转801", "分机801") is ignored.
// - A URL is a 'url' problem; the numbers beside it still parse. Text with no number at all ("暂无")
//   is 'malformed'; blank input (or null/undefined) is 'empty'. A JSON number is read as its digits.
import { createRequire } from 'node:module';
import { nextMatch, normalizeForScan } from './text.js';
import { memoizeValue } from './memo.js';
import { cnNumberType } from './cn-number-type.js';
import { defined } from '../util/defined.js';

export interface PhoneNumber {
  raw: string;
  index: number;
  kind: 'landline' | 'mobile' | 'toll-free' | 'hotline';
  areaCode?: string;
  e164?: string;
  national: string;
}
export interface PhoneProblem {
  kind: 'empty' | 'no-area-code' | 'malformed' | 'url';
  text: string;
  index: number;
}
export interface ParsedPhones {
  numbers: PhoneNumber[];
  problems: PhoneProblem[];
}

interface Group {
  digits: string;
  plus: boolean;
  start: number;
  end: number;
  soft: boolean;
  dash: boolean;
}
type Candidate =
  | { type: 'cn'; nsn: string; areaCode?: string } // national significant number, no leading 0
  | { type: 'intl'; digits: string }
  | { type: 'hotline'; digits: string; areaCode?: string }
  | { type: 'no-area-code' }
  | { type: 'malformed' };

const URL_RE = /(?:https?:\/\/|www\.)[^\s，,；;、"'<>]+/gi;
const EXT_RE = /(?<=\d)\s*(?:转|分机|ext\.?)\s*\d{1,6}/gi;
const HOTLINE = /^12\d{3}$/;
const DIGITS = /\+?\d+/g;
// Cheap tests before the scans above (most numbers have neither).
const MAY_HAVE_URL = /https?:\/\/|www\./i;
const MAY_HAVE_EXT = /转|分机|ext/i;

function parsePhonesUncached(input: unknown): ParsedPhones {
  const src = typeof input === 'string' ? input : typeof input === 'number' ? String(input) : '';
  if (typeof input !== 'string' && typeof input !== 'number' && input != null) {
    return { numbers: [], problems: [{ kind: 'malformed', text: '', index: 0 }] };
  }
  if (src.trim() === '') return { numbers: [], problems: [{ kind: 'empty', text: src, index: 0 }] };

  const problems: PhoneProblem[] = [];
  let n = normalizeForScan(src);
  if (MAY_HAVE_URL.test(n)) {
    URL_RE.lastIndex = 0;
    for (let m = nextMatch(URL_RE, n); m; m = nextMatch(URL_RE, n))
      problems.push({ kind: 'url', text: src.slice(m.index, m.index + m[0].length), index: m.index });
    n = mask(n, URL_RE);
  }
  if (MAY_HAVE_EXT.test(n)) n = mask(n, EXT_RE);

  const groups = digitGroups(n);
  const numbers: PhoneNumber[] = [];
  for (let i = 0; i < groups.length;) {
    const { candidate, next } = assemble(groups, i);
    const start = defined(groups[i]).start;
    let end = defined(groups[next - 1]).end;
    const open = n[start - 1] === '(' ? start - 1 : start; // "(0471)6945678"
    if (n[end] === ')' && open < start && !n.slice(open, end).includes(')')) end++; // "(12345)"
    const r = toNumber(candidate, src.slice(open, end), open);
    if ('problem' in r) problems.push(r.problem);
    else numbers.push(r.number);
    i = skipExtension(groups, next, candidate);
  }
  if (numbers.length === 0 && problems.length === 0) {
    problems.push({ kind: 'malformed', text: src.trim(), index: src.length - src.trimStart().length });
  }
  problems.sort((a, b) => a.index - b.index);
  return { numbers, problems };
}

function mask(s: string, re: RegExp): string {
  return s.replace(re, (m) => ' '.repeat(m.length));
}

function digitGroups(n: string): Group[] {
  const out: Group[] = [];
  DIGITS.lastIndex = 0;
  for (let m = nextMatch(DIGITS, n); m; m = nextMatch(DIGITS, n)) {
    const prev = out[out.length - 1];
    const sep = prev ? n.slice(prev.end, m.index) : '';
    out.push({
      digits: m[0].replace('+', ''),
      plus: m[0].startsWith('+'),
      start: m.index,
      end: m.index + m[0].length,
      soft: prev !== undefined && sep.length <= 3 && /^[\s\-()]*$/.test(sep),
      dash: sep.includes('-'),
    });
  }
  return out;
}

/** Joins groups i, i+1, … into one candidate number. */
function assemble(groups: Group[], i: number): { candidate: Candidate; next: number } {
  const g = defined(groups[i]);
  const d = g.digits;
  let k = i + 1;
  const collect = (digits: string, len: number): string => {
    while (digits.length < len && k < groups.length && defined(groups[k]).soft && !defined(groups[k]).plus)
      digits += defined(groups[k++]).digits;
    return digits;
  };
  const nextIsHotline = k < groups.length && defined(groups[k]).soft && HOTLINE.test(defined(groups[k]).digits);

  if (g.plus || d.startsWith('0086')) {
    const cc = g.plus ? d : d.slice(2);
    if (cc.startsWith('86')) return { candidate: { type: 'cn', nsn: collect(cc, 12).slice(2) }, next: k };
    return { candidate: { type: 'intl', digits: collect(cc, 10) }, next: k };
  }
  if (d.startsWith('0')) {
    if (d.length >= 10) return { candidate: { type: 'cn', nsn: d.slice(1) }, next: k };
    if (d.length < 3 || d.length > 4) return { candidate: { type: 'malformed' }, next: k };
    if (nextIsHotline)
      return { candidate: { type: 'hotline', digits: defined(groups[k]).digits, areaCode: d }, next: k + 1 };
    const all = collect(d, d.length + 7);
    return { candidate: { type: 'cn', nsn: all.slice(1), areaCode: d }, next: k };
  }
  if (/^[48]00/.test(d) && (d.length === 3 || d.length === 10))
    return { candidate: { type: 'cn', nsn: collect(d, 10) }, next: k };
  if (HOTLINE.test(d)) return { candidate: { type: 'hotline', digits: d }, next: k };
  if (d.startsWith('1') && (d.length === 11 || d.length === 3 || d.length === 4)) {
    return { candidate: { type: 'cn', nsn: collect(d, 11) }, next: k };
  }
  if (d.length === 7 || d.length === 8) return { candidate: { type: 'no-area-code' }, next: k };
  return { candidate: { type: 'malformed' }, next: k };
}

type Result = { number: PhoneNumber } | { problem: PhoneProblem };

function toNumber(c: Candidate, raw: string, index: number): Result {
  if (c.type === 'no-area-code' || c.type === 'malformed') return { problem: { kind: c.type, text: raw, index } };
  if (c.type === 'hotline') {
    const national = (c.areaCode ?? '') + c.digits;
    return { number: { raw, index, kind: 'hotline', ...(c.areaCode ? { areaCode: c.areaCode } : {}), national } };
  }
  const typed = c.type === 'cn' && /^[1-9]\d{6,11}$/.test(c.nsn);
  const fast = typed ? cnNumberType(c.nsn) : undefined;
  // A CN number the CN patterns reject is one the library rejects too (the differential test).
  if (typed && !fast) return { problem: { kind: 'malformed', text: raw, index } };
  const p = fast ? undefined : safeParse(c.type === 'cn' ? `+86${c.nsn}` : `+${c.digits}`);
  // getType() is undefined for an invalid number of a plan with types (CN); isValid() only when not.
  const type = fast ?? p?.getType();
  if (!fast && (!p || (type === undefined && !p.isValid())))
    return { problem: { kind: 'malformed', text: raw, index } };
  const nsn = fast ? (c as { nsn: string }).nsn : defined(p).nationalNumber;
  const callingCode = fast ? '86' : defined(p).countryCallingCode;
  const e164 = fast ? `+86${nsn}` : defined(p).number;
  const kind =
    type === 'MOBILE'
      ? 'mobile'
      : type === 'TOLL_FREE' || type === 'SHARED_COST'
        ? 'toll-free'
        : type === 'FIXED_LINE'
          ? 'landline'
          : callingCode === '86' && /^1[3-9]\d{9}$/.test(nsn)
            ? 'mobile'
            : 'landline';
  if (callingCode !== '86' || kind !== 'landline') return { number: { raw, index, kind, e164, national: nsn } };
  // CN area codes: 010 and 02x have two digits after the 0, all others three
  const areaCode = '0' + nsn.slice(0, nsn.startsWith('10') || nsn.startsWith('2') ? 2 : 3);
  return { number: { raw, index, kind, areaCode, e164, national: '0' + nsn } };
}

type Library = typeof import('libphonenumber-js/max');
let library: Library | undefined;

function safeParse(s: string) {
  try {
    library ??= createRequire(import.meta.url)('libphonenumber-js/max') as Library;
    return library.parsePhoneNumberFromString(s);
  } catch {
    return undefined;
  }
}

/** After a landline, a short dash-joined group ("-801") is an extension, not a new number. */
function skipExtension(groups: Group[], next: number, c: Candidate): number {
  const g = groups[next];
  const landline = c.type === 'cn' && /^[2-9]/.test(c.nsn) && !/^[48]00/.test(c.nsn);
  if (g && landline && g.soft && g.dash && g.digits.length <= 4 && !g.plus) return next + 1;
  return next;
}

/** Memoised per distinct input (results are shared: read-only). */
export const parsePhones = memoizeValue(parsePhonesUncached);

/** Two numbers dial the same line: the same national number, or the same 12xxx hotline where one omits the area code. */
export function sameLine(a: PhoneNumber, b: PhoneNumber): boolean {
  if (a.national === b.national) return true;
  if (a.kind !== 'hotline' || b.kind !== 'hotline') return false;
  const digits = (x: PhoneNumber) => x.national.slice(x.areaCode?.length ?? 0);
  return digits(a) === digits(b) && (!a.areaCode || !b.areaCode);
}
