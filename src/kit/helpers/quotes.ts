// Quotation in messages, in the message's language: “受理” in Chinese, "受理" in English.

import type { Lang } from '../../model/types.js';

/** A text quoted: “受理” / "受理". */
export const quoted = (lang: Lang, text: string | number): string => (lang === 'zh' ? `“${text}”` : `"${text}"`);

/** Examples quoted one after another: “受理”“审查” / "受理", "审查". */
export const quotedList = (lang: Lang, items: readonly (string | number)[]): string =>
  items.map((x) => quoted(lang, x)).join(lang === 'zh' ? '' : ', ');
