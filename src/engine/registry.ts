// Rules in effect: the built-in ones plus plugin rules (loaded only when config names a plugin).

import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from './rule.js';

export class PluginError extends Error {}

export async function loadPluginRules(plugin: string): Promise<Rule[]> {
  let mod: { rules?: unknown; default?: { rules?: unknown } };
  try {
    mod = await import(plugin.startsWith('/') || /^[A-Za-z]:/.test(plugin) ? pathToFileURL(plugin).href : plugin);
  } catch (err) {
    throw new PluginError(`plugin ${plugin} could not be loaded: ${(err as Error).message}`);
  }
  const rules = mod.rules ?? mod.default?.rules;
  if (!Array.isArray(rules) || !rules.every((r) => r && typeof r.check === 'function' && r.meta && typeof r.meta.id === 'string')) {
    throw new PluginError(`plugin ${plugin} does not export "rules": an array of { meta, check }`);
  }
  return rules as Rule[];
}

export async function rulesFor(plugins: string[]): Promise<Rule[]> {
  const all = [...builtinRules];
  for (const p of plugins) all.push(...(await loadPluginRules(p)));
  return all;
}
