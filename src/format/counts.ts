import type { LintResult } from '../engine/lint.js';

export interface Counts {
  files: number;
  guides: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
}

export function countFindings(result: LintResult): Counts {
  const c: Counts = { files: result.files.length, guides: result.guides.length, errors: 0, warnings: 0, infos: 0, suppressed: result.suppressed };
  for (const f of result.findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
