// The power list (权责清单) that items 7 and 9 are measured against: `--power-list FILE`, an .xlsx,
// .xls or .csv (read by the spreadsheet loader's workbook reader, src/load/spreadsheet/) or a
// .yaml/.yml/.json list. Columns (docs/scorecard.md "The power list"):
//
//   权力编码 (or 职权编码 / 事项编码 / 权责清单编码)   required
//   权力名称 (or 职权名称 / 事项名称)                  required
//   权力类型 (or 职权类型 / 事项类型): 事项类型 labels or codes ("01" = 行政许可 …)
//   实施主体 (or 实施部门 / 行使主体), 行使层级, 基本编码 (optional: the fallback match of item 7)
//
// Only the six application-based types (依申请六类行政权力) count for items 7 and 9; other rows are
// read and reported as not counted.

import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YNode } from 'yaml';
import { UsageError } from '../errors.js';
import { resolveValue, VALUE_SETS } from '../model/values.js';
import { canon } from './summary.js';
import { defined } from '../util/defined.js';

/** 行政许可, 行政确认, 行政裁决, 行政给付, 行政奖励, 其他行政权力. */
export const APPLICATION_TYPES: readonly string[] = [
  '行政许可',
  '行政确认',
  '行政裁决',
  '行政给付',
  '行政奖励',
  '其他行政权力',
];

export type PowerField = 'code' | 'name' | 'type' | 'department' | 'level' | 'basicCode';

const HEADERS: Record<PowerField, string[]> = {
  code: ['权力编码', '职权编码', '事项编码', '权责清单编码', '权力事项编码', '权责事项编码'],
  name: ['权力名称', '职权名称', '事项名称', '权力事项名称', '权责事项名称'],
  type: ['权力类型', '职权类型', '事项类型', '权力事项类型'],
  department: ['实施主体', '实施部门', '行使主体', '实施机关'],
  level: ['行使层级'],
  basicCode: ['基本编码'],
};

const HEADER_OF = new Map<string, PowerField>();
for (const [field, names] of Object.entries(HEADERS) as [PowerField, string[]][])
  for (const n of names) HEADER_OF.set(n, field);

/** Where a power is written: a spreadsheet row (sheet, A1 cell of its code) or a YAML/JSON line. */
export interface PowerSource {
  file: string;
  line: number;
  sheet?: string;
  cell?: string;
}

export interface Power {
  /** 权力编码 as written (trimmed). */
  code: string;
  name: string;
  /** 权力类型 as a 事项类型 label when it is one, else as written; null when absent. */
  type: string | null;
  department: string | null;
  level: string | null;
  basicCode: string | null;
  /** One of the six application-based types: counts for items 7 and 9. */
  counted: boolean;
  source: PowerSource;
}

export interface PowerList {
  /** As given on the command line. */
  file: string;
  powers: Power[];
  /** Rows skipped or doubtful (no code, unknown type, a code twice), one message each. */
  problems: string[];
}

interface Row {
  values: Partial<Record<PowerField, string>>;
  source: PowerSource;
}

function cellText(v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'object') {
    const o = v as { w?: string; v?: unknown };
    return cellText(o.w ?? o.v);
  }
  const cell = v as string | number | boolean; // a cell's value: a primitive
  const s = String(cell).trim();

  return s === '' ? undefined : s;
}

function headerField(raw: string, normalize: (s: string) => string): PowerField | undefined {
  return HEADER_OF.get(normalize(raw));
}

