// One unit (an item version with its child rows) → a guide in the canonical model, with where each
// element came from: the source field's node, for locations and for messages naming the field.

import type { Node as JNode } from 'jsonc-parser';
import { ELEMENTS, type ElementDef, type Scope } from '../../model/elements.js';
import { isPlaceholder } from '../../model/placeholder.js';
import { ATTACHMENT_SCHEME } from '../../model/file-ref.js';
import type { Rec } from '../../model/normalize.js';
import type { ElementPath } from '../../model/types.js';
import {
  ruleOf,
  type CodeList,
  type FieldRule,
  type FieldRuleObject,
  type ImportProfile,
  type ListTable,
} from './profile.js';
import { at, scalarText } from './tree.js';
import { defined } from '../../util/defined.js';

export interface Source {
  /** The source field as the file writes it (its case), or a table name. */
  field: string;
  node: JNode;
  /** Why the element has this value, beyond the field (e.g. only a flow-chart image). */
  note?: 'flowImage' | 'counts';
}

export interface CodeProblem {
  field: string;
  node: JNode;
  code: string;
  listId: string;
  list: CodeList;
}

export interface UnitRows {
  /** The record object: missing elements point at its opening brace. */
  record: JNode;
  /** Rows holding item-level fields, in the profile's order. */
  itemRows: JNode[];
  /** Child rows by lower-case table name, with the table's node. */
  tables: Map<string, { name: string; node: JNode; rows: JNode[] }>;
}

export interface MappedUnit {
  data: Rec;
  sources: Map<string, Source>;
  codeProblems: CodeProblem[];
  /** One per window row after the first: that window's 办理地点 / 办理时间 / 咨询电话. */
  windows: { data: Rec; sources: Map<string, Source> }[];
  /** How many profile fields were present at all (0: not a guide record). */
  fieldsSeen: number;
}

export const pathKey = (p: ElementPath): string => p.join('\u0000');

const GUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$|^[0-9a-f]{32}$/i;
/** A value that is only attachment ids (one or several, comma-joined). */
export const isAttachmentIds = (t: string): boolean => t.split(/[,，;；^]/).every((x) => GUID.test(x.trim()));

function defOf(scope: Scope, key: string): ElementDef | undefined {
  return ELEMENTS[scope].find((d) => d.key === key);
}

interface Read {
  value?: unknown;
  source?: Source;
}

