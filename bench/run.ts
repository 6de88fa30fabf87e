// npm run bench [-- --sizes 1000,20000,100000 | --smoke] [--no-xlsx] [--profile] [--repeat N] [--timeout S] [--seed N] [--cli FILE]
// Every timing is a fresh child process (see measure.ts); data sets are cached in bench/.data.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { dump } from 'js-yaml';
import type { FloorResult, Parser } from './floor.js';
import { generateGuide, guideRng, writeRelationalXlsx, writeYamlSet, type Manifest } from './generate.js';
import { measure, measureRepeated, rssMethod, warmPageCache, type Measurement } from './measure.js';
import { summarize } from './profile.js';
import { at } from '../src/util/at.js';
import { defined } from '../src/util/defined.js';

const HERE = dirname(fileURLToPath(import.meta.url)); // dist/bench
const ROOT = resolve(HERE, '../..');
const DATA = join(ROOT, 'bench', '.data');
const NODE = process.execPath;
const FLOOR_JS = join(HERE, 'floor.js');

const { values: a } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,20000,100000' },
    smoke: { type: 'boolean', default: false },
    xlsx: { type: 'boolean' },
    'no-xlsx': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    repeat: { type: 'string' },
    timeout: { type: 'string' },
    seed: { type: 'string', default: '42' },
    cli: { type: 'string', default: 'bin/guide-lint.js' },
  },
});
const smoke = a.smoke;
const sizes = smoke
  ? [1000]
  : a.sizes
      .split(',')
      .map(Number)
      .sort((x, y) => x - y);
const seed = Number(a.seed);
// Best of 3 for the sets up to 20,000 guides (a shared 2-core VM varies by 10–20 % from run to run),
// one run for the 100,000 set (time budget); --repeat N sets every count.
const repeatFor = (size: number) => (a.repeat !== undefined ? Math.max(1, Number(a.repeat)) : size <= 20000 ? 3 : 1);
const repeatNote = `${a.repeat !== undefined ? `best of ${repeatFor(0)}` : 'best of 3 up to 20,000 guides, one run above'}, in rounds of floor, 1 thread, auto`;
const withXlsx = a['no-xlsx'] ? false : (a.xlsx ?? true);
const xlsxSize = smoke ? 1000 : 20000;
const CLI = resolve(ROOT, a.cli);
const lintTimeoutMs = Number(a.timeout ?? (smoke ? 180 : 600)) * 1000; // per lint process
const haveCli = existsSync(CLI);
const startedAt = performance.now();
const loadAtStart = at(os.loadavg(), 0);
const log = (msg: string) => {
  console.error(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)}s] ${msg}`);
};
const failures: string[] = [];

// ---------- helpers
const sec = (ms?: number | null) => (ms == null ? 'n/a' : (ms / 1000).toFixed(2));
const num = (x?: number | null, d = 0) => (x == null || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));
const ratio = (x?: number | null, y?: number | null) => (x == null || y == null ? null : x / y);
const verdict = (v: number | null | undefined, ok: (v: number) => boolean) =>
  v == null ? 'n/a' : ok(v) ? 'pass' : '**FAIL**';

const faster = <T extends { m: Measurement }>(b: T, x: T) => (x.m.wallMs < b.m.wallMs ? x : b);

/** One fresh process (the measurement rounds repeat it). */
function floor(target: string, parser: Parser): { m: Measurement; r: FloorResult | null } {
  const m = measure(NODE, [FLOOR_JS, target, '--parser', parser]);
  if (m.code !== 0) log(`floor ${parser} failed: ${m.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return { m, r: m.code === 0 ? (JSON.parse(m.stdout) as FloorResult) : null };
}

/** Count finding-like objects in the JSON report, whatever its exact shape, by rule. */
function countFindings(v: unknown, byRule: Map<string, number>): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + countFindings(x, byRule), 0);
  if (v === null || typeof v !== 'object') return 0;
  const o = v as Record<string, unknown>;
  const rule = o.ruleId ?? o.rule;
  const self = typeof rule === 'string' && ('message' in o || 'severity' in o || 'messageId' in o);
  if (self) byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
  return (self ? 1 : 0) + Object.values(o).reduce((n: number, x) => n + countFindings(x, byRule), 0);
}

