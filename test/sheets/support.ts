// Helpers for spreadsheet tests: workbooks built in memory (SheetJS, or hand-written SpreadsheetML
// for what SheetJS will not write), loaded through the real loader and linted by the real engine.

import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { lintLoaded } from '../../src/engine/lint-file.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { rulesFor } from '../../src/engine/registry.js';
import { loadSpreadsheet } from '../../src/load/spreadsheet/index.js';
import { writeZip } from '../../src/load/spreadsheet/zip.js';
import type { LoadOptions } from '../../src/load/index.js';
import type { Finding } from '../../src/model/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHEETS = join(ROOT, 'fixtures', 'sheets');

/** A text cell's value; a bigint, symbol or function is no cell value a test means to write. */
function cellText(v: unknown): string {
  if (typeof v === 'string') return v;
  throw new Error(`not a cell value: ${typeof v}`);
}

/** A workbook from arrays of rows, one entry per sheet (cells may be SheetJS cell objects). */
export function workbook(sheets: Record<string, unknown[][]>, edit?: (wb: XLSX.WorkBook) => void): Buffer {
  const wb = XLSX.utils.book_new();
  for (const name of Object.keys(sheets)) {
    const ws = XLSX.utils.aoa_to_sheet([]);
    sheets[name]!.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === undefined || v === null) return;
        ws[XLSX.utils.encode_cell({ r, c })] =
          typeof v === 'object'
            ? v
            : typeof v === 'number'
              ? { t: 'n', v }
              : typeof v === 'boolean'
                ? { t: 'b', v }
                : { t: 's', v: cellText(v) };
      });
    });
    const rows = sheets[name]!;
    ws['!ref'] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: Math.max(0, rows.length - 1), c: Math.max(0, ...rows.map((r) => r.length - 1)) },
    });
    XLSX.utils.book_append_sheet(wb, ws, name);
  }
  edit?.(wb);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const CT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/** A one-sheet package with hand-written sheetData (rows as XML), for cells SheetJS will not write. */
export function rawXlsx(
  sheetData: string,
  opts: { sheetName?: string; extraParts?: [string, string | Buffer][] } = {},
): Buffer {
  const name = (opts.sheetName ?? '事项').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const wbXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;
  const entries: [string, Buffer][] = [
    ['[Content_Types].xml', Buffer.from(CT)],
    ['_rels/.rels', Buffer.from(ROOT_RELS)],
    ['xl/workbook.xml', Buffer.from(wbXml)],
    ['xl/_rels/workbook.xml.rels', Buffer.from(wbRels)],
    ['xl/worksheets/sheet1.xml', Buffer.from(sheet)],
    ...(opts.extraParts ?? []).map(([n, d]) => [n, Buffer.isBuffer(d) ? d : Buffer.from(d)] as [string, Buffer]),
  ];
  return writeZip(entries);
}

/** An inline-string cell and a row, for rawXlsx. */
export const c = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
export const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;

export async function lintBuffer(bytes: Buffer, name: string, opts: LoadOptions = {}): Promise<Finding[]> {
  const config = await resolveConfig({ cwd: ROOT });
  const rules = await rulesFor(config.plugins);
  const loaded = await loadSpreadsheet(bytes, join(ROOT, name), opts);
  return lintLoaded(join(ROOT, name), loaded, { cwd: ROOT, config, rules }).findings;
}

export const at = (f: Finding) => `${f.sheet}!${f.cell}`;
