// Spreadsheets whose headers are exchange field names (task_name, transact_addr, material_name …):
// a flat sheet (one record a row), or a relational workbook — an item sheet plus child sheets named
// after their tables (AUDIT_MATERIAL, AUDIT_ITEM_WINDOW …) keyed by task_code / task_guid / rowguid.
// The rows become the same nodes a JSON export gives, each value carrying its cell, so the one
// mapping reads them and findings point at the cell.

import type { Node as JNode } from 'jsonc-parser';
import type { LoadResult, Location } from '../../model/types.js';
import { cellLocation } from '../spreadsheet/cells.js';
import { isBlank, textOfCell, type CellValue, type RawSheet, type RawWorkbook } from '../spreadsheet/types.js';
import { loadExchangeTree, type Positions } from './load.js';
import { ruleOf, type ImportProfile } from './profile.js';
import { defined } from '../../util/defined.js';

const HEADER_SCAN = 10;

/** Every field name a profile reads (lower case, first segment of dotted names), with its keys. */
function knownFields(p: ImportProfile): Set<string> {
  const names: string[] = [
    ...p.detect,
    ...p.unit.code,
    ...p.unit.handleItem,
    ...p.unit.version,
    ...p.keys.flatMap((k) => [k.child, k.item]),
  ];
  const rules = [
    ...Object.values(p.fields),
    ...Object.values(p.windows?.fields ?? {}),
    ...Object.values(p.result ?? {}),
    ...p.lists.flatMap((l) => [...Object.values(l.fields ?? {}), ...(l.text ? [l.text] : [])]),
  ];
  for (const r of rules) {
    const o = ruleOf(r);
    names.push(...o.from, ...(o.unit?.from ?? []));
  }
  return new Set(names.map((n) => defined(n.split('.')[0]).toLowerCase()));
}

/** The header texts of a sheet's first rows, as `"name":` keys for content detection. */
export function headerProbe(wb: RawWorkbook): string {
  const out: string[] = [];
  for (const s of wb.sheets)
    for (const row of s.rows.slice(0, HEADER_SCAN))
      for (const c of row.cells) if (!isBlank(c)) out.push(`"${textOfCell(c).trim()}":`);
  return out.join(' ');
}

interface Header {
  row: number;
  names: Map<number, string>;
}

function findHeader(sheet: RawSheet, known: Set<string>): Header | undefined {
  for (let i = 0; i < Math.min(sheet.rows.length, HEADER_SCAN); i++) {
    const names = new Map<number, string>();
    let hits = 0;
    defined(sheet.rows[i]).cells.forEach((c, col) => {
      if (isBlank(c)) return;
      const t = textOfCell(c).trim();
      names.set(col, t);
      if (known.has(t.toLowerCase())) hits++;
    });
    if (hits >= 2) return { row: i, names };
  }
  return undefined;
}

const scalar = (c: CellValue | null): string | number | undefined => {
  if (c === undefined || c === null) return undefined;
  if (typeof c === 'object')
    return c.error ? undefined : (c.w ?? (c.v === null ? undefined : typeof c.v === 'boolean' ? String(c.v) : c.v));
  return typeof c === 'boolean' ? String(c) : c;
};

export function loadExchangeWorkbook(
  wb: RawWorkbook,
  profile: ImportProfile,
  allVersions?: boolean,
): LoadResult | undefined {
  const known = knownFields(profile);
  const locations: Location[] = [];
  const at = (loc: Location) => locations.push(loc) - 1;
  const node = (type: JNode['type'], offset: number, value?: unknown, children?: JNode[]): JNode => {
    const n = { type, offset, length: 1, value, children } as JNode;
    for (const c of children ?? []) (c as { parent?: JNode }).parent = n;
    return n;
  };
  const tableNames = [
    ...profile.itemTables.filter((t) => t !== ''),
    ...profile.lists.flatMap((l) => l.table),
    ...(profile.windows?.table ?? []),
  ];
  const itemTable = profile.itemTables.find((t) => t !== '');
  const tables = new Map<string, JNode[]>();
  let itemRows: JNode[] | undefined;
  for (const sheet of wb.sheets) {
    const h = findHeader(sheet, known);
    if (!h) continue;
    const headerRow = defined(sheet.rows[h.row]);
    const rows: JNode[] = [];
    for (const row of sheet.rows.slice(h.row + 1)) {
      const props: JNode[] = [];
      for (const [col, name] of h.names) {
        const v = scalar(row.cells[col]);
        if (v === undefined) continue;
        const key = node('string', at(cellLocation(sheet.name, headerRow.r, col, name)), name);
        const value = node(
          typeof v === 'number' ? 'number' : 'string',
          at(cellLocation(sheet.name, row.r, col, name)),
          v,
        );
        props.push(node('property', key.offset, undefined, [key, value]));
      }
      if (props.length) rows.push(node('object', at(cellLocation(sheet.name, row.r, 0)), undefined, props));
    }
    const named = tableNames.find((t) => t.toLowerCase() === sheet.name.trim().toLowerCase());
    if (named && named !== itemTable) tables.set(named, rows);
    else itemRows ??= rows;
  }
  if (!itemRows) return undefined;
  const ix: Positions = { span: (start) => defined(locations[start]) };
  const prop = (name: string, value: JNode) =>
    node('property', value.offset, undefined, [node('string', value.offset, name), value]);
  let root: JNode;
  if (tables.size === 0 || !itemTable) {
    // A flat sheet: each row is a record.
    root = node(
      'array',
      itemRows[0]?.offset ?? at(cellLocation(defined(wb.sheets[0]).name, 1, 0)),
      undefined,
      itemRows,
    );
  } else {
    const first = itemRows[0]?.offset ?? at(cellLocation(defined(wb.sheets[0]).name, 1, 0));
    const children = [
      prop(itemTable, node('array', first, undefined, itemRows)),
      ...[...tables].map(([name, rows]) => prop(name, node('array', rows[0]?.offset ?? first, undefined, rows))),
    ];
    root = node('object', first, undefined, children);
  }
  const relational: ImportProfile = {
    ...profile,
    records: [''],
    detect: [...profile.detect, ...(itemTable ? [itemTable] : [])],
  };
  return loadExchangeTree(root, ix, { profile: relational, allVersions, joinByKey: tables.size > 0 });
}
