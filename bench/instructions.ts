// Instructions executed by one lint run, counted by valgrind's callgrind with V8's --predictable
// (TurboFan compiles on the main thread, garbage is collected on one thread, nothing depends on
// timing): two runs of the same build on the same files agree to ~0.05 %, where wall-clock A/B
// runs on a shared 2-core VM need ten rounds to see 3 %. A count is not a time (cache misses and
// branch mispredictions are not in it), so confirm a gain in wall time before calling it one.
//
//   node dist/bench/instructions.js <dir|files…> [--cli path/to/guide-lint.js]
//
// Prints one JSON line: { instructions, turbofan, lint } — all instructions of the run, TurboFan's
// share (optimising compiles, which a normal run does on a helper thread, once per isolate), and
// the rest. Needs valgrind (callgrind and callgrind_annotate); a run is ~40× slower than without.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT_DIR } from '../src/version.js';

export interface InstructionCount { instructions: number; turbofan: number; lint: number }

/** Sums callgrind_annotate's per-function lines: all, and those of V8's optimising compiler. */
export function sumAnnotated(annotated: string): InstructionCount {
  let instructions = 0;
  let turbofan = 0;
  for (const line of annotated.split('\n')) {
    const m = /^\s*([\d,]+) \([^)]*\)\s+(\S.*)$/.exec(line);
    if (!m || m[2]!.includes('PROGRAM TOTALS')) continue;
    const n = Number(m[1]!.replaceAll(',', ''));
    instructions += n;
    if (m[2]!.includes('v8::internal::compiler::')) turbofan += n;
  }
  return { instructions, turbofan, lint: instructions - turbofan };
}

export function countInstructions(targets: string[], cli = join(ROOT_DIR, 'bin', 'guide-lint.js')): InstructionCount {
  const dir = mkdtempSync(join(tmpdir(), 'gl-count-'));
  try {
    const out = join(dir, 'callgrind.out');
    const run = spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, process.execPath, '--predictable', cli,
      ...targets, '--threads', '1', '--format', 'json', '--output', join(dir, 'report.json')], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.error) throw new Error(`valgrind: ${run.error.message}`);
    if (run.status !== 0 && run.status !== 1) throw new Error(`the lint under valgrind exited with ${run.status}: ${run.stderr.slice(-2000)}`);
    const annotate = spawnSync('callgrind_annotate', ['--threshold=100', out], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (annotate.error || annotate.status !== 0) throw new Error(`callgrind_annotate: ${annotate.error?.message ?? annotate.stderr}`);
    return sumAnnotated(annotate.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--cli');
  const cli = at === -1 ? undefined : resolve(args.splice(at, 2)[1] ?? '');
  if (args.length === 0) {
    console.error('usage: instructions.js <dir|files…> [--cli path/to/guide-lint.js]');
    process.exit(2);
  }
  try {
    console.log(JSON.stringify(countInstructions(args, cli)));
  } catch (err) {
    console.error((err as Error).message);
    process.exit(2);
  }
}
