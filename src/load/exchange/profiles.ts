// The built-in import profiles, and a profile as a config's `import:` section makes it: a built-in one
// (or a whole profile declared there) with field names and code lists overridden.

import { NATIONAL } from './national.js';
import { GUANGZHOU } from './guangzhou.js';
import type { CodeList, FieldRule, ImportProfile } from './profile.js';

export const BUILTIN_PROFILES: Record<string, ImportProfile> = { national: NATIONAL, guangzhou: GUANGZHOU };

/** The config's `import:` section. */
export interface ImportConfig {
  /** A built-in profile name, or a whole profile. */
  profile?: string | ImportProfile;
  /** Element → source fields, replacing the profile's (guide-scope elements; "申请材料.材料名称" for a list's rows). */
  fields?: Record<string, FieldRule>;
  /** Code list id → list, replacing the profile's; `values` alone merges into the existing list. */
  codes?: Record<string, Partial<CodeList> & { values: Record<string, string | null> }>;
}

export function resolveProfile(cfg: ImportConfig | undefined, fallback = 'national'): ImportProfile {
  const base = typeof cfg?.profile === 'object' ? cfg.profile : BUILTIN_PROFILES[cfg?.profile ?? fallback];
  if (!base) {
    const name = cfg?.profile as string | undefined; // an object profile is never missing
    throw new Error(`unknown import profile "${String(name)}" (built-in: ${Object.keys(BUILTIN_PROFILES).join(', ')})`);
  }
  if (!cfg?.fields && !cfg?.codes) return base;
  const p: ImportProfile = structuredClone(base);
  for (const [el, rule] of Object.entries(cfg.fields ?? {})) {
    const dot = el.indexOf('.');
    if (dot === -1) {
      if (p.windows && el in p.windows.fields && !(el in p.fields)) p.windows.fields[el] = rule;
      else p.fields[el] = rule;
      continue;
    }
    const list = p.lists.find((l) => l.element === el.slice(0, dot));
    if (list?.fields) list.fields[el.slice(dot + 1)] = rule;
    else if (el.startsWith('审批结果.') && p.result) p.result[el.slice(dot + 1)] = rule;
    else if (el.startsWith('窗口.') && p.windows) p.windows.fields[el.slice(dot + 1)] = rule;
    else throw new Error(`import.fields: "${el}" names no list of profile "${p.name}"`);
  }
  for (const [id, list] of Object.entries(cfg.codes ?? {})) {
    const old = p.codes[id];
    p.codes[id] = {
      name: list.name ?? old?.name ?? id,
      status: list.status ?? 'CONFIRMED',
      values: list.name || list.status || !old ? { ...list.values } : { ...old.values, ...list.values },
    };
  }
  return p;
}

/** A later config layer's `import:` over an earlier one: the profile replaced, fields and code lists merged. */
export function mergeImport(a: ImportConfig | undefined, b: ImportConfig): ImportConfig {
  const out: ImportConfig = { ...a };
  if (b.profile !== undefined) out.profile = b.profile;
  if (b.fields) out.fields = { ...a?.fields, ...b.fields };
  if (b.codes) out.codes = { ...a?.codes, ...b.codes };
  return out;
}
