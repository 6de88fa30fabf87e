// Placeholder values: text that fills a cell without stating anything ("无", "/", "暂无", "详见附件"),
// and test filler left in published records ("测试", "sssss").
// A placeholder is never a value: where an element is required it counts as not filled.

import { normalizeWidth } from '../parse/text.js';

const WORDS = new Set([
  '无',
  '暂无',
  '没有',
  '空',
  '略',
  '不详',
  '未知',
  '待定',
  '待补充',
  '待完善',
  '暂缺',
  '无此项',
  '不涉及',
  '详见附件',
  '见附件',
  '没有答案',
  '暂无答案',
  '无常见问题',
  '暂无常见问题',
  '测试问题',
  '测试答案',
  '详见附表',
  '详见下表',
  'na',
  'n/a',
  'null',
  'none',
  'nil',
  'undefined',
  'test',
  '测试',
]);
const PUNCTUATION_ONLY = /^[\s\-—–―_/\\、,，.。*…·|]+$/;
/** Test filler typed on a keyboard: one letter repeated, in one or more runs ("sssss", "sssss ddddddddddd"). */
// Runs separated by blanks only: no nested quantifier to backtrack through ("aaaa…ab" fails in linear time).
const KEY_REPEAT = /^([a-z])\1{2,}(?:\s+([a-z])\2{2,})*\s*$/;

/** True when the text (trimmed, width-normalised, case-folded) states nothing; the empty string counts. */
export function isPlaceholder(text: string): boolean {
  const t = normalizeWidth(text).normalize('NFKC').trim().toLowerCase();
  if (t === '') return true;
  if (t.length > 8) return t.length <= 200 && (PUNCTUATION_ONLY.test(t) || KEY_REPEAT.test(t));
  return WORDS.has(t) || PUNCTUATION_ONLY.test(t) || KEY_REPEAT.test(t);
}

/** A value written but filling nothing: a placeholder text, or a list of placeholders only ("无", ["/", "无"] → "/、无"). */
export function placeholderText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() !== '' && isPlaceholder(v) ? v.trim() : undefined;
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const texts = v.filter((x): x is string => typeof x === 'string' && x.trim() !== '' && isPlaceholder(x));
  return texts.length === v.length ? texts.join('、') : undefined;
}
