// The workbook as the readers hand it to the layout builder: sheets of non-blank rows that keep
// their real row numbers, cells as plain values (a rich cell only where there is more to say),
// merges, hyperlinks and hidden flags. Every reader (.xlsx, .xls, .csv) produces this shape.

import type { LoadProblem } from '../../model/types.js';

export type Scalar = string | number | boolean;

/** A cell with more than a value: formatted text, a date, a hyperlink, an error or a formula. */
export interface RichCell {
  v: Scalar | null;
  /** The text the spreadsheet shows (number formats applied), when it differs from the value. */
  w?: string;
  /** The cell is a date (v is its ISO text). */
  date?: boolean;
  /** Hyperlink target (external URL or an in-workbook location). */
  link?: string;
  /** An error value (#N/A, #REF! …). */
  error?: string;
  /** A formula cell: v is its cached value (never evaluated); null when none was cached. */
  formula?: boolean;
  /** A number's format code (when not General), to compute `w` only where the text matters. */
  fmt?: string;
}

export type CellValue = Scalar | RichCell | undefined;

export interface RawRow {
  /** 1-based row number in the sheet, as the spreadsheet shows it. */
  r: number;
  hidden?: boolean;
  /** Cells by 0-based column index (sparse). */
  cells: CellValue[];
}

export interface Merge {
  /** 0-based inclusive bounds; rows are 1-based sheet rows. */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface RawSheet {
  name: string;
  hidden: boolean;
  /** Non-blank rows in sheet order. */
  rows: RawRow[];
  merges: Merge[];
}

export interface RawWorkbook {
  sheets: RawSheet[];
  problems: LoadProblem[];
}

/** Hostile-input bounds for every spreadsheet (tests lower them). */
export const SHEET_LIMITS = {
  /** Inflated size of one part of an .xlsx package. */
  maxEntryBytes: 512 * 1024 * 1024,
  /** Inflated size of a whole .xlsx package. */
  maxTotalBytes: 1024 * 1024 * 1024,
  /** Non-empty cells in a workbook. */
  maxCells: 12_000_000,
  /** Guides (item rows) built from one file. */
  maxGuides: 200_000,
};

export function isRich(c: CellValue | null): c is RichCell {
  return typeof c === 'object' && c !== null;
}

export function valueOf(c: CellValue): Scalar | null {
  if (c === undefined) return null;
  return isRich(c) ? c.v : c;
}

/** The cell as display text (formatted text when known). */
export function textOfCell(c: CellValue): string {
  if (c === undefined) return '';
  if (isRich(c)) return c.w ?? (c.v === null ? '' : String(c.v));
  return String(c);
}

export function isBlank(c: CellValue): boolean {
  const v = valueOf(c);
  return v === null || (typeof v === 'string' && v.trim() === '');
}