// Optional flags are passed only when the CLI's --help lists them.
let helpText: string | undefined;
const cliHas = (flag: string) =>
  (helpText ??= ['--help', 'lint --help']
    .map((h) => measure(NODE, [CLI, ...h.split(' ')], { cwd: ROOT }).stdout)
    .join('\n')).includes(flag);

interface Lint {
  m: Measurement;
  ok: boolean;
  findings: number;
  byRule: Map<string, number>;
  out: string;
  error: string;
}
function lint(target: string, tag: string, threads?: string, prefix: string[] = []): Lint {
  const out = join(DATA, 'out', `${tag}.json`);
  rmSync(out, { force: true });
  rmSync(join(ROOT, '.guidelintcache'), { recursive: true, force: true });
  const args = [...prefix, CLI, target, '--format', 'json', '--output', out, '--no-score'];
  if (threads && cliHas('--threads')) args.push('--threads', threads);
  if (cliHas('--no-cache')) args.push('--no-cache');
  const m = measure(NODE, args, { cwd: ROOT, timeoutMs: lintTimeoutMs });
  let findings = 0;
  const byRule = new Map<string, number>();
  const why =
    m.stderr
      .split('\n')
      .filter((x) => x.trim() && !/^\s+at |^Node\.js v/.test(x))
      .pop()
      ?.slice(0, 160) ?? '';
  let error = m.timedOut
    ? `timed out after ${lintTimeoutMs / 1000} s`
    : m.code !== 0 && m.code !== 1
      ? `exit ${m.code ?? m.signal}: ${why}`
      : '';
  if (!error) {
    try {
      const report = JSON.parse(readFileSync(out, 'utf8')) as {
        summary?: { guides?: number };
        findings?: { message?: string }[];
      } | null;
      findings = countFindings(report, byRule);
      if (report?.summary?.guides === 0)
        error = `read no guide: ${JSON.stringify(report.findings?.[0]?.message ?? '')}`;
    } catch (e) {
      error = `no JSON report (${why || (e as Error).message.slice(0, 80)})`;
    }
  }
  if (error) log(`lint ${tag} failed: ${error}`);
  return { m, ok: !error, findings, byRule, out, error };
}

const sameBytes = (x: string, y: string) => existsSync(x) && existsSync(y) && readFileSync(x).equals(readFileSync(y));

// ---------- data sets and measurements
mkdirSync(join(DATA, 'out'), { recursive: true });
log(`guide-lint CLI ${haveCli ? CLI : 'not found: lint columns will say n/a'}; peak RSS by ${rssMethod()}`);

