// Read-vs-lint on a large relational workbook (default: 20,000 guides from bench/generate.ts):
// each run a fresh child process, timed with its peak RSS (bench/measure.ts), reported as ratios.
//   npm run build && node dist/bench/xlsx.js [--guides 20000] [--seed 42] [--repeat 3] [--quick] [--exceljs DIR]
// (--quick skips the slow SheetJS sparse read.)
// Plain reads: SheetJS read + sheet_to_json (sparse and dense), and, when an exceljs install is
// given (--exceljs DIR, or EXCELJS_DIR; it is not a dependency of guide-lint), its streaming reader.
// Then guide-lint's own reader alone (unzip + scan + guides), and the full CLI lint.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeRelationalXlsx } from './generate.js';
import { measure, rssMethod, type Measurement } from './measure.js';
import { defined } from '../src/util/defined.js';

const HERE = dirname(fileURLToPath(import.meta.url)); // dist/bench
const ROOT = resolve(HERE, '../..');
const SELF = fileURLToPath(import.meta.url);

type Mode = 'sheetjs-sparse' | 'sheetjs-dense' | 'exceljs' | 'guide-lint-read';

/** Child process: one plain read (or our reader), prints { rows } as JSON. */
async function child(mode: Mode, file: string, exceljsDir?: string): Promise<void> {
  let rows = 0;
  if (mode === 'sheetjs-sparse' || mode === 'sheetjs-dense') {
    const XLSX = await import('xlsx');
    const wb = XLSX.read(readFileSync(file), { type: 'buffer', dense: mode === 'sheetjs-dense' });
    for (const name of wb.SheetNames) rows += XLSX.utils.sheet_to_json(defined(wb.Sheets[name]), { header: 1 }).length;
  } else if (mode === 'exceljs') {
    const require = createRequire(join(resolve(defined(exceljsDir)), 'package.json'));
    // exceljs is an optional dependency resolved at run time: the part of its API this bench uses.
    interface ExcelJSStream {
      stream: {
        xlsx: {
          WorkbookReader: new (file: string, opts: Record<string, string>) => AsyncIterable<AsyncIterable<unknown>>;
        };
      };
    }
    const ExcelJS = ((await import(pathToFileURL(require.resolve('exceljs')).href)) as { default: ExcelJSStream })
      .default;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      hyperlinks: 'ignore',
      styles: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const ws of reader) {
      const it = ws[Symbol.asyncIterator]();
      while (!(await it.next()).done) rows++;
    }
  } else {
    const { readWorkbook } = await import('../src/load/spreadsheet/index.js');
    const { buildGuides } = await import('../src/load/spreadsheet/layout.js');
    const wb = await readWorkbook(readFileSync(file), file);
    rows = wb.sheets.reduce((n, s) => n + s.rows.length, 0);
    const { guides } = buildGuides(wb, {});
    if (!guides.length) throw new Error('no guides');
  }
  console.log(JSON.stringify({ rows }));
}

