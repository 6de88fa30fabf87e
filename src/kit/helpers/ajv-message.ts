// ajv's messages for schema keywords a rule does not word itself, in Chinese via ajv-i18n.

import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { defined } from '../../util/defined.js';

type Localize = (errors: ErrorObject[]) => void;
let zhLocalize: Localize | undefined;

/** ajv's message for the remaining keywords (minimum, minItems …), in Chinese via ajv-i18n (loaded on first need). */
export function ajvMessage(e: ErrorObject, lang: 'zh' | 'en'): string {
  if (lang === 'en') return e.message ?? e.keyword;
  zhLocalize ??= createRequire(import.meta.url)('ajv-i18n/localize/zh') as Localize;
  const copy = [{ ...e }];
  zhLocalize(copy);
  return defined(copy[0]).message ?? e.keyword;
}
