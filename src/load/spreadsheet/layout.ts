// Sheets → guides. Finds each sheet's header row and role (items sheet, or a record sheet:
// 申请材料 / 办理流程 / 特殊环节 / 中介服务), then builds guides in one of the two layouts:
//   relational — one item row per guide; record-sheet rows joined by 实施编码 (or 事项名称);
//   flat       — the items sheet also has record columns; a guide spans the rows from its key cell
//                (merged vertically or left blank) to the next key, one record per row.
// Every guide gets a source map from element paths to the exact cell (sheet, A1, header).

import type { ElementPath, LoadedGuide, LoadProblem, Location, SourceMap } from '../../model/types.js';
import { closest } from '../../model/similar.js';
import { namesOf } from '../../model/elements.js';
import { cellLocation, cellRef } from './cells.js';
import {
  findHeaderRow,
  HEADER_SCAN_ROWS,
  headerMapper,
  NAME_KEY,
  normalizeHeader,
  RECORD_ELEMENT,
  RECORD_SCOPES,
  type HeaderMapper,
  type Mapped,
  type RecordScope,
  type SheetKind,
  type Target,
} from './headers.js';
import { sheetProblem, type SheetMessageId } from './messages.js';
import { SHEET_NAMES } from './sheet-names.js';
import { SHEET_LIMITS, isBlank, textOfCell, type RawRow, type RawSheet, type RawWorkbook } from './types.js';
import { convertCell } from './values.js';
import { defined } from '../../util/defined.js';
import { isPlainObject } from '../../util/plain-object.js';

type Rec = Record<string, unknown>;

interface Column {
  c: number;
  header: string;
  target?: Target;
  ignoreRules?: boolean;
}

/** A sheet with its header row resolved. */
interface SheetCtx {
  sheet: RawSheet;
  kind: SheetKind;
  headerRow: number;
  /** Index in sheet.rows of the first data row. */
  first: number;
  columns: Column[];
  /** scope|path → column (first column of that target). */
  byTarget: Map<string, Column>;
  width: number;
  /** Header notes (unmapped, duplicate), reported once the sheet's role is settled. */
  notes: LoadProblem[];
}

const tkey = (scope: string, path: readonly string[]) => `${scope}|${path.join('.')}`;

export interface BuildOptions {
  columns?: Record<string, string>;
}

export function buildGuides(wb: RawWorkbook, opts: BuildOptions): { guides: LoadedGuide[]; problems: LoadProblem[] } {
  const problems: LoadProblem[] = [...wb.problems];
  const mapper = headerMapper(opts.columns);
  const ctxs: SheetCtx[] = [];
  const headerless: RawSheet[] = [];
  for (const sheet of wb.sheets) {
    const sheetKey = normalizeHeader(sheet.name);
    const byName = Object.hasOwn(SHEET_NAMES, sheetKey) ? SHEET_NAMES[sheetKey] : undefined;
    if (byName === 'skip' || sheet.rows.length === 0) continue;
    const h = findHeaderRow(sheet.rows, mapper);
    if (h < 0) {
      headerless.push(sheet);
      continue;
    }
    const kind = byName ?? classify(defined(sheet.rows[h]), mapper);
    if (!kind) {
      problems.push(
        sheetProblem(
          'ignoredSheet',
          'info',
          { sheet: sheet.name },
          cellLocation(sheet.name, defined(sheet.rows[h]).r, 0),
        ),
      );
      continue;
    }
    ctxs.push(resolveColumns(sheet, h, kind, mapper));
  }
  // A sheet without a header row is a finding in a guide workbook; a workbook where no sheet has
  // one is not a guide workbook at all (a form attachment beside the guides): a note, not a warning.
  for (const sheet of headerless) {
    problems.push(
      sheetProblem(
        'noHeader',
        ctxs.length ? 'warning' : 'info',
        { sheet: sheet.name, rows: HEADER_SCAN_ROWS },
        cellLocation(sheet.name, defined(sheet.rows[0]).r, 0),
      ),
    );
  }
  let items = ctxs.filter((c) => c.kind === 'items');
  if (items.length === 0) {
    // No sheet is named or shaped like an items sheet: the first sheet with a name or code column is.
    const first = ctxs.find(
      (c) => c.byTarget.has(tkey('guide', ['事项名称'])) || c.byTarget.has(tkey('guide', ['实施编码'])),
    );
    if (first) {
      const i = ctxs.indexOf(first);
      ctxs[i] = resolveColumns(first.sheet, first.headerRow, 'items', mapper);
      items = [ctxs[i]];
    }
  }
  for (const ctx of ctxs) {
    problems.push(...ctx.notes);
    if (ctx.sheet.hidden)
      problems.push(
        sheetProblem(
          'hiddenSheet',
          'info',
          { sheet: ctx.sheet.name },
          cellLocation(ctx.sheet.name, defined(ctx.sheet.rows[ctx.headerRow]).r, 0),
        ),
      );
    const hidden = ctx.sheet.rows.slice(ctx.first).filter((r) => r.hidden);
    if (hidden.length)
      problems.push(
        sheetProblem(
          'hiddenRows',
          'info',
          { sheet: ctx.sheet.name, count: hidden.length, row: defined(hidden[0]).r },
          cellLocation(ctx.sheet.name, defined(hidden[0]).r, 0),
        ),
      );
    raggedRows(ctx, problems);
  }
  if (items.length === 0) {
    if (!problems.some((p) => p.severity === 'error'))
      problems.push(sheetProblem('noItems', ctxs.length ? 'warning' : 'info'));
    return { guides: [], problems };
  }
  const builder = new GuideBuilder(problems);
  for (const ctx of items) builder.items(ctx);
  for (const ctx of ctxs) if (ctx.kind !== 'items') builder.records(ctx);
  // Source maps keep sheet names and columns, not the rows: let the cells go before linting.
  for (const sheet of wb.sheets) sheet.rows = [];
  return { guides: builder.guides, problems };
}

