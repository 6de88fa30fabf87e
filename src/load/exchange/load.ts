// Exported records (the national exchange field set, or any shape an import profile describes) →
// one guide per unit (task_code, 业务办理项) at its highest version, located at the source fields.

import type { Node as JNode } from 'jsonc-parser';
import { parseJsonTree } from '../json.js';
import type {
  ElementPath,
  Lang,
  LoadedGuide,
  LoadProblem,
  LoadResult,
  Location,
  SourceMap,
} from '../../model/types.js';
import { LineIndex } from '../lines.js';
import { mapUnit, pathKey, type MappedUnit, type Source, type UnitRows } from './map.js';
import { exchangeProblem, fieldLabel } from './messages.js';
import { listOnlyTable } from './list-only.js';
import { ruleOf, type ImportProfile } from './profile.js';
import { at, prop, props, rows, scalarText } from './tree.js';
import { defined } from '../../util/defined.js';

/** Node offsets → locations: a whole file's text, one line of a JSON Lines file, or spreadsheet cells. */
export interface Positions {
  span: (start: number, end: number) => Location;
}

export function spanLocation(ix: Positions, start: number, end: number): Location {
  return ix.span(start, end);
}

const textPositions = (ix: LineIndex): Positions => ({
  span(start, end) {
    const a = ix.pos(start);
    const b = ix.pos(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  },
});

/** Positions within line `line` of a file whose text of that line starts at offset 0. */
export const linePositions = (line: number): Positions => ({
  span: (a, b) => ({ line, column: a + 1, endLine: line, endColumn: Math.max(a, b) + 1 }),
});

export interface ExchangeOptions {
  profile: ImportProfile;
  /** Lint every record, not only each unit's highest version. */
  allVersions?: boolean;
}

/** A unit found in the file, before versions are chosen. */
export interface FoundUnit {
  rows: UnitRows;
  /** 1-based index of the record in the file (JSON Lines: its line). */
  index: number;
  code: string;
  handleItem: string;
  version: string;
  ix: Positions;
}

export function loadExchangeJson(text: string, opts: ExchangeOptions): LoadResult {
  const ix = textPositions(new LineIndex(text));
  const parsed = parseJsonTree(text, ix.span);
  if ('problem' in parsed) return { guides: [], problems: [parsed.problem], text, exported: true };
  return { ...loadExchangeTree(parsed.root, ix, opts), text, exported: true };
}

/** The guides of a parsed export (JSON text, or a workbook's rows made into nodes). */
export function loadExchangeTree(
  root: JNode,
  ix: Positions,
  opts: ExchangeOptions & { joinByKey?: boolean },
): LoadResult {
  const problems: LoadProblem[] = [];
  const records = findRecords(root, opts.profile);
  if (!records) {
    problems.push(
      exchangeProblem(
        'noRecords',
        'error',
        { profile: opts.profile.name, where: opts.profile.records.map((r) => r || '(root)').join(', ') },
        spanLocation(ix, root.offset, root.offset + 1),
      ),
    );
    return { guides: [], problems, exported: true };
  }
  const onlyRows = listOnlyTable(records, opts.profile);
  if (onlyRows) {
    const element = onlyRows.element;
    problems.push(
      exchangeProblem(
        'listOnly',
        'error',
        { count: records.length, element, table: onlyRows.table.join(' / '), profile: opts.profile.name },
        spanLocation(ix, root.offset, root.offset + 1),
      ),
    );
    return { guides: [], problems, exported: true };
  }
  const units: FoundUnit[] = [];
  records.forEach((rec, i) => {
    if (rec.type !== 'object') {
      problems.push(
        exchangeProblem(
          'notRecord',
          'error',
          { index: i + 1, kind: rec.type },
          spanLocation(ix, rec.offset, rec.offset + 1),
        ),
      );
      return;
    }
    units.push(...unitsOf(rec, i + 1, opts.profile, ix, problems, opts.joinByKey));
  });
  const { chosen, skipped } = chooseVersions(units, opts, (u, first) => problems.push(duplicateUnit(u, first.index)));
  const guides = guidesOf(chosen, opts.profile, problems);
  return { guides, problems, skippedVersions: skipped, exported: true };
}

/** JSON Lines: one record (or envelope) a line; a broken line is a finding there, the others are read. */
export function loadExchangeLines(text: string, opts: ExchangeOptions): LoadResult {
  const problems: LoadProblem[] = [];
  const units: FoundUnit[] = [];
  let lineNo = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lineNo++;
    const line = text.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line.trim() === '') continue;
    units.push(...unitsOfLine(line, lineNo, opts.profile, problems));
  }
  const { chosen, skipped } = chooseVersions(units, opts, (u, first) => problems.push(duplicateUnit(u, first.index)));
  return { guides: guidesOf(chosen, opts.profile, problems), problems, text, skippedVersions: skipped, exported: true };
}

