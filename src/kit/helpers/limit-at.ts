// A time-limit element of the guide (法定办结时限, 承诺办结时限) read to compare it: the limit when it
// parses, with the value as messages show it. A value that does not parse is reported by the rule
// of that element (statutory-time-limit, promised-time-limit), absent ones by guide-schema.

import type { Guide } from '../../model/guide.js';
import { readTimeLimit, shownLimit, type ParsedLimit } from '../../model/time.js';

export interface LimitAt {
  limit: ParsedLimit;
  /** As the file wrote it: {数值: 5, 单位: 工作日} reads "5个工作日". */
  shown: string;
}

/** The time limit of element `key` when it parses (shownLimit for messages); undefined otherwise. */
export function limitAt(guide: Guide, key: string): LimitAt | undefined {
  const raw = guide.data[key];
  const limit = readTimeLimit(raw);
  return limit?.ok ? { limit, shown: shownLimit(limit, raw) } : undefined;
}
