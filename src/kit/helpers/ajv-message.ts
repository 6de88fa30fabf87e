// Schema errors in words: the type a value should have, and ajv's messages for the other keywords
// (in Chinese via ajv-i18n).

import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { joinAlternatives } from './wording.js';

type Localize = (errors: ErrorObject[]) => void;
let zhLocalize: Localize | undefined;

/** ajv's message for the remaining keywords (minimum, minItems …), in Chinese via ajv-i18n (loaded on first need). */
export function ajvMessage(e: ErrorObject, lang: 'zh' | 'en'): string {
  if (lang === 'en') return e.message ?? e.keyword;
  zhLocalize ??= createRequire(import.meta.url)('ajv-i18n/localize/zh') as Localize;
  const copy = [{ ...e }];
  zhLocalize(copy);
  return copy[0]?.message ?? e.keyword;
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'an integer' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '键值映射', en: 'a mapping' },
  boolean: { zh: '是/否', en: 'a boolean' },
};

const typeWord = (lang: 'zh' | 'en') => (t: string) => TYPE_NAMES[t]?.[lang] ?? t;

/** The JSON Schema type(s) a value should have ("string,array"), in words: 文本或列表. */
export const schemaTypeName = (t: string, lang: 'zh' | 'en'): string =>
  joinAlternatives(lang, t.split(',').map(typeWord(lang)));