/** The units of one JSON Lines line (its number is the records' index). */
export function unitsOfLine(
  line: string,
  lineNo: number,
  profile: ImportProfile,
  problems: LoadProblem[],
): FoundUnit[] {
  const ix = linePositions(lineNo);
  const parsed = parseJsonTree(line, ix.span);
  if ('problem' in parsed) {
    problems.push(parsed.problem);
    return [];
  }
  const root = parsed.root;
  const recs =
    root.type === 'object' && looksLikeRecord(root, profile) ? [root] : (findRecords(root, profile) ?? [root]);
  const out: FoundUnit[] = [];
  for (const rec of recs) {
    if (rec.type !== 'object')
      problems.push(
        exchangeProblem(
          'notRecord',
          'error',
          { index: lineNo, kind: rec.type },
          spanLocation(ix, rec.offset, rec.offset + 1),
        ),
      );
    else out.push(...unitsOf(rec, lineNo, profile, ix, problems));
  }
  return out;
}

export function guidesOf(chosen: FoundUnit[], profile: ImportProfile, problems: LoadProblem[]): LoadedGuide[] {
  const guides: LoadedGuide[] = [];
  for (const u of chosen) {
    const g = guideOf(u, profile, guides.length);
    if (g) guides.push(g);
    else problems.push(noGuideField(u));
  }
  return guides;
}

/** The record nodes: the first of the profile's places that holds an object or an array. */
export function findRecords(root: JNode, profile: ImportProfile): JNode[] | undefined {
  for (const where of profile.records) {
    const node = at(root, where);
    if (!node) continue;
    if (node.type === 'array') return node.children ?? [];
    if (node.type === 'object' && (where !== '' || looksLikeRecord(node, profile))) return [node];
  }
  return undefined;
}

function looksLikeRecord(node: JNode, profile: ImportProfile): boolean {
  const p = props(node);
  return (
    profile.detect.some((f) => p.has(f.toLowerCase())) ||
    profile.itemTables.some((t) => t !== '' && p.has(t.toLowerCase()))
  );
}

const unitLabel = (u: FoundUnit) => (u.handleItem ? `${u.code} / ${u.handleItem}` : u.code || '-');

/** A unit read again (another record of the same code and version): a warning naming the first. */
export function duplicateUnit(u: FoundUnit, first: number): LoadProblem {
  const data = { index: u.index, first, unit: unitLabel(u), version: u.version || '-' };
  return exchangeProblem('duplicateUnit', 'warning', data, recordStart(u));
}

/** A unit without any field of a guide. */
export function noGuideField(u: FoundUnit): LoadProblem {
  return exchangeProblem('noGuideField', 'error', { index: u.index }, recordStart(u));
}

const recordStart = (u: FoundUnit) => spanLocation(u.ix, u.rows.record.offset, u.rows.record.offset + 1);

