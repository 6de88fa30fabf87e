// Score formats (`guide-lint score --format …`), loaded on demand like the lint formatters.

import type { Scorecard } from '../score/types.js';

export interface ScoreFormatInput {
  card: Scorecard;
  color: boolean;
  /** Offenders listed per measure (table: 10, html: 1000; json and xlsx list them all). */
  limit?: number;
  /** Given, a format that can stream (json, xlsx) writes its output through it, piece by piece, and returns nothing more. */
  sink?: (chunk: Buffer) => void;
}

export type ScoreFormatter = (input: ScoreFormatInput) => string | Buffer | Promise<string | Buffer>;

const SCORE_FORMATTERS: Record<string, () => Promise<{ default: ScoreFormatter }>> = {
  table: () => import('./score-table.js'),
  json: () => import('./score-json.js'),
  html: () => import('./score-html.js'),
  xlsx: () => import('./score-xlsx.js'),
};

export const SCORE_FORMAT_NAMES = Object.keys(SCORE_FORMATTERS);
/** Formats whose output is bytes, never printed to a terminal. */
export const BINARY_SCORE_FORMATS = new Set(['xlsx']);

export async function getScoreFormatter(name: string): Promise<ScoreFormatter> {
  const load = SCORE_FORMATTERS[name];
  if (!load) throw new Error(`unknown score format "${name}" (${SCORE_FORMAT_NAMES.join(', ')})`);
  return (await load()).default;
}
