// Bench of a split run (`--shard i/n` + `guide-lint merge`), as CI runners would make it, on this
// machine one process after another:
//   1. the single run: `guide-lint <set> --format json -o single.json --threads 1`;
//   2. the n shards, one after another: `--shard i/n --format shard -o shard-i.json --threads 1`,
//      each shard's time ÷ the single run's (≈ 1/n expected);
//   3. `guide-lint merge shard-*.json --format json -o merged.json`: time ÷ the single run's
//      (target ≤ 5 %), and merged.json byte-identical to single.json;
//   4. shard result size per guide (JSON and gzip);
//   5. a national-scale merge: 1,000,000 guides' summaries synthesised into n shard files (one guide
//      per file, ~10 % with a finding, 基本编码 shared by groups of guides), merged into the JSON
//      report (peak RSS, target ≤ 600 MB) and into the scorecard (table, and JSON: every offender).
//
//   npm run build && node dist/bench/shard.js [--size 100000] [--shards 4] [--synth 1000000] [--skip-set]
// Results: printed, and written to bench/SHARD-RESULTS.md with the machine's load.

import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeYamlSet } from './generate.js';
import { measure, rssMethod, warmPageCache, type Measurement } from './measure.js';
import { synthShards } from './synth-shards.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'guide-lint.js');
const DATA = join(ROOT, 'bench', '.data');
const NODE = process.execPath;

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const SIZE = arg('--size', 100_000);
const N = arg('--shards', 4);
const SYNTH = arg('--synth', 1_000_000);
const skipSet = process.argv.includes('--skip-set');

const lines: string[] = [];
const log = (s: string) => {
  console.log(s);
  lines.push(s);
};
const sec = (ms: number) => (ms / 1000).toFixed(2);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

