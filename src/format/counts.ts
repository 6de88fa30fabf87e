import type { LintResult } from '../engine/lint.js';

export interface Counts {
  files: number;
  guides: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings removed by inline suppression comments and by the baseline. */
  suppressed: number;
  /** With --baseline: the findings it suppressed (part of `suppressed`). */
  baselined?: number;
  /** With --baseline: its entries that no longer occur (prune them with --update-baseline). */
  baselineFixed?: number;
  /** Exported records: older versions of units not linted. */
  skippedVersions?: number;
}

export function countFindings(result: LintResult): Counts {
  const c: Counts = {
    files: result.files.length,
    guides: result.guideCount ?? result.guides.length,
    errors: 0,
    warnings: 0,
    infos: 0,
    suppressed: result.suppressed,
  };
  for (const f of result.findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  if (result.spill) {
    // Findings read back from disk (src/engine/spill.ts); --quiet reads errors only.
    const { counts, onlyErrors } = result.spill;
    c.errors += counts.error;
    if (!onlyErrors) {
      c.warnings += counts.warning;
      c.infos += counts.info;
    }
  }
  const skipped = result.files.reduce((n, f) => n + (f.skippedVersions ?? 0), 0);
  if (skipped) c.skippedVersions = skipped;
  if (result.baseline) {
    c.baselined = result.baseline.suppressed;
    c.baselineFixed = result.baseline.fixed.length;
  }
  return c;
}
