// The scorecard's entry points for commands: score a lint result, and the lint command's one line.

import type { ResolvedConfig } from '../engine/config.js';
import type { LintResult } from '../engine/lint.js';
import type { Lang } from '../model/types.js';
import { VERSION } from '../version.js';
import { buildScorecard } from './scorecard.js';
import { scoreLine } from './score-line.js';
import { resolveTargets } from './targets.js';
import { fullSummaries } from './summary.js';

/** The one-line summary `guide-lint [paths]` prints after its findings (no power list: items 7 and 9 are n/a). */
export function lintScoreLine(result: LintResult, config: ResolvedConfig, lang: Lang): string {
  const card = buildScorecard({ guides: fullSummaries(result.guides), files: result.files.length, powerList: null, targets: resolveTargets(config.targets), by: [], lang, version: VERSION });
  return scoreLine(card, lang);
}

export { buildScorecard, missed } from './scorecard.js';
export { resolveTargets } from './targets.js';
export { readPowerList } from './power-list.js';
export { locateFindings } from './locate.js';
export { coverage } from './coverage.js';
export { uniformity } from './uniformity.js';
export type { Scorecard, Measure, Offender, Breakdown } from './types.js';
