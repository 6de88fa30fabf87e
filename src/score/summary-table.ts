// The guide summaries of a merge, as columns: a national set's million summaries cost ≈ 465 B each
// as objects (the object, its file's result, its path and 实施编码 strings), ≈ 200 B here. Each guide
// is a small view (its chunk and row) whose getters read the columns, so the scorecard reads it as
// any GuideSummary; one view per guide, so that sets and maps of guides keep working.
//
// Columns come in chunks of rows (no doubling copies as the table grows). Strings that repeat across
// guides (names, codes, departments, levels, types, sheets) are kept once and referred to by number;
// strings of one guide or file (paths, 实施编码) are kept as UTF-8 bytes in a pool.

import type { SummaryRows } from '../engine/shard-result.js';
import type { GuideSummary } from './summary.js';
import { defined } from '../util/defined.js';

const ROWS = 1 << 14;
const NONE = -1;

/** Distinct strings, each kept once, by number. */
class StringIds {
  private readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  id(s: string | null): number {
    if (s === null) return NONE;
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.ids.set(s, i);
      this.list.push(s);
    }
    return i;
  }
  get(i: number): string | null {
    return i === NONE ? null : (this.list[i] ?? null);
  }
}

/** Strings met once, as UTF-8 bytes with a 2-byte length, in 1 MB pages; longer ones as strings. */
class BytePool {
  private static readonly PAGE = 1 << 20;
  private readonly pages: Buffer[] = [];
  private used = BytePool.PAGE;
  private readonly long: string[] = [];
  add(s: string | null): number {
    if (s === null) return NONE;
    const bytes = Buffer.byteLength(s);
    if (bytes > 0xffff || bytes + 2 > BytePool.PAGE) {
      this.long.push(s);
      return -1 - this.long.length; // -2, -3, …
    }
    if (this.used + 2 + bytes > BytePool.PAGE) {
      this.pages.push(Buffer.allocUnsafe(BytePool.PAGE));
      this.used = 0;
    }
    const page = defined(this.pages[this.pages.length - 1]);
    page.writeUInt16LE(bytes, this.used);
    page.write(s, this.used + 2, 'utf8');
    const id = (this.pages.length - 1) * BytePool.PAGE + this.used;
    this.used += 2 + bytes;
    return id;
  }
  get(id: number): string | null {
    if (id === NONE) return null;
    if (id < NONE) return this.long[-2 - id] ?? null;
    const page = defined(this.pages[Math.floor(id / BytePool.PAGE)]);
    const at = id % BytePool.PAGE;
    return page.toString('utf8', at + 2, at + 2 + page.readUInt16LE(at));
  }
}

const IMMEDIATE = 1;
const ONLINE = 2;
const SITUATIONS = 4;

class Chunk {
  readonly file = new Int32Array(ROWS);
  readonly index = new Int32Array(ROWS);
  readonly line = new Int32Array(ROWS);
  readonly column = new Int32Array(ROWS);
  readonly sheet = new Int32Array(ROWS);
  readonly cell = new Int32Array(ROWS);
  readonly name = new Int32Array(ROWS);
  readonly basicCode = new Int32Array(ROWS);
  readonly implCode = new Int32Array(ROWS);
  readonly type = new Int32Array(ROWS);
  readonly department = new Int32Array(ROWS);
  readonly level = new Int32Array(ROWS);
  /** NaN: null. */
  readonly statutory = new Float64Array(ROWS);
  readonly promised = new Float64Array(ROWS);
  readonly bits = new Uint8Array(ROWS);
  readonly depth = new Uint8Array(ROWS);
  readonly basisKey = new Int32Array(ROWS);
  readonly powerCodes = new Int32Array(ROWS);
  readonly forms = new Int32Array(ROWS);
  readonly blanks = new Int32Array(ROWS);
  readonly samples = new Int32Array(ROWS);
  constructor(readonly table: SummaryTable) {}
}

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const int = (v: unknown): v is number => Number.isInteger(v) && Math.abs(v as number) <= 0x7fffffff;
const limit = (v: unknown): v is number | null => v === null || (typeof v === 'number' && !Number.isNaN(v));

