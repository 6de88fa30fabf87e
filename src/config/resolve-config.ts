// Builds the run's configuration: preset → config file (src/config/: extends, rules, overrides,
// plugins …) → command-line --rule flags. The config file is --config FILE, or the nearest
// guide-lint.config.* / .guidelintrc.* from the working directory upward. Without one, nothing
// of src/config/resolve-file.ts (ajv, plugins) is loaded.

import { resolve } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import type { Lang } from '../model/types.js';
import { presetConfig, type PresetName, type ResolvedConfig } from './resolved-config.js';
import { findConfigFile } from './load.js';
import { applyRuleFlags, applyRunFlags, type RunFlags } from './flags.js';

export { parseRuleFlag } from './flags.js';

export interface ConfigInputs {
  cwd: string;
  preset?: PresetName;
  /** --lang / GUIDE_LINT_LANG when given: wins over config `lang:` (default zh). */
  lang?: Lang;
  /** "id:severity" strings from --rule. */
  cliRules?: string[];
  /** --config FILE (relative to cwd): no search. */
  configFile?: string;
  /** false: no config file search (presets and flags only). Default true. */
  discover?: boolean;
  /** false under --no-config-code: .mjs configs and plugins are refused (exit 2). Default true. */
  allowCode?: boolean;
  /** Flags that set config fields (--encoding, --input-format …): applied last. */
  flags?: RunFlags;
}

/** The config file the run uses: --config, else the nearest one from cwd upward. */
export function configFileFor(inputs: ConfigInputs): string | undefined {
  if (inputs.configFile) return resolve(inputs.cwd, inputs.configFile);
  return inputs.discover === false ? undefined : findConfigFile(inputs.cwd, inputs.lang ?? 'zh');
}

export async function resolveConfig(inputs: ConfigInputs): Promise<ResolvedConfig> {
  const file = configFileFor(inputs);
  if (file) {
    const { resolveFromFile } = await import('./resolve-file.js');
    return applyRunFlags((await resolveFromFile(file, inputs)).config, inputs.flags);
  }
  const config = presetConfig(builtinRules, inputs.preset ?? 'recommended', inputs.lang ?? 'zh');
  applyRuleFlags(config, inputs.cliRules, builtinRules);
  return applyRunFlags(config, inputs.flags);
}
