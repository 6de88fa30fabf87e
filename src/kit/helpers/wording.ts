// Lists inside messages, in the message's language.

import type { Lang } from '../../model/types.js';

/** Items of a list: 甲、乙 / A, B. */
export const joinList = (lang: Lang, items: readonly (string | number)[]): string =>
  items.join(lang === 'zh' ? '、' : ', ');

/** Alternatives: 甲或乙 / A or B. */
export const joinAlternatives = (lang: Lang, items: readonly (string | number)[]): string =>
  items.join(lang === 'zh' ? '或' : ' or ');