/** The role of a sheet that is not named like one: by its headers. */
function classify(header: RawRow, mapper: HeaderMapper): SheetKind | undefined {
  const texts = header.cells.filter((c) => !isBlank(c)).map((c) => textOfCell(c));
  const guideKeys = new Set<string>();
  const recordNames = new Set<RecordScope>();
  for (const t of texts) {
    const m = mapper.map(t, 'items');
    if (m?.kind !== 'element') continue;
    if (m.target.scope === 'guide') guideKeys.add(defined(m.target.path[0]));
    else if (m.target.path[0] === NAME_KEY[m.target.scope]) recordNames.add(m.target.scope);
  }
  const joinOnly = [...guideKeys].every((k) => JOIN_KEYS.includes(k));
  if (guideKeys.size > 0 && (!joinOnly || recordNames.size === 0)) return 'items';
  for (const s of RECORD_SCOPES) if (recordNames.has(s)) return s;
  for (const s of RECORD_SCOPES) {
    if (
      texts.some(
        (t) => mapper.map(t, s)?.kind === 'element' && (mapper.map(t, s) as { target: Target }).target.scope === s,
      )
    )
      return s;
  }
  return undefined;
}

const JOIN_KEYS = ['实施编码', '事项名称', '基本编码'];

function resolveColumns(sheet: RawSheet, h: number, kind: SheetKind, mapper: HeaderMapper): SheetCtx {
  const header = defined(sheet.rows[h]);
  const columns: Column[] = [];
  const byTarget = new Map<string, Column>();
  const notes: LoadProblem[] = [];
  for (let c = 0; c < header.cells.length; c++) {
    const cell = header.cells[c];
    if (isBlank(cell)) continue;
    const text = textOfCell(cell).trim();
    const m: Mapped | undefined = mapper.map(text, kind);
    const loc = cellLocation(sheet.name, header.r, c, text);
    if (!m) {
      const suggestion = closest(
        normalizeHeader(text),
        kind === 'items' ? namesOf('guide') : [...namesOf(kind), ...JOIN_KEYS],
      );
      notes.push(
        sheetProblem(
          suggestion ? 'unmappedDidYouMean' : 'unmapped',
          'info',
          { header: text, suggestion: suggestion ?? '' },
          loc,
        ),
      );
      continue;
    }
    if (m.kind === 'skip') continue;
    if (m.kind === 'ignoreRules') {
      columns.push({ c, header: text, ignoreRules: true });
      continue;
    }
    const key = tkey(m.target.scope, m.target.path);
    const first = byTarget.get(key);
    if (first) {
      notes.push(
        sheetProblem(
          'duplicateHeader',
          'warning',
          { header: text, first: first.header, firstCell: cellRef(header.r, first.c) },
          loc,
        ),
      );
      continue;
    }
    const col: Column = { c, header: text, target: m.target };
    byTarget.set(key, col);
    columns.push(col);
  }
  let width = 0;
  for (const col of columns) width = Math.max(width, col.c + 1);
  for (let c = 0; c < header.cells.length; c++) if (!isBlank(header.cells[c])) width = Math.max(width, c + 1);
  return { sheet, kind, headerRow: h, first: h + 1, columns, byTarget, width, notes };
}

