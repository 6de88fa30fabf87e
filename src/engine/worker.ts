// Worker thread entry: lints the batches of files the main thread sends, with the same rules and
// config, and posts the results back. One module graph per worker, loaded once.

import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from './config.js';
import { lintFile, type FileResult } from './lint-file.js';
import { rulesFor } from './registry.js';

interface Init {
  cwd: string;
  config: ResolvedConfig;
  keepText?: boolean;
}

const init = workerData as Init;
const rules = await rulesFor(init.config.plugins);

parentPort!.on('message', async (msg: { id: number; files: string[] }) => {
  const results: FileResult[] = [];
  for (const f of msg.files) results.push(await lintFile(f, { cwd: init.cwd, config: init.config, rules, keepText: init.keepText }));
  parentPort!.postMessage({ id: msg.id, results });
});
parentPort!.postMessage({ ready: true });
