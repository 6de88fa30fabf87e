// The path of a value a walked element holds: the element's, or one entry's of its list.

import { elementPath, type ElementEntry } from '../../model/walk.js';
import type { ElementPath } from '../../model/types.js';

/** The path of element `e`, or of its list entry `at`. */
export const entryPath = (e: ElementEntry, at?: number): ElementPath =>
  at === undefined ? elementPath(e) : [...elementPath(e), at];
