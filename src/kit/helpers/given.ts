// A child element a rule asks for (空表, 样表, 审批结果.样本) and the file left out: absent, or
// written as blanks only. null and "" are not the rule's: they fail the schema (guide-schema).

import type { ElementPath } from '../../model/types.js';

/** Absent, or a text of blanks only (not "", which guide-schema reports). */
export const notGiven = (v: unknown): boolean =>
  v === undefined || (typeof v === 'string' && v !== '' && v.trim() === '');

/** Where a child not given is reported: at `path` when written blank, at its parent when absent. */
export const missingAt = (v: unknown, path: ElementPath): ElementPath => (v === undefined ? path.slice(0, -1) : path);
