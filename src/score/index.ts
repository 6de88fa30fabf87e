// The scorecard's entry points for commands: score a lint result, and the lint command's one line.

export { lintScoreLine } from './line.js';
export { buildScorecard, missed } from './scorecard.js';
export { resolveTargets } from './targets.js';
export { readPowerList } from './power-list.js';
export { locateFindings } from './locate.js';
export { coverage } from './coverage.js';
export { uniformity } from './uniformity.js';
export type { Scorecard, Measure, Offender, Breakdown } from './types.js';
