// The one-line scorecard summary `guide-lint [paths]` prints after its findings (unless --no-score).
// It says how many items were measured out of all, and why the others were not; item 8 (a count
// per department) says that it needs each department's whole set, since a lint often sees part of it.

import type { Lang } from '../model/types.js';
import type { Scorecard } from './types.js';

const zhItems = (items: number[]) => `第 ${items.join('、')} 项`;
const enItems = (items: number[]) => `item${items.length > 1 ? 's' : ''} ${items.join(', ')}`;

export function scoreLine(card: Scorecard, lang: Lang): string {
  const valued = card.measures.filter((m) => m.met !== null);
  const met = valued.filter((m) => m.met);
  const counts = valued.filter((m) => !m.met && m.unit === 'count');
  const missed = valued.filter((m) => !m.met && m.unit !== 'count').map((m) => m.item);
  const noPowerList = card.measures
    .filter((m) => m.value === null && (m.item === 7 || m.item === 9) && !card.powerList)
    .map((m) => m.item);
  const empty = card.measures.filter((m) => m.value === null && !noPowerList.includes(m.item)).map((m) => m.item);
  const all = card.measures.length;
  if (lang === 'zh') {
    const parts = [`评分：已测 ${valued.length} 项指标（共 ${all} 项）中 ${met.length} 项达标`];
    if (missed.length) parts.push(`未达标：${zhItems(missed)}`);
    for (const m of counts)
      parts.push(
        `${zhItems([m.item])}未达标：公共服务事项指南最少的部门 ${m.value} 个，需每个部门 ≥ ${m.target} 个（按部门的全部指南计）`,
      );
    if (empty.length) parts.push(`${zhItems(empty)}无可测的指南`);
    if (noPowerList.length) parts.push(`${zhItems(noPowerList)}需 --power-list`);
    return `${parts.join('；')}（详见 guide-lint score）`;
  }
  const parts = [`Score: ${met.length} of ${valued.length} measured items met (${all} in all)`];
  if (missed.length) parts.push(`missed: ${enItems(missed)}`);
  for (const m of counts)
    parts.push(
      `${enItems([m.item])} missed: the smallest department has ${m.value} public-service guide${m.value === 1 ? '' : 's'}, ≥ ${m.target} per department needed (counted over each department's whole set)`,
    );
  if (empty.length) parts.push(`nothing to measure for ${enItems(empty)}`);
  if (noPowerList.length) parts.push(`${enItems(noPowerList)} need${noPowerList.length > 1 ? '' : 's'} --power-list`);
  return `${parts.join('; ')} (details: guide-lint score)`;
}
