import {
  defineRule,
  type ElementDef,
  type ElementEntry,
  elementPath,
  halfWidthDigits,
  type RuleContext,
  trimBlanks,
  walkElements,
} from '../src/kit/index.js';

// Elements holding digits, times and numbers, where full-width digits (０-９) and a full-width
// colon or dash between digits (１４：００, ０４７１－) are normalised. Other text keeps its
// Chinese punctuation: （法定节假日除外） stays as written.
const DIGIT_TYPES = new Set<ElementDef['type']>(['timeLimit', 'phone', 'integer', 'count', 'code', 'number']);
const DIGIT_KEYS = new Set(['办理时间']);
const TEXT_TYPES = new Set<ElementDef['type']>([
  'text',
  'code',
  'phone',
  'timeLimit',
  'places',
  'url',
  'fileRef',
  'count',
  'enum',
]);

const FULL_DIGIT = /[\uff10-\uff19]/;
/** A full-width colon or a dash that is no hyphen between two digits: 14：00, 0777—6428820. */
const DIGIT_SEPARATOR = /\d\s*：\s*\d|\d[－—–―]\d/;
const BLANK = /[\s\u3000]/;
/** Cheap pre-check: a leading or trailing blank, or (in digit-like elements) a full-width digit. */
const suspect = (s: string, digitLike: boolean) =>
  s !== '' &&
  (isBlank(s.charCodeAt(0)) ||
    isBlank(s.charCodeAt(s.length - 1)) ||
    (digitLike && (FULL_DIGIT.test(s) || DIGIT_SEPARATOR.test(s))));
// Letters and CJK (almost every first and last character) are not blank: no regex for them.
const isBlank = (c: number) =>
  (c > 0x20 && c < 0xa0) || (c > 0x3000 && c !== 0xfeff) ? false : BLANK.test(String.fromCharCode(c));

/** Per element: 0 not checked, 1 text, 2 digit-like text (worked out once per dictionary entry). */
const kinds = new Map<ElementDef, 0 | 1 | 2>();
function kindOf(def: ElementDef): 0 | 1 | 2 {
  let k = kinds.get(def);
  if (k === undefined) {
    k =
      !TEXT_TYPES.has(def.type) && !DIGIT_KEYS.has(def.key)
        ? 0
        : DIGIT_TYPES.has(def.type) || DIGIT_KEYS.has(def.key)
          ? 2
          : 1;
    kinds.set(def, k);
  }
  return k;
}

export default defineRule({
  meta: {
    id: 'text-normalization',
    item: null,
    severity: 'info',
    source: 'format',
    fixable: true,
    description: '文本要素首尾没有空白；时间、电话、时限、编码中没有全角数字和数字间的全角冒号、横线（--fix 自动改正）',
    messages: {
      whitespace: '“{element}”首尾有多余的空白，应为“{fixed}”',
      fullWidth: '“{element}”含全角数字或数字间的全角符号，应写作“{fixed}”',
      separator: '“{element}”中数字之间用了全角冒号或长横线，应写作“{fixed}”',
    },
  },
  check(guide, ctx) {
    // No closure inside the visitor: one over `e` would allocate a context for every element.
    walkElements(guide, (e) => {
      const kind = kindOf(e.def);
      if (kind === 0) return;
      const digitLike = kind === 2;
      const value = e.value;
      if (typeof value === 'string') {
        if (suspect(value, digitLike)) checkText(ctx, e, digitLike, value);
      } else if (Array.isArray(value) && e.def.type === 'places') {
        for (let i = 0; i < value.length; i++) {
          const v: unknown = value[i];
          if (typeof v === 'string' && suspect(v, digitLike)) checkText(ctx, e, digitLike, v, i);
        }
      }
    });
  },
});

/** Reports a text of element `e` (item `at` of its list) that trimming or half-width digits change. */
function checkText(ctx: RuleContext, e: ElementEntry, digitLike: boolean, value: string, at?: number): void {
  const fixed = digitLike ? halfWidthDigits(trimBlanks(value)) : trimBlanks(value);
  if (fixed === value || fixed === '') return;
  const messageId =
    digitLike && FULL_DIGIT.test(value)
      ? 'fullWidth'
      : digitLike && DIGIT_SEPARATOR.test(value)
        ? 'separator'
        : 'whitespace';
  const path = at === undefined ? elementPath(e) : [...elementPath(e), at];
  ctx.report({ path, messageId, data: { element: e.def.key, fixed }, fix: fixed, suggestion: fixed });
}
