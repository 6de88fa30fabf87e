import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countInstructions, sumAnnotated } from '../../bench/instructions.js';
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
  it('sums the functions and TurboFan\'s share, not the totals line', () => {
    expect(sumAnnotated(ANNOTATED)).toEqual({ instructions: 1_000_000, turbofan: 300_000, lint: 700_000 });
  });

  const haveValgrind = spawnSync('valgrind', ['--version']).status === 0;
  // The premise of the method: the same build on the same files counts the same (to a fraction of a
  // per cent on a set this small; ~0.05 % on thousands of guides).
  it.skipIf(!haveValgrind)('counts a real lint, and counts it again alike', () => {
    const target = join(ROOT_DIR, 'fixtures', 'guides');
    const a = countInstructions([target]);
    const b = countInstructions([target]);
    expect(a.instructions).toBeGreaterThan(5e8);
    expect(a.turbofan).toBeGreaterThan(0);
    expect(a.lint).toBeGreaterThan(a.turbofan);
    expect(Math.abs(a.lint - b.lint) / a.lint).toBeLessThan(0.02);
  }, 180_000);
});
