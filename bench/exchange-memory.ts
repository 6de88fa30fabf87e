// npm run build && node dist/bench/exchange-memory.js [--n 1000000] [--seed 42]
// Writes bench/.data/exchange-mem-<n>.jsonl for the memory bench of a large JSON Lines export: one
// near-clean bench guide as a national-field-set record with one material and without its 办理流程
// (two findings a record: no 办理流程, and the 办理深度 code the built-in list does not know), repeated with a distinct 业务办理项 and rowguid per line, so every line is a unit of its own.
// Measure the lint with: /usr/bin/time -v node bin/guide-lint.js bench/.data/exchange-mem-<n>.jsonl [-f json]
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateGuide, guideRng } from './generate.js';
import { toRecord } from './exchange-record.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values: a } = parseArgs({
  options: { n: { type: 'string', default: '1000000' }, seed: { type: 'string', default: '42' } },
});
const n = Number(a.n);
const seed = Number(a.seed);

/** The first guide of the set generated without defects. */
function cleanGuide(): Record<string, unknown> {
  for (let i = 0; ; i++) {
    const g = generateGuide(i, guideRng(seed, i));
    if (g.defects.length === 0) return toRecord(g.guide, i);
  }
}

const record = cleanGuide();
delete record.AUDIT_ITEM_FLOW; // no 办理流程: one finding a record
const item = record.AUDIT_ITEM as Record<string, unknown>;
item.is_intermediary = '0';
item.result_guid = 'a1b2c3d4-0000-4000-8000-000000000001';
item.online_handle_depth = '4';
record.AUDIT_MATERIAL = (record.AUDIT_MATERIAL as unknown[]).slice(0, 1); // ≈ 1.3 KB a record
item.task_handle_item = '@N@';
item.rowguid = 'g@N@';
const template = JSON.stringify(record).split('@N@');
const file = join(ROOT, 'bench', '.data', `exchange-mem-${n}.jsonl`);
mkdirSync(dirname(file), { recursive: true });
const fd = openSync(file, 'w');
let chunk: string[] = [];
for (let i = 1; i <= n; i++) {
  chunk.push(template.join(String(i)));
  if (chunk.length === 10000 || i === n) {
    writeSync(fd, `${chunk.join('\n')}\n`);
    chunk = [];
  }
}
closeSync(fd);
console.log(`${file}: ${n} records`);
