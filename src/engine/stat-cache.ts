// Existence and size of files referenced by guides (blank/sample forms), cached per run.

import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { FileInfo } from './rule.js';

const cache = new Map<string, FileInfo>();

export function statRelativeTo(guideFile: string, ref: string): FileInfo {
  const abs = resolve(dirname(guideFile), ref);
  let hit = cache.get(abs);
  if (!hit) {
    try {
      const st = statSync(abs);
      hit = { exists: st.isFile(), size: st.size };
    } catch {
      hit = { exists: false, size: 0 };
    }
    cache.set(abs, hit);
  }
  return hit;
}
