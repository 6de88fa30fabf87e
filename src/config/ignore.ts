// What a config adds to file discovery (src/load/discover.ts): its `ignore:` patterns, relative to
// the config file's folder (for patterns from extended configs too), and its own file names, which
// are never guides.

import type { DiscoverOptions } from '../load/discover.js';
import { CONFIG_FILE_NAMES } from './load.js';
import type { ResolvedConfig } from './resolved-config.js';

export function configIgnore(
  config: ResolvedConfig,
  cwd: string,
): Pick<DiscoverOptions, 'ignoreSources' | 'ignoreNames'> {
  const patterns = config.ignorePatterns ?? [];
  return {
    ignoreNames: CONFIG_FILE_NAMES,
    ignoreSources: patterns.length ? [{ base: config.baseDir ?? cwd, patterns }] : [],
  };
}