/** Cells right of the last header column are not read: said once per row. */
function raggedRows(ctx: SheetCtx, problems: LoadProblem[]): void {
  const rows = ctx.sheet.rows;
  for (let i = ctx.first; i < rows.length; i++) {
    const cells = defined(rows[i]).cells;
    if (cells.length <= ctx.width) continue;
    for (let c = ctx.width; c < cells.length; c++) {
      if (isBlank(cells[c])) continue;
      let count = 0;
      for (let k = 0; k < cells.length; k++) if (cells[k] !== undefined) count = k + 1;
      problems.push(
        sheetProblem(
          'ragged',
          'warning',
          { cells: count, headers: ctx.width },
          cellLocation(ctx.sheet.name, defined(rows[i]).r, c),
        ),
      );
      break;
    }
  }
}

/** Record rows of a guide: which sheet and which sheet rows hold its 申请材料[i], 办理流程[i] … */
interface RecordRows {
  ctx: SheetCtx;
  scope: RecordScope;
  rows: number[];
}

interface GuideCells {
  ctx: SheetCtx;
  row: number;
  /** Flat layout: a guide-level value found below the guide's first row (column → row). */
  below?: Map<number, number>;
  records?: Map<string, RecordRows>;
}

class GuideBuilder {
  readonly guides: LoadedGuide[] = [];
  private readonly cells: GuideCells[] = [];
  /** Join keys → guide index, per key element. */
  private readonly keys = new Map<string, Map<string, { guide: number; row: number; sheet: string }>>();
  private limitHit = false;

  constructor(private readonly problems: LoadProblem[]) {}

  private note(
    id: SheetMessageId,
    severity: 'error' | 'warning' | 'info',
    data: Record<string, string | number>,
    loc: Location,
  ): void {
    this.problems.push(sheetProblem(id, severity, data, loc));
  }

  /** The items sheet: one guide per row (relational) or per key-started group of rows (flat). */
  items(ctx: SheetCtx): void {
    const guideCols = ctx.columns.filter((c) => c.target?.scope === 'guide');
    const recordCols = ctx.columns.filter((c) => c.target && c.target.scope !== 'guide');
    const ignoreCols = ctx.columns.filter((c) => c.ignoreRules);
    const keyCol = keyColumn(ctx);
    const flat = recordCols.length > 0;
    const rows = ctx.sheet.rows;
    const mergedBelow = mergeCover(ctx.sheet);
    let groupStart = -1;
    let groupKey: string | undefined;
    const flush = (from: number, to: number) => {
      if (from < 0) return;
      this.guide(ctx, rows.slice(from, to), guideCols, recordCols, ignoreCols, keyCol, flat);
    };
    for (let i = ctx.first; i < rows.length; i++) {
      const row = defined(rows[i]);
      if (!flat) {
        flush(i, i + 1);
        if (this.limitHit) return;
        continue;
      }
      const keyCell = keyCol ? row.cells[keyCol.c] : undefined;
      const covered = keyCol ? mergedBelow(row.r, keyCol.c) : false;
      const key = keyCol && !covered && !isBlank(keyCell) ? textOfCell(keyCell).trim() : undefined;
      if (groupStart < 0 || (key !== undefined && key !== groupKey)) {
        flush(groupStart, i);
        if (this.limitHit) return;
        groupStart = i;
        groupKey = key;
      }
    }
    if (flat) flush(groupStart, rows.length);
  }

