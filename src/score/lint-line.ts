// The lint command's one-line scorecard summary. Apart from the rest of src/score/ so that a plain lint
// does not load what only `guide-lint score` needs (the power-list reader and its YAML library).

import type { ResolvedConfig } from '../config/resolved-config.js';
import type { LintResult } from '../engine/lint.js';
import type { Lang } from '../model/types.js';
import { VERSION } from '../version.js';
import { buildScorecard } from './scorecard.js';
import { scoreLine } from './render-line.js';
import { resolveTargets } from './targets.js';
import { fullSummaries } from './summary.js';

/** The one-line summary `guide-lint [paths]` prints after its findings (no power list: items 7 and 9 are n/a). */
export function lintScoreLine(result: LintResult, config: ResolvedConfig, lang: Lang): string {
  const card = buildScorecard({
    guides: fullSummaries(result.guides),
    files: result.files.length,
    powerList: null,
    targets: resolveTargets(config.targets),
    by: [],
    lang,
    version: VERSION,
  });
  return scoreLine(card, lang);
}
