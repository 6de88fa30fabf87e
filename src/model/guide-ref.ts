// What every lint result keeps of each guide: where it is and what it is called. Richer per-guide
// records (the scorecard's summaries) extend it; they are made by collectors (src/engine/collector.ts).

import type { Guide } from './guide.js';
import type { Location } from './types.js';
import { detach } from '../util/detach.js';

export interface GuideRef {
  file: string;
  index: number;
  line: number;
  column: number;
  /** Spreadsheet guides: the sheet and A1 cell where the guide's row starts. */
  sheet?: string;
  cell?: string;
  name: string | null;
}

export function guideRef(guide: Guide, file: string, loc: Location): GuideRef {
  return {
    file,
    index: guide.index,
    line: loc.line,
    column: loc.column,
    ...(loc.sheet !== undefined ? { sheet: detach(loc.sheet), cell: loc.cell } : {}),
    name: guide.name === null ? null : detach(guide.name),
  };
}
