// Instructions executed by one lint run, counted by valgrind's callgrind with V8's --predictable
// (TurboFan compiles on the main thread, garbage is collected on one thread, nothing depends on
// timing): two runs of the same build on the same files agree to ~0.05 %, where wall-clock A/B
// runs on a shared 2-core VM need ten rounds to see 3 %. A count is not a time (cache misses and
// branch mispredictions are not in it), so confirm a gain in wall time before calling it one.
//
//   node dist/bench/instructions.js <dir|files…> [--cli path/to/guide-lint.js]
//   node dist/bench/instructions.js <dir|files…> --per-thread [--threads N|auto] [--cli …]
//
// Prints one JSON line: { instructions, turbofan, lint } — all instructions of the run, TurboFan's
// share (optimising compiles, which a normal run does on a helper thread, once per isolate), and
// the rest. Needs valgrind (callgrind and callgrind_annotate); a run is ~40× slower than without.
//
// --per-thread counts a normal run (no --predictable: V8's helper threads work as usual) thread by
// thread, once with --threads 1 and once with --threads N (default 2), side by side, and prints
// both with the speed-up two cores could give at most: the single run's main thread (its wall time;
// its helpers run on the idle core) ÷ the threaded run's instructions shared by the cores.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../src/version.js';
import { defined } from '../src/util/defined.js';

export interface InstructionCount {
  instructions: number;
  turbofan: number;
  lint: number;
}

/** V8's garbage collector, by the C++ names callgrind shows. */
const GC =
  /Scaveng|MarkCompact|Marking|Heap::|GCTracer|Sweep|Evacuat|RememberedSet|SlotSet|MemoryChunk|PagedSpace|NewSpace|heap::/;

/** Sums callgrind_annotate's per-function lines: all, and those of V8's optimising compiler. */
export function sumAnnotated(annotated: string): InstructionCount {
  const { instructions, turbofan } = sumWithGc(annotated);
  return { instructions, turbofan, lint: instructions - turbofan };
}

function sumWithGc(annotated: string): { instructions: number; turbofan: number; gc: number } {
  let instructions = 0;
  let turbofan = 0;
  let gc = 0;
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+) \([^)]*\)\s+(\S.*)$/.exec(line);
    if (!m || defined(m[2]).includes('PROGRAM TOTALS')) continue;
    const n = Number(defined(m[1]).replaceAll(',', ''));
    instructions += n;
    if (defined(m[2]).includes('v8::internal::compiler::')) turbofan += n;
    else if (GC.test(defined(m[2]))) gc += n;
  }
  return { instructions, turbofan, gc };
}

/** One run's instructions by thread: the main thread, each worker, V8's helper threads. */
export interface PerThread {
  main: number;
  workers: number[];
  helpers: { turbofan: number; other: number };
  total: number;
}

/**
 * Sorts callgrind's threads (each an annotated output; the first is the main thread). A worker runs
 * the lint: mostly neither compiling nor collecting garbage, and at least 1 % of the run (Node's own
 * service threads and idle pool threads do next to nothing). Every other thread is a helper.
 */
export function classifyThreads(annotatedByThread: string[]): PerThread {
  const out: PerThread = { main: 0, workers: [], helpers: { turbofan: 0, other: 0 }, total: 0 };
  const sums = annotatedByThread.map(sumWithGc);
  const total = sums.reduce((n, t) => n + t.instructions, 0);
  sums.forEach((t, i) => {
    if (i === 0) out.main = t.instructions;
    else if (t.turbofan + t.gc < t.instructions / 2 && t.instructions >= total / 100) out.workers.push(t.instructions);
    else {
      out.helpers.turbofan += t.turbofan;
      out.helpers.other += t.instructions - t.turbofan;
    }
  });
  out.total = total;
  return out;
}

/** The most a threaded run can gain on `cores` equal cores: the single run's main thread against
 * the threaded run's instructions shared evenly. */
export const speedUpBound = (single: PerThread, threaded: PerThread, cores: number) =>
  single.main / (threaded.total / cores);

/** The lint a count runs: node's flags, then the CLI writing its JSON report into the count's folder. */
const lintArgs = (nodeFlags: string[], cli: string, targets: string[], threads: string, dir: string) => [
  process.execPath,
  ...nodeFlags,
  cli,
  ...targets,
  '--threads',
  threads,
  '--format',
  'json',
  '--output',
  join(dir, 'report.json'),
];

/** Counts a normal run (no --predictable) thread by thread; resolves when valgrind is done. */
export async function countPerThread(
  targets: string[],
  threads: string,
  cli = join(ROOT_DIR, 'bin', 'guide-lint.js'),
): Promise<PerThread> {
  const dir = mkdtempSync(join(tmpdir(), 'gl-count-'));
  try {
    const out = join(dir, 'callgrind.out');
    const code = await new Promise<number | null>((done, fail) =>
      spawn(
        'valgrind',
        [
          '--tool=callgrind',
          '--separate-threads=yes',
          `--callgrind-out-file=${out}`,
          ...lintArgs([], cli, targets, threads, dir),
        ],
        { stdio: 'ignore' },
      )
        .on('error', fail)
        .on('exit', done),
    );
    if (code !== 0 && code !== 1) throw new Error(`the lint under valgrind exited with ${code}`);
    // callgrind names the files <out>-01, <out>-02 … in the order the threads started.
    const files = readdirSync(dir)
      .filter((f) => /^callgrind\.out-\d+$/.test(f))
      .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
    return classifyThreads(files.map((f) => annotate(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function annotate(file: string): string {
  const run = spawnSync('callgrind_annotate', ['--threshold=100', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error || run.status !== 0) throw new Error(`callgrind_annotate: ${run.error?.message ?? run.stderr}`);
  return run.stdout;
}

export function countInstructions(targets: string[], cli = join(ROOT_DIR, 'bin', 'guide-lint.js')): InstructionCount {
  const dir = mkdtempSync(join(tmpdir(), 'gl-count-'));
  try {
    const out = join(dir, 'callgrind.out');
    const run = spawnSync(
      'valgrind',
      ['--tool=callgrind', `--callgrind-out-file=${out}`, ...lintArgs(['--predictable'], cli, targets, '1', dir)],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    if (run.error) throw new Error(`valgrind: ${run.error.message}`);
    if (run.status !== 0 && run.status !== 1)
      throw new Error(`the lint under valgrind exited with ${run.status}: ${run.stderr.slice(-2000)}`);
    return sumAnnotated(annotate(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values: o, positionals: targets } = parseArgs({
    allowPositionals: true,
    options: {
      cli: { type: 'string' },
      'per-thread': { type: 'boolean', default: false },
      threads: { type: 'string', default: '2' },
    },
  });
  const cli = o.cli === undefined ? undefined : resolve(o.cli);
  if (targets.length === 0) {
    console.error(
      'usage: instructions.js <dir|files…> [--per-thread [--threads N|auto]] [--cli path/to/guide-lint.js]',
    );
    process.exit(2);
  }
  try {
    if (!o['per-thread']) console.log(JSON.stringify(countInstructions(targets, cli)));
    else {
      // Side by side: valgrind runs a program's threads one at a time, so two counts use two cores.
      const [single, threaded] = await Promise.all([
        countPerThread(targets, '1', cli),
        countPerThread(targets, o.threads, cli),
      ]);
      const cores = availableParallelism();
      console.log(
        JSON.stringify({ single, threaded, cores, bound: Number(speedUpBound(single, threaded, cores).toFixed(3)) }),
      );
    }
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
