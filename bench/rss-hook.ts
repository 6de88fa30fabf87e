// Fallback peak-RSS probe when /usr/bin/time is missing: measure.ts starts node with
// `--import <this file>` and BENCH_RSS_FILE; at exit the main thread writes its own maxRSS (KiB).
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_RSS_FILE;
delete process.env.BENCH_RSS_FILE; // child processes of the linter must not overwrite it
if (out && isMainThread)
  process.on('exit', () => {
    writeFileSync(out, String(process.resourceUsage().maxRSS));
  });
