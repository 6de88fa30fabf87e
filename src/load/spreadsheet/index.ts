// Spreadsheet inputs (.xlsx, .xls, .csv) → guides with cell-exact source maps.
//   .xlsx — our bounded streaming reader (xlsx-reader.ts: zip + byte-level XML scan);
//   .xls  — SheetJS (dense mode, code pages), loaded only for .xls;
//   .csv  — decoded (UTF-8 / BOM / UTF-16 / GB18030, or --encoding) and parsed here.
// Then layout.ts finds headers and layouts and builds the guides. See docs/spreadsheets.md.

import { extname } from 'node:path';
import type { LoadProblem, LoadResult } from '../../model/types.js';
import { NOT_A_GUIDE, NOT_A_GUIDE_MESSAGES } from '../classify.js';
import type { LoadOptions } from '../index.js';
import { csvSheetName, decodeCsv, parseCsv, type Decoded } from './csv.js';
import { buildGuides } from './layout.js';
import { sheetProblem } from './messages.js';
import { isBlank, textOfCell, type RawWorkbook } from './types.js';
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
    if ('error' in decoded)
      return {
        sheets: [],
        problems: [sheetProblem('undecodable', 'error', { encoding: decoded.encoding, reason: decoded.error })],
      };
    return parseCsv(decoded.text, csvSheetName(file));
  }
  if (isEncryptedPackage(bytes)) return { sheets: [], problems: [sheetProblem('encrypted', 'error')] };
  const format = ext.slice(1);
  if (bytes.length === 0)
    return { sheets: [], problems: [sheetProblem('corrupt', 'error', { format, reason: 'the file is empty' })] };
  // Content decides, not the extension: an .xls that is really a package, an .xlsx that is BIFF.
  if (bytes.subarray(0, 2).equals(ZIP_MAGIC)) return readXlsx(bytes, format);
  if (bytes.subarray(0, 8).equals(CFB_MAGIC) || ext === '.xls') {
    const { readWithSheetJs } = await import('./sheetjs-reader.js');
    return readWithSheetJs(bytes, format);
  }
  return {
    sheets: [],
    problems: [sheetProblem('corrupt', 'error', { format, reason: 'not a ZIP package (is it an .xlsx file?)' })],
  };
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
  const firstRow = firstRowText(wb);
  const built = buildGuides(wb, { columns: opts.columns });
  if (built.guides.length > 0 || built.problems.some((p) => p.severity !== 'info')) return built;
  // A guide table with a header row and no item rows yet (an empty template).
  if (!built.problems.some((p) => p.messageId === 'noItems'))
    return { guides: [], problems: [...built.problems, notAGuide('noItemRows')] };
  // Nothing in the file is a guide (a blank form, some other table): one note that says so and
  // why — or, for a CSV that another encoding reads as a guide table, a warning that says which.
  if (extname(file).toLowerCase() === '.csv') {
    const hint = await encodingHint(bytes, file, opts);
    if (hint)
      return {
        guides: [],
        problems: [
          sheetProblem('wrongEncoding', 'warning', { encoding: hint.used, cells: firstRow, suggest: hint.suggest }),
        ],
      };
  }
  return { guides: [], problems: [notAGuide('notAGuideTable')] };
}

const notAGuide = (id: 'noItemRows' | 'notAGuideTable'): LoadProblem => ({
  messageId: id,
  text: NOT_A_GUIDE_MESSAGES[id],
  severity: 'info',
  ruleId: NOT_A_GUIDE,
  location: { line: 1, column: 1, endLine: 1, endColumn: 1 },
});

/** The first non-blank cells of the first row of the first sheet, as decoded (for the encoding hint). */
function firstRowText(wb: RawWorkbook): string {
  const row = wb.sheets[0]?.rows[0];
  return row
    ? row.cells
        .filter((c) => !isBlank(c))
        .slice(0, 4)
        .map((c) => textOfCell(c))
        .join(', ')
    : '';
}

const ENCODINGS = ['gbk', 'utf-8'] as const;
const family = (encoding: string) =>
  /^utf-?8/i.test(encoding) ? 'utf-8' : /^(gbk|gb18030|gb2312|cp936)$/i.test(encoding) ? 'gbk' : encoding.toLowerCase();

/**
 * A CSV that yields no guide as decoded: the encoding (gbk or utf-8) that would read it as a guide
 * table, or gbk when the decoded text holds replacement characters (bytes that were not text in
 * the encoding used). Only on this failure path: a good file is decoded once.
 */
async function encodingHint(
  bytes: Buffer,
  file: string,
  opts: LoadOptions,
): Promise<{ used: string; suggest: string } | undefined> {
  const used = (await decodeCsv(bytes, opts.encoding)) as Decoded;
  if (!('text' in used)) return undefined;
  for (const enc of ENCODINGS) {
    if (family(used.encoding) === enc) continue;
    const other = await decodeCsv(bytes, enc);
    if (!('text' in other)) continue;
    if (buildGuides(parseCsv(other.text, csvSheetName(file)), { columns: opts.columns }).guides.length > 0)
      return { used: used.encoding, suggest: enc };
  }
  return used.text.includes('\uFFFD')
    ? { used: used.encoding, suggest: family(used.encoding) === 'gbk' ? 'utf-8' : 'gbk' }
    : undefined;
}
