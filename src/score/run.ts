// The scorecard of a set of guides from their per-guide summaries: cross-guide facts (item 10's
// uniformity, the power list's coverage) located in their files, then the measures against the
// targets. Shared by `guide-lint score`, `merge --score` and the web page.

import type { ResolvedConfig } from '../config/resolved-config.js';
import type { LintResult } from '../engine/lint.js';
import type { Lang } from '../model/types.js';
import { VERSION } from '../version.js';
import { coverage } from './coverage.js';
import { locateFindings } from './locate.js';
import { readPowerList, type PowerList } from './power-list.js';
import { buildScorecard, type GroupBy } from './scorecard.js';
import { fullSummaries, type GuideSummary } from './summary.js';
import { resolveTargets } from './targets.js';
import type { Scorecard } from './types.js';
import { uniformity } from './uniformity.js';

export interface ScoreRunOptions {
  cwd: string;
  config: ResolvedConfig;
  powerList?: string;
  by: GroupBy[];
  lang: Lang;
  ignorePatterns?: string[];
  threads?: number | 'auto';
}

/** The config a score shard records: every rule off (no rule ran; options are kept, they fed the summaries). */
export function scoreConfig(config: ResolvedConfig): ResolvedConfig {
  return {
    ...config,
    rules: Object.fromEntries(Object.entries(config.rules).map(([id, s]) => [id, { ...s, severity: 'off' as const }])),
  };
}

export const powerListOf = async (o: { powerList?: string; cwd: string }): Promise<PowerList | null> =>
  o.powerList ? readPowerList(o.powerList, o.cwd) : null;

/** The scorecard of a lint result with full summaries (a score run's, or merged shards'). */
export async function scoreResult(
  result: LintResult,
  o: Omit<ScoreRunOptions, 'ignorePatterns' | 'threads' | 'powerList'>,
  powerList: PowerList | null,
): Promise<Scorecard> {
  return scoreGuides(fullSummaries(result.guides), result.files.length, o, powerList);
}

/** The scorecard of guides' summaries from `files` files. */
export async function scoreGuides(
  guides: GuideSummary[],
  files: number,
  o: Omit<ScoreRunOptions, 'ignorePatterns' | 'threads' | 'powerList'>,
  powerList: PowerList | null,
): Promise<Scorecard> {
  const targets = resolveTargets(o.config.targets);
  // Cross-guide facts first, so that their few findings can be located exactly before the report.
  const u = uniformity(guides);
  const cov = powerList ? coverage(guides, powerList) : null;
  await locateFindings(u, cov, o.cwd, {
    maxBytes: o.config.maxBytes,
    columns: o.config.columns,
    encoding: o.config.encoding,
  });
  return buildScorecard({
    guides,
    files,
    powerList,
    targets,
    by: o.by,
    lang: o.lang,
    version: VERSION,
    uniformity: u,
    coverage: cov,
  });
}
