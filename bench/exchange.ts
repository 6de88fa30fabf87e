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
import { generateGuide, guideRng, writeYamlSet } from './generate.js';
import { toRecord } from './exchange-record.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const DATA = join(ROOT, 'bench', '.data');
const { values: a } = parseArgs({
  options: { n: { type: 'string', default: '20000' }, seed: { type: 'string', default: '42' } },
});
const n = Number(a.n);
const seed = Number(a.seed);
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