/** Whether an encoded summary (SUMMARY_KEYS order) has the types summarize() gives each fact. */
function wellTyped(a: readonly unknown[]): boolean {
  const cellOk = a[3] === null || (str(a[3]) && strOrNull(a[4]));
  const codes = a[18];
  return (
    int(a[0]) &&
    int(a[1]) &&
    int(a[2]) &&
    cellOk &&
    strOrNull(a[5]) &&
    strOrNull(a[6]) &&
    strOrNull(a[7]) &&
    strOrNull(a[8]) &&
    strOrNull(a[9]) &&
    strOrNull(a[10]) &&
    limit(a[11]) &&
    limit(a[12]) &&
    typeof a[13] === 'boolean' &&
    typeof a[14] === 'boolean' &&
    int(a[15]) &&
    a[15] >= 0 &&
    a[15] <= 4 &&
    typeof a[16] === 'boolean' &&
    str(a[17]) &&
    (codes === null || (Array.isArray(codes) && codes.every(str))) &&
    int(a[19]) &&
    int(a[20]) &&
    int(a[21])
  );
}

export class SummaryTable implements SummaryRows {
  private readonly chunks: Chunk[] = [];
  private rows = 0;
  private readonly strings = new StringIds();
  private readonly pool = new BytePool();
  /** 权责清单编码 lists, one array per distinct list (never mutated), by their one code or their JSON text. */
  private readonly oneIds = new Map<string, number>();
  private readonly listIds = new Map<string, number>();
  private readonly lists: string[][] = [];

  get length(): number {
    return this.rows;
  }

  /** Keeps a file's path once for all its guides: the number to give add(). */
  file(path: string): number {
    return this.pool.add(path);
  }

  path(file: number): string {
    return this.pool.get(file) ?? '';
  }

  /** Adds one encoded summary (SUMMARY_KEYS order) of a file kept by file(); its row, or -1 when a fact has the wrong type. */
  add(file: number, a: readonly unknown[]): number {
    if (!wellTyped(a)) return NONE;
    const r = this.rows % ROWS;
    if (r === 0) this.chunks.push(new Chunk(this));
    const c = defined(this.chunks[this.chunks.length - 1]);
    const s = this.strings;
    c.file[r] = file;
    c.index[r] = a[0] as number;
    c.line[r] = a[1] as number;
    c.column[r] = a[2] as number;
    c.sheet[r] = s.id(a[3] as string | null);
    c.cell[r] = a[3] === null ? NONE : s.id(a[4] as string | null);
    c.name[r] = s.id(a[5] as string | null);
    c.basicCode[r] = s.id(a[6] as string | null);
    c.implCode[r] = this.pool.add(a[7] as string | null);
    c.type[r] = s.id(a[8] as string | null);
    c.department[r] = s.id(a[9] as string | null);
    c.level[r] = s.id(a[10] as string | null);
    c.statutory[r] = a[11] === null ? NaN : (a[11] as number);
    c.promised[r] = a[12] === null ? NaN : (a[12] as number);
    c.bits[r] = (a[13] ? IMMEDIATE : 0) | (a[14] ? ONLINE : 0) | (a[16] ? SITUATIONS : 0);
    c.depth[r] = a[15] as number;
    c.basisKey[r] = s.id(a[17] as string);
    c.powerCodes[r] = this.listId(a[18] as string[] | null);
    c.forms[r] = a[19] as number;
    c.blanks[r] = a[20] as number;
    c.samples[r] = a[21] as number;
    return this.rows++;
  }

  private listId(v: string[] | null): number {
    if (v === null) return NONE;
    // Most guides list one code: keyed by it, no JSON text to make.
    const key = v.length === 1 ? String(v[0]) : JSON.stringify(v);
    const ids = v.length === 1 ? this.oneIds : this.listIds;
    let i = ids.get(key);
    if (i === undefined) {
      i = this.lists.length;
      ids.set(key, i);
      this.lists.push(v.map((x) => this.strings.get(this.strings.id(x)) ?? x));
    }
    return i;
  }

