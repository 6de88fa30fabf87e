// A config file → the run's ResolvedConfig.
//
// Precedence, lowest first: the preset (recommended or strict) → `rules` of each config in the
// `extends` chain (extended configs first, in order; the file itself last) → the matching
// `overrides` (in order, per file, in lint-file) → the --rule flags.
//
// The preset is a base, not a layer: a config's own `extends: [strict]` wins over the preset of a
// config it extends; --preset wins over both. `checklist` sets the scorecard targets of every
// measured item from src/model/checklist.ts before any config's `targets:`. Scalars (lang,
// areaCodes, maxFileSize, encoding) are taken from the last config that sets them; columns and
// targets merge key by key; ignore and plugins add up.

import { dirname, resolve } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import {
  presetConfig,
  type ConfigOverride,
  type OverrideRuleSetting,
  type PresetName,
  type ResolvedConfig,
  type RuleSetting,
} from './resolved-config.js';
import type { Rule } from '../engine/rule.js';
import { CHECKLIST } from '../model/checklist.js';
import { closest } from '../model/similar.js';
import type { ElementPath, Lang, SeverityOrOff } from '../model/types.js';
import { applyRuleFlags } from './flags.js';
import { MEASURED_ITEMS, resolveTargets } from '../score/targets.js';
import { configError, hint, displayFile } from './errors.js';
import { mergeImport, resolveProfile, type ImportConfig } from '../load/exchange/profiles.js';
import { loadConfigSource, type ConfigSource } from './load.js';
import { resolveSpecifier } from './modules.js';
import { loadPlugin } from './plugins.js';
import { BUILTIN_PRESETS } from './schema.js';
import { validateConfigSource, validateRuleOptions } from './validate-config.js';
import { defined } from '../util/defined.js';

export interface ConfigRequest {
  cwd: string;
  /** --preset: replaces the preset the config chose. */
  preset?: PresetName;
  /** --lang or GUIDE_LINT_LANG: wins over config `lang:`; also the language of config errors. */
  lang?: Lang;
  /** "id:severity" strings from --rule. */
  cliRules?: string[];
  /** false under --no-config-code. */
  allowCode?: boolean;
}

/** How deep `extends` may nest (a cycle is reported separately). */
export const MAX_EXTENDS_DEPTH = 16;

interface Chain {
  /** Extended configs first (depth first, in order), the file itself last. */
  layers: ConfigSource[];
  preset?: PresetName;
  checklist: boolean;
}

interface Ctx {
  allowCode: boolean;
  lang: Lang;
}

const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const dict = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
const own = (o: unknown, k: string): boolean => !!o && typeof o === 'object' && Object.hasOwn(o, k);

async function loadChain(
  file: string,
  ctx: Ctx,
  stack: string[],
  from?: { src: ConfigSource; index: number },
): Promise<Chain> {
  const fromLoc = from
    ? from.src.locate(['extends', ...(Array.isArray(from.src.data.extends) ? [from.index] : [])])
    : undefined;
  if (stack.includes(file)) {
    throw configError(ctx.lang, from?.src.file, fromLoc, 'extendsCycle', {
      chain: [...stack.slice(stack.indexOf(file)), file].map((f) => displayFile(f)).join(' → '),
    });
  }
  if (stack.length > MAX_EXTENDS_DEPTH)
    throw configError(ctx.lang, from?.src.file, fromLoc, 'extendsDepth', { limit: MAX_EXTENDS_DEPTH });
  const src = await loadConfigSource(file, ctx);
  validateConfigSource(src, ctx.lang);
  const chain: Chain = { layers: [], checklist: false };
  let ownPreset: PresetName | undefined;
  let inherited: PresetName | undefined;
  for (const [index, entry] of asList(src.data.extends).entries()) {
    const name = String(entry);
    if ((BUILTIN_PRESETS as readonly string[]).includes(name)) {
      if (name === 'checklist') chain.checklist = true;
      else ownPreset = name as PresetName;
      continue;
    }
    const target = resolveSpecifier(name, dirname(file), 'config');
    if (target instanceof Error) {
      const loc = src.locate(['extends', ...(Array.isArray(src.data.extends) ? [index] : [])]);
      const suggestion = closest(name, [...BUILTIN_PRESETS]);
      if (suggestion)
        throw configError(ctx.lang, file, loc, 'unknownPreset', { name, hint: hint(ctx.lang, suggestion) });
      throw configError(ctx.lang, file, loc, 'extendsNotFound', { name, reason: target.message });
    }
    const sub = await loadChain(target, ctx, [...stack, file], { src, index });
    chain.layers.push(...sub.layers);
    chain.checklist ||= sub.checklist;
    if (sub.preset) inherited = sub.preset;
  }
  chain.layers.push(src);
  chain.preset = ownPreset ?? inherited;
  return chain;
}

