// Small pieces of message wording that depend on the output language.

import type { Lang } from '../../model/types.js';

/** Items listed in a message: "a、b" in Chinese, "a, b" in English. */
export const joinList = (items: readonly string[], lang: Lang): string => items.join(lang === 'zh' ? '、' : ', ');
