// .xlsx without SheetJS: the package is unzipped entry by entry (bounded) and each worksheet part
// is scanned as bytes, row by row, keeping only values. Formulas are never evaluated (their cached
// <v> is read), external links are never followed (only the text of a hyperlink target is kept).
// Measured against SheetJS and exceljs in docs/spreadsheets.md.

import type { LoadProblem } from '../../model/types.js';
import { cellLocation, parseRef } from './cells.js';
import { sheetProblem } from './messages.js';
import {
  SHEET_LIMITS,
  type CellValue,
  type Merge,
  type RichCell,
  type RawRow,
  type RawSheet,
  type RawWorkbook,
} from './types.js';
import { attr, decodeXml, findTag, rootPrefix, runText, tags } from './xml.js';
import { ZipError, ZipReader } from './zip.js';
import { isDateFormat, serialToIso } from './number-format.js';
import { Interner } from '../../util/intern.js';

export const MAX_SHEET_ROWS = 1_048_576;

interface SheetRef {
  name: string;
  hidden: boolean;
  path: string;
}

interface Styles {
  /** Per cell style index: 1 = date, a format code for other non-General formats, 0 = General. */
  kind: (0 | 1 | string)[];
}

export function readXlsx(bytes: Buffer, format = 'xlsx'): RawWorkbook {
  const problems: LoadProblem[] = [];
  let zip: ZipReader;
  try {
    zip = new ZipReader(bytes, SHEET_LIMITS);
    const wbPath = mainPart(zip);
    const wbXml = zip.text(wbPath);
    if (wbXml === undefined) throw new ZipError('the package has no workbook part (xl/workbook.xml)', 'corrupt');
    const date1904 = tags(wbXml, 'workbookPr').some((t) => /^(1|true)$/.test(attr(t, 'date1904') ?? ''));
    const refs = sheetRefs(zip, wbPath, wbXml);
    const styles = readStyles(zip, resolvePart(wbPath, relsOf(zip, wbPath).byType('styles') ?? 'styles.xml'));
    const sst = readSharedStrings(
      zip,
      resolvePart(wbPath, relsOf(zip, wbPath).byType('sharedStrings') ?? 'sharedStrings.xml'),
    );
    const budget = { cells: 0 };
    const sheets: RawSheet[] = [];
    for (const ref of refs) {
      const sheet = readSheet(zip, ref, sst, styles, date1904, budget, problems);
      if (sheet) sheets.push(sheet);
      if (budget.cells > SHEET_LIMITS.maxCells) break;
    }
    texts.clear();
    return { sheets, problems };
  } catch (err) {
    if (err instanceof ZipError) {
      const id = err.kind === 'encrypted' ? 'encrypted' : err.kind === 'limit' ? 'limit' : 'corrupt';
      problems.push(sheetProblem(id, 'error', { format, reason: err.message }));
      return { sheets: [], problems };
    }
    throw err;
  }
}

class Rels {
  constructor(private readonly list: { id: string; type: string; target: string; external: boolean }[]) {}
  byId(id: string) {
    return this.list.find((r) => r.id === id);
  }
  byType(suffix: string): string | undefined {
    return this.list.find((r) => r.type.endsWith(`/${suffix}`))?.target;
  }
}

function relsOf(zip: ZipReader, part: string): Rels {
  const slash = part.lastIndexOf('/');
  const relsPath = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const xml = zip.text(relsPath) ?? '';
  return new Rels(
    tags(xml, 'Relationship').map((t) => ({
      id: attr(t, 'Id') ?? '',
      type: attr(t, 'Type') ?? '',
      target: attr(t, 'Target') ?? '',
      external: (attr(t, 'TargetMode') ?? '').toLowerCase() === 'external',
    })),
  );
}