/** Every measured checklist item's target, keyed by item number (the `checklist` preset). */
export function checklistTargets(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of CHECKLIST)
    if ((MEASURED_ITEMS as readonly number[]).includes(c.item) && c.target !== undefined)
      out[String(c.item)] = c.target;
  return out;
}

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

export function parseSize(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?b)?\s*$/i.exec(String(v));
  return m ? Math.round(Number(m[1]) * defined(UNITS[(m[2] ?? '').toLowerCase()])) : undefined;
}

export interface Resolved {
  config: ResolvedConfig;
  /** Built-in and plugin rules. */
  rules: Rule[];
}

export async function resolveFromFile(configFile: string, request: ConfigRequest): Promise<Resolved> {
  const lang = request.lang ?? 'zh';
  const ctx: Ctx = { allowCode: request.allowCode !== false, lang };
  const file = resolve(request.cwd, configFile);
  const chain = await loadChain(file, ctx, []);

  // Scalars and merged maps, and the plugins, before any rule setting (they feed rule options).
  let configLang: Lang | undefined;
  let maxBytes: number | undefined;
  let encoding: string | undefined;
  let areaCodes: string[] | undefined;
  let unused: boolean | undefined;
  const columns = dict<string>();
  let importCfg: ImportConfig | undefined;
  const targets = dict<unknown>();
  if (chain.checklist) Object.assign(targets, checklistTargets());
  let hasTargets = chain.checklist;
  const ignore: string[] = [];
  const pluginFiles: string[] = [];
  const pluginRules: Rule[] = [];
  const ruleSource = new Map<string, string>(builtinRules.map((r) => [r.meta.id, 'guide-lint']));

  for (const src of chain.layers) {
    const d = src.data;
    if (own(d, 'lang')) configLang = d.lang as Lang;
    if (own(d, 'maxFileSize')) maxBytes = parseSize(d.maxFileSize);
    if (own(d, 'encoding')) encoding = String(d.encoding);
    if (own(d, 'areaCodes')) areaCodes = [...(d.areaCodes as string[])];
    if (own(d, 'reportUnusedDisableDirectives')) unused = Boolean(d.reportUnusedDisableDirectives);
    if (own(d, 'columns')) {
      // A mistyped target would silently leave the column unread: name it (loaded only for configs with columns).
      const { isColumnTarget, columnTargetNames } = await import('../load/spreadsheet/headers.js');
      for (const [k, v] of Object.entries(d.columns as object)) {
        if (!isColumnTarget(String(v)))
          throw configError(lang, src.file, src.locate(['columns', k]), 'unknownColumn', {
            column: k,
            target: String(v),
            hint: hint(lang, closest(String(v), columnTargetNames())),
          });
        columns[k] = String(v);
      }
    }
    if (own(d, 'import')) {
      importCfg = mergeImport(importCfg, d.import as ImportConfig);
      try {
        resolveProfile(importCfg);
      } catch (err) {
        throw configError(lang, src.file, src.locate(['import']), 'badImport', { reason: (err as Error).message });
      }
    }
    if (own(d, 'targets')) {
      hasTargets = true;
      for (const [k, v] of Object.entries(d.targets as Record<string, unknown>)) {
        try {
          resolveTargets({ [k]: v });
        } catch (err) {
          throw configError(lang, src.file, src.locate(['targets', k]), 'badTarget', {
            reason: (err as Error).message,
          });
        }
        targets[k] = v;
      }
    }
    if (own(d, 'ignore')) ignore.push(...(d.ignore as string[]));
    for (const [index, spec] of asList(d.plugins).entries()) {
      const plugin = await loadPlugin(String(spec), src, index, ctx);
      if (pluginFiles.includes(plugin.file)) continue;
      for (const r of plugin.rules) {
        if (ruleSource.has(r.meta.id))
          throw configError(lang, src.file, src.locate(['plugins', index]), 'pluginDuplicate', {
            name: String(spec),
            id: r.meta.id,
          });
        ruleSource.set(r.meta.id, String(spec));
      }
      pluginFiles.push(plugin.file);
      pluginRules.push(...plugin.rules);
    }
  }

  const rules = [...builtinRules, ...pluginRules];
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const ids = [...byId.keys()];
  const preset = request.preset ?? chain.preset ?? 'recommended';
  const config = presetConfig(rules, preset, request.lang ?? configLang ?? 'zh');

  // Rules whose options take `areaCodes` get the top-level `areaCodes:` as their default.
  const injected = (rule: Rule): Record<string, unknown> =>
    areaCodes && own((rule.meta.options as { properties?: object } | undefined)?.properties, 'areaCodes')
      ? { areaCodes }
      : {};
  for (const r of rules) {
    const extra = injected(r);
    if (Object.keys(extra).length)
      config.rules[r.meta.id] = {
        ...defined(config.rules[r.meta.id]),
        options: { ...defined(config.rules[r.meta.id]).options, ...extra },
      };
  }

  /** A config's rule setting, validated: severity, and the merged options when it gives options. */
  const settingOf = (src: ConfigSource, path: ElementPath, id: string, raw: unknown): OverrideRuleSetting => {
    const rule = byId.get(id);
    if (!rule)
      throw configError(lang, src.file, src.locate(path, 'key'), 'unknownRule', {
        id,
        hint: hint(lang, closest(id, ids)),
      });
    if (typeof raw === 'string') return { severity: raw as SeverityOrOff };
    const [severity, options] = raw as [SeverityOrOff, Record<string, unknown>?];
    if (options === undefined) return { severity };
    const merged = { ...(rule.meta.defaultOptions ?? {}), ...injected(rule), ...options };
    validateRuleOptions(rule, merged, src, [...path, 1], lang);
    return {
      severity,
      options: {
        ...(rule.meta.defaultOptions ?? {}),
        ...injected(rule),
        ...(preset === 'strict' ? { strict: true } : {}),
        ...options,
      },
    };
  };

  const overrides: ConfigOverride[] = [];
  for (const src of chain.layers) {
    const d = src.data;
    if (own(d, 'rules')) {
      for (const [id, raw] of Object.entries(d.rules as object)) {
        const s = settingOf(src, ['rules', id], id, raw);
        const prev: RuleSetting = defined(config.rules[id]);
        config.rules[id] = { severity: s.severity, options: s.options ?? prev.options };
      }
    }
    for (const [i, o] of asList(d.overrides).entries()) {
      const entry = o as { files: string | string[]; rules?: Record<string, unknown> };
      const out: ConfigOverride = {
        files: asList(entry.files).map(String),
        rules: dict<OverrideRuleSetting>(),
        source: `${displayFile(src.file)}: overrides[${i}]`,
      };
      for (const [id, raw] of Object.entries(entry.rules ?? {}))
        out.rules[id] = settingOf(src, ['overrides', i, 'rules', id], id, raw);
      overrides.push(out);
    }
  }

  applyRuleFlags(config, request.cliRules, rules);

  config.plugins = pluginFiles;
  config.columns = columns;
  if (importCfg) config.import = importCfg;
  if (maxBytes !== undefined) config.maxBytes = maxBytes;
  if (encoding !== undefined) config.encoding = encoding;
  if (hasTargets) config.targets = targets;
  if (areaCodes !== undefined) config.areaCodes = areaCodes;
  if (unused !== undefined) config.reportUnusedDisableDirectives = unused;
  config.configFile = file;
  config.configFiles = chain.layers.map((l) => l.file);
  config.presets = [preset, ...(chain.checklist ? ['checklist'] : [])];
  config.baseDir = dirname(file);
  if (overrides.length) config.overrides = overrides;
  if (ignore.length) config.ignorePatterns = ignore;
  return { config, rules };
}
