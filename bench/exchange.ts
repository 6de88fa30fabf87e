// npm run build && node dist/bench/exchange.js [--n 20000] [--seed 42]
// The bench guides written as national-field-set JSON Lines (one record a line, through the inverse of
// the built-in national profile) beside the same guides as YAML files; one timed lint of each, in fresh
// processes, and the ratio JSON Lines ÷ YAML. Run once; the machine's load goes in the report.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { generateGuide, guideRng, writeYamlSet, type Guide } from './generate.js';
import { NATIONAL } from '../src/load/exchange/national.js';
import { ruleOf, type FieldRule } from '../src/load/exchange/profile.js';
import { elementFor, type ElementDef } from '../src/model/elements.js';
import { resolveValue } from '../src/model/values.js';
import { defined } from '../src/util/defined.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const DATA = join(ROOT, 'bench', '.data');
const { values: a } = parseArgs({
  options: { n: { type: 'string', default: '20000' }, seed: { type: 'string', default: '42' } },
});
const n = Number(a.n);
const seed = Number(a.seed);
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
    row[field] = String(num ?? '');
    if (unit !== undefined) row[defined(r.unit.from[0])] = codeOf(r.unit.codes, unit) ?? '';
    return;
  }
  if (r.codes) {
    const labels = (Array.isArray(value) ? value : [value]).map((l) =>
      def?.values ? (resolveValue(def.values, l)?.label ?? l) : l,
    );
    row[field] = labels
      .map((l) => codeOf(defined(r.codes), l))
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
  rec.AUDIT_ITEM_WINDOW = places.map((p) => {
    const w: Record<string, unknown> = { task_guid: `g${i}` };
    put(w, defined(defined(P.windows).fields['办理地点']), p);
    put(w, defined(defined(P.windows).fields['办理时间']), g['办理时间']);
    return w;
  });
  for (const l of P.lists) {
    const rows = g[l.element];
    if (!Array.isArray(rows) || !l.fields) continue;
    rec[defined(l.table[0])] = rows.map((x) => {
      const row: Record<string, unknown> = { task_guid: `g${i}` };
      const m = x as Record<string, unknown>;
      for (const [el, rule] of Object.entries(defined(l.fields)))
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

function timeLint(target: string): { seconds: number; status: number | null } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'bin/guide-lint.js'), target, '--no-score', '-f', 'json', '-o', join(DATA, 'exchange-report.json')],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  return { seconds: (performance.now() - t0) / 1000, status: r.status };
}

mkdirSync(DATA, { recursive: true });
const yamlDir = join(DATA, `yaml-${n}`);
writeYamlSet(yamlDir, n, seed);
const jsonl = join(DATA, `exchange-${n}.jsonl`);
rmSync(jsonl, { force: true });
const lines: string[] = [];
for (let i = 0; i < n; i++) lines.push(JSON.stringify(toRecord(generateGuide(i, guideRng(seed, i)).guide, i)));
writeFileSync(jsonl, `${lines.join('\n')}\n`);
const load = os
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');
const yaml = timeLint(yamlDir);
const ex = timeLint(jsonl);
console.log(
  JSON.stringify({
    guides: n,
    yaml: yaml.seconds.toFixed(1),
    jsonLines: ex.seconds.toFixed(1),
    ratio: (ex.seconds / yaml.seconds).toFixed(2),
    loadBefore: load,
    loadAfter: os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' '),
    cpus: os.cpus().length,
  }),
);