  /** The guide of a row, as a GuideSummary (a new view each call: make one per guide and keep it). */
  view(row: number): GuideSummary {
    return new SummaryView(defined(this.chunks[Math.floor(row / ROWS)]), row % ROWS);
  }

  /** @internal the views' readers */
  text(i: number): string | null {
    return this.strings.get(i);
  }
  /** @internal */
  bytes(i: number): string | null {
    return this.pool.get(i);
  }
  /** @internal */
  list(i: number): string[] | null {
    return i === NONE ? null : (this.lists[i] ?? null);
  }
}

const orNull = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** A guide of a SummaryTable: its facts read from the columns when asked. */
class SummaryView implements GuideSummary {
  constructor(
    private readonly c: Chunk,
    private readonly r: number,
  ) {}
  get file(): string {
    return this.c.table.bytes(this.c.file[this.r] ?? NONE) ?? '';
  }
  get index(): number {
    return this.c.index[this.r] ?? NONE;
  }
  get line(): number {
    return this.c.line[this.r] ?? NONE;
  }
  get column(): number {
    return this.c.column[this.r] ?? NONE;
  }
  get sheet(): string | undefined {
    return this.c.table.text(this.c.sheet[this.r] ?? NONE) ?? undefined;
  }
  get cell(): string | undefined {
    return this.c.table.text(this.c.cell[this.r] ?? NONE) ?? undefined;
  }
  get name(): string | null {
    return this.c.table.text(this.c.name[this.r] ?? NONE);
  }
  get basicCode(): string | null {
    return this.c.table.text(this.c.basicCode[this.r] ?? NONE);
  }
  get implCode(): string | null {
    return this.c.table.bytes(this.c.implCode[this.r] ?? NONE);
  }
  get type(): string | null {
    return this.c.table.text(this.c.type[this.r] ?? NONE);
  }
  get department(): string | null {
    return this.c.table.text(this.c.department[this.r] ?? NONE);
  }
  get level(): string | null {
    return this.c.table.text(this.c.level[this.r] ?? NONE);
  }
  get statutory(): number | null {
    return orNull(this.c.statutory[this.r] ?? NaN);
  }
  get promised(): number | null {
    return orNull(this.c.promised[this.r] ?? NaN);
  }
  get immediate(): boolean {
    return ((this.c.bits[this.r] ?? 0) & IMMEDIATE) !== 0;
  }
  get online(): boolean {
    return ((this.c.bits[this.r] ?? 0) & ONLINE) !== 0;
  }
  get depth(): number {
    return this.c.depth[this.r] ?? 0;
  }
  get situations(): boolean {
    return ((this.c.bits[this.r] ?? 0) & SITUATIONS) !== 0;
  }
  get basisKey(): string {
    return this.c.table.text(this.c.basisKey[this.r] ?? NONE) ?? '';
  }
  get powerCodes(): string[] | null {
    return this.c.table.list(this.c.powerCodes[this.r] ?? NONE);
  }
  get forms(): number {
    return this.c.forms[this.r] ?? NONE;
  }
  get blanks(): number {
    return this.c.blanks[this.r] ?? NONE;
  }
  get samples(): number {
    return this.c.samples[this.r] ?? NONE;
  }
  /** The summary as a plain object, keys in summarize()'s order (what JSON and tests see). */
  toJSON(): GuideSummary {
    const sheet = this.sheet;
    return {
      file: this.file,
      index: this.index,
      line: this.line,
      column: this.column,
      ...(sheet !== undefined ? { sheet, cell: this.cell } : {}),
      name: this.name,
      basicCode: this.basicCode,
      implCode: this.implCode,
      type: this.type,
      department: this.department,
      level: this.level,
      statutory: this.statutory,
      promised: this.promised,
      immediate: this.immediate,
      online: this.online,
      depth: this.depth,
      situations: this.situations,
      basisKey: this.basisKey,
      powerCodes: this.powerCodes,
      forms: this.forms,
      blanks: this.blanks,
      samples: this.samples,
    };
  }
}
