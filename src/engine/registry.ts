// Rules in effect: the built-in ones plus plugin rules (loaded only when config names a plugin).

import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from './rule.js';
import { ruleShapeProblem } from '../config/plugins.js';

export class PluginError extends Error {}

export async function loadPluginRules(plugin: string): Promise<Rule[]> {
  let mod: { rules?: unknown; default?: { rules?: unknown } };
  try {
    mod = await import(plugin.startsWith('/') || /^[A-Za-z]:/.test(plugin) ? pathToFileURL(plugin).href : plugin);
  } catch (err) {
    throw new PluginError(`plugin ${plugin} could not be loaded: ${(err as Error).message}`);
  }
  // Config loading validated the plugin with located messages; a worker checks the same shape again
  // (the module may have changed in between), with the one shape definition.
  const rules = mod.rules ?? mod.default?.rules;
  if (!Array.isArray(rules)) throw new PluginError(`plugin ${plugin} does not export "rules": an array of { meta, check }`);
  const problem = rules.map((r, i) => ruleShapeProblem(r, i)).find((p) => p !== undefined);
  if (problem) throw new PluginError(`plugin ${plugin}: ${problem}`);
  return rules as Rule[];
}

/** The rules a report describes: the run's, or the built-in ones when a plugin cannot be loaded now
 * (the run itself reported that). */
export async function rulesForReport(plugins: string[]): Promise<Rule[]> {
  try {
    return await rulesFor(plugins);
  } catch {
    return rulesFor([]);
  }
}

export async function rulesFor(plugins: string[]): Promise<Rule[]> {
  const all = [...builtinRules];
  for (const p of plugins) all.push(...(await loadPluginRules(p)));
  return all;
}
