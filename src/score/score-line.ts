// The one-line scorecard summary `guide-lint [paths]` prints after its findings (unless --no-score).

import type { Lang } from '../model/types.js';
import type { Scorecard } from './types.js';

export function scoreLine(card: Scorecard, lang: Lang): string {
  const valued = card.measures.filter((m) => m.met !== null);
  const met = valued.filter((m) => m.met);
  const missed = valued.filter((m) => !m.met).map((m) => m.item);
  const noPowerList = card.measures.filter((m) => m.value === null && (m.item === 7 || m.item === 9) && !card.powerList).map((m) => m.item);
  if (lang === 'zh') {
    const parts = [`评分：${valued.length} 项指标中 ${met.length} 项达标`];
    if (missed.length) parts.push(`未达标：第 ${missed.join('、')} 项`);
    if (noPowerList.length) parts.push(`第 ${noPowerList.join('、')} 项需 --power-list`);
    return `${parts.join('；')}（详见 guide-lint score）`;
  }
  const parts = [`Score: ${met.length} of ${valued.length} measures met`];
  if (missed.length) parts.push(`missed: item${missed.length > 1 ? 's' : ''} ${missed.join(', ')}`);
  if (noPowerList.length) parts.push(`item${noPowerList.length > 1 ? 's' : ''} ${noPowerList.join(', ')} need --power-list`);
  return `${parts.join('; ')} (details: guide-lint score)`;
}
