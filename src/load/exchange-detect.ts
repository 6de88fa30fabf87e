// Content detection of exported records: which import profile's fields a JSON text uses as keys.
// One function, so discovery and the loader agree on what an export is.

import { BUILTIN_PROFILES } from './exchange/profiles.js';
import type { ImportProfile } from './exchange/profile.js';
import { defined } from '../util/defined.js';

const patterns = new WeakMap<ImportProfile, RegExp>();

/** The name of the first profile (given ones first, then the built-ins) of which at least two fields occur as JSON keys; else undefined. */
export function detectExport(text: string, extra: ImportProfile[] = []): string | undefined {
  for (const p of [...extra, ...Object.values(BUILTIN_PROFILES)]) {
    let re = patterns.get(p);
    if (!re)
      patterns.set(
        p,
        (re = new RegExp(`"(${p.detect.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})"\\s*:`, 'gi')),
      );
    re.lastIndex = 0;
    const seen = new Set<string>();
    for (let m; (m = re.exec(text));) {
      seen.add(defined(m[1]).toLowerCase());
      if (seen.size >= 2) return p.name;
    }
  }
  return undefined;
}