export function mapUnit(profile: ImportProfile, u: UnitRows): MappedUnit {
  const data: Rec = Object.create(null) as Rec;
  const sources = new Map<string, Source>();
  const codeProblems: CodeProblem[] = [];
  let fieldsSeen = 0;

  /** The first filled field of `rule` among `rowsIn`; else where the first present (blank) one is. */
  const raw = (rowsIn: JNode[], names: string[]): { text?: string; source?: Source } => {
    let blank: Source | undefined;
    for (const name of names) {
      for (const row of rowsIn) {
        const node = at(row, name);
        if (!node) continue;
        fieldsSeen++;
        const field = writtenName(row, name);
        const text = scalarText(node);
        if (text !== undefined && !isPlaceholder(text)) return { text, source: { field, node } };
        blank ??= { field, node };
      }
    }
    return { source: blank };
  };

  const decode = (
    text: string,
    source: Source,
    listId: string,
    multi: boolean,
  ): { ok: boolean; labels: (string | null)[] } => {
    const list = profile.codes[listId];
    const whole = text.replace(/\s+/g, '').replace(/\^/g, ',');
    if (list && Object.hasOwn(list.values, whole)) return { ok: true, labels: [defined(list.values[whole])] };
    const parts = whole.split(',').filter(Boolean);
    const labels: (string | null)[] = [];
    for (const c of multi ? parts : [whole]) {
      if (!list || !Object.hasOwn(list.values, c)) {
        codeProblems.push({
          field: source.field,
          node: source.node,
          code: c,
          listId,
          list: list ?? { name: listId, status: 'UNKNOWN', values: {} },
        });
        return { ok: false, labels: [] };
      }
      labels.push(defined(list.values[c]));
    }
    return { ok: true, labels };
  };

  const read = (rowsIn: JNode[], ruleIn: FieldRule, def: ElementDef | undefined): Read => {
    const rule: FieldRuleObject = ruleOf(ruleIn);
    const { text, source } = raw(rowsIn, rule.from);
    if (text === undefined || !source) return { source };
    if (rule.attachment) return { value: `${ATTACHMENT_SCHEME}${defined(text.split(/[,，;；^]/)[0]).trim()}`, source };
    if (rule.codes) {
      const list = def?.type === 'enumList';
      const d = decode(text, source, rule.codes, true);
      if (!d.ok) return { source };
      const labels = [...new Set(d.labels.filter((l): l is string => l !== null))];
      if (labels.length === 0) return { source };
      if (list) return { value: labels, source };
      if (labels.length > 1) {
        codeProblems.push({
          field: source.field,
          node: source.node,
          code: text,
          listId: rule.codes,
          list: defined(profile.codes[rule.codes]),
        });
        return { source };
      }
      return { value: labels[0], source };
    }
    if (rule.unit || def?.type === 'timeLimit') {
      const n = Number(text);
      if (!/^\d+(\.\d+)?$/.test(text)) return { value: text, source };
      const out: Rec = Object.create(null) as Rec;
      out['数值'] = n;
      if (rule.unit) {
        const u = raw(rowsIn, rule.unit.from);
        if (u.text !== undefined && u.source) {
          const d = decode(u.text, u.source, rule.unit.codes, false);
          if (d.ok && d.labels[0]) out['单位'] = d.labels[0];
        }
      }
      return { value: out, source };
    }
    if (def && (def.type === 'integer' || def.type === 'count' || def.type === 'number') && /^\d+$/.test(text))
      return { value: Number(text), source };
    if (rule.title) return { value: defined(text.split(/[：:\n]/)[0]).trim() || text, source };
    return { value: text, source };
  };

  const put = (path: ElementPath, r: Read) => {
    if (r.source) sources.set(pathKey(path), r.source);
    if (r.value !== undefined) setAt(data, path, r.value);
  };

  // Item-level fields.
  for (const [el, rule] of Object.entries(profile.fields)) put([el], read(u.itemRows, rule, defOf('guide', el)));

  // The approval result.
  if (profile.result) {
    const result: Rec = Object.create(null) as Rec;
    let first: Source | undefined;
    for (const [el, rule] of Object.entries(profile.result)) {
      const r = read(u.itemRows, rule, defOf('result', el));
      if (r.source) sources.set(pathKey(['审批结果', el]), r.source);
      first ??= r.source;
      if (r.value !== undefined) result[el] = r.value;
    }
    if (result['名称'] !== undefined || result['样本'] !== undefined) data['审批结果'] = result;
    if (first) sources.set(pathKey(['审批结果']), first);
  }

  // 中介服务 否 from a yes/no flag.
  const flag = profile.derive.intermediaryFlag;
  if (flag && data['中介服务'] === undefined) {
    const r = raw(u.itemRows, flag);
    if (r.source) sources.set(pathKey(['中介服务']), r.source);
    if (r.text === '0') data['中介服务'] = '否';
  }

  // Child tables.
  const table = (names: string[]) => {
    for (const n of names) {
      const t = u.tables.get(n.toLowerCase());
      if (t) return t;
    }
    return undefined;
  };
  for (const lt of profile.lists) {
    const t = table(lt.table);
    if (!t) continue;
    fieldsSeen++;
    sources.set(pathKey([lt.element]), { field: t.name, node: t.node });
    if (t.rows.length === 0) continue;
    data[lt.element] = lt.text ? textRows(lt, t.rows) : t.rows.map((row, i) => listRow(lt, row, i));
  }

  function textRows(lt: ListTable, rs: JNode[]): string[] {
    const out: string[] = [];
    rs.forEach((row, i) => {
      const r = read([row], defined(lt.text), undefined);
      if (r.source) sources.set(pathKey([lt.element, out.length]), r.source);
      else sources.set(pathKey([lt.element, i]), { field: lt.element, node: row });
      if (typeof r.value === 'string') out.push(r.value);
    });
    return out;
  }

  function listRow(lt: ListTable, row: JNode, i: number): Rec {
    const rec: Rec = Object.create(null) as Rec;
    sources.set(pathKey([lt.element, i]), { field: defined(lt.table[0]), node: row });
    for (const [el, rule] of Object.entries(lt.fields ?? {})) {
      const r = read([row], rule, lt.scope ? defOf(lt.scope, el) : undefined);
      if (r.source) sources.set(pathKey([lt.element, i, el]), r.source);
      if (r.value !== undefined) rec[el] = r.value;
    }
    const counts = profile.derive.materialTypeFromCounts;
    if (lt.scope === 'material' && counts && rec['材料类型'] === undefined) {
      const o = raw([row], counts.original);
      const c = raw([row], counts.copy);
      const on = Number(o.text ?? 0) > 0;
      const cn = Number(c.text ?? 0) > 0;
      const src = on ? o.source : cn ? c.source : (o.source ?? c.source);
      if (src) sources.set(pathKey([lt.element, i, '材料类型']), { ...src, note: 'counts' });
      if (on || cn) rec['材料类型'] = on && cn ? '原件和复印件' : on ? '原件' : '复印件';
    }
    return rec;
  }

  // A flow given only as image ids: the steps are not stated in text.
  if (profile.derive.flowImage && data['办理流程'] === undefined) {
    const r = raw(u.itemRows, profile.derive.flowImage);
    if (r.text !== undefined && r.source && isAttachmentIds(r.text)) {
      data['办理流程'] = [];
      sources.set(pathKey(['办理流程']), { ...r.source, note: 'flowImage' });
    }
  }

  // Windows: the first fills the guide's place elements; every window is checked on its own.
  const windows: MappedUnit['windows'] = [];
  const wt = profile.windows ? table(profile.windows.table) : undefined;
  if (wt && profile.windows) {
    fieldsSeen++;
    wt.rows.forEach((row, i) => {
      const wd: Rec = Object.create(null) as Rec;
      const ws = new Map<string, Source>();
      for (const [el, rule] of Object.entries(defined(profile.windows).fields)) {
        const r = read([row], rule, defOf('guide', el));
        const src = r.source ?? { field: wt.name, node: row };
        if (r.value !== undefined) wd[el] = r.value;
        ws.set(pathKey([el]), src);
        // The first window stands for the item's place and hours; the phone stays the item's 咨询方式 when given.
        if (i === 0 && (el !== '咨询电话' || data['咨询电话'] === undefined)) {
          if (r.value !== undefined) data[el] = r.value;
          else Reflect.deleteProperty(data, el);
          sources.set(pathKey([el]), src);
        }
      }
      windows.push({ data: wd, sources: ws });
    });
  }
  return { data, sources, codeProblems, windows, fieldsSeen };
}

function setAt(data: Rec, path: ElementPath, value: unknown): void {
  let cur = data;
  for (let i = 0; i < path.length - 1; i++) {
    const k = String(path[i]);
    if (typeof cur[k] !== 'object' || cur[k] === null) cur[k] = Object.create(null);
    cur = cur[k] as Rec;
  }
  cur[String(path[path.length - 1])] = value;
}

/** The field name as the row writes it (its case), for messages; dotted names keep the profile's spelling. */
function writtenName(row: JNode, name: string): string {
  if (name.includes('.') || row.type !== 'object') return name;
  for (const p of row.children ?? []) {
    const k = p.children?.[0];
    if (k && typeof k.value === 'string' && k.value.toLowerCase() === name.toLowerCase()) return k.value;
  }
  return name;
}
