import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyThreads,
  countInstructions,
  countPerThread,
  speedUpBound,
  sumAnnotated,
} from '../../bench/instructions.js';
import { ROOT_DIR } from '../../src/version.js';

const ANNOTATED = `--------------------------------------------------------------------------------
Ir
--------------------------------------------------------------------------------
1,000,000 (100.0%)  PROGRAM TOTALS

--------------------------------------------------------------------------------
Ir               file:function
--------------------------------------------------------------------------------
  600,000 (60.0%)  ???:0x000000000d124680 [???]
  250,000 (25.0%)  ???:v8::internal::compiler::GraphReducer::ReduceTop() [/usr/bin/node]
  100,000 (10.0%)  ???:Builtins_LoadIC [/usr/bin/node]
   50,000 ( 5.0%)  ???:v8::internal::compiler::Scheduler::ScheduleLate() [/usr/bin/node]
`;

describe('instruction counts (bench/instructions.ts)', () => {
  it("sums the functions and TurboFan's share, not the totals line", () => {
    expect(sumAnnotated(ANNOTATED)).toEqual({ instructions: 1_000_000, turbofan: 300_000, lint: 700_000 });
  });

  const thread = (lines: [number, string][]) =>
    `${ANNOTATED.split('\n').slice(0, 8).join('\n')}\n${lines.map(([n, f]) => `${n.toLocaleString('en')} (1.0%)  ???:${f} [/usr/bin/node]`).join('\n')}\n`;
  it('sorts threads into the main thread, workers and V8 helpers, and bounds the speed-up', () => {
    const per = classifyThreads([
      thread([
        [900, 'Builtins_LoadIC'],
        [100, 'v8::internal::Heap::Scavenge()'],
      ]), // main
      thread([
        [4_000, '0x0000000012345678'],
        [500, 'v8::internal::compiler::Pipeline::Run()'],
      ]), // worker
      thread([
        [3_000, '0x0000000012345678'],
        [200, 'v8::internal::ScavengerCollector::CollectGarbage()'],
      ]), // worker
      thread([
        [1_500, 'v8::internal::compiler::GraphReducer::ReduceTop()'],
        [300, 'Builtins_LoadIC'],
      ]), // TurboFan helper
      thread([[700, 'v8::internal::MarkCompactCollector::Sweep()']]), // GC helper
      thread([[50, 'Builtins_LoadIC']]), // an idle thread: under 1 % of the run
    ]);
    expect(per).toEqual({
      main: 1_000,
      workers: [4_500, 3_200],
      helpers: { turbofan: 1_500, other: 1_050 },
      total: 11_250,
    });
    const single = { main: 9_000, workers: [], helpers: { turbofan: 1_500, other: 500 }, total: 11_000 };
    expect(speedUpBound(single, per, 2)).toBeCloseTo(9_000 / 5_625, 6);
  });

  const haveValgrind = spawnSync('valgrind', ['--version']).status === 0;
  // The premise of the method: the same build on the same files counts the same (to a fraction of a
  // per cent on a set this small; ~0.05 % on thousands of guides).
  it.skipIf(!haveValgrind)(
    'counts a real lint, and counts it again alike',
    () => {
      const target = join(ROOT_DIR, 'fixtures', 'guides');
      const a = countInstructions([target]);
      const b = countInstructions([target]);
      expect(a.instructions).toBeGreaterThan(5e8);
      expect(a.turbofan).toBeGreaterThan(0);
      expect(a.lint).toBeGreaterThan(a.turbofan);
      expect(Math.abs(a.lint - b.lint) / a.lint).toBeLessThan(0.02);
    },
    180_000,
  );

  it.skipIf(!haveValgrind)(
    'counts a real run thread by thread',
    async () => {
      // 37 files: too few for workers, so the threads are the main one and V8's helpers.
      const per = await countPerThread([join(ROOT_DIR, 'fixtures', 'guides')], '2');
      expect(per.workers).toEqual([]);
      expect(per.main).toBeGreaterThan(5e8);
      expect(per.helpers.turbofan).toBeGreaterThan(0);
      expect(per.total).toBe(per.main + per.helpers.turbofan + per.helpers.other);
    },
    180_000,
  );
});
