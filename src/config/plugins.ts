// Plugins: ES modules exporting `rules` shaped like the built-in rules, loaded only when a config
// names them (never discovered), refused under --no-config-code, and checked before use so a broken
// plugin is one clear exit-2 error naming it.

import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { withTexts, type Rule, type RuleDefinition } from '../engine/rule.js';
import type { Lang } from '../model/types.js';
import { configError, displayFile } from './errors.js';
import { firstLine, type ConfigSource } from './load.js';
import { resolveSpecifier } from './modules.js';

export const RULE_ID = /^[A-Za-z0-9@][\w@./-]*$/;
const SEVERITIES = new Set<unknown>(['error', 'warning', 'info']);

/** A plain Chinese string or `{ zh, en }`. */
const isWording = (t: unknown) =>
  typeof t === 'string' ||
  (!!t &&
    typeof t === 'object' &&
    typeof (t as { zh?: unknown }).zh === 'string' &&
    typeof (t as { en?: unknown }).en === 'string');

/** What is wrong with a plugin rule's shape, or undefined. */
/** Not a non-null object (the module's values are checked whatever their declared types). */
const notObject = (v: unknown): boolean => typeof v !== 'object' || v === null;

export function ruleShapeProblem(rule: unknown, index: number): string | undefined {
  const r = rule as Partial<RuleDefinition> | undefined;
  const m = r?.meta;
  const name = typeof m?.id === 'string' ? `rule "${m.id}"` : `rules[${index}]`;
  if (!r || typeof r.check !== 'function') return `${name} has no check function`;
  if (!m || typeof m.id !== 'string' || !RULE_ID.test(m.id))
    return `${name}: meta.id must be a rule id such as "my-plugin/office-window"`;
  if (!SEVERITIES.has(m.severity)) return `${name}: meta.severity must be error, warning or info`;
  if (m.strictSeverity !== undefined && !SEVERITIES.has(m.strictSeverity))
    return `${name}: meta.strictSeverity must be error, warning or info`;
  if (
    m.messageSeverity !== undefined &&
    (notObject(m.messageSeverity) || !Object.values(m.messageSeverity).every((x) => SEVERITIES.has(x)))
  )
    return `${name}: meta.messageSeverity must map message ids to error, warning or info`;
  if (m.item !== null && !(typeof m.item === 'number' && Number.isInteger(m.item) && m.item >= 1 && m.item <= 24))
    return `${name}: meta.item must be a checklist item 1–24 or null`;
  if (!isWording(m.description)) return `${name}: meta.description must be a string or { zh, en }`;
  if (notObject(m.messages) || !Object.values(m.messages).every(isWording))
    return `${name}: meta.messages must map ids to strings or { zh, en }`;
  if (m.options !== undefined && notObject(m.options)) return `${name}: meta.options must be a JSON Schema object`;
  if (m.defaultOptions !== undefined && notObject(m.defaultOptions))
    return `${name}: meta.defaultOptions must be an object`;
  return undefined;
}

/** A plugin module imported and its rules checked: the one plugin loader (config resolution and
 * every worker's rule registry use it, each wording failures for its reader). */
export type PluginImport =
  | { rules: Rule[] }
  | { failed: 'load' | 'shape'; reason: string; error?: unknown }
  | { failed: 'duplicate'; id: string };

export async function importPlugin(specifier: string): Promise<PluginImport> {
  let mod: { rules?: unknown; default?: { rules?: unknown } };
  try {
    mod = (await import(specifier)) as typeof mod;
  } catch (error) {
    return { failed: 'load', reason: (error as Error).message, error };
  }
  const rules = mod.rules ?? mod.default?.rules;
  if (!Array.isArray(rules)) return { failed: 'shape', reason: 'does not export "rules": an array of { meta, check }' };
  const seen = new Set<string>();
  for (const [i, r] of rules.entries()) {
    const problem = ruleShapeProblem(r, i);
    if (problem) return { failed: 'shape', reason: problem };
    const id = (r as Rule).meta.id;
    if (seen.has(id)) return { failed: 'duplicate', id };
    seen.add(id);
  }
  return { rules: (rules as RuleDefinition[]).map(withTexts) };
}

export interface LoadedPlugin {
  /** Absolute path of the module (what workers import). */
  file: string;
  rules: Rule[];
}

export async function loadPlugin(
  spec: string,
  src: ConfigSource,
  index: number,
  opts: { allowCode: boolean; lang: Lang },
): Promise<LoadedPlugin> {
  const at = src.locate(['plugins', index]);
  const file = resolveSpecifier(spec, dirname(src.file), 'plugin');
  if (file instanceof Error)
    throw configError(opts.lang, src.file, at, 'pluginFailed', { name: spec, reason: file.message });
  const shown = displayFile(file);
  if (!opts.allowCode)
    throw configError(opts.lang, src.file, at, 'pluginRefused', { name: spec === shown ? spec : `${spec} (${shown})` });
  const got = await importPlugin(pathToFileURL(file).href);
  if ('rules' in got) return { file, rules: got.rules };
  if (got.failed === 'duplicate')
    throw configError(opts.lang, src.file, at, 'pluginDuplicate', { name: spec, id: got.id });
  if (got.failed === 'load')
    throw configError(opts.lang, src.file, at, 'pluginFailed', { name: spec, reason: firstLine(got.error) });
  throw configError(opts.lang, src.file, at, 'pluginShape', { name: spec, reason: got.reason });
}
