// `guide-lint print-config FILE`: the effective configuration for one file, as JSON — which config
// file and presets are in effect, whether `ignore:` skips the file, which `overrides` apply, and
// every rule's severity and options after all of them (and the --rule flags).

import { resolve } from 'node:path';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { configForFile, isIgnoredByConfig, matchingOverrides } from '../config/per-file.js';
import { displayFile } from '../config/errors.js';
import { defined } from '../util/defined.js';

export function effectiveConfig(config: ResolvedConfig, file: string, cwd: string): Record<string, unknown> {
  const abs = resolve(cwd, file);
  const forFile = configForFile(config, abs);
  const shown = (f: string) => displayFile(f, cwd);
  const rules: Record<string, unknown> = {};
  for (const id of Object.keys(forFile.rules).sort()) {
    const s = defined(forFile.rules[id]);
    rules[id] = Object.keys(s.options).length ? [s.severity, s.options] : s.severity;
  }
  const out: Record<string, unknown> = {
    file: shown(abs),
    configFile: config.configFile ? shown(config.configFile) : null,
    extends: (config.configFiles ?? []).slice(0, -1).map(shown),
    presets: config.presets ?? [config.preset],
    ignored: isIgnoredByConfig(config, abs),
    overrides: matchingOverrides(config, abs).map((i) => defined(defined(config.overrides)[i]).source),
    lang: config.lang,
    plugins: config.plugins.map(shown),
    columns: config.columns,
  };
  if (config.targets) out.targets = config.targets;
  if (config.areaCodes) out.areaCodes = config.areaCodes;
  if (config.maxBytes !== undefined) out.maxBytes = config.maxBytes;
  if (config.encoding !== undefined) out.encoding = config.encoding;
  if (config.ignorePatterns) out.ignore = config.ignorePatterns;
  if (config.reportUnusedDisableDirectives !== undefined)
    out.reportUnusedDisableDirectives = config.reportUnusedDisableDirectives;
  out.rules = rules;
  return out;
}

export function printConfig(config: ResolvedConfig, file: string, cwd = process.cwd()): string {
  return `${JSON.stringify(effectiveConfig(config, file, cwd), null, 2)}\n`;
}