/** A relationship target relative to the part that owns it → a package path. */
function resolvePart(owner: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = owner.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function mainPart(zip: ZipReader): string {
  const root = relsOf(zip, '');
  const target = root.byType('officeDocument');
  return target ? resolvePart('', target) : 'xl/workbook.xml';
}

function sheetRefs(zip: ZipReader, wbPath: string, wbXml: string): SheetRef[] {
  const rels = relsOf(zip, wbPath);
  const out: SheetRef[] = [];
  for (const t of tags(wbXml, 'sheet')) {
    const rel = rels.byId(attr(t, ':id') ?? '');
    if (!rel?.type.endsWith('/worksheet')) continue; // chart sheets, dialog sheets
    const state = attr(t, 'state') ?? 'visible';
    out.push({ name: attr(t, 'name') ?? '', hidden: state !== 'visible', path: resolvePart(wbPath, rel.target) });
  }
  return out;
}

function readStyles(zip: ZipReader, path: string): Styles {
  const xml = zip.text(path);
  if (!xml) return { kind: [] };
  const custom = new Map<number, string>();
  for (const t of tags(xml, 'numFmt')) custom.set(Number(attr(t, 'numFmtId')), attr(t, 'formatCode') ?? '');
  const xfsStart = xml.search(/<(?:\w+:)?cellXfs[\s>]/);
  const xfsEnd = xml.search(/<\/(?:\w+:)?cellXfs>/);
  const kind: Styles['kind'] = [];
  if (xfsStart >= 0) {
    for (const t of tags(xml.slice(xfsStart, xfsEnd > 0 ? xfsEnd : undefined), 'xf')) {
      const id = Number(attr(t, 'numFmtId') ?? 0);
      const code = custom.get(id);
      if (isBuiltinDate(id) || (code !== undefined && isDateFormat(code))) kind.push(1);
      else if (code !== undefined && code !== 'General' && code !== '@') kind.push(code);
      else if (id === 0 || id === 49) kind.push(0);
      else kind.push(BUILTIN_FORMATS[id] ?? 0);
    }
  }
  return { kind };
}

const isBuiltinDate = (id: number) =>
  (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  48: '##0.0E+0',
};

function readSharedStrings(zip: ZipReader, path: string): string[] {
  const buf = zip.read(path);
  if (!buf) return [];
  const pfx = rootPrefix(buf);
  const siOpen = Buffer.from(`<${pfx}si`);
  const siClose = Buffer.from(`</${pfx}si>`);
  const out: string[] = [];
  let p = 0;
  for (;;) {
    const s = findTag(buf, siOpen, p, buf.length);
    if (s < 0) break;
    const gt = buf.indexOf(0x3e, s);
    if (buf[gt - 1] === 0x2f) {
      out.push('');
      p = gt + 1;
      continue;
    }
    const e = buf.indexOf(siClose, gt);
    if (e < 0) break;
    out.push(runText(buf, pfx, gt + 1, e));
    p = e + siClose.length;
  }
  return out;
}

/** Scans one worksheet part: rows (non-blank only, real row numbers), merges, hyperlinks. */
function readSheet(
  zip: ZipReader,
  ref: SheetRef,
  sst: string[],
  styles: Styles,
  date1904: boolean,
  budget: { cells: number },
  problems: LoadProblem[],
): RawSheet | undefined {
  const buf = zip.read(ref.path);
  if (!buf) return undefined;
  const pfx = rootPrefix(buf);
  const B = (s: string) => Buffer.from(s);
  const ROW = B(`<${pfx}row`);
  const ROW_END = B(`</${pfx}row>`);
  const C = B(`<${pfx}c`);
  const C_END = B(`</${pfx}c>`);
  const SD = B(`<${pfx}sheetData`);
  const SD_END = B(`</${pfx}sheetData>`);
  const rows: RawRow[] = [];
  const attrs: CellAttrs = { col: -1, t: T_N, s: -1 };
  const ends: Ends = { pfx, v: B(`</${pfx}v>`), f: B(`</${pfx}f>`) };
  const sdStart = findTag(buf, SD, 0, buf.length);
  let sdEnd = sdStart < 0 ? -1 : buf.indexOf(SD_END, sdStart);
  if (sdEnd < 0) sdEnd = sdStart < 0 ? 0 : buf.length;
  let p = sdStart < 0 ? buf.length : sdStart + SD.length;
  let lastRow = 0;
  let stopped = false;
  while (!stopped) {
    const rs = nextTag(buf, ROW, p, sdEnd);
    if (rs < 0) break;
    const rgt = buf.indexOf(0x3e, rs);
    const rtag = buf.toString('latin1', rs + ROW.length, rgt);
    const rAttr = attr(rtag, 'r');
    const rNum = rAttr !== undefined ? Number(rAttr) : lastRow + 1;
    lastRow = rNum;
    if (buf[rgt - 1] === 0x2f) {
      p = rgt + 1;
      continue;
    }
    let re = buf.indexOf(ROW_END, rgt);
    if (re < 0 || re > sdEnd) re = sdEnd;
    p = re + ROW_END.length;
    if (!(rNum >= 1 && rNum <= MAX_SHEET_ROWS)) {
      problems.push(
        sheetProblem(
          'rowLimit',
          'warning',
          { row: rAttr ?? rNum, limit: MAX_SHEET_ROWS },
          { line: 1, column: 1, endLine: 1, endColumn: 1, sheet: ref.name },
        ),
      );
      continue;
    }
    const cells: CellValue[] = [];
    let any = false;
    let col = -1;
    let q = rgt + 1;
    for (;;) {
      const cs = nextTag(buf, C, q, re);
      if (cs < 0) break;
      const cgt = buf.indexOf(0x3e, cs);
      const a = cellAttrs(buf, cs + C.length, cgt, attrs);
      col = a.col >= 0 ? a.col : col + 1;
      if (buf[cgt - 1] === 0x2f) {
        q = cgt + 1;
        continue; // an empty, styled cell
      }
      let ce = buf.indexOf(C_END, cgt);
      if (ce < 0 || ce > re) ce = re;
      q = ce + C_END.length;
      const value = cellValue(buf, a, cgt + 1, ce, ends, sst, styles, date1904);
      if (value === undefined) continue;
      if (++budget.cells > SHEET_LIMITS.maxCells) {
        problems.push(
          sheetProblem('cellLimit', 'error', { limit: SHEET_LIMITS.maxCells }, cellLocation(ref.name, rNum, col)),
        );
        stopped = true;
        break;
      }
      cells[col] = value;
      any = true;
    }
    if (any) {
      const row: RawRow = { r: rNum, cells };
      if (/^(1|true)$/.test(attr(rtag, 'hidden') ?? '')) row.hidden = true;
      rows.push(row);
    }
  }
  const tail = buf.toString('utf8', Math.min(sdEnd, buf.length));
  const merges: Merge[] = [];
  for (const t of tags(tail, 'mergeCell')) {
    const [a, b] = (attr(t, 'ref') ?? '').split(':');
    const s = parseRef(a ?? '');
    const e = parseRef(b ?? a ?? '');
    if (s && e) merges.push({ r1: s.r, c1: s.c, r2: e.r, c2: e.c });
  }
  const links = tags(tail, 'hyperlink');
  if (links.length) applyLinks(rows, links, relsOf(zip, ref.path));
  return { name: ref.name, hidden: ref.hidden, rows, merges };
}

// The t attribute, as a code (no string per cell).
const T_N = 0;
const T_S = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_B = 4;
const T_E = 5;
const T_D = 6;

interface CellAttrs {
  /** 0-based column from r="B7", or -1 when the cell has no reference. */
  col: number;
  /** The t attribute (T_N when absent). */
  t: number;
  /** The s attribute (style index), or -1. */
  s: number;
}

interface Ends {
  pfx: string;
  v: Buffer;
  f: Buffer;
}

/** The next `<name` (a tag expected soon: an unbounded search) before `to`, or -1. */
function nextTag(buf: Buffer, open: Buffer, from: number, to: number): number {
  let i = buf.indexOf(open, from);
  while (i >= 0 && i < to) {
    const b = buf[i + open.length];
    if (b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d) return i;
    i = buf.indexOf(open, i + 1);
  }
  return -1;
}

/** Attributes of a <c …> start tag, read from bytes into `out` (reused: no allocation per cell). */
function cellAttrs(buf: Buffer, from: number, to: number, out: CellAttrs): CellAttrs {
  out.col = -1;
  out.t = T_N;
  out.s = -1;
  let i = from;
  while (i < to) {
    while (i < to && (buf[i] === 0x20 || buf[i] === 0x09 || buf[i] === 0x0a || buf[i] === 0x0d)) i++;
    const nameStart = i;
    while (i < to && buf[i] !== 0x3d && buf[i] !== 0x20 && buf[i] !== 0x2f) i++;
    if (i >= to || buf[i] !== 0x3d) break;
    const name = i - nameStart === 1 ? buf[nameStart] : 0;
    const quote = buf[i + 1];
    const vStart = i + 2;
    let vEnd = vStart;
    while (vEnd < to && buf[vEnd] !== quote) vEnd++;
    if (name === 0x72 /* r */) {
      let c = 0;
      for (let k = vStart; k < vEnd; k++) {
        const b = (buf[k] ?? 0) & 0xdf; // upper case
        if (b >= 0x41 && b <= 0x5a) c = c * 26 + (b - 0x40);
        else if (buf[k] !== 0x24) break; // letters (and $) then digits
      }
      out.col = c - 1;
    } else if (name === 0x74 /* t */) {
      const len = vEnd - vStart;
      const b0 = buf[vStart];
      out.t =
        b0 === 0x73
          ? len === 1
            ? T_S
            : T_STR
          : b0 === 0x69
            ? T_INLINE
            : b0 === 0x62
              ? T_B
              : b0 === 0x65
                ? T_E
                : b0 === 0x64
                  ? T_D
                  : T_N;
    } else if (name === 0x73 /* s */) {
      let n = 0;
      for (let k = vStart; k < vEnd; k++) n = n * 10 + ((buf[k] ?? NaN) - 0x30);
      out.s = n;
    }
    i = vEnd + 1;
  }
  return out;
}

// Writers that skip the shared-strings table (SheetJS, many platform exports) repeat the same
// short texts (申请人自备, 原件, 纸质和电子 …) in every row: one string per distinct text keeps the
// guides small while they are linted.
const texts = new Interner({ max: 100_000, longest: 16 });

/** The children of a <c>: <f> (a formula: only noted), <v> (the value) or <is> (inline string). */
function cellValue(
  buf: Buffer,
  a: CellAttrs,
  from: number,
  to: number,
  ends: Ends,
  sst: string[],
  styles: Styles,
  date1904: boolean,
): CellValue {
  const t = a.t;
  const pfx = ends.pfx;
  let formula = false;
  let raw: string | undefined;
  const skip = pfx.length;
  let k = from;
  while (k < to) {
    const lt = buf.indexOf(0x3c, k);
    if (lt < 0 || lt >= to) break;
    const n0 = buf[lt + 1 + skip];
    const n1 = buf[lt + 2 + skip];
    const gt = buf.indexOf(0x3e, lt);
    if (gt < 0 || gt >= to + 1) break;
    const empty = buf[gt - 1] === 0x2f;
    if (n0 === 0x2f) {
      k = gt + 1; // a closing tag
      continue;
    }
    if (n0 === 0x66 /* f */ && (n1 === 0x3e || n1 === 0x20 || n1 === 0x2f)) {
      formula = true;
      if (empty) k = gt + 1;
      else {
        const fe = buf.indexOf(ends.f, gt);
        k = fe < 0 || fe > to ? to : fe + 4 + skip;
      }
      continue;
    }
    if (n0 === 0x76 /* v */ && (n1 === 0x3e || n1 === 0x20 || n1 === 0x2f)) {
      if (!empty) {
        const ve = buf.indexOf(ends.v, gt);
        if (ve >= 0 && ve <= to) raw = buf.toString('utf8', gt + 1, ve);
        k = ve < 0 ? to : ve + 4 + skip;
      } else k = gt + 1;
      continue;
    }
    if (n0 === 0x69 /* i */ && n1 === 0x73 /* s */) {
      raw = runText(buf, pfx, lt, to);
      break;
    }
    k = gt + 1;
  }
  if (raw === undefined) return formula ? { v: null, formula: true } : undefined;
  let value: CellValue;
  switch (t) {
    case T_S:
      value = sst[Number(raw)] ?? '';
      break;
    case T_STR:
    case T_INLINE:
      value = texts.get(t === T_STR ? decodeXml(raw) : raw);
      break;
    case T_B:
      value = raw.trim() === '1' || raw.trim() === 'true';
      break;
    case T_E:
      return { v: null, error: decodeXml(raw), ...(formula ? { formula: true } : {}) };
    case T_D:
      value = { v: raw.slice(0, 10), date: true };
      break;
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) {
        value = decodeXml(raw);
        break;
      }
      const kind = a.s >= 0 ? styles.kind[a.s] : 0;
      if (kind === 1) value = { v: serialToIso(n, date1904), date: true };
      else if (typeof kind === 'string') value = { v: n, fmt: kind };
      else value = n;
    }
  }
  if (formula) return typeof value === 'object' ? { ...value, formula: true } : { v: value, formula: true };
  return value;
}

function applyLinks(rows: RawRow[], links: string[], rels: Rels): void {
  const byRow = new Map<number, RawRow>();
  for (const r of rows) byRow.set(r.r, r);
  for (const t of links) {
    const [a, b] = (attr(t, 'ref') ?? '').split(':');
    const s = parseRef(a ?? '');
    const e = parseRef(b ?? a ?? '');
    if (!s || !e) continue;
    const rel = rels.byId(attr(t, ':id') ?? '');
    const location = attr(t, 'location');
    const target = rel ? rel.target + (location ? `#${location}` : '') : location ? `#${location}` : undefined;
    if (!target) continue;
    for (let r = s.r; r <= Math.min(e.r, s.r + 10_000); r++) {
      const row = byRow.get(r);
      if (!row) continue;
      for (let c = s.c; c <= Math.min(e.c, s.c + 1000); c++) {
        const cell = row.cells[c];
        if (cell === undefined) continue;
        row.cells[c] =
          typeof cell === 'object'
            ? ({ ...cell, link: target } satisfies RichCell)
            : ({ v: cell, link: target } satisfies RichCell);
      }
    }
  }
}