interface SizeRow {
  size: number;
  manifest: Manifest;
  genMs: number | null;
  floor: Measurement;
  floorR: FloorResult | null;
  others: { parser: Parser; m: Measurement }[];
  l1: Lint | null;
  lAuto: Lint | null;
  identical: boolean | null;
}
const rows: SizeRow[] = [];
let halvesMs: number | null = null;
for (const size of sizes) {
  const dir = join(DATA, `yaml-${size}-s${seed}`);
  const t = performance.now();
  const { manifest, reused } = writeYamlSet(dir, size, seed);
  const genMs = reused ? null : performance.now() - t;
  log(
    `${size} guides: ${reused ? 'reused' : `generated in ${sec(genMs)} s`}, ${(manifest.bytes / 2 ** 20).toFixed(1)} MB, ${manifest.defective} defective`,
  );
  warmPageCache(dir);
  // Rounds of floor, one thread, auto (and for 20,000 the halves ceiling), best of each: the VM's
  // speed drifts over minutes, and interleaving keeps the ratios from one stretch of time.
  let f: ReturnType<typeof floor> | undefined;
  let l1: Lint | null = null;
  let lAuto: Lint | null = null;
  const withThreads = haveCli && cliHas('--threads');
  for (let round = 0; round < repeatFor(size); round++) {
    f = f ? faster(f, floor(dir, 'js-yaml')) : floor(dir, 'js-yaml');
    if (!haveCli) continue;
    const one = lint(dir, `${size}-t1`, '1');
    l1 = l1 ? faster(l1, one) : one;
    if (withThreads) {
      const auto = lint(dir, `${size}-tauto`, 'auto');
      lAuto = lAuto ? faster(lAuto, auto) : auto;
    }
    if (size === 20000) {
      const ms = await halvesSideBySide(dir);
      if (ms !== null && (halvesMs === null || ms < halvesMs)) halvesMs = ms;
    }
  }
  log(`  floor ${sec(defined(f).m.wallMs)} s (parse ${sec(defined(f).r?.parseMs)} s), ${num(defined(f).m.rssMB)} MB`);
  if (l1) log(`  lint --threads 1: ${sec(l1.m.wallMs)} s, ${num(l1.m.rssMB)} MB, ${l1.findings} findings`);
  if (lAuto)
    log(`  lint --threads auto: ${sec(lAuto.m.wallMs)} s, ${num(lAuto.m.rssMB)} MB, ${lAuto.findings} findings`);
  else if (haveCli) log('  the CLI has no --threads yet: single-threaded run only');
  if (size === 20000) log(`  two processes side by side, half of the 20,000 each: ${sec(halvesMs)} s`);
  const others =
    size <= 20000 ? (['js-yaml-pos', 'yaml-doc'] as Parser[]).map((p) => ({ parser: p, m: floor(dir, p).m })) : [];
  if (haveCli) {
    for (const l of [l1, lAuto]) {
      if (!l) continue;
      if (!l.ok) failures.push(`lint ${size} failed (${l.error})`);
      else if (l.findings === 0 && l.m.code === 0)
        failures.push(`lint ${size} found no defects in a set with ${manifest.defective} defective guides`);
    }
  }
  const identical = l1?.ok && lAuto?.ok ? sameBytes(l1.out, lAuto.out) : null;
  if (identical === false) failures.push(`${size}: --threads 1 and --threads auto outputs differ`);
  rows.push({ size, manifest, genMs, floor: defined(f).m, floorR: defined(f).r, others, l1, lAuto, identical });
}

// The ceiling of any thread design on this machine: two single-threaded processes side by side,
// each linting half of the 20,000 set (no shared memory, no messages). `--threads auto` cannot beat
// the speed-up this gives; measured because a 2-core machine shares more than cores (see ANALYSIS).
async function halvesSideBySide(dir: string): Promise<number | null> {
  const parts = readdirSync(dir)
    .filter((x) => x.startsWith('part-'))
    .sort()
    .map((x) => join(dir, x));
  if (parts.length < 2 || !haveCli) return null;
  const halves = [parts.slice(0, parts.length >> 1), parts.slice(parts.length >> 1)];
  const t = performance.now();
  const codes = await Promise.all(
    halves.map(
      (h, i) =>
        new Promise<number | null>((done) => {
          const out = join(DATA, 'out', `half-${i}.json`);
          spawn(NODE, [CLI, ...h, '--format', 'json', '--output', out, '--no-score', '--threads', '1'], {
            cwd: ROOT,
            stdio: 'ignore',
          }).on('exit', (code) => {
            done(code);
          });
        }),
    ),
  );
  const ms = performance.now() - t;
  return codes.every((c) => c === 0 || c === 1) ? ms : null;
}

// Start-up: bare node, --version, one small clean file (median of several fresh runs).
const reps = smoke ? 3 : 7;
const smallFile = join(DATA, 'small', 'guide.yaml');
mkdirSync(dirname(smallFile), { recursive: true });
for (let i = 0; ; i++) {
  const { guide, defects } = generateGuide(i, guideRng(seed, i));
  if (defects.length === 0) {
    writeFileSync(smallFile, dump(guide, { lineWidth: -1, noRefs: true }));
    break;
  }
}
const bare = measureRepeated(NODE, ['-e', '0'], reps);
const version = haveCli ? measureRepeated(NODE, [CLI, '--version'], reps, { cwd: ROOT }) : null;
const small = haveCli ? measureRepeated(NODE, [CLI, smallFile], reps, { cwd: ROOT }) : null;
if (small && small.code !== 0 && small.code !== 1) failures.push(`one small file: exit ${small.code ?? small.signal}`);
log(`start-up: node ${num(bare.wallMs)} ms, --version ${num(version?.wallMs)} ms, small file ${num(small?.wallMs)} ms`);

