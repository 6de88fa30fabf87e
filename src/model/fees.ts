// Fees (是否收费, 收费依据, 收费项目): whether a fee basis states anything, and fee standards that
// mean no fee at all.

import { isPresent } from './guide.js';
import { isPlaceholder } from './placeholder.js';
import { compact, textOf } from '../parse/text.js';

/** A fee standard that means no fee at all. */
const FREE = /^(0+(\.0+)?\s*(元.*)?|零元.*|免费|不收费|免收.*|无需缴费|无)$/;

/** The standard (as written) charges nothing: 0元, 零元, 免费, 不收费, 免收…, 无. */
export const chargesNothing = (standard: string): boolean => FREE.test(compact(standard));

/** 收费依据 is written and, when a text, not a placeholder ("无", "/"). */
export function basisStated(v: unknown): boolean {
  const text = textOf(v);
  return isPresent(v) && !(text !== undefined && isPlaceholder(text));
}
