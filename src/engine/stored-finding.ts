// A finding read back from a file the run wrote earlier (the cache, a shard result): checked for the
// fields every consumer reads before use, so a damaged file is refused or missed, never a crash.
import { isPlainObject } from '../util/plain-object.js';

export const isStoredFinding = (x: unknown): x is Record<string, unknown> =>
  isPlainObject(x) &&
  typeof x.ruleId === 'string' &&
  typeof x.message === 'string' &&
  typeof x.file === 'string' &&
  typeof x.line === 'number';