  private guide(
    ctx: SheetCtx,
    rows: RawRow[],
    guideCols: Column[],
    recordCols: Column[],
    ignoreCols: Column[],
    keyCol: Column | undefined,
    flat: boolean,
  ): void {
    const first = defined(rows[0]);
    if (this.guides.length >= SHEET_LIMITS.maxGuides) {
      this.limitHit = true;
      this.note(
        'guideLimit',
        'error',
        { limit: SHEET_LIMITS.maxGuides },
        cellLocation(ctx.sheet.name, first.r, keyCol?.c ?? 0, keyCol?.header),
      );
      return;
    }
    const data = Object.create(null) as Rec;
    const cells: GuideCells = { ctx, row: first.r };
    for (const col of guideCols) {
      // The value is on the first row, or (flat layout, merged or not) the first row that has one.
      let at = first;
      let cell = first.cells[col.c];
      if (flat && isBlank(cell)) {
        const hit = rows.find((r) => !isBlank(r.cells[col.c]));
        if (hit) {
          at = hit;
          cell = hit.cells[col.c];
          (cells.below ??= new Map()).set(col.c, hit.r);
        }
      }
      if (cell === undefined) continue;
      this.put(data, col, cell, ctx, at.r);
    }
    const ignore = new Set<string>();
    for (const col of ignoreCols) {
      for (const r of rows) for (const id of textOfCell(r.cells[col.c]).split(/[\s,，;；、]+/)) if (id) ignore.add(id);
    }
    if (flat) {
      for (const scope of RECORD_SCOPES) {
        const cols = recordCols.filter((c) => defined(c.target).scope === scope);
        if (!cols.length) continue;
        for (const r of rows) {
          if (cols.every((c) => isBlank(r.cells[c.c]))) continue;
          const rec = Object.create(null) as Rec;
          for (const col of cols) if (r.cells[col.c] !== undefined) this.put(rec, col, r.cells[col.c], ctx, r.r);
          this.attach(data, cells, ctx, scope, rec, r.r);
        }
      }
    }
    const index = this.guides.length;
    for (const k of JOIN_KEYS) {
      const col = ctx.byTarget.get(tkey('guide', [k]));
      if (!col) continue;
      const v = data[k];
      if (typeof v !== 'string' && typeof v !== 'number') continue;
      const map = this.keys.get(k) ?? new Map<string, { guide: number; row: number; sheet: string }>();
      this.keys.set(k, map);
      const key = String(v);
      const prev = map.get(key);
      if (prev) {
        if (k === keyCol?.target?.path[0])
          this.note(
            'duplicateKey',
            'warning',
            { key: k, value: key, row: prev.row },
            cellLocation(ctx.sheet.name, first.r, col.c, col.header),
          );
      } else map.set(key, { guide: index, row: first.r, sheet: ctx.sheet.name });
    }
    this.cells.push(cells);
    const lg: LoadedGuide = { data, index, sourceMap: sheetSourceMap(cells) };
    if (ignore.size) lg.ignoreRules = [...ignore];
    this.guides.push(lg);
  }

  /** Converts a cell into its element value at the column's target path. */
  private put(into: Rec, col: Column, cell: RawRow['cells'][number], ctx: SheetCtx, r: number): void {
    const t = defined(col.target);
    const { value, note } = convertCell(t.def, cell, col.header);
    if (note) this.note(note.id, note.severity, note.data, cellLocation(ctx.sheet.name, r, col.c, col.header));
    if (value === undefined) return;
    if (t.path.length === 1) {
      const prev = into[defined(t.path[0])];
      // 审批结果 (the name) after 审批结果类型: merge into the record the other column started.
      if (isPlainObject(prev) && isPlainObject(value)) into[defined(t.path[0])] = Object.assign(value, prev);
      else into[defined(t.path[0])] = value;
      return;
    }
    const parent = defined(t.path[0]);
    let rec = into[parent] as Rec | null | undefined;
    if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
      rec = Object.create(null) as Rec;
      into[parent] = rec;
    }
    rec[defined(t.path[1])] = value;
  }

  private attach(data: Rec, cells: GuideCells, ctx: SheetCtx, scope: RecordScope, rec: Rec, r: number): void {
    const el = RECORD_ELEMENT[scope];
    const records = cells.records ?? new Map<string, RecordRows>();
    cells.records = records;
    let rr = records.get(el);
    if (rr?.ctx !== ctx) {
      // Record rows replace what a text cell of the items sheet said (中介服务: 是 → the list).
      rr = { ctx, scope, rows: [] };
      records.set(el, rr);
      data[el] = [];
    }
    (data[el] as Rec[]).push(rec);
    rr.rows.push(r);
  }

  /** A record sheet: each row joined to its guide by the join key. */
  records(ctx: SheetCtx): void {
    const scope = ctx.kind as RecordScope;
    const join =
      JOIN_KEYS.map((k) => ({ k, col: ctx.byTarget.get(tkey('guide', [k])) })).find(
        (j) => j.col && this.keys.has(j.k),
      ) ?? JOIN_KEYS.map((k) => ({ k, col: ctx.byTarget.get(tkey('guide', [k])) })).find((j) => j.col);
    const cols = ctx.columns.filter((c) => c.target?.scope === scope);
    const rows = ctx.sheet.rows;
    const keyName = join?.k ?? '实施编码';
    for (let i = ctx.first; i < rows.length; i++) {
      const row = defined(rows[i]);
      if (cols.every((c) => isBlank(row.cells[c.c]))) continue;
      const keyCell = join?.col ? row.cells[join.col.c] : undefined;
      if (!join?.col || isBlank(keyCell)) {
        const c = join?.col?.c ?? cols[0]?.c ?? 0;
        this.note('noKey', 'error', { key: keyName }, cellLocation(ctx.sheet.name, row.r, c, join?.col?.header));
        continue;
      }
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a key as String() writes any value
      const key = String(convertCell(defined(join.col.target).def, keyCell, join.col.header).value ?? '');
      const hit = this.keys.get(join.k)?.get(key);
      if (!hit) {
        this.note(
          'orphan',
          'error',
          { sheet: ctx.sheet.name, key: join.col.header, value: key },
          cellLocation(ctx.sheet.name, row.r, join.col.c, join.col.header),
        );
        continue;
      }
      const rec = Object.create(null) as Rec;
      for (const col of cols) if (row.cells[col.c] !== undefined) this.put(rec, col, row.cells[col.c], ctx, row.r);
      const g = defined(this.guides[hit.guide]);
      this.attach(g.data as Rec, defined(this.cells[hit.guide]), ctx, scope, rec, row.r);
    }
  }
}

