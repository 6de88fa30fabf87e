// `npm run fuzz -- [--seed N] [--runs N]`: the fuzz properties of harness/fuzz-core.ts with
// many runs, then the (seedless, exhaustive) type-confusion sweep. Without --seed a random seed is
// drawn and printed, so any failure can be replayed: `npm run fuzz -- --seed <the printed seed>`.
// Exit 0 when every property holds, 1 when one fails (its shrunk counter-example and the seed are
// printed), 2 on a usage error.

import { runAll } from './fuzz-core.js';
import { defined } from '../src/util/defined.js';

function usage(message: string): never {
  process.stderr.write(`fuzz: ${message}\nusage: npm run fuzz -- [--seed N] [--runs N]\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { seed: number; runs: number } {
  let seed: number | undefined;
  let runs = 2000;
  for (let i = 0; i < argv.length; i++) {
    const a = defined(argv[i]);
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i] ?? usage(`${flag} needs a value`);
    if (flag === '--seed') {
      const v = value();
      if (!/^-?\d+$/.test(v)) usage(`--seed expects an integer, got "${v}"`);
      seed = Number(v) | 0;
    } else if (flag === '--runs') {
      const v = value();
      if (!/^[1-9]\d*$/.test(v)) usage(`--runs expects a positive integer, got "${v}"`);
      runs = Number(v);
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write('usage: npm run fuzz -- [--seed N] [--runs N]   (defaults: a random seed, 2000 runs)\n');
      process.exit(0);
    } else usage(`unknown argument "${a}"`);
  }
  return { seed: seed ?? (Math.random() * 2 ** 31) | 0, runs };
}

const { seed, runs } = parseArgs(process.argv.slice(2));
process.stdout.write(
  `guide-lint fuzz: seed ${seed}, ${runs} runs (replay: npm run fuzz -- --seed ${seed} --runs ${runs})\n`,
);
const started = Date.now();
const outcomes = await runAll({
  seed,
  runs,
  onProgress: (o) => process.stdout.write(`  ${o.failed ? 'FAIL' : 'ok  '} ${o.name} (${o.runs} runs)\n`),
});
const failed = outcomes.filter((o) => o.failed);
for (const o of failed) process.stdout.write(`\n── ${o.name} ──\n${o.report}\n`);
process.stdout.write(
  `\n${failed.length ? `${failed.length} propert${failed.length === 1 ? 'y' : 'ies'} failed` : 'all properties hold'} · seed ${seed} · ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
);
process.exitCode = failed.length ? 1 : 0;
