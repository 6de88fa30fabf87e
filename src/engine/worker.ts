// Worker thread entry: lints the batches of files the main thread sends, with the same rules and
// config, and posts the results back (per batch, or per file with plugins: see pool.ts). One
// module graph per worker, loaded once.

import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { lintFile, type FileResult } from './lint-file.js';
import type { WorkerMessage, WorkerTask } from './pool.js';
import { rulesFor } from './registry.js';
import { loadCollector, type CollectorRef } from './collector.js';
import { defined } from '../util/defined.js';

interface Init {
  cwd: string;
  config: ResolvedConfig;
  keepText?: boolean;
  collector?: CollectorRef;
  collectOnly?: boolean;
  /** Shared with the main thread: [0] = files of the current batch finished. */
  progress: Int32Array;
  flush: 'file' | 'batch';
}

const init = workerData as Init;
const rules = init.collectOnly ? [] : await rulesFor(init.config.plugins);
const collector = await loadCollector(init.collector);
const perFile = init.flush === 'file';
// Plugin code may leave promises behind; built-in rules are synchronous and leave none, and an event
// loop turn per file cost ≈ 6 % of a --threads run on 20,000 guides (bench/ANALYSIS.md).
const turnPerFile = perFile || init.config.plugins.length > 0;

defined(parentPort).on('message', (msg: WorkerTask) => {
  void onMessage(msg);
});

async function onMessage(msg: WorkerTask): Promise<void> {
  if (msg.close) {
    // A timer's turn first (an error it throws is reported), then exit.
    setTimeout(() => process.exit(0), 1);
    return;
  }
  let results: FileResult[] = [];
  for (const f of msg.files ?? []) {
    results.push(await lintFile(f, { cwd: init.cwd, config: init.config, rules, keepText: init.keepText, collector }));
    // One turn of the event loop first: a promise a rule left rejected kills this thread before the
    // file counts as done, so the main thread names the right file if this thread dies.
    if (turnPerFile) await new Promise((resolveTurn) => setImmediate(resolveTurn));
    Atomics.add(init.progress, 0, 1);
    if (perFile) {
      defined(parentPort).postMessage({ id: msg.id, results } satisfies WorkerMessage);
      results = [];
    }
  }
  if (results.length) defined(parentPort).postMessage({ id: msg.id, results } satisfies WorkerMessage);
}
defined(parentPort).postMessage({ ready: true } satisfies WorkerMessage);
