// Lints files on worker threads: batches handed out on demand (fast workers take more), results
// put back in file order, so the output is byte-identical to a single-threaded run.
//
// A worker that dies (a plugin calling process.exit(), an exception thrown from a timer, running out
// of memory) loses nothing: workers count the files they have finished in memory shared with this
// thread, so the file being linted when the worker died is known. With plugins, a worker posts each
// file's result as soon as it is done: a plugin's side effect (a timer) can kill the worker files
// later, and a finished file must not be linted again (it would arm the timer again). With built-in
// rules only, results are posted per batch (a message and a wake-up per file cost ~15% of a worker's
// time); finished files whose results went down with a worker are linted again. The file being
// linted when the worker died is linted once more, alone, in a fresh worker; the rest of its batch
// goes back in the queue. If the file kills its second worker too, it gets an
// internal-error finding. Either way the crash is an internal error of the run (exit code 2), and
// every other file's findings are still reported. Workers that cannot start at all (nothing linted)
// leave their batches to this thread, as before.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../version.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { ENGINE_MESSAGES, localize } from './messages.js';
import { displayPath, INTERNAL_ERROR, lintFile, wholeFileFinding, type FileResult } from './lint-file.js';
import { rulesFor } from './registry.js';
import { loadCollector, type CollectorRef } from './collector.js';
import { defined } from '../util/defined.js';

export const WORKER_FILE = join(ROOT_DIR, 'dist', 'src', 'engine', 'worker.js');
const BATCH = 64;
/** How long an idle worker asked to exit may take before it is terminated. */
const CLOSE_GRACE_MS = 2000;

/**
 * Files per worker below which `auto` starts fewer workers (one thread below 2 × this). A worker
 * compiles its own optimised code and warms up again, and on a machine with few cores that work
 * competes with the linting: on the bench's 2-core VM two workers took 0.83 s on 1,000 guides
 * against 0.69 s on one thread, broke even at 4,000 (1.81 s), won at 8,000 (2.76 s against 2.88 s)
 * and at 20,000 (≈ 1.3×; bench/ANALYSIS.md).
 */
export const AUTO_FILES_PER_WORKER = 2500;

/** Threads for a run: a number is taken as asked (if there are a few batches per worker), `auto`
 * means one per core where the set is large enough for workers to pay. */
export function threadCount(option: string | number | undefined, files: number): number {
  const auto = option === undefined || option === 'auto';
  const n = auto ? availableParallelism() : Number(option);
  if (!Number.isInteger(n) || n < 1) return 1;
  // Worker start-up (~40 ms each) only pays off with a few batches per worker.
  const perWorker = auto ? AUTO_FILES_PER_WORKER : BATCH * 2;
  return Math.max(1, Math.min(n, Math.floor(files / perWorker)));
}

export interface PoolOptions {
  cwd: string;
  config: ResolvedConfig;
  keepText?: boolean;
  collector?: CollectorRef;
  /** No rules: load and collect only. */
  collectOnly?: boolean;
  threads: number;
  /** When workers post results: per file, or per batch (default: per file when plugins run). */
  flush?: 'file' | 'batch';
}

interface Batch {
  /** Indexes into the file list. */
  files: number[];
  /** A file that already killed one worker, linted alone. */
  retry?: string;
}

/** Worker → main: ready, or the next results of the batch in hand, in its order. */
export interface WorkerMessage {
  ready?: boolean;
  id?: number;
  results?: FileResult[];
}

/** Main → worker: a batch of files, or no more work (exit). */
export interface WorkerTask {
  id?: number;
  files?: string[];
  close?: boolean;
}