async function main(): Promise<void> {
  const { values: a } = parseArgs({
    options: {
      guides: { type: 'string', default: '20000' },
      seed: { type: 'string', default: '42' },
      repeat: { type: 'string', default: '3' },
      exceljs: { type: 'string' },
      child: { type: 'string' },
      quick: { type: 'boolean', default: false },
      file: { type: 'string' },
    },
  });
  if (a.child) return child(a.child as Mode, defined(a.file), a.exceljs);
  const n = Number(a.guides);
  const repeat = Math.max(1, Number(a.repeat));
  const data = join(ROOT, 'bench', '.data');
  mkdirSync(join(data, 'out'), { recursive: true });
  const file = join(data, `relational-${n}-s${a.seed}.xlsx`);
  const { manifest } = writeRelationalXlsx(file, n, Number(a.seed));
  const exceljs = a.exceljs ?? process.env.EXCELJS_DIR;
  const node = process.execPath;
  const out = join(data, 'out', `xlsx-bench-${n}.json`);
  interface Run {
    name: string;
    read: boolean;
    args: string[];
  }
  const runs: Run[] = [
    ...(a.quick
      ? []
      : [
          {
            name: 'SheetJS read + sheet_to_json (sparse)',
            read: true,
            args: [SELF, '--child', 'sheetjs-sparse', '--file', file],
          },
        ]),
    {
      name: 'SheetJS read + sheet_to_json (dense)',
      read: true,
      args: [SELF, '--child', 'sheetjs-dense', '--file', file],
    },
    ...(exceljs
      ? [
          {
            name: 'exceljs streaming reader',
            read: true,
            args: [SELF, '--child', 'exceljs', '--file', file, '--exceljs', exceljs],
          },
        ]
      : []),
    {
      name: 'guide-lint reader only (unzip + scan + build guides)',
      read: false,
      args: [SELF, '--child', 'guide-lint-read', '--file', file],
    },
    {
      name: 'guide-lint lint (CLI, json report)',
      read: false,
      args: [join(ROOT, 'bin', 'guide-lint.js'), file, '--format', 'json', '--output', out, '--no-score'],
    },
  ];
  // Rounds interleave the runs, so a change in machine load hits every run of a round alike;
  // ratios are taken within each round, then the median over rounds is reported.
  const results = runs.map(() => [] as Measurement[]);
  for (let round = 0; round < repeat; round++) {
    runs.forEach((r, i) => {
      rmSync(out, { force: true });
      const m = measure(node, r.args, { cwd: ROOT });
      const ok = m.code === 0 || (m.code === 1 && !r.read);
      defined(results[i]).push(ok ? m : { ...m, wallMs: NaN, rssMB: null });
      console.error(
        `[xlsx bench] round ${round + 1}/${repeat} ${r.name}: ${(m.wallMs / 1000).toFixed(2)} s, ${m.rssMB?.toFixed(0) ?? 'n/a'} MB${ok ? '' : ` (failed: exit ${m.code}: ${m.stderr.trim().split('\n').pop()})`}`,
      );
    });
  }
  const med = (xs: number[]) => {
    const v = xs.filter((x) => Number.isFinite(x)).sort((x, y) => x - y);
    if (!v.length) return NaN;
    const mid = v.length >> 1;
    return v.length % 2 ? defined(v[mid]) : (defined(v[mid - 1]) + defined(v[mid])) / 2;
  };
  const readIdx = runs.map((r, i) => (r.read ? i : -1)).filter((i) => i >= 0);
  const fastestIn = (round: number) =>
    readIdx.reduce(
      (b, i) => (defined(defined(results[i])[round]).wallMs < defined(defined(results[b])[round]).wallMs ? i : b),
      defined(readIdx[0]),
    );
  const rounds = Array.from({ length: repeat }, (_, k) => k);
  const timeRatio = (i: number) =>
    med(rounds.map((k) => defined(defined(results[i])[k]).wallMs / defined(defined(results[fastestIn(k)])[k]).wallMs));
  const rssRatio = (i: number) =>
    med(
      rounds.map(
        (k) =>
          (defined(defined(results[i])[k]).rssMB ?? NaN) / (defined(defined(results[fastestIn(k)])[k]).rssMB ?? NaN),
      ),
    );
  const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
  const lintIdx = runs.length - 1;
  const fastestName = defined(runs[fastestIn(0)]).name;
  const md = [
    `## Relational xlsx: ${n.toLocaleString('en')} guides, ${(manifest.bytes / 2 ** 20).toFixed(1)} MB`,
    '',
    `Node ${process.version}; ${repeat} interleaved round(s), each run a fresh process; medians; peak RSS by ${rssMethod()}.`,
    '',
    '| run | s | peak RSS MB | time ÷ fastest plain read | RSS ÷ fastest plain read |',
    '|---|---:|---:|---:|---:|',
    ...runs.map(
      (r, i) =>
        `| ${r.name} | ${f2(med(defined(results[i]).map((m) => m.wallMs)) / 1000)} | ${med(defined(results[i]).map((m) => m.rssMB ?? NaN)).toFixed(0)} | ${f2(timeRatio(i))} | ${f2(rssRatio(i))} |`,
    ),
    '',
    `Fastest plain read (round 1): ${fastestName}${exceljs ? '' : ' (exceljs not measured: pass --exceljs DIR)'}. ` +
      `Target: lint ≤ 1.5 × the fastest plain read — measured ${f2(timeRatio(lintIdx))}; peak RSS < 1024 MB — measured ${med(defined(results[lintIdx]).map((m) => m.rssMB ?? NaN)).toFixed(0)} MB. ` +
      `Reader only ÷ lint: ${f2(med(rounds.map((k) => defined(defined(results[lintIdx - 1])[k]).wallMs / defined(defined(results[lintIdx])[k]).wallMs)))} of the lint time is reading and building the guides.`,
  ];
  console.log(md.join('\n'));
}

await main();
