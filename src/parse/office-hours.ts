// 办理时间 (checklist item 15): a weekly period such as
// 【星期一至星期五：上午09:00-12:00，下午13:00-17:00】.
//
// Decisions:
// - days.from/to (1 = Monday … 7 = Sunday) are set only for named weekdays (周一至周五) and 每天;
//   工作日 / 法定工作日 are recognised as days without from/to (they follow the holiday calendar).
// - After 下午/晚上/傍晚 an hour below 12 gets +12 ("下午２:00-５:00" → 14:00–17:00, "下午14:00" stays);
//   after 中午 only hours ≤ 5 do (中午12:00, 中午1点). An end time without its own prefix inherits the
//   start's ("下午2:00-5:00"). Hours without any prefix are read as 24-hour: "8:30-5:30" is reported
//   as start-not-before-end rather than guessed.
// - `periods` holds only well-formed periods; invalid times and reversed ranges become problems.
// - Order and overlap are checked within a group. A group starts at each days phrase or season phrase
//   (夏季, 冬季, 5月1日至9月30日 …), and every bracket is a group of its own, so
//   "（夏季下午15:30-18:00）" or "周一至周五…；周六9:00-12:00" are alternatives, not overlaps. Periods
//   in a season group are marked `seasonal`.
// - holidayNote: the text mentions 节假日 / 法定假日 (除外, 休息 …).
import { normalizeForScan } from './text.js';
import { parseNumberToken } from './numbers.js';
import { memoizeText } from './memo.js';
import { defined } from '../util/defined.js';

export interface Period {
  start: number;
  end: number;
  text: string;
  index: number;
  seasonal?: boolean;
}
export interface OfficeHoursProblem {
  kind: 'no-days' | 'no-period' | 'invalid-time' | 'start-not-before-end' | 'overlap' | 'order';
  text: string;
  index: number;
}
export interface OfficeDays {
  text: string;
  from?: number;
  to?: number;
}
export interface OfficeHours {
  days: OfficeDays | null;
  periods: Period[];
  holidayNote: boolean;
  problems: OfficeHoursProblem[];
}

const WD = '[一二三四五六日天1-7]';
const DAYS = new RegExp(
  `每?(?:星期|周|礼拜)(${WD})(?:\\s*(?:至|到|-+)\\s*(?:星期|周|礼拜)?(${WD}))?|法定工作日|每个工作日|工作日|每天|每日`,
  'g',
);
const SEASON =
  /[夏冬春秋]季|[夏冬]令时?|[夏冬]天|旺季|淡季|\d{1,2}月(?:\d{1,2}日)?\s*(?:至|到|-+)\s*(?:次年)?\d{1,2}月(?:\d{1,2}日)?/g;
const PREFIX = '(?:(上午|下午|中午|晚上|早上|早晨|凌晨|傍晚|午后)\\s*)?';
const HOUR = '(\\d{1,2}|[〇零一二两三四五六七八九十]{1,3})';
const CLOCK = `${PREFIX}${HOUR}(?::\\s*(\\d{2})|[点时](?:\\s*(\\d{1,2})\\s*分|(半)|整)?)`;
const PERIOD = new RegExp(`${CLOCK}\\s*(?:-+|至|到)\\s*${CLOCK}`, 'g');
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

interface Marker {
  index: number;
  seasonal: boolean;
}

