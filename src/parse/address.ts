// 办理地点 (checklist item 14): the place must name the street (街道名称), door number (门牌号),
// room number (房间号) and window number (窗口号). Spans index the ORIGINAL string.
//
// Decisions:
// - A street is a name ending in 大街/大道/胡同/路/街/巷 (or 道/弄/里, which count only when a door
//   number follows, since 通道/大厅里 are not streets). "街道" is never a street: it is the
//   township-level administrative unit (行使层级 5, 镇（乡、街道）), like 镇/乡/村/社区/居委会 — a
//   place can be in 三海街道 and still lack a street.
// - The street name starts after the last administrative unit (省/市/区/县/旗/盟/州/镇/乡/村/街道…)
//   that leaves at least two characters of name, so 开发区广州路 → 广州路, not 路.
// - A door number is a number + 号 right after the street ("长青街与代钦路30号"), or after a direction
//   or section of it ("景观大道北7号", "中山路东段12号"). "4号窗口", "118号柜"
//   are windows, and a number in a placeholder ("XX号") is not a door.
// - A room needs a number: 203室, 203号房, 房间203, or a 3–4 digit number right after a floor (二楼203).
//   A floor (二楼, 3楼) or a named hall (法人大厅, C区) alone is not a room.
// - A window needs a number or letter: 12号窗口, 窗口11, 窗口12号, D号窗口, 1号综合窗口, 118号柜, 柜台3,
//   or circled numerals before a window name (④⑤⑥综合窗口). "法人大厅②工程建设项目综合窗口" counts: ②
//   labels the window name that follows it directly (the same record without ② has no number at
//   all). "综合窗口" with no number is a missing window number.
import { nextMatch, normalizeForScan } from './text.js';
import { memoizeText } from './memo.js';
import { defined } from '../util/defined.js';

export type AddressPart = 'street' | 'door' | 'room' | 'window';
export interface Span {
  text: string;
  start: number;
  end: number;
}
export interface ParsedAddress {
  parts: Partial<Record<AddressPart, Span>>;
  missing: AddressPart[];
}

type Range = [start: number, end: number];
const PART_ORDER: AddressPart[] = ['street', 'door', 'room', 'window'];
const CN_DIGITS = '〇零一二两三四五六七八九十百千';

