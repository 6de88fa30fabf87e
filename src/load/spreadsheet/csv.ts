// CSV: bytes → text (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 — a superset of
// GBK — when the bytes are not UTF-8; --encoding overrides), then RFC 4180 records. A record that
// spans lines is one row, as a spreadsheet program shows it; blank lines keep their row numbers.

import { basename, extname } from 'node:path';
import type { LoadProblem } from '../../model/types.js';
import { cellLocation } from './cells.js';
import { sheetProblem } from './messages.js';
import { SHEET_LIMITS, type CellValue, type RawRow, type RawWorkbook } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface Decoded {
  text: string;
  encoding: string;
}

export async function decodeCsv(
  bytes: Buffer,
  override?: string,
): Promise<Decoded | { error: string; encoding: string }> {
  const iconv = async () => (await import('iconv-lite')).default;
  if (override) {
    const lib = await iconv();
    const name: string = override; // encodingExists narrows `override` to never when false
    if (!lib.encodingExists(override)) return { error: `unknown encoding "${name}"`, encoding: name };
    const text = lib.decode(bytes, override);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: override };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: bytes.toString('utf8', 3), encoding: 'UTF-8 (BOM)' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: (await iconv()).decode(bytes, 'gb18030'), encoding: 'GB18030' };
  }
}

/** The delimiter of the first record: comma, tab or semicolon, whichever occurs most outside quotes. */
function sniffDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65536; i++) {
    const ch = text.charAt(i);
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  const [best] = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

export function parseCsv(text: string, sheetName: string): RawWorkbook {
  const problems: LoadProblem[] = [];
  const d = sniffDelimiter(text).charCodeAt(0);
  const rows: RawRow[] = [];
  let cells: CellValue[] = [];
  let field = '';
  let started = false; // the field has content or a quoted part (a quote then is literal)
  let row = 1;
  let col = 0;
  let any = false as boolean; // set in endField
  let cellCount = 0;
  const n = text.length;
  const endField = () => {
    if (field !== '') {
      cells[col] = field;
      any = true;
      cellCount++;
    }
    field = '';
    started = false;
    col++;
  };
  const endRecord = () => {
    endField();
    if (any) rows.push({ r: row, cells });
    cells = [];
    any = false;
    col = 0;
    row++;
  };
  let i = 0;
  while (i < n) {
    if (cellCount > SHEET_LIMITS.maxCells) {
      problems.push(
        sheetProblem('cellLimit', 'error', { limit: SHEET_LIMITS.maxCells }, cellLocation(sheetName, row, col)),
      );
      break;
    }
    const ch = text.charCodeAt(i);
    if (ch === 34 && !started) {
      // A quoted field: up to the closing quote ("" is a quote); line breaks inside are kept.
      const startRow = row;
      const startCol = col;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          field += text.slice(j);
          problems.push(sheetProblem('unterminatedQuote', 'error', {}, cellLocation(sheetName, startRow, startCol)));
          j = n;
          break;
        }
        field += text.slice(j, q);
        if (text.charCodeAt(q + 1) === 34) {
          field += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      started = true;
      i = j;
      continue;
    }
    if (ch === d) {
      endField();
      i++;
      continue;
    }
    if (ch === 10 || ch === 13) {
      endRecord();
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      continue;
    }
    // Plain text up to the next delimiter or line break (a quote inside a field is literal).
    let k = i + 1;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === 10 || c === 13) break;
      k++;
    }
    field += text.slice(i, k);
    started = true;
    i = k;
  }
  if (col > 0 || started || any) endRecord();
  return { sheets: [{ name: sheetName, hidden: false, rows, merges: [] }], problems };
}

/** The sheet name a spreadsheet program gives a CSV file: its base name. */
export function csvSheetName(file: string): string {
  return basename(file, extname(file));
}