// The relational workbook: plain SheetJS reads (sparse and dense) vs guide-lint.
let xl: {
  manifest: Manifest;
  genMs: number | null;
  reads: { parser: Parser; m: Measurement; r: FloorResult | null }[];
  l: Lint | null;
} | null = null;
if (withXlsx) {
  const file = join(DATA, `relational-${xlsxSize}-s${seed}.xlsx`);
  const t = performance.now();
  const { manifest, reused } = writeRelationalXlsx(file, xlsxSize, seed);
  const genMs = reused ? null : performance.now() - t;
  warmPageCache(file);
  const reads = (['xlsx', 'xlsx-dense'] as Parser[]).map((p) => ({ parser: p, ...floor(file, p) }));
  const l = haveCli ? lint(file, `xlsx-${xlsxSize}`) : null;
  if (l && !l.ok && !l.error.startsWith('read no guide')) failures.push(`xlsx lint failed (${l.error})`);
  xl = { manifest, genMs, reads, l };
  log(
    `xlsx ${xlsxSize}: ${(manifest.bytes / 2 ** 20).toFixed(1)} MB, reads ${reads.map((x) => `${x.parser} ${sec(x.m.wallMs)} s`).join(', ')}, lint ${sec(l?.m.wallMs)} s`,
  );
}

// Optional CPU profile of one single-threaded lint (or of the floor while the CLI is missing).
let prof: { label: string; s: ReturnType<typeof summarize> } | null = null;
if (a.profile) {
  const size = sizes.includes(20000) ? 20000 : sizes[0];
  const dir = join(DATA, `yaml-${size}-s${seed}`);
  const pdir = join(DATA, 'profile');
  rmSync(pdir, { recursive: true, force: true });
  const pre = ['--cpu-prof', '--cpu-prof-dir', pdir];
  const ok = haveCli
    ? lint(dir, `profile-${size}`, '1', pre).ok
    : measure(NODE, [...pre, FLOOR_JS, dir, '--parser', 'js-yaml']).code === 0;
  const files = existsSync(pdir)
    ? readdirSync(pdir)
        .filter((x) => x.endsWith('.cpuprofile'))
        .sort()
    : [];
  if (!ok) failures.push('the profiled run failed: no profile');
  else if (files.length)
    prof = {
      label: `${haveCli ? 'guide-lint --threads 1' : 'floor (CLI missing)'} on ${size} guides`,
      s: summarize(join(pdir, at(files, 0))),
    };
}

// ---------- report
const r20 = rows.find((x) => x.size === 20000);
const r100 = rows.find((x) => x.size === 100000);
const ok = (l?: Lint | null) => (l?.ok ? l.m : undefined); // only runs that produced a report count
const lintFloor = (x?: SizeRow) => ratio(ok(x?.l1)?.wallMs, x?.floor.wallMs);
const speedup = (x?: SizeRow) => ratio(ok(x?.l1)?.wallMs, ok(x?.lAuto)?.wallMs);
const scale = ratio(ok(r100?.l1)?.wallMs, ok(r20?.l1)?.wallMs);
const peaks100 = [ok(r100?.l1)?.rssMB, ok(r100?.lAuto)?.rssMB].filter((v): v is number => v != null);
const peak100 = peaks100.length ? Math.max(...peaks100) : null;
const xlFloor = xl ? Math.min(...xl.reads.map((x) => x.m.wallMs)) : null;
const xlLint = xl?.l?.ok ? xl.l.m : null;
const totalMs = performance.now() - startedAt;

