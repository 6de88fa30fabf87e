// Builds the run's configuration: preset → command-line --rule overrides.
// (Config files, overrides and plugins come from src/config/ when present.)

import { builtinRules } from '../../rules/index.js';
import type { Lang, SeverityOrOff } from '../model/types.js';
import { UsageError } from '../errors.js';
import { presetConfig, type PresetName, type ResolvedConfig } from './config.js';

export interface ConfigInputs {
  cwd: string;
  preset?: PresetName;
  lang?: Lang;
  /** "id:severity" strings from --rule. */
  cliRules?: string[];
}

const SEVERITIES: SeverityOrOff[] = ['off', 'info', 'warning', 'error'];

export function parseRuleFlag(flag: string): [string, SeverityOrOff] {
  const m = /^([\w-]+):(off|info|warning|error)$/.exec(flag.trim());
  if (!m) throw new UsageError(`--rule expects id:severity (severity: ${SEVERITIES.join('|')}), got "${flag}"`);
  return [m[1]!, m[2] as SeverityOrOff];
}

export async function resolveConfig(inputs: ConfigInputs): Promise<ResolvedConfig> {
  const config = presetConfig(builtinRules, inputs.preset ?? 'recommended', inputs.lang ?? 'zh');
  for (const flag of inputs.cliRules ?? []) {
    const [id, severity] = parseRuleFlag(flag);
    const setting = config.rules[id];
    if (!setting) throw new UsageError(`--rule names an unknown rule "${id}"`);
    setting.severity = severity;
  }
  return config;
}
