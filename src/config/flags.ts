// Command-line flags over the resolved config: --rule id:severity (into the rules and the per-file
// overrides) and the run flags that set config fields. Applied last, so they win over the config file.

import type { ResolvedConfig } from './resolved-config.js';
import type { Rule } from '../engine/rule.js';
import { UsageError } from '../errors.js';
import { closest } from '../model/similar.js';
import type { SeverityOrOff } from '../model/types.js';
import { defined } from '../util/defined.js';

const SEVERITY_FLAG = /^([A-Za-z0-9@][\w@./-]*):(off|info|warning|error)$/;
const SEVERITIES: SeverityOrOff[] = ['off', 'info', 'warning', 'error'];

export function parseRuleFlag(flag: string): [string, SeverityOrOff] {
  const m = SEVERITY_FLAG.exec(flag.trim());
  if (!m) throw new UsageError(`--rule expects id:severity (severity: ${SEVERITIES.join('|')}), got "${flag}"`);
  return [defined(m[1]), m[2] as SeverityOrOff];
}

/** Applies --rule flags to the config's rules and records them for the per-file overrides. */
export function applyRuleFlags(config: ResolvedConfig, flags: string[] | undefined, rules: Rule[]): void {
  if (!flags?.length) return;
  const out: Record<string, SeverityOrOff> = {};
  for (const flag of flags) {
    const [id, severity] = parseRuleFlag(flag);
    if (!Object.hasOwn(config.rules, id)) {
      const near = closest(
        id,
        rules.map((r) => r.meta.id),
      );
      throw new UsageError(`--rule names an unknown rule "${id}"${near ? ` (did you mean "${near}"?)` : ''}`);
    }
    config.rules[id] = { ...defined(config.rules[id]), severity };
    out[id] = severity;
  }
  config.ruleFlags = out;
}

/** Command-line flags that set a config field (each command offers some of them). */
export interface RunFlags {
  reportUnusedDisableDirectives?: boolean;
  encoding?: string;
  inputFormat?: 'auto' | 'guide' | 'exchange';
  allVersions?: boolean;
}

/** The config with the run flags given: a new object (the resolved config is never changed afterwards). */
export function applyRunFlags(config: ResolvedConfig, flags: RunFlags | undefined): ResolvedConfig {
  if (!flags) return config;
  const out: ResolvedConfig = { ...config };
  if (flags.reportUnusedDisableDirectives) out.reportUnusedDisableDirectives = true;
  if (flags.encoding) out.encoding = flags.encoding;
  if (flags.inputFormat) out.inputFormat = flags.inputFormat;
  if (flags.allVersions) out.allVersions = true;
  return out;
}