function parseOfficeHoursUncached(s: string): OfficeHours {
  const src = typeof s === 'string' ? s : '';
  const n = normalizeForScan(src);
  const problems: OfficeHoursProblem[] = [];
  const days = findDays(n, src);
  if (!days) problems.push({ kind: 'no-days', text: src, index: 0 });

  const markers: Marker[] = [
    ...[...n.matchAll(DAYS)].map((m) => ({ index: m.index, seasonal: false })),
    ...[...n.matchAll(SEASON)].map((m) => ({ index: m.index, seasonal: true })),
  ].sort((a, b) => a.index - b.index);
  const brackets = bracketRanges(n);

  const periods: Period[] = [];
  const groups = new Map<string, Period[]>();
  for (const m of n.matchAll(PERIOD)) {
    const text = src.slice(m.index, m.index + m[0].length);
    const start = clock(m[1], defined(m[2]), m[3], m[4], m[5]);
    const end = clock(m[6] ?? m[1], defined(m[7]), m[8], m[9], m[10]);
    if (start === undefined || end === undefined) {
      problems.push({ kind: 'invalid-time', text, index: m.index });
      continue;
    }
    if (start >= end) {
      problems.push({ kind: 'start-not-before-end', text, index: m.index });
      continue;
    }
    const bracket = brackets.find(([a, b]) => a < m.index && m.index < b);
    const scopeStart = bracket ? bracket[0] : 0;
    const marker = markers
      .filter((k) => k.index >= scopeStart && k.index < m.index && inSameScope(k.index, bracket, brackets))
      .pop();
    const seasonal = marker?.seasonal ?? false;
    const period: Period = { start, end, text, index: m.index, ...(seasonal ? { seasonal: true } : {}) };
    periods.push(period);
    const key = `${bracket ? bracket[0] : 'main'}:${marker ? marker.index : -1}`;
    const group = groups.get(key);
    if (group) group.push(period);
    else groups.set(key, [period]);
  }
  if (periods.length === 0 && !problems.some((p) => p.kind !== 'no-days')) {
    problems.push({ kind: 'no-period', text: src, index: 0 });
  }
  for (const group of groups.values()) checkGroup(group, problems);
  problems.sort((a, b) => a.index - b.index);
  return { days, periods, holidayNote: /节假日|法定假日|节日/.test(n), problems };
}

function findDays(n: string, src: string): OfficeDays | null {
  const m = new RegExp(DAYS.source).exec(n);
  if (!m) return null;
  const text = src.slice(m.index, m.index + m[0].length);
  if (m[1]) {
    const from = WEEKDAY[m[1]] ?? Number(m[1]);
    const to = m[2] ? (WEEKDAY[m[2]] ?? Number(m[2])) : from;
    return { text, from, to };
  }
  if (m[0] === '每天' || m[0] === '每日') return { text, from: 1, to: 7 };
  return { text };
}

/** Minutes since 00:00, or undefined when the clock reading is impossible. */
function clock(
  prefix: string | undefined,
  h: string,
  colonMin?: string,
  cnMin?: string,
  half?: string,
): number | undefined {
  let hour = parseNumberToken(h);
  const minute = colonMin !== undefined ? Number(colonMin) : cnMin !== undefined ? Number(cnMin) : half ? 30 : 0;
  if (hour === undefined || !Number.isInteger(hour)) return undefined;
  if (prefix && /下午|晚上|傍晚|午后/.test(prefix) && hour < 12) hour += 12;
  if (prefix === '中午' && hour <= 5) hour += 12;
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return undefined;
  return hour * 60 + minute;
}

function checkGroup(group: Period[], problems: OfficeHoursProblem[]): void {
  group.forEach((p, i) => {
    const prev = group[i - 1];
    if (prev && p.start < prev.start) problems.push({ kind: 'order', text: p.text, index: p.index });
    else if (group.slice(0, i).some((q) => p.start < q.end && q.start < p.end)) {
      problems.push({ kind: 'overlap', text: p.text, index: p.index });
    }
  });
}

/** [open, close] index pairs of (…) / （…） / 【…】, outermost level only. */
function bracketRanges(n: string): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < n.length; i++) {
    const c = defined(n[i]);
    if ('(【[（'.includes(c)) {
      if (depth++ === 0) open = i;
    } else if (')】]）'.includes(c) && depth > 0) {
      if (--depth === 0) out.push([open, i]);
    }
  }
  if (depth > 0) out.push([open, n.length]);
  return out;
}

function inSameScope(index: number, bracket: [number, number] | undefined, all: [number, number][]): boolean {
  const b = all.find(([a, c]) => a < index && index < c);
  return b === bracket;
}

/** Memoised per distinct input (results are shared: read-only). */
export const parseOfficeHours = memoizeText(parseOfficeHoursUncached);
