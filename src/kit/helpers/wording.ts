// Lists inside messages, in the message's language.

import type { Lang } from '../../model/types.js';

/** Items of a list: 甲、乙 / A, B. */
export const joinList = (items: readonly (string | number)[], lang: Lang): string =>
  items.join(lang === 'zh' ? '、' : ', ');

/** Alternatives: 甲或乙 / A or B. */
export const joinAlternatives = (items: readonly (string | number)[], lang: Lang): string =>
  items.join(lang === 'zh' ? '或' : ' or ');
