// A streaming .xlsx writer for the report workbooks: sheets of rows written piece by piece to a
// sink as a ZIP (src/load/spreadsheet/zip.ts), so a workbook of millions of rows never sits in
// memory. Strings are inline (`t="inlineStr"`): no shared-strings table to hold. A sheet that
// would pass Excel's row limit continues in further sheets ("name (2)" …), each with the header.

import { ZipWriter, type ZipPartWriter } from '../load/spreadsheet/zip.js';
import { colName } from '../load/spreadsheet/cells.js';

export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  /** The first row (bold, frozen), repeated on each continuation sheet. */
  header: Cell[];
  rows: Iterable<Cell[]>;
  /** Column widths in characters (as SheetJS's `wch`). */
  widths?: number[];
  /** An autofilter over the header and the rows. */
  filter?: boolean;
}

/** Rows in an Excel worksheet, the header included. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Characters in an Excel cell: longer text is cut (Excel would refuse to open the file). */
const EXCEL_MAX_CHARS = 32_767;
const MAX_NAME = 31;
// A sheet's XML is written into a buffer of this many bytes, deflated each time it fills: each row's
// text is garbage at once (held in a list it would outlive young-generation collections, and the
// heap would grow by what it promotes).
const PIECE = 512 << 10;

/** Writes a workbook of the sheets to `out`, chunk by chunk. `maxRows` is the row limit per sheet (tests lower it). */
export function writeXlsx(
  out: (chunk: Buffer) => void,
  sheets: Iterable<SheetSpec>,
  opts: { maxRows?: number } = {},
): void {
  const maxRows = opts.maxRows ?? EXCEL_MAX_ROWS;
  if (maxRows < 2) throw new Error('a sheet holds at least a header and one row');
  const zip = new ZipWriter(out);
  const written: { name: string; filter?: string }[] = [];
  const names = new SheetNames();
  const piece = Buffer.allocUnsafe(PIECE);
  for (const spec of sheets) {
    const rows = spec.rows[Symbol.iterator]();
    let next = rows.next();
    for (let part = 1; part === 1 || !next.done; part++) {
      const name = names.take(spec.name, part);
      const sheet = new SheetWriter(zip.open(`xl/worksheets/sheet${written.length + 1}.xml`), spec, piece);
      sheet.row(spec.header, true);
      for (; !next.done && sheet.rows < maxRows; next = rows.next()) sheet.row(next.value, false);
      written.push({ name, filter: sheet.close() });
    }
  }
  if (!written.length) throw new Error('a workbook has at least one sheet');
  const parts: [string, string][] = [
    ['[Content_Types].xml', contentTypes(written.length)],
    ['_rels/.rels', ROOT_RELS],
    ['xl/workbook.xml', workbook(written)],
    ['xl/_rels/workbook.xml.rels', workbookRels(written.length)],
    ['xl/styles.xml', STYLES],
  ];
  for (const [path, xml] of parts) zip.add(path, Buffer.from(xml, 'utf8'));
  zip.finish();
}

/** The workbook through `sink` when one is given (then returns no bytes), else as bytes. */
export function xlsxBytes(sheets: Iterable<SheetSpec>, sink?: (chunk: Buffer) => void): Buffer {
  if (sink) {
    writeXlsx(sink, sheets);
    return Buffer.alloc(0);
  }
  const chunks: Buffer[] = [];
  writeXlsx((chunk) => {
    chunks.push(chunk);
  }, sheets);
  return Buffer.concat(chunks);
}

/** One worksheet part, its XML deflated in pieces as rows come. */
class SheetWriter {
  rows = 0;
  private columns = 0;
  private used = 0;

