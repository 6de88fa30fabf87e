// Annotated copies (`--annotate DIR` and the web page's download): for each spreadsheet input with
// findings, a copy under DIR with a cell comment on every offending cell (all its findings in one
// comment). Inputs are never written: the copy is
// built in memory and written atomically under DIR, which must not be the input itself.
// .xlsx and .xls copies keep their content (SheetJS round trip); .xls and .csv copies are written
// as .xlsx (a CSV cannot hold comments): a.csv → DIR/a.csv.xlsx.

import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import type { LintResult } from '../engine/lint.js';
import { isSpreadsheet } from '../load/index.js';
import { readWorkbook } from '../load/spreadsheet/index.js';
import { isRich, type RawWorkbook } from '../load/spreadsheet/types.js';
import type { Finding, Lang } from '../model/types.js';
import { writeAtomic } from '../util/atomic-write.js';
import { UsageError } from '../errors.js';

const AUTHOR = 'guide-lint';
const SEVERITY: Record<Lang, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

/** Where the annotated copy of `file` (relative to cwd) goes. */
export function annotatedPath(dir: string, file: string, cwd: string): string {
  const rel = isAbsolute(file) || file.startsWith('..') ? file.replace(/^.*[\\/]/, '') : file;
  const out = resolve(cwd, dir, rel);
  return extname(file).toLowerCase() === '.xlsx' ? out : `${out}.xlsx`;
}

/** One annotated copy: the input, the copy written (relative to cwd) and the comments in it. */
export interface Annotated {
  input: string;
  output: string;
  findings: number;
  cells: number;
}

export async function annotateInputs(result: LintResult, dir: string, cwd: string, lang: Lang): Promise<Annotated[]> {
  const XLSX = await import('xlsx');
  const written: Annotated[] = [];
  // No copy may replace an input, its own or another one (a.csv → DIR/a.csv.xlsx, itself linted).
  const inputs = new Set(result.files.map((r) => resolve(cwd, r.file)));
  for (const fr of result.files) {
    if (!isSpreadsheet(fr.file)) continue;
    const findings = result.findings.filter((f) => f.file === fr.file);
    // Unreadable or over a safety limit: the loader said so; SheetJS must not try it unbounded.
    if (!findings.length || findings.some((f) => f.ruleId === 'parse-error')) continue;
    const input = resolve(cwd, fr.file);
    const out = annotatedPath(dir, fr.file, cwd);
    if (inputs.has(out))
      throw new UsageError(
        `--annotate would overwrite the input ${relative(cwd, out).split('\\').join('/') || out}: choose another folder`,
      );
    const bytes = readFileSync(input);
    let wb: import('xlsx').WorkBook;
    if (extname(input).toLowerCase() === '.csv') {
      wb = fromRaw(XLSX, await readWorkbook(bytes, input));
    } else {
      try {
        wb = XLSX.read(bytes, {
          type: 'buffer',
          cellStyles: true,
          cellNF: true,
          cellFormula: true,
          cellDates: false,
          bookVBA: true,
        });
      } catch {
        continue; // unreadable inputs have their finding already; there is nothing to annotate
      }
    }
    // All findings of a cell in one comment; file-level findings on A1 of the first sheet.
    const notes = new Map<string, string[]>();
    for (const f of findings) {
      const sheet = f.sheet !== undefined && wb.SheetNames.includes(f.sheet) ? f.sheet : wb.SheetNames[0];
      if (sheet === undefined) continue;
      const key = `${sheet}\u0000${f.cell ?? 'A1'}`;
      const list = notes.get(key) ?? [];
      list.push(`[${SEVERITY[lang][f.severity]}] ${f.ruleId}: ${f.message}`);
      notes.set(key, list);
    }
    for (const [key, lines] of notes) {
      const [sheet, cell] = key.split('\u0000') as [string, string];
      const ws = wb.Sheets[sheet];
      if (!ws || !Object.prototype.hasOwnProperty.call(wb.Sheets, sheet)) continue;
      const target = (ws[cell] ??= { t: 'z' }) as import('xlsx').CellObject;
      target.c = [{ a: AUTHOR, t: lines.join('\n') }];
      target.c.hidden = true;
      extendRange(XLSX, ws, cell);
    }
    mkdirSync(dirname(out), { recursive: true });
    await writeAtomic(
      out,
      XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, sheetStubs: true }) as Buffer,
    );
    written.push({
      input: fr.file,
      output: (relative(cwd, out) || out).split('\\').join('/'),
      findings: findings.length,
      cells: notes.size,
    });
  }
  return written;
}

/** A CSV read by our loader (encoding detected) as a SheetJS workbook. */
function fromRaw(XLSX: typeof import('xlsx'), raw: RawWorkbook): import('xlsx').WorkBook {
  const wb = XLSX.utils.book_new();
  for (const s of raw.sheets) {
    const ws: import('xlsx').WorkSheet = {};
    let maxR = 0;
    let maxC = 0;
    for (const row of s.rows) {
      row.cells.forEach((c, col) => {
        if (c === undefined) return;
        const v = isRich(c) ? c.v : c;
        if (v === null) return;
        ws[XLSX.utils.encode_cell({ r: row.r - 1, c: col })] =
          typeof v === 'number' ? { t: 'n', v } : typeof v === 'boolean' ? { t: 'b', v } : { t: 's', v };
        maxC = Math.max(maxC, col);
      });
      maxR = Math.max(maxR, row.r - 1);
    }
    ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: maxR, c: maxC } });
    XLSX.utils.book_append_sheet(wb, ws, s.name.slice(0, 31) || 'Sheet1');
  }
  return wb;
}

function extendRange(XLSX: typeof import('xlsx'), ws: import('xlsx').WorkSheet, cell: string): void {
  const at = XLSX.utils.decode_cell(cell);
  const range = ws['!ref'] ? XLSX.utils.decode_range(ws['!ref']) : { s: at, e: at };
  range.s.r = Math.min(range.s.r, at.r);
  range.s.c = Math.min(range.s.c, at.c);
  range.e.r = Math.max(range.e.r, at.r);
  range.e.c = Math.max(range.e.c, at.c);
  ws['!ref'] = XLSX.utils.encode_range(range);
}
