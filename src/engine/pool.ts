// Lints files on worker threads: batches handed out on demand (fast workers take more), results
// put back in file order, so the output is byte-identical to a single-threaded run. A worker that
// dies does not lose its batch: the batch is linted again in this thread.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { ROOT_DIR } from '../version.js';
import type { ResolvedConfig } from './config.js';
import { lintFile, type FileResult } from './lint-file.js';
import { rulesFor } from './registry.js';

export const WORKER_FILE = join(ROOT_DIR, 'dist', 'src', 'engine', 'worker.js');
const BATCH = 64;

export function threadCount(option: string | number | undefined, files: number): number {
  const n = option === undefined || option === 'auto' ? availableParallelism() : Number(option);
  if (!Number.isInteger(n) || n < 1) return 1;
  // Worker start-up (~40 ms each) only pays off with a few batches per worker.
  return Math.max(1, Math.min(n, Math.floor(files / (BATCH * 2))));
}

export interface PoolOptions {
  cwd: string;
  config: ResolvedConfig;
  keepText?: boolean;
  threads: number;
}

export async function lintInPool(files: string[], opts: PoolOptions): Promise<FileResult[]> {
  const results: FileResult[][] = [];
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  let next = 0;
  const orphaned: number[] = [];

  const runWorker = () =>
    new Promise<void>((resolveWorker) => {
      const w = new Worker(WORKER_FILE, { workerData: { cwd: opts.cwd, config: opts.config, keepText: opts.keepText } });
      let current = -1;
      const give = () => {
        if (next >= batches.length) {
          current = -1;
          void w.terminate();
          return;
        }
        current = next++;
        w.postMessage({ id: current, files: batches[current] });
      };
      w.on('message', (m: { ready?: boolean; id?: number; results?: FileResult[] }) => {
        if (m.ready) return give();
        results[m.id!] = m.results!;
        give();
      });
      w.on('error', () => {
        if (current >= 0) orphaned.push(current);
        current = -1;
      });
      w.on('exit', () => {
        if (current >= 0) orphaned.push(current);
        resolveWorker();
      });
    });

  await Promise.all(Array.from({ length: opts.threads }, runWorker));
  // Batches never handed out (all workers died) and batches of dead workers: lint them here.
  const missing = [...orphaned, ...batches.map((_, i) => i).filter((i) => i >= next)];
  if (missing.length) {
    const rules = await rulesFor(opts.config.plugins);
    for (const i of missing) {
      const out: FileResult[] = [];
      for (const f of batches[i]!) out.push(await lintFile(f, { cwd: opts.cwd, config: opts.config, rules, keepText: opts.keepText }));
      results[i] = out;
    }
  }
  return results.flat();
}
