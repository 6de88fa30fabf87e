// Discovery time: how long listing the guide files of a folder takes (the walk, ignore patterns and
// the name checks), as a run does it before reading any file. Each round runs in a fresh process
// state only once (the OS file cache is warm after the first round); the median is printed.
//   node dist/bench/discovery.js FOLDER [ROUNDS] [--ignore-pattern P]…

import { discover } from '../src/load/discover.js';
import { CONFIG_FILE_NAMES } from '../src/config/load.js';

const [dir, roundsArg, ...rest] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node dist/bench/discovery.js FOLDER [ROUNDS] [--ignore-pattern P]…');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 5);
const patterns = rest.filter((_, i) => rest[i - 1] === '--ignore-pattern');
const times: number[] = [];
let files = 0;
for (let i = 0; i < rounds; i++) {
  const t0 = performance.now();
  const found = await discover([dir], { cwd: process.cwd(), ignorePatterns: patterns, ignoreNames: CONFIG_FILE_NAMES });
  times.push(performance.now() - t0);
  files = found.files.length;
}
times.sort((a, b) => a - b);
const ms = (t: number) => `${Math.round(t)} ms`;
console.log(
  `${files} files, ${rounds} rounds: median ${ms(times[Math.floor(rounds / 2)] ?? 0)}, min ${ms(times[0] ?? 0)}, max ${ms(times[rounds - 1] ?? 0)}`,
);
