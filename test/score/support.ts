// Scores a fixture set in-process (src/, no build needed) with the default config.

import { join } from 'node:path';
import { computeScore } from '../../src/commands/score.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { Lang } from '../../src/model/types.js';
import type { GroupBy } from '../../src/score/scorecard.js';
import type { Measure, Scorecard } from '../../src/score/types.js';

export const ROOT = join(import.meta.dirname, '..', '..');

export async function score(
  paths: string[],
  o: { powerList?: string; by?: GroupBy[]; lang?: Lang; targets?: Record<string, unknown> } = {},
): Promise<Scorecard> {
  const config = await resolveConfig({ cwd: ROOT, lang: o.lang ?? 'zh' });
  if (o.targets) config.targets = o.targets;
  const { card } = await computeScore(paths, {
    cwd: ROOT,
    config,
    powerList: o.powerList,
    by: o.by ?? ['department', 'level'],
    lang: o.lang ?? 'zh',
  });
  return card;
}

export function item(card: Pick<Scorecard, 'measures'>, n: number): Measure {
  const m = card.measures.find((x) => x.item === n);
  if (!m) throw new Error(`no measure ${n}`);
  return m;
}

/** numerator, denominator, met of a measure, for compact assertions. */
export const nd = (m: Measure) => [m.numerator, m.denominator, m.met];
