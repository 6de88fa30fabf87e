// A streamed JSON Lines export keeps little per record, so a million records fit in a bounded heap: its
// findings go to a spill on disk, and the default report's score line keeps one compact summary per
// guide. Measured on the heap of a child process (--expose-gc) running the built engine (dist/), as
// the CLI's default stylish run does: the heap a run's result keeps, per guide. On main before the
// summaries were made in one literal, each summary had a V8 hidden class of its own: ≈ 0.85–1.2 KB
// a guide (a million-record export's score line alone past the 600 MB budget); now ≈ 0.2–0.3 KB.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/cli.js';
import { distModule as mod, runScript } from '../support/child.js';
import { writeExportLines } from '../support/export-lines.js';

const RECORDS = 800;
const dir = mkdtempSync(join(tmpdir(), 'gl-stream-mem-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Measured {
  countBytes: number;
  scoreBytes: number;
  guides: number;
  spilled: boolean;
}

/** Heap kept per guide by a streamed run's result, without (count) and with (score line) summaries. */
function measure(small: string, big: string): Measured {
  const script = `
const { lint } = await import(${mod('engine/lint.js')});
const { FindingSpill, OrderedSink } = await import(${mod('engine/spill.js')});
const { resolveConfig } = await import(${mod('config/resolve-config.js')});
const { SUMMARY_COLLECTOR } = await import(${mod('score/summary-collector.js')});
const cwd = ${JSON.stringify(ROOT)};
const config = await resolveConfig({ cwd, discover: false });
async function run(file, score) {
  const sink = new OrderedSink(new FindingSpill());
  const r = await lint({ cwd, paths: [file], config, sink, collector: score ? SUMMARY_COLLECTOR : undefined, countGuides: !score });
  sink.spill.dispose();
  return r;
}
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
// Warm-up: every module loaded, the hot code compiled (it lives on the heap too) and the parsers'
// bounded memo tables filled with this file's texts.
await run(${JSON.stringify(small)}, true);
await run(${JSON.stringify(big)}, false);
await run(${JSON.stringify(big)}, true);
let h = heap();
const counted = await run(${JSON.stringify(big)}, false);
const countBytes = (heap() - h) / counted.guideCount;
h = heap();
const scored = await run(${JSON.stringify(big)}, true);
const scoreBytes = (heap() - h) / scored.guides.length;
console.log(JSON.stringify({ countBytes, scoreBytes, guides: scored.guides.length, spilled: Boolean(counted.spill && scored.spill), keep: [counted.guideCount, scored.guides.length] }));`;
  return JSON.parse(runScript(['--expose-gc'], script)) as Measured;
}

describe('a streamed export’s heap per guide', () => {
  it('is near nothing for findings only, and a compact summary for the score line', () => {
    const m = measure(
      writeExportLines(join(dir, 'small.jsonl'), 20),
      writeExportLines(join(dir, 'big.jsonl'), RECORDS),
    );
    expect(m.spilled).toBe(true);
    expect(m.guides).toBe(RECORDS);
    expect(m.countBytes).toBeLessThan(150);
    expect(m.scoreBytes).toBeLessThan(500);
  }, 300_000);
});
