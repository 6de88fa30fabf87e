// The score as JSON: the scorecard as is (schemas/score.schema.json, docs/scorecard.md), printed as
// JSON.stringify(card, null, 2) would print it, but piece by piece into buffers (or, given a sink,
// straight to the output): a large set's report (every offender of every group) never exists as one
// huge string.

import type { ScoreFormatter } from './score-formats.js';
import { JsonOut, writeJson } from '../util/json-out.js';

const scoreJson: ScoreFormatter = ({ card, sink }) => {
  const { tool, lang, files, guides, powerList, measures, byDepartment, byLevel } = card;
  const out = new JsonOut(sink);
  writeJson(out, { tool, lang, files, guides, measures, byDepartment, byLevel, powerList }, 0);
  out.write('\n');
  return out.buffer();
};

export default scoreJson;