export async function lintInPool(files: string[], opts: PoolOptions): Promise<FileResult[]> {
  const results: (FileResult | undefined)[] = Array.from({ length: files.length }, () => undefined);
  const queue: Batch[] = [];
  for (let i = 0; i < files.length; i += BATCH)
    queue.push({ files: Array.from({ length: Math.min(BATCH, files.length - i) }, (_, k) => i + k) });
  /** Crash notes per file index, added to the file's internal errors at the end. */
  const crashes = new Map<number, string>();
  let nextId = 0;
  const flush = opts.flush ?? (opts.config.plugins.length > 0 ? 'file' : 'batch');

  /** Resolves when the worker has exited: true when it died with a batch in hand (replace it). */
  const runWorker = (): Promise<boolean> =>
    new Promise<boolean>((resolveWorker) => {
      // [0]: files of the batch in hand the worker has finished (it sets it; read here when it dies).
      const progress = new Int32Array(new SharedArrayBuffer(4));
      const w = new Worker(WORKER_FILE, {
        workerData: {
          cwd: opts.cwd,
          config: opts.config,
          keepText: opts.keepText,
          collector: opts.collector,
          collectOnly: opts.collectOnly,
          progress,
          flush,
        },
      });
      let current: Batch | undefined;
      let currentId = -1;
      /** Results of the batch in hand received so far. */
      let delivered = 0;
      let failure: string | undefined;
      let closing = false;
      let forced = false;
      let lastFile = -1;
      const give = () => {
        current = queue.shift();
        if (!current) {
          // Asked to exit rather than terminated, so an error thrown by a plugin's timer after the
          // last file still surfaces (below); terminated if it does not exit soon.
          closing = true;
          w.postMessage({ close: true });
          setTimeout(() => {
            forced = true;
            void w.terminate();
          }, CLOSE_GRACE_MS).unref();
          return;
        }
        currentId = nextId++;
        delivered = 0;
        Atomics.store(progress, 0, 0);
        w.postMessage({ id: currentId, files: current.files.map((i) => defined(files[i])) } satisfies WorkerTask);
      };
      w.on('message', (m: WorkerMessage) => {
        if (m.ready) {
          give();
          return;
        }
        if (!current || m.id !== currentId || !m.results) return; // not the batch in hand: ignore
        for (const r of m.results) {
          lastFile = defined(current.files[delivered++]);
          results[lastFile] = r;
        }
        if (delivered >= current.files.length) give();
      });
      w.on('error', (err) => {
        failure ??= `${err.name}: ${err.message}`;
      });
      w.on('exit', (code) => {
        const batch = current;
        current = undefined;
        const done = batch ? Math.max(delivered, Atomics.load(progress, 0)) : 0;
        // Finished files whose results were not posted yet: linted again.
        const lost = batch ? batch.files.slice(delivered, done) : [];
        if (lost.length) queue.push({ files: lost });
        if (!batch || done >= batch.files.length) {
          // Failed with nothing in hand: after its last file (a plugin's timer). Its results stand,
          // the run has an internal error. (A worker that could not start leaves its work to this thread.)
          const late =
            failure ?? (closing && code !== 0 && !forced ? `the worker thread exited with code ${code}` : undefined);
          if (closing && late !== undefined && lastFile >= 0)
            crashes.set(lastFile, `a worker thread failed just after linting this file (${late})`);
          resolveWorker(false);
          return;
        }
        const suspect = defined(batch.files[done]);
        const rest = batch.files.slice(done + 1);
        const reason = failure ?? `the worker thread exited with code ${code}`;
        if (batch.retry === undefined) {
          // Linted again alone, in a new worker: the crash may not be this file's doing (a timer).
          crashes.set(
            suspect,
            `a worker thread stopped (${reason}) while linting this file or just after the one before it; it was linted again in a new worker`,
          );
          queue.unshift({ files: [suspect], retry: reason });
        } else {
          crashes.delete(suspect);
          results[suspect] = crashedResult(defined(files[suspect]), opts, `${batch.retry}; alone: ${reason}`);
        }
        if (rest.length) queue.push({ files: rest });
        resolveWorker(true);
      });
    });

  /** One lane of work: a worker, replaced when it dies holding a batch while work is left. */
  const lane = async () => {
    // Bounded: each death moves a file to its lone retry, or past it.
    while ((await runWorker()) && queue.length > 0);
  };
  await Promise.all(Array.from({ length: opts.threads }, lane));

  // Batches no worker took (workers that could not start): lint them here.
  const missing = results.map((r, i) => (r ? -1 : i)).filter((i) => i >= 0);
  if (missing.length) {
    const rules = opts.collectOnly ? [] : await rulesFor(opts.config.plugins);
    const collector = await loadCollector(opts.collector);
    for (const i of missing)
      results[i] = await lintFile(defined(files[i]), {
        cwd: opts.cwd,
        config: opts.config,
        rules,
        keepText: opts.keepText,
        collector,
      });
  }
  for (const [i, note] of crashes) {
    const r = defined(results[i]);
    r.internalErrors = [...r.internalErrors, `${r.file}: ${note}`];
  }
  return results as FileResult[];
}

/** The result of a file no worker could lint: an internal-error finding and an internal error. */
function crashedResult(absFile: string, opts: PoolOptions, reason: string): FileResult {
  const file = displayPath(opts.cwd, absFile);
  const why = `a worker thread stopped while linting this file, twice (${reason})`;
  return {
    file,
    findings: [
      wholeFileFinding(
        file,
        INTERNAL_ERROR,
        'error',
        localize(defined(ENGINE_MESSAGES.internal), opts.config.lang, { reason: why }),
      ),
    ],
    guides: [],
    internalErrors: [`${file}: ${why}`],
    suppressed: 0,
  };
}
