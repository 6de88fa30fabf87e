// The score as JSON: the scorecard as is (schemas/score.schema.json, docs/scorecard.md).

import type { ScoreFormatter } from './score-formats.js';

const scoreJson: ScoreFormatter = ({ card }) => {
  const { tool, lang, files, guides, powerList, measures, byDepartment, byLevel } = card;
  const out = {
    tool,
    lang,
    files,
    guides,
    measures,
    ...(byDepartment ? { byDepartment } : {}),
    ...(byLevel ? { byLevel } : {}),
    powerList,
  };
  return `${JSON.stringify(out, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
};

export default scoreJson;