function keyColumn(ctx: SheetCtx): Column | undefined {
  for (const k of JOIN_KEYS) {
    const col = ctx.byTarget.get(tkey('guide', [k]));
    if (col) return col;
  }
  return ctx.columns.find((c) => c.target?.scope === 'guide');
}

/** (row, col) is inside a merged range but not its top-left cell. */
function mergeCover(sheet: RawSheet): (r: number, c: number) => boolean {
  if (!sheet.merges.length) return () => false;
  const byCol = new Map<number, [number, number][]>();
  for (const m of sheet.merges) {
    for (let c = m.c1; c <= m.c2 && c <= m.c1 + 200; c++) {
      const list = byCol.get(c) ?? [];
      list.push([m.r1, m.r2]);
      byCol.set(c, list);
    }
  }
  return (r, c) => (byCol.get(c) ?? []).some(([r1, r2]) => r > r1 && r <= r2);
}

/** Element paths → cells. The key cell of the row stands for the row (a missing element). */
function sheetSourceMap(g: GuideCells): SourceMap {
  const start = (): Location => {
    const keyCol = keyColumn(g.ctx);
    return cellLocation(g.ctx.sheet.name, g.row, keyCol?.c ?? 0, keyCol?.header);
  };
  return {
    start,
    locate(path: ElementPath): Location {
      const item = g.ctx;
      let best = start();
      if (path.length === 0) return best;
      const head = path[0];
      if (typeof head !== 'string') return best;
      const rec = g.records?.get(head);
      if (rec && (typeof path[1] === 'number' || path.length === 1)) {
        // The list itself (申请材料 as a whole) is shown by its first row.
        const r = rec.rows[typeof path[1] === 'number' ? path[1] : 0];
        if (r === undefined) return best;
        const nameCol = rec.ctx.byTarget.get(tkey(rec.scope, [NAME_KEY[rec.scope]])) ?? keyColumn(rec.ctx);
        best = cellLocation(rec.ctx.sheet.name, r, nameCol?.c ?? 0, nameCol?.header);
        const rest = path.slice(2).filter((s): s is string => typeof s === 'string');
        const col = longest(rec.ctx, rec.scope, rest);
        return col ? cellLocation(rec.ctx.sheet.name, r, col.c, col.header) : best;
      }
      const keys = path.filter((s): s is string => typeof s === 'string');
      const col = longest(item, 'guide', keys);
      if (!col) return best;
      return cellLocation(item.sheet.name, g.below?.get(col.c) ?? g.row, col.c, col.header);
    },
  };
}

function longest(ctx: SheetCtx, scope: string, keys: string[]): Column | undefined {
  for (let n = keys.length; n >= 1; n--) {
    const col = ctx.byTarget.get(tkey(scope, keys.slice(0, n)));
    if (col) return col;
  }
  return undefined;
}
