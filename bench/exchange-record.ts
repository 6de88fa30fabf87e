// A bench guide as one record of the national exchange field set (the inverse of the built-in national
// profile): shared by the speed bench (exchange.ts) and the memory bench (exchange-memory.ts).
import type { Guide } from './generate.js';
import { NATIONAL } from '../src/load/exchange/national.js';
import { ruleOf, type FieldRule } from '../src/load/exchange/profile.js';
import { elementFor, type ElementDef } from '../src/model/elements.js';
import { resolveValue } from '../src/model/values.js';
import { defined } from '../src/util/defined.js';

const P = NATIONAL;

/** Label → code of a profile code list (the inverse the export writer needs). */
const codeOf = (list: string, label: unknown): string | undefined => {
  const values = P.codes[list]?.values ?? {};
  return Object.keys(values).find((c) => values[c] === label && !c.includes(','));
};

/** One element's value into its source field(s) of a row (values as the model spells them: labels, codes, accepted forms). */
function put(row: Record<string, unknown>, rule: FieldRule, value: unknown, def?: ElementDef): void {
  const r = ruleOf(rule);
  const field = defined(r.from[0]);
  if (value === undefined || value === null) return;
  if (r.unit) {
    const t = typeof value === 'string' ? /^(\d+)个?(工作日|自然日)$/.exec(value) : null;
    const [num, unit] = t
      ? [t[1], t[2]]
      : typeof value === 'object' && !Array.isArray(value)
        ? [(value as Record<string, unknown>)['数值'], (value as Record<string, unknown>)['单位']]
        : [value, undefined];
    row[field] = typeof num === 'string' || typeof num === 'number' || typeof num === 'boolean' ? String(num) : '';
    if (unit !== undefined) row[defined(r.unit.from[0])] = codeOf(r.unit.codes, unit) ?? '';
    return;
  }
  if (r.codes) {
    const codes = r.codes;
    const labels = (Array.isArray(value) ? (value as unknown[]) : [value]).map((l) =>
      def?.values ? (resolveValue(def.values, l)?.label ?? l) : l,
    );
    row[field] = labels
      .map((l) => codeOf(codes, l))
      .filter(Boolean)
      .join(',');
    return;
  }
  if (Array.isArray(value) && value.some((x) => typeof x === 'object')) return; // a list: its table
  row[field] = Array.isArray(value) ? value.join('、') : typeof value === 'object' ? JSON.stringify(value) : value;
}

/** A guide of the bench set → one record of the national exchange field set. */
export function toRecord(g: Guide, i: number): Record<string, unknown> {
  const item: Record<string, unknown> = { task_version: '1', rowguid: `g${i}` };
  for (const [el, rule] of Object.entries(P.fields))
    if (!(el in (P.windows?.fields ?? {})) || el === '咨询电话') put(item, rule, g[el], elementFor('guide', el));
  if (typeof g['中介服务'] === 'string') item.is_intermediary = g['中介服务'] === '否' ? '0' : '1';
  const rec: Record<string, unknown> = { AUDIT_ITEM: item };
  const places = Array.isArray(g['办理地点']) ? (g['办理地点'] as unknown[]) : [g['办理地点']];
  const windowFields = defined(P.windows).fields;
  rec.AUDIT_ITEM_WINDOW = places.map((p) => {
    const w: Record<string, unknown> = { task_guid: `g${i}` };
    put(w, defined(windowFields['办理地点']), p);
    put(w, defined(windowFields['办理时间']), g['办理时间']);
    return w;
  });
  for (const l of P.lists) {
    const rows = g[l.element];
    const fields = l.fields;
    if (!Array.isArray(rows) || !fields) continue;
    rec[defined(l.table[0])] = rows.map((x: unknown) => {
      const row: Record<string, unknown> = { task_guid: `g${i}` };
      const m = x as Record<string, unknown>;
      for (const [el, rule] of Object.entries(fields))
        put(row, rule, m[el], l.scope ? elementFor(l.scope, el) : undefined);
      if (l.scope === 'material') {
        const copies = Number(m['份数'] ?? 1) || 1;
        const type = m['材料类型'];
        row.original_amount = type === '复印件' ? 0 : copies;
        row.copy_amount = type === '原件' ? 0 : copies;
      }
      return row;
    });
  }
  const result = g['审批结果'] as Record<string, unknown> | undefined;
  if (result && P.result)
    for (const [el, rule] of Object.entries(P.result))
      if (el !== '样本') put(item, rule, result[el], elementFor('result', el));
  return rec;
}
