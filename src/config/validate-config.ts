// Validates a config against schemas/config.schema.json, and rule options against each rule's own
// `meta.options` schema, with ajv (messages in Chinese through ajv-i18n). The first, most precise
// error becomes a one-line message located in the config file.

import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import zhModule from 'ajv-i18n/localize/zh/index.js';
import type { Rule } from '../engine/rule.js';
import type { ElementPath, Lang } from '../model/types.js';
import { closest } from '../model/similar.js';
import { configError, hint, type ConfigError } from './errors.js';
import type { ConfigSource } from './load.js';
import { CONFIG_KEYS, CONFIG_SCHEMA_FILE } from './schema.js';
import { pointerToPath } from '../model/pointer.js';

export { CONFIG_SCHEMA_FILE };

// A CommonJS module whose typings declare `export default`: the function is either.
type Localize = (errors: ErrorObject[]) => void;
const localizeZh = ((zhModule as unknown as { default?: Localize }).default ?? zhModule) as unknown as Localize;

let ajv: Ajv | undefined;
let configValidator: ValidateFunction | undefined;
const optionValidators = new WeakMap<object, ValidateFunction>();

function getAjv(): Ajv {
  ajv ??= new Ajv({ allErrors: false, strict: false, messages: true, verbose: true });
  return ajv;
}

/** rules.phone-distinct[1].areaCodes[0] */
export function pathText(path: ElementPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

const COMBINATORS = new Set(['anyOf', 'oneOf', 'allOf', 'if', 'not']);

/** The error a person should read first: the deepest one, then one that is not about the type. */
function pick(errors: ErrorObject[]): ErrorObject | undefined {
  const real = errors.filter((e) => !COMBINATORS.has(e.keyword));
  const list = real.length ? real : errors;
  let best: ErrorObject | undefined;
  let bestScore = -1;
  for (const e of list) {
    const depth =
      pointerToPath(e.instancePath).length + (e.keyword === 'additionalProperties' || e.keyword === 'required' ? 1 : 0);
    const score = depth * 10 + (e.keyword === 'type' ? 0 : e.keyword === 'enum' ? 2 : 1);
    if (score > bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

function describe(e: ErrorObject, lang: Lang): string {
  let message = e.message ?? e.keyword;
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    message += lang === 'zh' ? `：${allowed.join('、')}` : `: ${allowed.join(', ')}`;
  }
  return message;
}

/** Where a rule's options sit: rules.<id>[1] or overrides[i].rules.<id>[1] → [id, depth]. */
function optionsAt(path: ElementPath): [string, number] | undefined {
  if (path[0] === 'rules' && path[2] === 1 && typeof path[1] === 'string') return [path[1], 3];
  if (path[0] === 'overrides' && path[2] === 'rules' && path[4] === 1 && typeof path[3] === 'string')
    return [path[3], 5];
  return undefined;
}

/** An ajv error as a located config error; `base` is where the validated value sits in the file. */
function toConfigError(e: ErrorObject, src: ConfigSource, lang: Lang, base: ElementPath, ruleId?: string): ConfigError {
  if (lang === 'zh') localizeZh([e]);
  let path = [...base, ...pointerToPath(e.instancePath)];
  let at: 'key' | 'value' = 'value';
  let message = describe(e, lang);
  if (e.keyword === 'additionalProperties') {
    const key = (e.params as { additionalProperty: string }).additionalProperty;
    const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    if (path.length === 0 && !ruleId) {
      if (schemaRuleIds.has(key)) return configError(lang, src.file, src.locate([key], 'key'), 'ruleAtTop', { key });
      return configError(lang, src.file, src.locate([key], 'key'), 'unknownKey', {
        key,
        hint: hint(lang, closest(key, [...CONFIG_KEYS])),
      });
    }
    path = [...path, key];
    at = 'key';
    const near = /^\d+$/.test(key) ? undefined : closest(key, known);
    const list =
      !near && known.length > 0 && known.length <= 16
        ? lang === 'zh'
          ? `（可用：${known.join('、')}）`
          : ` (known: ${known.join(', ')})`
        : '';
    message = lang === 'zh' ? `是未知的键${hint(lang, near)}${list}` : `is not a known key${hint(lang, near)}${list}`;
  }
  const loc = src.locate(path, at);
  const rule = ruleId ? ([ruleId, base.length] as [string, number]) : optionsAt(path);
  if (rule) {
    const inOptions = pathText(path.slice(rule[1]));
    return configError(lang, src.file, loc, 'badOptions', {
      id: rule[0],
      path: inOptions ? `${inOptions} ` : '',
      message: `${message}${loc ? '' : ` (${pathText(path)})`}`,
    });
  }
  const shown = pathText(path);
  return configError(lang, src.file, loc, 'invalid', { path: shown ? `${shown} ` : '', message });
}

/** Built-in rule ids, from the schema (a rule id written at the top level gets its own message). */
let schemaRuleIds = new Set<string>();

function compileConfigSchema(): ValidateFunction {
  type Props = { properties?: Record<string, unknown> } | undefined;
  const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')) as {
    definitions?: { rules?: Props };
    properties?: { targets?: unknown };
  };
  schemaRuleIds = new Set(Object.keys(schema.definitions?.rules?.properties ?? {}));
  // Editors get every rule's option schema from the file; a run compiles only the options it uses
  // (validateRuleOptions), which keeps start-up fast: the full schema takes ~10× longer to compile.
  // Likewise `targets`: each item's value is checked by src/score/targets.ts as the config loads.
  if (schema.definitions?.rules) schema.definitions.rules = { ...schema.definitions.rules, properties: {} };
  if (schema.properties?.targets) schema.properties.targets = { type: 'object' };
  return getAjv().compile(schema);
}

/** Throws a located ConfigError when the config does not match schemas/config.schema.json. */
export function validateConfigSource(src: ConfigSource, lang: Lang): void {
  configValidator ??= compileConfigSchema();
  // ajv with allErrors: false stops at the first failing keyword; anyOf branches still each report.
  if (configValidator(src.data)) return;
  const e = pick(configValidator.errors ?? []);
  if (e) throw toConfigError(e, src, lang, []);
}

/** Throws a located ConfigError naming the rule when its (merged) options are invalid. */
export function validateRuleOptions(
  rule: Rule,
  options: Record<string, unknown>,
  src: ConfigSource,
  at: ElementPath,
  lang: Lang,
): void {
  const schema = rule.meta.options;
  if (!schema) return;
  let v = optionValidators.get(schema);
  if (!v) {
    try {
      v = getAjv().compile(schema);
    } catch (err) {
      throw configError(lang, src.file, src.locate(at), 'badOptions', {
        id: rule.meta.id,
        path: '',
        message: `the rule's option schema does not compile: ${(err as Error).message}`,
      });
    }
    optionValidators.set(schema, v);
  }
  if (v(options)) return;
  const e = pick(v.errors ?? []);
  if (e) throw toConfigError(e, src, lang, at, rule.meta.id);
}