/** The units of one record: one, or one per item row when the item table holds several (rows then joined by key). */
export function unitsOf(
  rec: JNode,
  index: number,
  profile: ImportProfile,
  ix: Positions,
  problems: LoadProblem[],
  joinByKey = false,
): FoundUnit[] {
  const named = profile.itemTables.filter((t) => t !== '');
  const mainName = named.find((t) => prop(rec, t));
  const mainRows = mainName ? rows(prop(rec, mainName)) : [];
  const itemTableSet = new Set(named.map((t) => t.toLowerCase()));
  const known = new Set(
    [...profile.lists.flatMap((l) => l.table), ...(profile.windows?.table ?? [])].map((t) => t.toLowerCase()),
  );
  const childTables = [...props(rec)].filter(([k]) => known.has(k) && !itemTableSet.has(k));
  const self = profile.itemTables.includes('') ? [rec] : [];
  if (mainRows.length <= 1 && !(joinByKey && mainRows.length === 1)) {
    const itemRows = [...named.flatMap((t) => rows(prop(rec, t)).slice(0, 1)), ...self];
    const tables = new Map(
      childTables.map(([k, v]) => [k, { name: String(v.key.value), node: v.value, rows: rows(v.value) }]),
    );
    return [found({ record: rec, itemRows, tables }, index, profile, ix)];
  }
  // Several items in one record: every other table's rows go to the item their key names.
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- an empty key is no key
  const keyOf = (row: JNode, field: string) => scalarText(at(row, field)) || undefined;
  const owner = (row: JNode): number | 'none' | 'orphan' => {
    let keyed = false;
    for (const k of profile.keys) {
      const v = keyOf(row, k.child);
      if (v === undefined) continue;
      keyed = true;
      const hit = mainRows.findIndex((m) => keyOf(m, k.item) === v);
      if (hit !== -1) return hit;
    }
    return keyed ? 'orphan' : 'none';
  };
  const perItem = mainRows.map(() => ({
    extra: [] as JNode[],
    tables: new Map<string, { name: string; node: JNode; rows: JNode[] }>(),
  }));
  const place = (tableKey: string, name: string, tableNode: JNode, row: JNode, isItemTable: boolean) => {
    const o = owner(row);
    if (typeof o === 'number') {
      if (isItemTable) defined(perItem[o]).extra.push(row);
      else {
        const t = defined(perItem[o]).tables.get(tableKey) ?? { name, node: tableNode, rows: [] };
        t.rows.push(row);
        defined(perItem[o]).tables.set(tableKey, t);
      }
      return;
    }
    if (o === 'none') {
      problems.push(
        exchangeProblem(
          'noKey',
          'error',
          { table: name, keys: [...new Set(profile.keys.map((k) => k.child))].join(' / ') },
          spanLocation(ix, row.offset, row.offset + 1),
        ),
      );
      return;
    }
    const k = defined(profile.keys.find((x) => keyOf(row, x.child) !== undefined));
    const node = defined(at(row, k.child));
    problems.push(
      exchangeProblem(
        'orphan',
        'error',
        { table: name, key: k.child, value: defined(keyOf(row, k.child)) },
        spanLocation(ix, node.offset, node.offset + node.length),
      ),
    );
  };
  for (const t of named) {
    if (t === mainName) continue;
    const node = prop(rec, t);
    for (const row of rows(node)) place(t.toLowerCase(), t, defined(node), row, true);
  }
  for (const [k, v] of childTables) for (const row of rows(v.value)) place(k, String(v.key.value), v.value, row, false);
  return mainRows.map((m, i) =>
    found(
      { record: m, itemRows: [m, ...defined(perItem[i]).extra], tables: defined(perItem[i]).tables },
      index,
      profile,
      ix,
    ),
  );
}

function found(r: UnitRows, index: number, profile: ImportProfile, ix: Positions): FoundUnit {
  const text = (names: string[]) => {
    for (const n of names)
      for (const row of r.itemRows) {
        const t = scalarText(at(row, n));
        if (t) return t;
      }
    return '';
  };
  return {
    rows: r,
    index,
    code: text(profile.unit.code),
    handleItem: text(profile.unit.handleItem),
    version: text(profile.unit.version),
    ix,
  };
}

