// Existence and size of files referenced by guides (blank/sample forms), cached per run. What each
// guide file looked at is also recorded, so that the lint cache (src/engine/cache.ts) can tell
// when a result that depends on other files than the guide itself has gone stale.

import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FileInfo } from './rule.js';

/** A referenced file as a guide file's rules and summaries saw it. */
export interface StatRecord {
  /** Absolute path. */
  path: string;
  exists: boolean;
  size: number;
}

const cache = new Map<string, FileInfo>();
/** Guide file → referenced absolute path → what was seen (until taken by takeStats). */
const seen = new Map<string, Map<string, FileInfo>>();

/** Stats a file now, uncached: a regular file's size, or not there. */
export function statNow(abs: string): FileInfo {
  try {
    const st = statSync(abs);
    return { exists: st.isFile(), size: st.size };
  } catch {
    return { exists: false, size: 0 };
  }
}

export function statRelativeTo(guideFile: string, ref: string): FileInfo {
  const abs = resolve(dirname(guideFile), ref);
  let hit = cache.get(abs);
  if (!hit) {
    hit = statNow(abs);
    cache.set(abs, hit);
  }
  let mine = seen.get(guideFile);
  if (!mine) seen.set(guideFile, (mine = new Map<string, FileInfo>()));
  mine.set(abs, hit);
  return hit;
}

/** What `guideFile` looked at since the last call (sorted by path), and forgets it. */
export function takeStats(guideFile: string): StatRecord[] {
  const mine = seen.get(guideFile);
  if (!mine) return [];
  seen.delete(guideFile);
  return [...mine]
    .map(([path, info]) => ({ path, exists: info.exists, size: info.size }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Forgets every stat: a long-lived process (the language server) sees forms appear and go. */
export function forgetStats(): void {
  cache.clear();
}
