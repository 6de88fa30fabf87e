// Legacy .xls (BIFF) through SheetJS, loaded lazily with its code pages (old Chinese .xls files
// use code page 936). Read in dense mode; the result is converted to the shared RawWorkbook shape.

import type { LoadProblem } from '../../model/types.js';
import { sheetProblem } from './messages.js';
import { serialToIso } from './number-format.js';
import {
  SHEET_LIMITS,
  type CellValue,
  type Merge,
  type RawRow,
  type RawSheet,
  type RawWorkbook,
  type RichCell,
} from './types.js';
import { cellLocation } from './cells.js';

interface SjsCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string;
  f?: string;
  l?: { Target?: string };
}

export async function readWithSheetJs(bytes: Buffer, format: string): Promise<RawWorkbook> {
  const XLSX = await import('xlsx');
  const cptable = await import('xlsx/dist/cpexcel.full.mjs');
  XLSX.set_cptable(cptable);
  const problems: LoadProblem[] = [];
  let wb: import('xlsx').WorkBook;
  try {
    wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellText: true,
      cellFormula: true,
      cellHTML: false,
      cellDates: false,
      sheetRows: 0,
    });
  } catch (err) {
    const reason = (err as Error).message;
    problems.push(
      /password/i.test(reason)
        ? sheetProblem('encrypted', 'error')
        : sheetProblem('corrupt', 'error', { format, reason }),
    );
    return { sheets: [], problems };
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets: RawSheet[] = [];
  let cells = 0;
  wb.SheetNames.forEach((name, si) => {
    const ws = wb.Sheets[name] as (Record<string, unknown> & { '!data'?: SjsCell[][] }) | undefined;
    if (!ws || cells > SHEET_LIMITS.maxCells) return;
    const data = ws['!data'] ?? [];
    const rowInfo = (ws['!rows'] as ({ hidden?: boolean } | undefined)[] | undefined) ?? [];
    const rows: RawRow[] = [];
    for (let R = 0; R < data.length; R++) {
      const src = data[R];
      if (!src) continue;
      const out: CellValue[] = [];
      let any = false;
      for (let C = 0; C < src.length; C++) {
        const c = src[C];
        if (!c || c.t === 'z') continue;
        const v = convert(c, XLSX.SSF as { is_date(fmt: string): boolean }, date1904);
        if (v === undefined) continue;
        if (++cells > SHEET_LIMITS.maxCells) {
          problems.push(
            sheetProblem('cellLimit', 'error', { limit: SHEET_LIMITS.maxCells }, cellLocation(name, R + 1, C)),
          );
          break;
        }
        out[C] = v;
        any = true;
      }
      if (any) rows.push({ r: R + 1, cells: out, ...(rowInfo[R]?.hidden ? { hidden: true } : {}) });
    }
    const merges: Merge[] = (
      (ws['!merges'] as { s: { r: number; c: number }; e: { r: number; c: number } }[] | undefined) ?? []
    ).map((m) => ({
      r1: m.s.r + 1,
      c1: m.s.c,
      r2: m.e.r + 1,
      c2: m.e.c,
    }));
    const hidden = Boolean(wb.Workbook?.Sheets?.[si]?.Hidden);
    sheets.push({ name, hidden, rows, merges });
  });
  return { sheets, problems };
}

function convert(c: SjsCell, SSF: { is_date(fmt: string): boolean }, date1904: boolean): CellValue {
  const extra: Partial<RichCell> = {};
  if (c.f !== undefined) extra.formula = true;
  if (c.l?.Target) extra.link = c.l.Target;
  let v: RichCell['v'];
  switch (c.t) {
    case 'e':
      return { v: null, error: c.w ?? '#ERROR', ...extra };
    case 'b':
      v = Boolean(c.v);
      break;
    case 'd':
      return { v: c.v instanceof Date ? c.v.toISOString().slice(0, 10) : String(c.v), date: true, ...extra };
    case 'n': {
      const n = Number(c.v);
      if (c.z && c.z !== 'General' && SSF.is_date(c.z)) return { v: serialToIso(n, date1904), date: true, ...extra };
      if (c.w !== undefined && c.z && c.z !== 'General' && c.w !== String(n)) return { v: n, w: c.w, ...extra };
      v = n;
      break;
    }
    default: {
      if (c.v === undefined || c.v === null) return extra.formula ? { v: null, ...extra } : undefined;
      const raw = c.v as string | number; // SheetJS: text, or a number for a stub/unknown type
      v = String(raw);
    }
  }
  return Object.keys(extra).length ? { v, ...extra } : v;
}
