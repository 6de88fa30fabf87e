// Worker thread entry: lints the batches of files the main thread sends, with the same rules and
// config, and posts the results back, file by file. One module graph per worker, loaded once.

import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import { lintFile } from './lint-file.js';
import type { WorkerMessage } from './pool.js';
import { rulesFor } from './registry.js';

interface Init {
  cwd: string;
  config: ResolvedConfig;
  keepText?: boolean;
  summaries?: 'full' | 'ref';
}

const init = workerData as Init;
const rules = await rulesFor(init.config.plugins);

// Each file's result is posted as soon as it is done: if this thread dies (a plugin calling
// process.exit(), an exception thrown from a timer), the main thread knows which file it was on.
parentPort!.on('message', async (msg: { id: number; files: string[]; close?: boolean }) => {
  if (msg.close) {
    // A timer's turn first (an error it throws is reported), then exit.
    setTimeout(() => process.exit(0), 1);
    return;
  }
  for (const [index, f] of msg.files.entries()) {
    const result = await lintFile(f, { cwd: init.cwd, config: init.config, rules, keepText: init.keepText, summaries: init.summaries });
    // One turn of the event loop first: a promise a rule left rejected kills this thread before the
    // file counts as done, so the main thread names the right file.
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
    parentPort!.postMessage({ id: msg.id, index, result } satisfies WorkerMessage);
  }
});
parentPort!.postMessage({ ready: true });
