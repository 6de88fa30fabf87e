// The offending row of a workbook finding: the sheet's header row and that row, cell by cell, with
// the finding's column marked. The workbook is read with the loader (same sheets, same header row
// detection); the last one read is kept per job, so clicking through a file's findings reads it once.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../model/types.js';
import { readWorkbook } from '../load/spreadsheet/index.js';
import { findHeaderRow, headerMapper } from '../load/spreadsheet/headers.js';
import { textOfCell, type RawWorkbook } from '../load/spreadsheet/types.js';
import type { Job } from './jobs.js';

export interface RowView {
  file: string;
  sheet: string;
  row: number;
  /** Column letter, header text and the cell's text, for every column the header or the row uses. */
  cells: { col: string; header: string; text: string }[];
  /** Index into cells of the finding's cell. */
  mark: number;
}

const books = new WeakMap<Job, { file: string; wb: RawWorkbook }>();

export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(cell: string): number {
  const letters = /^([A-Z]+)\d+$/i.exec(cell)?.[1]?.toUpperCase() ?? 'A';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export async function rowOf(job: Job, f: Finding): Promise<RowView | undefined> {
  if (f.sheet === undefined || f.cell === undefined || !job.outcome) return undefined;
  const config = job.outcome.config;
  let cached = books.get(job);
  if (cached?.file !== f.file) {
    const bytes = readFileSync(join(job.inputDir, f.file));
    cached = {
      file: f.file,
      wb: await readWorkbook(bytes, f.file, { columns: config.columns, encoding: config.encoding }),
    };
    books.set(job, cached);
  }
  const sheet = cached.wb.sheets.find((s) => s.name === f.sheet);
  if (!sheet) return undefined;
  const rowNumber = Number(/\d+$/.exec(f.cell)?.[0] ?? f.line);
  const row = sheet.rows.find((r) => r.r === rowNumber);
  const h = findHeaderRow(sheet.rows, headerMapper(config.columns));
  const header = h >= 0 ? sheet.rows[h] : undefined;
  const mark = columnIndex(f.cell);
  const width = Math.max(header?.cells.length ?? 0, row?.cells.length ?? 0, mark + 1);
  const cells: RowView['cells'] = [];
  let markAt = -1;
  for (let c = 0; c < width; c++) {
    const text = row ? textOfCell(row.cells[c]) : '';
    const head = header ? textOfCell(header.cells[c]) : '';
    if (c !== mark && !text && !head) continue;
    if (c === mark) markAt = cells.length;
    cells.push({ col: columnLetters(c), header: head, text });
  }
  return { file: f.file, sheet: sheet.name, row: rowNumber, cells, mark: markAt };
}
