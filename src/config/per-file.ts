// The configuration of one file: the run's rules, then every matching `overrides` entry in order,
// then the --rule flags. Runs inside lint-file (so in worker threads too): ResolvedConfig stays
// plain data, and the compiled globs and merged results are cached per config object.

import { relative, sep } from 'node:path';
import type { ConfigOverride, ResolvedConfig, RuleSetting } from './resolved-config.js';
import { filesMatcher, ignoreMatcher } from './glob.js';
import { defined } from '../util/defined.js';

type Matcher = (rel: string) => boolean;

const matchers = new WeakMap<ConfigOverride, Matcher>();
const merged = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>();
const ignorers = new WeakMap<ResolvedConfig, Matcher>();

/** A file's path relative to the config's base folder, with "/" separators ("../…" when outside). */
export function relativeToBase(config: ResolvedConfig, absFile: string): string {
  return relative(config.baseDir ?? process.cwd(), absFile)
    .split(sep)
    .join('/');
}

function matcherOf(o: ConfigOverride): Matcher {
  let m = matchers.get(o);
  if (!m) {
    m = filesMatcher(o.files);
    matchers.set(o, m);
  }
  return m;
}

/** Indexes of the overrides whose `files` match the file. */
export function matchingOverrides(config: ResolvedConfig, absFile: string): number[] {
  const list = config.overrides ?? [];
  if (list.length === 0) return [];
  const rel = relativeToBase(config, absFile);
  const out: number[] = [];
  list.forEach((o, i) => {
    if (matcherOf(o)(rel)) out.push(i);
  });
  return out;
}

/** The config for one file: the same object when no override matches. */
export function configForFile(config: ResolvedConfig, absFile: string): ResolvedConfig {
  const hits = matchingOverrides(config, absFile);
  if (hits.length === 0) return config;
  const key = hits.join(',');
  let cache = merged.get(config);
  if (!cache) {
    cache = new Map();
    merged.set(config, cache);
  }
  const hit = cache.get(key);
  if (hit) return hit;
  const rules: Record<string, RuleSetting> = { ...config.rules };
  for (const i of hits) {
    for (const [id, s] of Object.entries(defined(defined(config.overrides)[i]).rules)) {
      rules[id] = { severity: s.severity, options: s.options ?? rules[id]?.options ?? {} };
    }
  }
  for (const [id, severity] of Object.entries(config.ruleFlags ?? {})) {
    if (rules[id]) rules[id] = { ...rules[id], severity };
  }
  const out: ResolvedConfig = { ...config, rules };
  cache.set(key, out);
  return out;
}

/** Whether config `ignore:` matches the file (print-config). */
export function isIgnoredByConfig(config: ResolvedConfig, absFile: string): boolean {
  if (!config.ignorePatterns?.length) return false;
  let m = ignorers.get(config);
  if (!m) {
    m = ignoreMatcher(config.ignorePatterns);
    ignorers.set(config, m);
  }
  return m(relativeToBase(config, absFile));
}