async function spreadsheetRows(abs: string, file: string): Promise<Row[]> {
  const [{ readWorkbook }, { normalizeHeader }, { colName }] = await Promise.all([
    import('../load/spreadsheet/index.js'),
    import('../load/spreadsheet/headers.js'),
    import('../load/spreadsheet/cells.js'),
  ]);
  const wb = await readWorkbook(readFileSync(abs), abs);
  if (wb.problems.some((p) => p.severity === 'error') && wb.sheets.length === 0) {
    throw new UsageError(
      `--power-list ${file}: the file could not be read (${wb.problems.map((p) => p.messageId).join(', ')})`,
    );
  }
  for (const sheet of wb.sheets) {
    // The header row: within the first rows, the first with a code and a name column (title rows above it are skipped).
    const head = sheet.rows.slice(0, 30).find((r) => {
      const fields = new Set(
        r.cells.map((c) => cellText(c)).map((t) => (t ? headerField(t, normalizeHeader) : undefined)),
      );
      return fields.has('code') && fields.has('name');
    });
    if (!head) continue;
    const columns = new Map<number, PowerField>();
    head.cells.forEach((c, i) => {
      const t = cellText(c);
      const f = t ? headerField(t, normalizeHeader) : undefined;
      if (f && ![...columns.values()].includes(f)) columns.set(i, f);
    });
    const codeCol = defined([...columns].find(([, f]) => f === 'code'))[0];
    const rows: Row[] = [];
    for (const r of sheet.rows) {
      if (r.r <= head.r) continue;
      const values: Row['values'] = {};
      for (const [i, f] of columns) {
        const t = cellText(r.cells[i]);
        if (t !== undefined) values[f] = t;
      }
      if (Object.keys(values).length === 0) continue;
      rows.push({ values, source: { file, line: r.r, sheet: sheet.name, cell: `${colName(codeCol)}${r.r}` } });
    }
    return rows;
  }
  throw new UsageError(
    `--power-list ${file}: no sheet has a header row with 权力编码 and 权力名称 (or 职权编码/事项编码 and 职权名称/事项名称)`,
  );
}

function yamlRows(abs: string, file: string): Row[] {
  const text = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false });
  if (doc.errors.length) throw new UsageError(`--power-list ${file}: ${defined(doc.errors[0]).message.split('\n')[0]}`);
  let list: YNode | null | undefined = doc.contents;
  if (isMap(list)) {
    const entry = list.items.find(
      (p) => isScalar(p.key) && ['权责清单', '权力清单', 'powers'].includes(String(p.key.value)),
    );
    list = entry?.value as YNode | undefined;
  }
  if (!isSeq(list))
    throw new UsageError(`--power-list ${file}: expected a list of powers (or a mapping with a 权责清单 list)`);
  const rows: Row[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const values: Row['values'] = {};
    for (const pair of item.items) {
      if (!isScalar(pair.key)) continue;
      const f = headerField(String(pair.key.value), canon);
      const t = isScalar(pair.value) ? cellText(pair.value.value) : undefined;
      if (f && t !== undefined && values[f] === undefined) values[f] = t;
    }
    const line = item.range ? lc.linePos(item.range[0]).line : 1;
    rows.push({ values, source: { file, line } });
  }
  return rows;
}

const where = (s: PowerSource) => (s.sheet !== undefined ? `${s.file} ${s.sheet}!${s.cell}` : `${s.file}:${s.line}`);

/** Reads a power list. Unreadable files and files without the required columns are usage errors. */
export async function readPowerList(file: string, cwd: string = process.cwd()): Promise<PowerList> {
  const abs = resolve(cwd, file);
  const ext = extname(file).toLowerCase();
  let rows: Row[];
  try {
    if (['.xlsx', '.xls', '.csv'].includes(ext)) rows = await spreadsheetRows(abs, file);
    else if (['.yaml', '.yml', '.json'].includes(ext)) rows = yamlRows(abs, file);
    else throw new UsageError(`--power-list ${file}: expected an .xlsx, .xls, .csv, .yaml, .yml or .json file`);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`--power-list ${file}: ${(err as Error).message}`);
  }
  const powers: Power[] = [];
  const problems: string[] = [];
  const seen = new Map<string, PowerSource>();
  for (const { values: v, source } of rows) {
    if (!v.code) {
      problems.push(`${where(source)}: no 权力编码: row skipped`);
      continue;
    }
    const typeValue = v.type !== undefined ? resolveValue(VALUE_SETS.事项类型, v.type) : undefined;
    const type = typeValue?.label ?? v.type ?? null;
    if (v.type !== undefined && !typeValue)
      problems.push(`${where(source)}: 权力类型 "${v.type}" is not a 事项类型 label or code: not counted`);
    const key = canon(v.code);
    const first = seen.get(key);
    if (first) problems.push(`${where(source)}: 权力编码 ${v.code} is also at ${where(first)}`);
    else seen.set(key, source);
    powers.push({
      code: v.code,
      name: v.name ?? '',
      type,
      department: v.department ?? null,
      level: v.level ?? null,
      basicCode: v.basicCode ?? null,
      counted: type !== null && APPLICATION_TYPES.includes(type),
      source,
    });
  }
  return { file, powers, problems };
}
