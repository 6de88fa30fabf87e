// The configuration that applies to a file, as the CLI would find it from the file's folder: the
// nearest guide-lint.config.* / .guidelintrc.* upward, resolved once and kept (with its rules,
// plugins included) until a config file changes.

import { dirname } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { presetConfig, type ResolvedConfig } from '../config/resolved-config.js';
import type { Rule } from '../engine/rule.js';
import type { Lang } from '../model/types.js';
import { findConfigFile, CONFIG_FILE_NAMES } from '../config/load.js';

export interface FileConfig {
  config: ResolvedConfig;
  rules: Rule[];
  /** The config file in use, if any (absolute). */
  file?: string;
}

export type ConfigOutcome = { ok: true; value: FileConfig } | { ok: false; file?: string; message: string };

export interface ConfigOptions {
  /** The client's or GUIDE_LINT_LANG's language: wins over config `lang:`, as --lang does. */
  lang?: Lang;
  /** Run .mjs configs and plugins (false: as --no-config-code). */
  allowCode: boolean;
}

export function isConfigFile(path: string): boolean {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  return (CONFIG_FILE_NAMES as readonly string[]).includes(base);
}

export class ConfigCache {
  private readonly byDir = new Map<string, string | undefined | Error>();
  private readonly byFile = new Map<string, Promise<ConfigOutcome>>();

  constructor(private readonly opts: ConfigOptions) {}

  /** Everything forgotten: a config file was created, changed or deleted. */
  clear(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  forFile(absFile: string): Promise<ConfigOutcome> {
    const dir = dirname(absFile);
    let found = this.byDir.get(dir);
    if (!this.byDir.has(dir)) {
      try {
        found = findConfigFile(dir, this.opts.lang ?? 'zh');
      } catch (err) {
        found = err as Error;
      }
      this.byDir.set(dir, found);
    }
    if (found instanceof Error) return Promise.resolve({ ok: false, message: found.message });
    const key = found ?? '';
    let p = this.byFile.get(key);
    if (!p) {
      p = this.resolve(found);
      this.byFile.set(key, p);
    }
    return p;
  }

  private async resolve(file: string | undefined): Promise<ConfigOutcome> {
    if (!file)
      return {
        ok: true,
        value: { config: presetConfig(builtinRules, 'recommended', this.opts.lang ?? 'zh'), rules: builtinRules },
      };
    try {
      const { resolveFromFile } = await import('../config/resolve-file.js');
      const r = await resolveFromFile(file, {
        cwd: dirname(file),
        lang: this.opts.lang,
        allowCode: this.opts.allowCode,
      });
      return { ok: true, value: { config: r.config, rules: r.rules, file } };
    } catch (err) {
      return { ok: false, file, message: (err as Error).message };
    }
  }
}