const ROAD = /大街|大道|胡同|路|街|巷|道|弄|里/g;
const WEAK_ROAD = new Set(['道', '弄', '里']);
// characters a street name never crosses
const HARD_STOP = /[\s，,。.、；;：:！!？?（）()【】[\]《》"'“”‘’/\\|\-号楼层室厅局在于]/;
// administrative units a street name usually follows (one character, or two)
const ADMIN_1 = new Set('省市区县旗盟州镇乡村');
const ADMIN_2 = new Set(['街道', '社区', '嘎查', '苏木', '委会']);
/** n.slice(from, to) ends with an administrative unit (without slicing: this runs for every road suffix). */
const adminEndsAt = (n: string, from: number, to: number) =>
  (to - 1 >= from && ADMIN_1.has(defined(n[to - 1]))) ||
  (to - 2 >= from && ADMIN_2.has(defined(n[to - 2]) + defined(n[to - 1])));
// not "4号窗口", "118号柜", "203号房"; but "5号房间203" is door 5 + room 203
// A direction or section may sit between street and number: 景观大道北7号, 中山路东段12号.
const DOOR = new RegExp(
  `\\s{0,3}(?:[东南西北中]{1,2}(?:段|侧)?)?[甲乙丙丁]?(?:\\d{1,6}|[${CN_DIGITS}]{1,6})(?:[-之]\\d{1,6})?号(?![窗柜台]|房(?!间\\s*号?[:：]?\\s*\\d))`,
  'y',
);

// bounded repetitions keep the scan linear on long garbage input
const NUMW = `(?:[A-Za-z]|(?<!\\d)\\d{1,6}(?:[-、,]\\d{1,6}){0,9}|[${CN_DIGITS}]{1,6})`;
const CIRCLED = '[\\u2460-\\u2473\\u3251-\\u325F]{1,20}';
const WINDOW_PATTERNS: RegExp[] = [
  new RegExp(`${NUMW}号[^\\s\\d号楼层厅区室，,。、；;:：()（）]{0,4}?窗口`, 'g'),
  /(?<!\d)\d{1,6}窗口/g,
  new RegExp(
    `窗口\\s*号?[:：]?\\s*(?:[A-Za-z]?\\d{1,6}(?:[-、,]\\d{1,6}){0,9}号?(?![楼层\\d])|[${CN_DIGITS}]{1,6}号|${CIRCLED})`,
    'g',
  ),
  new RegExp(`${CIRCLED}[^\\s，,。、；;:：()（）]{0,12}?窗口`, 'g'),
  new RegExp(`${NUMW}号?柜台?`, 'g'),
  /柜台\s*号?\d{1,6}号?/g,
];
const ROOM_PATTERNS: RegExp[] = [
  /(?<!\d)[A-Za-z]?\d{1,5}(?:-\d{1,4})?号?(?:室|房间|房(?![产屋管]))/g,
  new RegExp(`[${CN_DIGITS}]{1,4}室`, 'g'),
  /房间号?[:：]?\s*[A-Za-z]?\d{1,5}/g,
];
const ROOM_AFTER_FLOOR = /[楼层]\s{0,3}([A-Za-z]?\d{3,4})(?![\d号窗柜室房])/g;

function parseAddressUncached(s: string): ParsedAddress {
  const src = typeof s === 'string' ? s : '';
  const n = normalizeForScan(src);
  const found: Partial<Record<AddressPart, Range>> = {};
  const street = findStreet(n);
  if (street) {
    found.street = street.range;
    if (street.door) found.door = street.door;
  }
  const window = firstMatch(n, WINDOW_PATTERNS, found.door);
  if (window) found.window = window;
  const room = firstMatch(n, ROOM_PATTERNS, found.door, found.window) ?? roomAfterFloor(n, found.window);
  if (room) found.room = room;
  const parts: Partial<Record<AddressPart, Span>> = {};
  for (const p of PART_ORDER) {
    const r = found[p];
    if (r) parts[p] = { text: src.slice(r[0], r[1]), start: r[0], end: r[1] };
  }
  return { parts, missing: PART_ORDER.filter((p) => !found[p]) };
}

function findStreet(n: string): { range: Range; door?: Range } | undefined {
  let first: { range: Range; door?: Range } | undefined;
  ROAD.lastIndex = 0;
  for (let m = nextMatch(ROAD, n); m; m = nextMatch(ROAD, n)) {
    const i = m.index;
    const j = i + m[0].length;
    if ((m[0] === '街' && n[j] === '道') || (m[0] === '道' && n[i - 1] === '街')) continue; // 街道 = sub-district
    const start = nameStart(n, i);
    if (start === undefined) continue;
    DOOR.lastIndex = j;
    const d = DOOR.exec(n);
    const door: Range | undefined = d ? [j + d[0].length - d[0].trimStart().length, j + d[0].length] : undefined;
    if (door) return { range: [start, j], door };
    if (!WEAK_ROAD.has(m[0]) && !first) first = { range: [start, j] };
  }
  return first;
}

/** Start of the street name whose suffix begins at i, or undefined when the name is too short. */
function nameStart(n: string, i: number): number | undefined {
  let hard = i;
  while (hard > 0 && i - hard < 16 && !HARD_STOP.test(defined(n[hard - 1]))) hard--;
  for (let k = i - 2; k > hard; k--) {
    if (adminEndsAt(n, hard, k)) return k;
  }
  return i - hard >= 2 ? hard : undefined;
}

function overlaps(a: Range, b: Range | undefined): boolean {
  return b !== undefined && a[0] < b[1] && b[0] < a[1];
}

function firstMatch(n: string, patterns: RegExp[], ...avoid: (Range | undefined)[]): Range | undefined {
  let best: Range | undefined;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = nextMatch(re, n); m; m = nextMatch(re, n)) {
      const r: Range = [m.index, m.index + m[0].length];
      if (avoid.some((a) => overlaps(r, a))) continue;
      if (!best || r[0] < best[0]) best = r;
      break;
    }
  }
  return best;
}

function roomAfterFloor(n: string, window: Range | undefined): Range | undefined {
  ROOM_AFTER_FLOOR.lastIndex = 0;
  for (let m = nextMatch(ROOM_AFTER_FLOOR, n); m; m = nextMatch(ROOM_AFTER_FLOOR, n)) {
    const start = m.index + m[0].length - defined(m[1]).length;
    const r: Range = [start, m.index + m[0].length];
    if (!overlaps(r, window)) return r;
  }
  return undefined;
}

/** Memoised per distinct input (results are shared: read-only). */
export const parseAddress = memoizeText(parseAddressUncached);