function run(args: string[], what: string, cwd = ROOT): Measurement {
  const m = measure(NODE, [CLI, ...args], { cwd, timeoutMs: 30 * 60_000 });
  if (m.code !== 0 && m.code !== 1)
    throw new Error(
      `${what} failed (exit ${m.code ?? m.signal}): ${m.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  const cpu = m.cpuMs === null ? '' : `, CPU ${sec(m.cpuMs)} s`;
  log(`- ${what}: ${sec(m.wallMs)} s${cpu}, peak RSS ${m.rssMB?.toFixed(0) ?? 'n/a'} MB (load ${load()})`);
  return m;
}

const OUT = join(DATA, 'shard-out');
mkdirSync(OUT, { recursive: true });
log(`# Split run bench (${new Date().toISOString()})`);
log(
  `- machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, Node ${process.version}; peak RSS by ${rssMethod()}; load at start ${load()}`,
);

// ---------- 1–4: the set linted whole, in n shards, merged
if (!skipSet) {
  const dir = join(DATA, `yaml-${SIZE}-s42`);
  const { manifest, reused } = writeYamlSet(dir, SIZE, 42);
  log(
    `- set: ${SIZE} YAML guides (${reused ? 'reused' : 'generated'}), ${(manifest.bytes / 2 ** 20).toFixed(0)} MB, ${manifest.defective} defective`,
  );
  warmPageCache(dir);
  const single = join(OUT, 'single.json');
  const s = run([dir, '--format', 'json', '-o', single, '--threads', '1'], `single run (--format json, --threads 1)`);
  const shardFiles: string[] = [];
  const shardMs: number[] = [];
  const shardCpu: (number | null)[] = [];
  for (let i = 1; i <= N; i++) {
    const f = join(OUT, `shard-${i}.json`);
    shardFiles.push(f);
    const m = run([dir, '--shard', `${i}/${N}`, '--format', 'shard', '-o', f, '--threads', '1'], `shard ${i}/${N}`);
    shardMs.push(m.wallMs);
    shardCpu.push(m.cpuMs);
  }
  const merged = join(OUT, 'merged.json');
  const mg = run(['merge', ...shardFiles, '--format', 'json', '-o', merged], 'merge → JSON report');
  const identical = readFileSync(single).equals(readFileSync(merged));
  const ms = run(
    ['merge', ...shardFiles, '--score', '--format', 'json', '-o', join(OUT, 'merged-score.json')],
    'merge --score → score JSON',
  );
  const bytes = shardFiles.reduce((n, f) => n + statSync(f).size, 0);
  const gz = shardFiles.reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
  log('');
  log(`| figure | value |`);
  log(`|---|---|`);
  shardMs.forEach((t, i) => {
    log(
      `| shard ${i + 1}/${N} time ÷ single run | ${(t / s.wallMs).toFixed(3)} (${sec(t)} s ÷ ${sec(s.wallMs)} s; ideal ${(1 / N).toFixed(3)}) |`,
    );
  });
  log(`| Σ shards ÷ single run | ${(shardMs.reduce((a, b) => a + b, 0) / s.wallMs).toFixed(3)} |`);
  const singleCpu = s.cpuMs;
  if (singleCpu !== null && shardCpu.every((c) => c !== null)) {
    const ratios = shardCpu.map((c) => c / singleCpu);
    log(
      `| shard CPU time ÷ single run's | ${ratios.map((r) => r.toFixed(3)).join(' / ')} (single ${sec(singleCpu)} s; Σ ${ratios.reduce((a, b) => a + b, 0).toFixed(3)}) |`,
    );
  }
  log(
    `| merge (JSON report) time ÷ single run | ${((100 * mg.wallMs) / s.wallMs).toFixed(1)} % (${sec(mg.wallMs)} s; target ≤ 5 %) |`,
  );
  log(`| merge --score time ÷ single run | ${((100 * ms.wallMs) / s.wallMs).toFixed(1)} % (${sec(ms.wallMs)} s) |`);
  log(`| merged report = single report | ${identical ? 'byte-identical' : 'DIFFERENT'} |`);
  log(
    `| shard result size per guide | ${(bytes / SIZE).toFixed(0)} B JSON, ${(gz / SIZE).toFixed(0)} B gzip (${(bytes / 2 ** 20).toFixed(1)} MB / ${(gz / 2 ** 20).toFixed(1)} MB for ${SIZE} guides) |`,
  );
}

// ---------- 5: a national-scale merge of synthesised summaries (bench/synth-shards.ts)
if (SYNTH > 0) {
  log('');
  const dir = join(DATA, `synth-${SYNTH}`);
  const t = performance.now();
  const files =
    existsSync(join(dir, `shard-${N}.json`)) && process.argv.includes('--reuse-synth')
      ? Array.from({ length: N }, (_, k) => join(dir, `shard-${k + 1}.json`))
      : synthShards(N, SYNTH, dir, ROOT);
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  log(
    `- synthesised ${SYNTH} guides' summaries in ${N} shard files: ${(bytes / 2 ** 20).toFixed(0)} MB (${(bytes / SYNTH).toFixed(0)} B per guide) in ${sec(performance.now() - t)} s`,
  );
  const report = run(
    ['merge', ...files, '--format', 'json', '-o', join(dir, 'report.json')],
    `merge ${SYNTH} guides → JSON report`,
  );
  const score = run(
    ['merge', ...files, '--score', '--format', 'table', '-o', join(dir, 'score.txt')],
    `merge --score ${SYNTH} guides → scorecard (table)`,
  );
  // Every offender of every missed measure, for the whole set and per department: gigabytes, removed once measured.
  const scoreJsonFile = join(dir, 'score.json');
  const scoreJson = run(
    ['merge', ...files, '--score', '--format', 'json', '-o', scoreJsonFile],
    `merge --score ${SYNTH} guides → score JSON`,
  );
  const scoreJsonMB = statSync(scoreJsonFile).size / 2 ** 20;
  rmSync(scoreJsonFile);
  log('');
  log(`| figure | value |`);
  log(`|---|---|`);
  log(
    `| merge peak RSS, ${SYNTH} guides → JSON report | ${report.rssMB?.toFixed(0)} MB (target ≤ 600 MB) in ${sec(report.wallMs)} s |`,
  );
  log(
    `| merge --score peak RSS, ${SYNTH} guides → scorecard (table) | ${score.rssMB?.toFixed(0)} MB in ${sec(score.wallMs)} s |`,
  );
  log(
    `| merge --score peak RSS, ${SYNTH} guides → score JSON (${scoreJsonMB.toFixed(0)} MB) | ${scoreJson.rssMB?.toFixed(0)} MB in ${sec(scoreJson.wallMs)} s |`,
  );
}
log(`- load at end ${load()}`);
writeFileSync(join(ROOT, 'bench', 'SHARD-RESULTS.md'), `${lines.join('\n')}\n`);
