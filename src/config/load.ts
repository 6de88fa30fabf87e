// Finding and reading config files: guide-lint.config.{yaml,yml,json,mjs} or .guidelintrc.{yaml,yml},
// searched from the working directory upward. YAML and JSON go through the guide loaders, so every
// key and value has a line:column for error messages; .mjs configs are code and run only when
// allowed (--no-config-code refuses them).

import { existsSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeUtf8Text, readBytes } from '../load/read.js';
import { loadYaml } from '../load/yaml.js';
import { ENGINE_MESSAGES, localize } from '../engine/messages.js';
import type { ElementPath, Lang, LoadProblem, Location, SourceMap } from '../model/types.js';
import { ConfigError, configError, displayFile } from './errors.js';
import { defined } from '../util/defined.js';

/** Looked for in this order in each folder; two in one folder is an error. */
export const CONFIG_FILE_NAMES = [
  'guide-lint.config.yaml',
  'guide-lint.config.yml',
  'guide-lint.config.json',
  'guide-lint.config.mjs',
  '.guidelintrc.yaml',
  '.guidelintrc.yml',
] as const;

/** Config files are small: a 1 MB one is a mistake (or an attack), not a config. */
export const CONFIG_MAX_BYTES = 1024 * 1024;

export type ConfigKind = 'yaml' | 'json' | 'code';

export interface ConfigSource {
  /** Absolute path. */
  file: string;
  kind: ConfigKind;
  data: Record<string, unknown>;
  /** line:column of a key or value (undefined for code configs, which have no source map). */
  locate(path: ElementPath, at?: 'key' | 'value'): Location | undefined;
}

export interface LoadConfigOptions {
  /** Run .mjs configs (false under --no-config-code). */
  allowCode: boolean;
  /** Language of error messages. */
  lang: Lang;
}

export function kindOf(file: string): ConfigKind {
  const ext = extname(file).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.mjs' || ext === '.js' || ext === '.cjs') return 'code';
  return 'yaml';
}

/** The config files in one folder, in priority order. */
export function configFilesIn(dir: string): string[] {
  return CONFIG_FILE_NAMES.map((n) => join(dir, n)).filter((f) => {
    try {
      return statSync(f).isFile();
    } catch {
      return false;
    }
  });
}

/** The nearest config file from `cwd` upward, or undefined. Two in the nearest folder: an error. */
export function findConfigFile(cwd: string, lang: Lang): string | undefined {
  let dir = cwd;
  for (;;) {
    const found = configFilesIn(dir);
    if (found.length > 1)
      throw configError(lang, found[0], undefined, 'several', { files: found.map((f) => displayFile(f)).join(', ') });
    if (found.length === 1) return found[0];
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function problemError(file: string, p: LoadProblem, lang: Lang): ConfigError {
  const template = p.text ?? ENGINE_MESSAGES[p.messageId] ?? { zh: p.messageId, en: p.messageId };
  return configError(lang, file, p.location, 'invalid', { path: '', message: localize(template, lang, p.data) });
}

const kindName = (v: unknown) => (Array.isArray(v) ? 'list' : v === null ? 'null' : typeof v);

/** Values in a config, counting every use of a YAML alias: a small file must not expand to millions. */
export const CONFIG_MAX_VALUES = 100_000;

function tooManyValues(data: unknown): boolean {
  let budget = CONFIG_MAX_VALUES;
  const stack: unknown[] = [data];
  while (stack.length) {
    const v = stack.pop();
    if (--budget < 0) return true;
    if (v && typeof v === 'object') for (const c of Object.values(v)) stack.push(c);
  }
  return false;
}

function fromMap(file: string, kind: ConfigKind, data: unknown, map: SourceMap | undefined, lang: Lang): ConfigSource {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw configError(lang, file, map?.start(), 'notMapping', { kind: kindName(data) });
  }
  if (tooManyValues(data)) throw configError(lang, file, map?.start(), 'tooManyValues', { limit: CONFIG_MAX_VALUES });
  return { file, kind, data: data as Record<string, unknown>, locate: (path, at) => map?.locate(path, at) };
}

export async function loadConfigSource(file: string, opts: LoadConfigOptions): Promise<ConfigSource> {
  if (!existsSync(file)) throw configError(opts.lang, file, undefined, 'notFound');
  const kind = kindOf(file);
  if (kind === 'code') return loadCodeConfig(file, opts);
  const read = readBytes(file, CONFIG_MAX_BYTES);
  if (!read.ok) throw problemError(file, read.problem, opts.lang);
  const decoded = decodeUtf8Text(read.bytes);
  if (!decoded.ok) throw problemError(file, decoded.problem, opts.lang);
  const text = decoded.text;
  if (kind === 'json') {
    if (text.trim() === '') return { file, kind, data: {}, locate: () => undefined };
    const { loadJson } = await import('../load/json.js');
    const r = loadJson(text);
    if (r.problems[0] && r.problems[0].messageId !== 'notAGuide') throw problemError(file, r.problems[0], opts.lang);
    if (/^\s*\[/.test(text) || r.guides.length !== 1) {
      const kind = /^\s*\[/.test(text) ? 'list' : String(r.problems[0]?.data?.kind ?? 'nothing');
      throw configError(opts.lang, file, { line: 1, column: 1 }, 'notMapping', { kind });
    }
    return fromMap(file, kind, defined(r.guides[0]).data, defined(r.guides[0]).sourceMap, opts.lang);
  }
  const r = loadYaml(text);
  const problem = r.problems.find((p) => p.messageId !== 'empty' && p.messageId !== 'notAGuide');
  if (problem) throw problemError(file, problem, opts.lang);
  const notMap = r.problems.find((p) => p.messageId === 'notAGuide');
  if (notMap)
    throw configError(opts.lang, file, notMap.location, 'notMapping', { kind: String(notMap.data?.kind ?? '') });
  if (r.guides.length > 1) throw configError(opts.lang, file, defined(r.guides[1]).sourceMap.start(), 'multiDoc');
  // An empty (or comments-only) config file is an empty config.
  if (r.guides.length === 0)
    return { file, kind, data: {}, locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
  return fromMap(file, kind, defined(r.guides[0]).data, defined(r.guides[0]).sourceMap, opts.lang);
}

async function loadCodeConfig(file: string, opts: LoadConfigOptions): Promise<ConfigSource> {
  if (!opts.allowCode) throw configError(opts.lang, file, undefined, 'codeRefused', { file: displayFile(file) });
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (err) {
    throw configError(opts.lang, file, undefined, 'codeFailed', { file: displayFile(file), reason: firstLine(err) });
  }
  let data = mod.default;
  if (typeof data === 'function') data = await (data as () => unknown)();
  else data = await data;
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw configError(opts.lang, file, undefined, 'noDefault', { file: displayFile(file) });
  return { file, kind: 'code', data: data as Record<string, unknown>, locate: () => undefined };
}

export function firstLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.split('\n').find((l) => l.trim()) ?? m;
}
