// `npm run test:fast` (vitest.fast.config.ts) sets GUIDE_LINT_TEST_FAST=1 for the inner loop:
// property tests run a tenth of their cases and the size and timing tests (a million-row workbook,
// 200,000 guides) are left to `npm test`, which runs everything at full strength.

export const FAST = process.env.GUIDE_LINT_TEST_FAST === '1';

/** A property's number of runs: `full`, or a tenth of it (at least one) in the fast loop. */
export function runs(full: number): number {
  return FAST ? Math.max(1, Math.ceil(full / 10)) : full;
}
