// Which open documents the CLI would leave out: `guide-lint <file>` run in the document's folder
// skips what that folder's .guidelintignore, the config's `ignore:` and the always ignored names
// (node_modules, .git) match. The same test as the CLI's (src/load/discover.ts), kept per folder
// until .guidelintignore changes (a changed config comes as a new config object).

import { dirname } from 'node:path';
import { leavesBase } from '../config/glob.js';
import { configIgnore } from '../config/ignore.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { IGNORE_FILE, namedFileIgnored } from '../load/discover.js';
import { relativeFrom } from '../load/rel-path.js';
import type { FileConfig } from './configs.js';

export const isIgnoreFile = (path: string) =>
  path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) === IGNORE_FILE;

/**
 * The folder the CLI runs in for a file: the innermost workspace folder that holds it (the folder
 * `guide-lint .` runs in for the workspace lint and pull, src/lsp/workspace.ts). Outside every
 * workspace folder: the config file's folder, where a project's runs start (the CLI finds its config
 * from the working folder upward, and .guidelintignore sits beside it as .eslintignore does beside
 * .eslintrc); without a config, the file's own folder, the one folder a run on it surely starts in.
 */
export function runFolder(absFile: string, folders: readonly string[], configFile?: string): string {
  let best: string | undefined;
  for (const f of folders) {
    const rel = relativeFrom(f)(absFile);
    if (rel !== '' && !leavesBase(rel) && (!best || f.length > best.length)) best = f;
  }
  return best ?? dirname(configFile ?? absFile);
}

type Test = Promise<(abs: string) => boolean>;

export class IgnoreCache {
  /** By folder, then by config (files of one folder may have different configs: a sub-folder's own). */
  private readonly byFolder = new Map<string, Map<ResolvedConfig | undefined, Test>>();

  /** .guidelintignore or a config was created, changed or deleted. */
  clear(): void {
    this.byFolder.clear();
  }

  /** Whether the CLI run in the file's folder skips it (`fileConfig` undefined: the config failed to load). */
  async ignores(absFile: string, folders: readonly string[], fileConfig: FileConfig | undefined): Promise<boolean> {
    const cwd = runFolder(absFile, folders, fileConfig?.file);
    const config = fileConfig?.config;
    let byConfig = this.byFolder.get(cwd);
    if (!byConfig) this.byFolder.set(cwd, (byConfig = new Map<ResolvedConfig | undefined, Test>()));
    let test = byConfig.get(config);
    if (!test) {
      test = namedFileIgnored({ cwd, ...(config ? configIgnore(config, cwd) : {}) });
      byConfig.set(config, test);
    }
    return (await test)(absFile);
  }
}
