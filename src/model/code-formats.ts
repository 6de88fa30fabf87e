// The formats item-code checks 基本编码 and 实施编码 against: the national ones or a local one from the
// rule's options, how each is described in messages, and where a national 实施编码 goes wrong.

import { NATIONAL_BASIC_PATTERN, NATIONAL_IMPL_PATTERN, NATIONAL_TYPE_DIGITS } from './codes.js';
import { isRecord } from './normalize.js';
import { defined } from '../util/defined.js';

export interface BasicFormat {
  pattern: string;
  typeDigits: [number, number] | null;
  /** Characters at typeDigits → the 事项类型 codes they stand for (local formats); null: they are the code. */
  typeCodes: Record<string, string[]> | null;
  example?: string;
  national: boolean;
}
export interface ImplFormat {
  pattern: string;
  example?: string;
  national: boolean;
}

/** JSON Schema of the options that choose the formats: `basicCode` and `implCode` (null: not checked). */
export const CODE_FORMAT_OPTIONS = {
  type: 'object',
  properties: {
    basicCode: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object',
          properties: {
            pattern: { type: 'string', description: 'regular expression the whole 基本编码 matches' },
            typeDigits: {
              anyOf: [
                { type: 'null' },
                { type: 'array', items: { type: 'integer', minimum: 1 }, minItems: 2, maxItems: 2 },
              ],
            },
            typeCodes: {
              type: 'object',
              additionalProperties: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            },
            example: { type: 'string' },
          },
          additionalProperties: false,
        },
      ],
    },
    implCode: {
      anyOf: [
        { type: 'null' },
        { enum: ['national'] },
        {
          type: 'object',
          properties: {
            pattern: {
              type: 'string',
              description: 'regular expression; named groups credit, level, basic are checked',
            },
            example: { type: 'string' },
          },
          required: ['pattern'],
          additionalProperties: false,
        },
      ],
    },
  },
};

/** The national formats: the options' defaults. */
export const NATIONAL_CODE_FORMATS = {
  basicCode: { pattern: NATIONAL_BASIC_PATTERN, typeDigits: NATIONAL_TYPE_DIGITS },
  implCode: 'national',
};

export const NATIONAL_IMPL_EXAMPLE = '11150100MB0C58430T3000117012000';

export function basicFormat(raw: unknown): BasicFormat | null {
  if (raw === null) return null;
  const o = isRecord(raw) ? raw : {};
  const pattern = typeof o.pattern === 'string' ? o.pattern : NATIONAL_BASIC_PATTERN;
  const td = o.typeDigits;
  const typeDigits =
    td === null
      ? null
      : Array.isArray(td) && td.length === 2
        ? ([Number(td[0]), Number(td[1])] as [number, number])
        : NATIONAL_TYPE_DIGITS;
  let typeCodes: Record<string, string[]> | null = null;
  if (isRecord(o.typeCodes)) {
    typeCodes = Object.create(null) as Record<string, string[]>;
    for (const [k, v] of Object.entries(o.typeCodes)) typeCodes[k] = (Array.isArray(v) ? v : [v]).map(String);
  }
  const example = typeof o.example === 'string' ? o.example : undefined;
  return { pattern, typeDigits, typeCodes, example, national: pattern === NATIONAL_BASIC_PATTERN };
}

export function implFormat(raw: unknown): ImplFormat | null {
  if (raw === null) return null;
  if (isRecord(raw) && typeof raw.pattern === 'string') {
    return {
      pattern: raw.pattern,
      example: typeof raw.example === 'string' ? raw.example : undefined,
      national: false,
    };
  }
  return { pattern: NATIONAL_IMPL_PATTERN, example: NATIONAL_IMPL_EXAMPLE, national: true };
}

export const expectedBasic = (f: BasicFormat, lang: 'zh' | 'en'): string => {
  if (f.national) return lang === 'zh' ? '12位数字，如“000117012000”' : '12 digits, e.g. "000117012000"';
  if (f.example)
    return lang === 'zh' ? `本地格式的编码，如“${f.example}”` : `a code in the local format, e.g. "${f.example}"`;
  return lang === 'zh' ? `符合本地格式 ${f.pattern} 的编码` : `a code matching the local format ${f.pattern}`;
};

export const expectedImpl = (f: ImplFormat, lang: 'zh' | 'en'): string => {
  if (f.national) {
    return lang === 'zh'
      ? `31位：18位统一社会信用代码 + 1位行使层级代码 + 12位基本编码，如“${NATIONAL_IMPL_EXAMPLE}”`
      : `31 characters: the 18-character unified social credit code + the 1-digit 行使层级 code + the 12-digit 基本编码, e.g. "${NATIONAL_IMPL_EXAMPLE}"`;
  }
  if (f.example)
    return lang === 'zh' ? `本地格式的编码，如“${f.example}”` : `a code in the local format, e.g. "${f.example}"`;
  return lang === 'zh' ? `符合本地格式 ${f.pattern} 的编码` : `a code matching the local format ${f.pattern}`;
};

export type Fault =
  | { kind: 'length'; length: number }
  | {
      kind: 'char';
      pos: number;
      char: string;
      part: { zh: string; en: string };
      range: string;
      want: { zh: string; en: string };
    };

/** The national parts of 实施编码, 1-based character ranges, and what each position must hold. */
const NATIONAL_PARTS = [
  {
    from: 1,
    to: 18,
    ok: /[0-9A-Za-z]/,
    part: { zh: '统一社会信用代码部分', en: 'the credit-code part' },
    want: { zh: '数字或大写字母', en: 'digits or capital letters' },
  },
  {
    from: 19,
    to: 19,
    ok: /[1-7]/,
    part: { zh: '行使层级代码', en: 'the 行使层级 digit' },
    want: { zh: '1–7 之一', en: 'one of 1–7' },
  },
  {
    from: 20,
    to: 31,
    ok: /\d/,
    part: { zh: '基本编码部分', en: 'the 基本编码 part' },
    want: { zh: '12位数字', en: '12 digits' },
  },
  {
    from: 32,
    to: 33,
    ok: /\d/,
    part: { zh: '业务办理项序号', en: 'the 业务办理项 sequence' },
    want: { zh: '2位数字', en: '2 digits' },
  },
] as const;

/** What is wrong with a national 实施编码 that does not match: its length, or the first character that its part cannot hold. */
export function nationalFault(code: string): Fault | undefined {
  const chars = Array.from(code);
  if (chars.length !== 31 && chars.length !== 33) return { kind: 'length', length: chars.length };
  for (const p of NATIONAL_PARTS) {
    for (let i = p.from; i <= Math.min(p.to, chars.length); i++) {
      const c = defined(chars[i - 1]);
      if (!p.ok.test(c))
        return {
          kind: 'char',
          pos: i,
          char: c,
          part: p.part,
          range: p.from === p.to ? String(p.from) : `${p.from}–${p.to}`,
          want: p.want,
        };
    }
  }
  return undefined;
}