  constructor(
    private readonly part: ZipPartWriter,
    private readonly spec: SheetSpec,
    private readonly piece: Buffer,
  ) {
    const widths = spec.widths ?? [];
    this.put(
      `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
        '<sheetViews><sheetView workbookViewId="0">' +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
        (widths.length
          ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${colWidth(w)}" customWidth="1"/>`).join('')}</cols>`
          : '') +
        '<sheetData>',
    );
  }

  // Written straight into the piece, markup byte by byte: a row makes no string of its own.
  row(cells: Cell[], header: boolean): void {
    const r = String(++this.rows);
    this.ascii('<row r="');
    this.ascii(r);
    this.ascii('">');
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === null || v === undefined) continue;
      this.ascii('<c r="');
      this.ascii(column(c));
      this.ascii(r);
      this.ascii(header ? '" s="1"' : '"');
      if (typeof v !== 'number') {
        const text = v.length > EXCEL_MAX_CHARS ? `${head(v, EXCEL_MAX_CHARS - 1)}…` : v;
        this.ascii(PRESERVE.test(text) ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
        this.put(escapeText(text));
        this.ascii('</t></is></c>');
      } else if (Number.isFinite(v)) {
        this.ascii('><v>');
        this.ascii(String(v));
        this.ascii('</v></c>');
      } else this.ascii(' t="e"><v>#NUM!</v></c>');
    }
    if (cells.length > this.columns) this.columns = cells.length;
    this.ascii('</row>');
  }

  /** Ends the part; gives the autofilter's range when the sheet has one. */
  close(): string | undefined {
    const ref = this.spec.filter && this.columns ? `A1:${column(this.columns - 1)}${this.rows}` : undefined;
    this.put(`</sheetData>${ref ? `<autoFilter ref="${ref}"/>` : ''}</worksheet>`);
    this.flush();
    this.part.close();
    return ref;
  }

  private put(s: string): void {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (this.used + s.length * 3 > this.piece.length) {
      this.flush();
      if (s.length * 3 > this.piece.length) {
        this.part.write(Buffer.from(s, 'utf8'));
        return;
      }
    }
    this.used += this.piece.write(s, this.used);
  }

  /** Short ASCII text (markup, a reference, a number). */
  private ascii(s: string): void {
    if (this.used + s.length > this.piece.length) this.flush();
    const piece = this.piece;
    let at = this.used;
    for (let i = 0; i < s.length; i++) piece[at++] = s.charCodeAt(i);
    this.used = at;
  }

  private flush(): void {
    if (this.used) this.part.write(this.piece.subarray(0, this.used));
    this.used = 0;
  }
}

/** Unique sheet names (Excel compares them case-insensitively), ≤ 31 characters, continuations "name (n)". */
class SheetNames {
  private readonly used = new Set<string>();

  take(wanted: string, part: number): string {
    const base = wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '_') || 'Sheet';
    for (let n = part; ; n++) {
      const suffix = n > 1 ? ` (${n})` : '';
      const name = head(base, MAX_NAME - suffix.length) + suffix;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
}

const columns: string[] = [];
/** The column's letters (0 → A, 26 → AA), kept: every cell of every row names its column. */
const column = (c: number): string => (columns[c] ??= colName(c));

// SheetJS's conversion of a width in characters (its default maximum digit width, 6 px).
const colWidth = (wch: number): number => Math.round(((wch * 6 + 5) / 6) * 256) / 256;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// What XML 1.0 cannot hold (control characters, U+FFFE/FFFF, lone surrogates) and \r (which XML
// reading turns into \n); each is written as `_xHHHH_`, which begins with an underscore.
const UNSAFE = String.raw`[\0-\x08\x0b-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]`;
// An underscore that would read as the start of an `_xHHHH_` escape: before `xHHHH_`, or before
// `xHHHH` and a character that is itself written as an escape (`_x0041` + lone surrogate).
const ESCAPE_LIKE = String.raw`_(?=x[0-9a-fA-F]{4}(?:_|${UNSAFE}))`;
const TO_ESCAPE = new RegExp(String.raw`[&<>"]|${UNSAFE}|${ESCAPE_LIKE}`, 'g');
/** Text for XML: &, <, >, " as entities; the rest of what needs it (see UNSAFE, ESCAPE_LIKE) as Excel's `_xHHHH_`. */
export function escapeText(s: string): string {
  return s.replace(
    TO_ESCAPE,
    (ch) => ESCAPES[ch] ?? `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

// Text that needs xml:space="preserve" to keep its spaces.
const PRESERVE = /^\s|\s$|\s\s|[\t\n\r]/;

/** The first `n` UTF-16 units of `s` (as Excel counts), never cut between the halves of a surrogate pair. */
function head(s: string, n: number): string {
  return s.length > n && /[\ud800-\udbff]/.test(s.charAt(n - 1)) ? s.slice(0, n - 1) : s.slice(0, n);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

function contentTypes(sheets: number): string {
  let xml =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`;
  for (let i = 1; i <= sheets; i++)
    xml += `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${CT}.worksheet+xml"/>`;
  return `${xml}</Types>`;
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function workbook(sheets: { name: string; filter?: string }[]): string {
  const attr = (s: string) => escapeText(s);
  // Excel names a sheet's filter range so; it writes it with every autofilter.
  const filters = sheets
    .map((s, i) =>
      s.filter
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${attr(`'${s.name.replace(/'/g, "''")}'!${s.filter.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`)}</definedName>`
        : '',
    )
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map((s, i) => `<sheet name="${attr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    `</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`
  );
}

function workbookRels(sheets: number): string {
  let xml = `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">`;
  for (let i = 1; i <= sheets; i++)
    xml += `<Relationship Id="rId${i}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`;
  return `${xml}<Relationship Id="rId${sheets + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`;
}

// Two cell formats: 0 the default, 1 bold (the header).
const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