const cpus = os.cpus();
const md: string[] = [
  `# guide-lint benchmark results${smoke ? ' (smoke)' : ''}`,
  '',
  `- Date: ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
  `- Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
  `- Node ${process.version}; seed ${seed}; peak RSS by ${rssMethod()}; every number is one fresh process (floor and lint: ${repeatNote}), warm page cache (every file read once before the first timed run)`,
  `- Load average (1 min): ${loadAtStart.toFixed(1)} at start, ${at(os.loadavg(), 0).toFixed(1)} at end` +
    (loadAtStart > os.availableParallelism() * 0.75
      ? ' — **busy machine: other processes competed for the CPU, times are inflated**'
      : ''),
  `- CLI: ${!haveCli ? `${a.cli} **not found** — lint columns are n/a` : cliHas('--threads') ? a.cli : `${a.cli}, no \`--threads\` yet: "1 thread" is its default run, auto is n/a`}; this run took ${sec(totalMs)} s`,
  `- Data: ${[
    ...rows.map((x) => ({ what: `${x.size} YAML`, ms: x.genMs })),
    ...(xl ? [{ what: `${xlsxSize} xlsx`, ms: xl.genMs }] : []),
  ]
    .map((x) => `${x.what} ${x.ms == null ? 'reused' : `generated in ${sec(x.ms)} s`}`)
    .join(', ')}`,
  '',
  '## YAML sets',
  '',
  '| guides | MB | defective | floor s | floor RSS MB | lint s (1 thread) | lint s (auto) | files/s (1 / auto) | peak RSS MB (1 / auto) | lint ÷ floor | threads speed-up | identical | ÷ 20k (lint / floor) |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:--:|---:|',
  ...rows.map((x) => {
    const fps = (l: Lint | null) => (l?.ok ? num(x.size / (l.m.wallMs / 1000)) : 'n/a');
    const vs20 = x.size === 100000 ? `${num(scale, 2)} / ${num(ratio(x.floor.wallMs, r20?.floor.wallMs), 2)}` : '';
    return (
      `| ${x.size.toLocaleString('en')} | ${num(x.manifest.bytes / 2 ** 20, 1)} | ${x.manifest.defective} | ${sec(x.floor.wallMs)} | ${num(x.floor.rssMB)} | ` +
      `${sec(ok(x.l1)?.wallMs)} | ${sec(ok(x.lAuto)?.wallMs)} | ${fps(x.l1)} / ${fps(x.lAuto)} | ${num(ok(x.l1)?.rssMB)} / ${num(ok(x.lAuto)?.rssMB)} | ` +
      `${num(lintFloor(x), 2)} | ${num(speedup(x), 2)} | ${x.identical == null ? 'n/a' : x.identical ? 'yes' : '**no**'} | ${vs20} |`
    );
  }),
  '',
  'Findings in the JSON report (1 thread), by rule:',
  '',
  ...rows.map(
    (x) =>
      `- ${x.size.toLocaleString('en')}: ${
        x.l1?.ok
          ? `${x.l1.findings} — ` +
            [...x.l1.byRule]
              .sort((p, q) => q[1] - p[1])
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')
          : (x.l1?.error ?? 'n/a')
      }`,
  ),
  '',
  '### Other parsers (for the record; not the floor)',
  '',
  '| guides | parser | s | × floor | RSS MB |',
  '|---:|---|---:|---:|---:|',
  ...rows.flatMap((x) =>
    [{ parser: 'js-yaml (floor)', m: x.floor }, ...x.others].map(
      (o) =>
        `| ${x.size.toLocaleString('en')} | ${o.parser} | ${sec(o.m.wallMs)} | ${num(ratio(o.m.wallMs, x.floor.wallMs), 2)} | ${num(o.m.rssMB)} |`,
    ),
  ),
  '',
  'js-yaml-pos = js-yaml `load` with a `listener` keeping one offset per node; yaml-doc = `yaml` `parseDocument` (ranges, no `toJS`).',
  '',
  `## Start-up (median of ${reps} runs)`,
  '',
  '| command | ms | RSS MB |',
  '|---|---:|---:|',
  `| \`node -e 0\` (baseline) | ${num(bare.wallMs)} | ${num(bare.rssMB)} |`,
  `| \`guide-lint --version\` | ${num(version?.wallMs)} | ${num(version?.rssMB)} |`,
  `| \`guide-lint\` one small YAML file | ${num(small?.wallMs)} | ${num(small?.rssMB)} |`,
];
if (xl) {
  md.push(
    '',
    `## Relational xlsx (${xlsxSize.toLocaleString('en')} guides)`,
    '',
    `${num(xl.manifest.bytes / 2 ** 20, 1)} MB, sheets 事项 / 申请材料 / 办理流程 / 中介服务 / 特殊环节; ${xl.reads[0]?.r?.units ?? 'n/a'} rows in all.`,
    '',
    '| run | s | RSS MB |',
    '|---|---:|---:|',
    ...xl.reads.map(
      (x) =>
        `| SheetJS read + sheet_to_json (${x.parser === 'xlsx' ? 'sparse' : 'dense'}) | ${sec(x.m.wallMs)} | ${num(x.m.rssMB)} |`,
    ),
    `| guide-lint | ${xl.l?.ok ? sec(xl.l.m.wallMs) : 'n/a'} | ${xl.l?.ok ? num(xl.l.m.rssMB) : 'n/a'} |`,
  );
  if (xl.l && !xl.l.ok) md.push('', `guide-lint did not lint the workbook: ${xl.l.error}`);
}
md.push(
  '',
  '## Targets',
  '',
  '| target | measured | verdict |',
  '|---|---:|:--:|',
  `| lint ÷ floor ≤ 2.0 (20k, 1 thread) | ${num(lintFloor(r20), 2)} | ${verdict(lintFloor(r20), (v) => v <= 2)} |`,
  `| \`--threads auto\` ≥ 1.7× single thread (20k) | ${num(speedup(r20), 2)} on ${os.availableParallelism()} cores | ${verdict(speedup(r20), (v) => v >= 1.7)} |`,
  `| (ceiling: two processes side by side, half the 20k each, vs 1 thread) | ${num(ratio(ok(r20?.l1)?.wallMs, halvesMs), 2)} (${sec(halvesMs)} s) | for the record |`,
  `| outputs byte-identical (1 thread vs auto) | ${rows.map((x) => (x.identical == null ? 'n/a' : x.identical ? 'yes' : 'no')).join(', ')} | ${rows.some((x) => x.identical === false) ? '**FAIL**' : rows.some((x) => x.identical) ? 'pass' : 'n/a'} |`,
  `| 100k time ≤ 5.5 × 20k | ${num(scale, 2)} | ${verdict(scale, (v) => v <= 5.5)} |`,
  `| peak RSS on 100k ≤ 600 MB | ${num(peak100)} | ${verdict(peak100, (v) => v <= 600)} |`,
  `| \`--version\` ≤ 120 ms | ${num(version?.wallMs)} | ${verdict(version?.wallMs, (v) => v <= 120)} |`,
  `| one small YAML file ≤ 300 ms | ${num(small?.wallMs)} | ${verdict(small?.wallMs, (v) => v <= 300)} |`,
  `| xlsx lint ≤ 1.5 × faster plain read | ${num(ratio(xlLint?.wallMs, xlFloor), 2)} | ${verdict(ratio(xlLint?.wallMs, xlFloor), (v) => v <= 1.5)} |`,
  `| xlsx lint peak RSS < 1 GB | ${num(xlLint?.rssMB)} | ${verdict(xlLint?.rssMB, (v) => v < 1024)} |`,
  `| whole bench < 10 min | ${num(totalMs / 60000, 1)} min${rows.some((x) => x.genMs == null) ? ' (some data reused)' : ''} | ${verdict(totalMs, (v) => v < 600_000)} |`,
);
if (prof) {
  md.push(
    '',
    `## CPU profile: ${prof.label}`,
    '',
    `${num(prof.s.total)} ms sampled. Self time by package:`,
    '',
    '| package | ms | % |',
    '|---|---:|---:|',
    ...prof.s.packages.map((p) => `| ${p.name} | ${num(p.ms)} | ${num(p.pct, 1)} |`),
    '',
    'Top 15 functions by self time:',
    '',
    '| function | where | ms | % |',
    '|---|---|---:|---:|',
    ...prof.s.functions.map((f) => `| ${f.name} | ${f.where} | ${num(f.ms)} | ${num(f.pct, 1)} |`),
  );
}
if (failures.length) md.push('', '## Failures', '', ...failures.map((f) => `- ${f}`));
// The hand-written analysis of the targets (why a missed one is missed) travels with every run.
const notes = join(ROOT, 'bench', 'ANALYSIS.md');
if (!smoke && existsSync(notes)) md.push('', readFileSync(notes, 'utf8').trimEnd());

const text = md.join('\n') + '\n';
const resultsFile = smoke ? join(DATA, 'RESULTS-smoke.md') : join(ROOT, 'bench', 'RESULTS.md');
writeFileSync(resultsFile, text);
console.log(text);
log(`wrote ${resultsFile}`);
if (smoke && failures.length) {
  console.error(`smoke FAILED:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
