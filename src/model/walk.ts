// Visits every known element of a guide, in every scope (materials, steps, …), with its
// dictionary entry and canonical path: the basis of data-driven rules. The list is made while the
// guide is normalised (normalize.ts), so a visit is a loop over an array; paths are built only
// when a rule asks for one (when it reports): most elements are visited and found fine.

import { pathOf, type ElementEntry } from './normalize.js';
import type { ElementPath } from './types.js';

export type { ElementEntry } from './normalize.js';

/** The canonical path of an element. */
export const elementPath = (e: ElementEntry): ElementPath => pathOf(e);

export function walkElements(guide: { elements: readonly ElementEntry[] }, visit: (e: ElementEntry) => void): void {
  for (const e of guide.elements) visit(e);
}
