// Rules in effect: the built-in ones plus plugin rules (loaded only when config names a plugin).

import { pathToFileURL } from 'node:url';
import { builtinRules } from '../../rules/index.js';
import type { Rule } from './rule.js';
import { importPlugin } from '../config/plugins.js';

export class PluginError extends Error {}

export async function loadPluginRules(plugin: string): Promise<Rule[]> {
  // Config loading checked the plugin with located messages; a worker checks it again with the same
  // loader (the module may have changed in between).
  const got = await importPlugin(
    plugin.startsWith('/') || /^[A-Za-z]:/.test(plugin) ? pathToFileURL(plugin).href : plugin,
  );
  if ('rules' in got) return got.rules;
  if (got.failed === 'load') throw new PluginError(`plugin ${plugin} could not be loaded: ${got.reason}`);
  if (got.failed === 'shape' && got.reason.startsWith('does not export'))
    throw new PluginError(`plugin ${plugin} ${got.reason}`);
  throw new PluginError(
    `plugin ${plugin}: ${got.failed === 'duplicate' ? `rule id "${got.id}" is defined twice` : got.reason}`,
  );
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
