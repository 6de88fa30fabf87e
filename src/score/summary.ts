// Compact per-guide facts for the scorecard and cross-guide checks: the scorecard never keeps
// whole documents (100,000 guides must fit in memory), only these.

import type { Guide } from '../model/guide.js';
import { textOf } from '../model/guide.js';
import type { Location } from '../model/types.js';

export interface GuideSummary {
  file: string;
  index: number;
  line: number;
  column: number;
  name: string | null;
  basicCode: string | null;
  implCode: string | null;
  type: string | null;
  department: string | null;
  level: string | null;
}

export function summarize(guide: Guide, file: string, loc: Location): GuideSummary {
  const d = guide.data;
  return {
    file,
    index: guide.index,
    line: loc.line,
    column: loc.column,
    name: guide.name,
    basicCode: textOf(d['基本编码']) ?? null,
    implCode: textOf(d['实施编码']) ?? null,
    type: textOf(d['事项类型']) ?? null,
    department: textOf(d['实施主体']) ?? null,
    level: textOf(d['行使层级']) ?? null,
  };
}
