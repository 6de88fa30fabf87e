// Spreadsheet inputs (.xlsx, .xls, .csv) → guides with cell-exact source maps.
//   .xlsx — our bounded streaming reader (xlsx-reader.ts: zip + byte-level XML scan);
//   .xls  — SheetJS (dense mode, code pages), loaded only for .xls;
//   .csv  — decoded (UTF-8 / BOM / UTF-16 / GB18030, or --encoding) and parsed here.
// Then layout.ts finds headers and layouts and builds the guides. See docs/spreadsheets.md.

import { extname } from 'node:path';
import type { LoadResult } from '../../model/types.js';
import type { LoadOptions } from '../index.js';
import { csvSheetName, decodeCsv, parseCsv } from './csv.js';
import { buildGuides } from './layout.js';
import { sheetProblem } from './messages.js';
import type { RawWorkbook } from './types.js';
import { readXlsx } from './xlsx-reader.js';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);

/** An OLE compound file holding an encrypted OOXML package (what Office writes for a password). */
function isEncryptedPackage(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(CFB_MAGIC) && bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

export async function readWorkbook(bytes: Buffer, file: string, opts: LoadOptions = {}): Promise<RawWorkbook> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') {
    const decoded = await decodeCsv(bytes, opts.encoding);
    if ('error' in decoded) return { sheets: [], problems: [sheetProblem('undecodable', 'error', { encoding: decoded.encoding, reason: decoded.error })] };
    return parseCsv(decoded.text, csvSheetName(file));
  }
  if (isEncryptedPackage(bytes)) return { sheets: [], problems: [sheetProblem('encrypted', 'error')] };
  const format = ext.slice(1);
  if (bytes.length === 0) return { sheets: [], problems: [sheetProblem('corrupt', 'error', { format, reason: 'the file is empty' })] };
  // Content decides, not the extension: an .xls that is really a package, an .xlsx that is BIFF.
  if (bytes.subarray(0, 2).equals(ZIP_MAGIC)) return readXlsx(bytes, format);
  if (bytes.subarray(0, 8).equals(CFB_MAGIC) || ext === '.xls') {
    const { readWithSheetJs } = await import('./sheetjs-reader.js');
    return readWithSheetJs(bytes, format);
  }
  return { sheets: [], problems: [sheetProblem('corrupt', 'error', { format, reason: 'not a ZIP package (is it an .xlsx file?)' })] };
}

export async function loadSpreadsheet(bytes: Buffer, file: string, opts: LoadOptions): Promise<LoadResult> {
  const wb = await readWorkbook(bytes, file, opts);
  // Headers that are exchange field names (task_name, material_name …): read with the import profile.
  if (opts.inputFormat !== 'guide' && wb.sheets.length) {
    const { exchangeProfile } = await import('../index.js');
    const { headerProbe, loadExchangeWorkbook } = await import('../exchange/sheet.js');
    const profile = await exchangeProfile(headerProbe(wb), opts);
    const ex = profile && loadExchangeWorkbook(wb, profile, opts.allVersions);
    if (ex) return { ...ex, problems: [...wb.problems, ...ex.problems] };
  }
  return buildGuides(wb, { columns: opts.columns });
}