export function compareVersions(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Each unit's highest version (all records with allVersions); the same unit and version twice is a duplicate. */
export function chooseVersions(
  units: FoundUnit[],
  opts: { allVersions?: boolean },
  duplicate: (u: FoundUnit, first: FoundUnit) => void,
): { chosen: FoundUnit[]; skipped: number } {
  const seen = new Map<string, FoundUnit>();
  const best = new Map<string, FoundUnit>();
  const kept: FoundUnit[] = [];
  for (const u of units) {
    // Records with no code are units of their own: nothing says they are versions of another.
    const unitKey = u.code ? `${u.code}\u0000${u.handleItem}` : `#${u.index}\u0000${kept.length}`;
    const vKey = `${unitKey}\u0000${u.version}`;
    const first = seen.get(vKey);
    if (first) {
      duplicate(u, first);
      continue;
    }
    seen.set(vKey, u);
    kept.push(u);
    const b = best.get(unitKey);
    if (!b || compareVersions(u.version, b.version) > 0) best.set(unitKey, u);
  }
  if (opts.allVersions) return { chosen: kept, skipped: 0 };
  const chosenSet = new Set(best.values());
  const chosen = kept.filter((u) => chosenSet.has(u));
  return { chosen, skipped: kept.length - chosen.length };
}

/** The guide of one unit, or undefined when the record holds no guide field at all. */
export function guideOf(u: FoundUnit, profile: ImportProfile, index: number): LoadedGuide | undefined {
  const ix = u.ix;
  const m = mapUnit(profile, u.rows);
  if (m.fieldsSeen === 0) return undefined;
  const recordNode = u.rows.record;
  const sourceMap = unitSourceMap(m.sources, recordNode, ix);
  const sourceFieldOf = fieldNamer(m.sources, profile);
  const problems: LoadProblem[] = m.codeProblems.map((p) => {
    const values = Object.entries(p.list.values)
      .map(([c, l]) => `${c} ${l ?? '无'}`)
      .join('，');
    return exchangeProblem(
      'unknownCode',
      'error',
      {
        field: p.field,
        code: p.code,
        list: p.list.name,
        values: values || `代码表未知，可在配置 import.codes.${p.listId} 中提供`,
      },
      spanLocation(ix, p.node.offset, p.node.offset + p.node.length),
    );
  });
  const g: LoadedGuide = {
    data: m.data,
    index,
    sourceMap,
    sourceFieldOf,
    problems,
    unit: u.handleItem ? `${u.code} / ${u.handleItem}` : u.code || undefined,
  };
  if (m.windows.length > 0) {
    g.variantItems = [14, 15, 16];
    g.variants = m.windows.map((w) => {
      const data = Object.assign(Object.create(null), m.data) as Record<string, unknown>;
      const sources = new Map(m.sources);
      for (const el of Object.keys(defined(profile.windows).fields)) {
        const k = pathKey([el]);
        if (w.data[el] !== undefined) data[el] = w.data[el];
        else if (el !== '咨询电话' || data[el] === undefined) Reflect.deleteProperty(data, el);
        if (w.data[el] !== undefined || el !== '咨询电话') {
          // The window's own source, or none (the item's is dropped with its value).
          const own = w.sources.get(k);
          if (own) sources.set(k, own);
          else sources.delete(k);
        }
      }
      return { data, sourceMap: unitSourceMap(sources, recordNode, ix), sourceFieldOf: fieldNamer(sources, profile) };
    });
  }
  return g;
}

function unitSourceMap(sources: Map<string, Source>, record: JNode, ix: Positions): SourceMap {
  const span = (n: JNode) => spanLocation(ix, n.offset, n.offset + n.length);
  const brace = () => spanLocation(ix, record.offset, record.offset + 1);
  const find = (path: ElementPath): Source | undefined => {
    for (let n = path.length; n > 0; n--) {
      const s = sources.get(pathKey(path.slice(0, n)));
      if (s) return s;
    }
    return undefined;
  };
  return {
    locate(path, atKey = 'value') {
      const s = find(path);
      if (!s) return brace();
      const exact = sources.get(pathKey(path)) === s;
      if (atKey === 'key' && exact && s.node.parent?.type === 'property')
        return span(defined(defined(s.node.parent.children)[0]));
      return span(s.node);
    },
    start: brace,
  };
}

/** The source field of a path: where the value came from, or the field the profile expects for a missing element. */
function fieldNamer(sources: Map<string, Source>, profile: ImportProfile) {
  return (path: ElementPath, lang: Lang) => {
    const element = [...path].reverse().find((s): s is string => typeof s === 'string');
    if (!element) return undefined;
    const s = sources.get(pathKey(path));
    if (s) return { element, field: s.field, label: fieldLabel(s.field, s.note, lang) };
    const expected = expectedField(profile, path);
    return expected ? { element, field: expected, label: expected } : undefined;
  };
}

function expectedField(profile: ImportProfile, path: ElementPath): string | undefined {
  const [head, i, el] = path;
  if (typeof head !== 'string') return undefined;
  if (path.length === 1) {
    const r = profile.fields[head] ?? profile.windows?.fields[head];
    if (r) return ruleOf(r).from[0];
    if (head === '办理流程') return profile.derive.flowImage?.[0];
    return profile.lists.find((l) => l.element === head)?.table[0];
  }
  if (head === '审批结果' && typeof i === 'string') {
    const r = profile.result?.[i];
    return r ? ruleOf(r).from[0] : undefined;
  }
  if (typeof i === 'number' && typeof el === 'string') {
    const lt = profile.lists.find((l) => l.element === head);
    if (el === '材料类型' && profile.derive.materialTypeFromCounts)
      return [...profile.derive.materialTypeFromCounts.original, ...profile.derive.materialTypeFromCounts.copy].join(
        '/',
      );
    const r = lt?.fields?.[el];
    return r ? ruleOf(r).from[0] : undefined;
  }
  return undefined;
}

export type { MappedUnit };
