// Run a command in a fresh child process; measure its wall time and peak RSS.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`, the max RSS of the process and of its
// largest waited-for child) when it works, else from rss-hook.js preloaded into node commands.
// With GNU time, the CPU time (user + system) too: steadier than wall time on a busy machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { at } from '../src/util/at.js';

export interface Measurement {
  wallMs: number;
  timedOut: boolean;
  rssMB: number | null;
  /** User + system CPU time (GNU time only). */
  cpuMs: number | null;
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';
const tmp = mkdtempSync(join(tmpdir(), 'guide-lint-bench-'));
process.on('exit', () => {
  rmSync(tmp, { recursive: true, force: true });
});
const rssFile = join(tmp, 'rss');
let gnuTime: boolean | undefined;

/** GNU time's last line: "%M", or "%U %S %M" as measure() asks for. */
function readTimeFile(): { kib: number | null; cpuMs: number | null } {
  if (!existsSync(rssFile)) return { kib: null, cpuMs: null };
  const lines = readFileSync(rssFile, 'utf8').trim().split('\n'); // GNU time may prepend "Command exited with…"
  rmSync(rssFile);
  const fields = (lines[lines.length - 1] ?? '').trim().split(/\s+/).map(Number);
  const [user = NaN, system = NaN] = fields;
  const kib = fields[fields.length - 1] ?? NaN;
  const cpu = fields.length === 3 ? (user + system) * 1000 : NaN;
  return {
    kib: Number.isFinite(kib) && kib > 0 ? kib : null,
    cpuMs: Number.isFinite(cpu) ? cpu : null,
  };
}

const readRssKiB = () => readTimeFile().kib;

export function hasGnuTime(): boolean {
  gnuTime ??=
    !process.env.BENCH_NO_GNU_TIME &&
    existsSync(TIME) &&
    spawnSync(TIME, ['-f', '%M', '-o', rssFile, process.execPath, '-e', '0']).status === 0 &&
    readRssKiB() !== null;
  return gnuTime;
}

export const rssMethod = () =>
  hasGnuTime() ? '`/usr/bin/time -f %M`' : '`process.resourceUsage().maxRSS` via `node --import rss-hook.js`';

const TIMEOUT = '/usr/bin/timeout';
const DEFAULT_TIMEOUT_MS = 30 * 60_000;

/** One fresh run. A run over `timeoutMs` is killed (GNU timeout, else spawnSync's SIGKILL) and flagged. */
export function measure(cmd: string, args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Measurement {
  const isNode = cmd === process.execPath || cmd === 'node';
  let file = cmd;
  let argv = args;
  const env = { ...process.env };
  const limitMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const gnuTimeout = existsSync(TIMEOUT);
  if (gnuTimeout) {
    argv = ['-k', '5', `${Math.ceil(limitMs / 1000)}s`, file, ...argv];
    file = TIMEOUT;
  }
  if (hasGnuTime()) {
    argv = ['-f', '%U %S %M', '-o', rssFile, file, ...argv];
    file = TIME;
  } else if (isNode) {
    const hook = ['--import', new URL('./rss-hook.js', import.meta.url).href];
    argv = gnuTimeout ? [...argv.slice(0, 4), ...hook, ...argv.slice(4)] : [...hook, ...argv];
    env.BENCH_RSS_FILE = rssFile;
  }
  const t0 = performance.now();
  const res = spawnSync(file, argv, {
    cwd: opts.cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    timeout: limitMs + 30_000,
    killSignal: 'SIGKILL',
  });
  const wallMs = performance.now() - t0;
  const { kib, cpuMs } = hasGnuTime() ? readTimeFile() : { kib: readRssKiB(), cpuMs: null };
  const timedOut =
    (gnuTimeout && (res.status === 124 || res.status === 137)) || res.error?.message.includes('ETIMEDOUT') === true;
  return {
    wallMs,
    timedOut,
    rssMB: kib === null ? null : kib / 1024,
    cpuMs,
    code: res.status,
    signal: res.signal,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- spawnSync's types say string, but stdout/stderr are null when the process could not be spawned (res.error set)
    stdout: res.stdout ?? '',
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
    stderr: res.stderr ?? '',
  };
}

export const median = (xs: number[]): number =>
  at(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
  );

/** n fresh runs: median wall time, max peak RSS, last result. */
export function measureRepeated(cmd: string, args: string[], n: number, opts: { cwd?: string } = {}): Measurement {
  const runs = Array.from({ length: n }, () => measure(cmd, args, opts));
  const rss = runs.map((r) => r.rssMB).filter((x): x is number => x !== null);
  return {
    ...at(runs, runs.length - 1),
    wallMs: median(runs.map((r) => r.wallMs)),
    rssMB: rss.length ? Math.max(...rss) : null,
  };
}

/** Reads every file of a set once, untimed, so that no measured run pays for the disk: this VM's
 * page cache holds ~2 GB, and a set written in an earlier session (the 100,000 set is 470 MB) may
 * have left it; the floor, measured first, then read from disk (22–24 s instead of 15–16 s). */
export function warmPageCache(target: string): void {
  if (!statSync(target).isDirectory()) return void readFileSync(target);
  for (const rel of readdirSync(target, { recursive: true, encoding: 'utf8' })) {
    const file = join(target, rel);
    if (statSync(file).isFile()) readFileSync(file);
  }
}
