// Config `ignore:` → --ignore-pattern patterns for file discovery (src/load/discover.ts).
//
// Config patterns are relative to the config file's folder; discovery matches a pattern relative to
// the working directory (explicit files, globs) and to each folder argument (walked folders). A
// pattern naming a folder or file at any depth ("drafts/", "*.bak", "**/模板") is the same for all
// of them; an anchored one ("/guides/drafts", "guides/drafts") is rewritten for each of them.

import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { statSync } from 'node:fs';
import type { ResolvedConfig } from './resolved-config.js';
import { CONFIG_FILE_NAMES } from './load.js';

const posix = (p: string) => p.split(sep).join('/');

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The patterns to add to --ignore-pattern: config files are never guides, then config `ignore:`. */
export function discoveryIgnorePatterns(config: ResolvedConfig, cwd: string, args: string[]): string[] {
  const patterns = config.ignorePatterns ?? [];
  if (patterns.length === 0) return [...CONFIG_FILE_NAMES];
  const base = config.baseDir ?? cwd;
  const roots = [cwd, ...args.map((a) => resolve(cwd, a)).filter(isDir)];
  const out = new Set<string>(CONFIG_FILE_NAMES);
  for (const raw of patterns) {
    const p = raw.trim().replace(/\\/g, '/').replace(/\/+$/, '');
    if (!p) continue;
    const anchored = p.startsWith('/') || p.includes('/');
    if (!anchored || p.startsWith('**/')) {
      out.add(p);
      continue;
    }
    const abs = join(base, p.replace(/^\/+/, ''));
    for (const root of roots) {
      const rel = relative(root, abs);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
      out.add(rel === '' ? '/**' : `/${posix(rel)}`);
    }
  }
  return [...out];
}
