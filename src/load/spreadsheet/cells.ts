// A1 references: 0-based column ↔ letters, and cell locations for findings.

import type { Location } from '../../model/types.js';
import { defined } from '../../util/defined.js';

export function colName(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "BC12" → { r: 12, c: 54 } (0-based column); undefined when it is not a cell reference. */
export function parseRef(ref: string): { r: number; c: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let c = 0;
  for (const ch of defined(m[1]).toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]), c: c - 1 };
}

export function cellRef(r: number, c: number): string {
  return `${colName(c)}${r}`;
}

/** A finding's location for a cell: line = row, column = column number (1-based). */
export function cellLocation(sheet: string, r: number, c: number, header?: string): Location {
  return {
    line: r,
    column: c + 1,
    endLine: r,
    endColumn: c + 2,
    sheet,
    cell: cellRef(r, c),
    ...(header !== undefined ? { header } : {}),
  };
}
