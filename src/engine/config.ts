// The resolved configuration a lint run uses: serialisable (workers receive it as is), built from
// presets, config files and command-line flags.

import type { Lang, Severity, SeverityOrOff } from '../model/types.js';
import type { Rule } from './rule.js';

export type PresetName = 'recommended' | 'strict';

export interface RuleSetting {
  severity: SeverityOrOff;
  options: Record<string, unknown>;
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
  /** Scorecard target overrides (item number → target). */
  targets?: Record<string, unknown>;
  /** Area codes of the region, for the phone rules (never hard-coded). */
  areaCodes?: string[];
  /** Report `# guide-lint-disable…` comments that suppressed nothing. */
  reportUnusedDisableDirectives?: boolean;
}

/** The preset's severity for a rule. */
export function presetSeverity(rule: Rule, preset: PresetName): Severity {
  return preset === 'strict' ? (rule.meta.strictSeverity ?? rule.meta.severity) : rule.meta.severity;
}

export function presetConfig(rules: Rule[], preset: PresetName = 'recommended', lang: Lang = 'zh'): ResolvedConfig {
  const out: ResolvedConfig = { preset, rules: {}, lang, columns: {}, plugins: [] };
  for (const r of rules) {
    out.rules[r.meta.id] = { severity: presetSeverity(r, preset), options: { ...(r.meta.defaultOptions ?? {}), ...(preset === 'strict' ? { strict: true } : {}) } };
  }
  return out;
}

export const SEVERITY_RANK: Record<SeverityOrOff, number> = { off: 0, info: 1, warning: 2, error: 3 };
