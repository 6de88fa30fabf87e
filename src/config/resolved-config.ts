// The resolved configuration a lint run uses: serialisable (workers receive it as is), built from
// presets, config files and command-line flags.

import type { Lang, Severity, SeverityOrOff } from '../model/types.js';
import type { Rule } from '../engine/rule.js';
import type { ImportConfig } from '../load/exchange/profiles.js';

export type PresetName = 'recommended' | 'strict';

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
}

/** A rule setting of an override: always a severity; options only when the override gives them. */
export interface OverrideRuleSetting {
  severity: SeverityOrOff;
  /** Already merged over the rule's defaultOptions and validated. */
  options?: Record<string, unknown>;
}

/** A config `overrides:` entry, resolved per file (src/config/per-file.ts), in worker threads too. */
export interface ConfigOverride {
  /** gitignore-style globs relative to ResolvedConfig.baseDir; a leading "!" excludes. */
  files: string[];
  rules: Record<string, OverrideRuleSetting>;
  /** Where it was written ("guide-lint.config.yaml: overrides[0]"), for print-config. */
  source: string;
}

export interface ResolvedConfig {
  preset: PresetName;
  rules: Record<string, RuleSetting>;
  lang: Lang;
  /** Spreadsheet header → element key. */
  columns: Record<string, string>;
  /** Absolute paths of plugin modules, loaded by every worker. */
  plugins: string[];
  maxBytes?: number;
  encoding?: string;
  /** --input-format: `exchange` reads JSON as exported records whatever its content; `guide` never does. */
  inputFormat?: 'auto' | 'guide' | 'exchange';
  /** Config `import:`: the import profile for exported records and its overrides (docs/import.md). */
  import?: ImportConfig;
  /** --all-versions: lint every record of an export, not only each unit's highest version. */
  allVersions?: boolean;
  /**
   * Scorecard targets, keyed by checklist item number ("1" … "24"): a number (fraction 0–1, or a
   * count for item 8), a percentage string ("90%") or { target, deadline } (src/score/targets.ts).
   * The `checklist` preset fills every measured item from src/model/checklist.ts; config
   * `targets:` overrides item by item.
   */
  targets?: Record<string, unknown>;
  /** Area codes of the region, for the phone rules (never hard-coded). */
  areaCodes?: string[];
  /** Report `# guide-lint-disable…` comments that suppressed nothing. */
  reportUnusedDisableDirectives?: boolean;
  /** Absolute path of the config file in use (none: presets and flags only). */
  configFile?: string;
  /** Every config file read, the used one last (its `extends` chain), absolute. */
  configFiles?: string[];
  /** Built-in presets in effect, e.g. ['recommended', 'checklist']. */
  presets?: string[];
  /** Folder the `overrides` and `ignore` globs are relative to (the config file's). */
  baseDir?: string;
  /** Config `overrides:`, in order; later entries win. */
  overrides?: ConfigOverride[];
  /** Config `ignore:` (gitignore-style, relative to baseDir). */
  ignorePatterns?: string[];
  /** --rule flags: applied after the overrides, so they win for every file. */
  ruleFlags?: Record<string, SeverityOrOff>;
}

/** The preset's severity for a rule. */
export function presetSeverity(rule: Rule, preset: PresetName): Severity {
  return preset === 'strict' ? (rule.meta.strictSeverity ?? rule.meta.severity) : rule.meta.severity;
}

export function presetConfig(rules: Rule[], preset: PresetName = 'recommended', lang: Lang = 'zh'): ResolvedConfig {
  const out: ResolvedConfig = { preset, rules: {}, lang, columns: {}, plugins: [] };
  for (const r of rules) {
    out.rules[r.meta.id] = {
      severity: presetSeverity(r, preset),
      options: { ...(r.meta.defaultOptions ?? {}), ...(preset === 'strict' ? { strict: true } : {}) },
    };
  }
  return out;
}
