// Which materials are forms the applicant fills in, and so need a blank form (空表) and a sample
// (样表) — checklist items 23 and 24. One reading, shared by the blank-form and sample-form rules and
// by the scorecard's measures of those items (src/score/summary.ts).

import { posix } from 'node:path';
import { textOf, type RecordAt } from './guide.js';
import { resolveValue, variantOf, VALUE_SETS } from './values.js';
import { FORM_EXTENSIONS, parseFileRef, type FileRef } from './file-ref.js';
import { compact } from '../parse/text.js';

export const FORM_OPTIONS = {
  /** A material without 填写表格 whose name ends so is a form the applicant fills in. */
  formSuffixes: ['表', '申请书', '承诺书', '声明书', '委托书', '授权书'],
  /** …unless its name ends so (statements the applicant does not fill from a template). */
  notFormSuffixes: ['报表', '资产负债表', '利润表', '现金流量表'],
  /** Extensions a form file may have (files only; URLs are not checked for one). */
  extensions: [...FORM_EXTENSIONS],
};

export type FormElement = '空表' | '样表';

/** Why a material needs forms: 填写表格: 是, its name, or the other form being given. */
export type FormReason = { by: 'flag' } | { by: 'name'; suffix: string } | { by: 'other' };

const stringLists = new WeakMap<object, string[]>();
/** The strings of a list option (made once per option value), or the fallback. */
export function stringsOption(v: unknown, fallback: string[]): string[] {
  if (!Array.isArray(v)) return fallback;
  let out = stringLists.get(v);
  if (!out) stringLists.set(v, (out = v.filter((x): x is string => typeof x === 'string')));
  return out;
}

/** "授权委托书（委托代理人办理的提供）" → "授权委托书"; trailing punctuation goes too ("…申请表；" → "…申请表"). */
export const bareName = (s: string): string =>
  compact(s)
    .replace(TRAILING_PUNCTUATION, '')
    .replace(/[（(][^（）()]*[）)]$/, '')
    .replace(TRAILING_PUNCTUATION, '');
const TRAILING_PUNCTUATION = /[;；。.,，、:：]+$/;

/**
 * Why material `m` needs forms, or undefined when it does not: 填写表格 是 (否: never); without
 * 填写表格, a name ending in one of formSuffixes but not in one of notFormSuffixes; or `other` (the
 * other form element) being given.
 */
export function formReason(m: RecordAt, other: FormElement, options: Record<string, unknown>): FormReason | undefined {
  const flag = m.data['填写表格'];
  const yesNo = resolveValue(VALUE_SETS.是否, flag) ?? variantOf(VALUE_SETS.是否, flag);
  if (yesNo) return yesNo.label === '是' ? { by: 'flag' } : undefined;
  const name = bareName(textOf(m.data['材料名称']) ?? '');
  // The longest suffix the name ends in.
  let suffix = '';
  for (const s of stringsOption(options.formSuffixes, FORM_OPTIONS.formSuffixes))
    if (s.length > suffix.length && name.endsWith(s)) suffix = s;
  if (
    suffix &&
    !stringsOption(options.notFormSuffixes, FORM_OPTIONS.notFormSuffixes).some((s) => s && name.endsWith(s))
  )
    return { by: 'name', suffix };
  return typeof m.data[other] === 'string' && m.data[other].trim() ? { by: 'other' } : undefined;
}

/** A material needs both forms when either reading says so (空表 given makes a 样表 needed, and back). */
export function needsForms(m: RecordAt, options: Record<string, unknown> = {}): boolean {
  return formReason(m, '样表', options) !== undefined || formReason(m, '空表', options) !== undefined;
}

/** Two references to the same file or address (paths compared after normalisation). */
export function sameRef(a: FileRef, b: FileRef): boolean {
  if (a.kind === 'url' && b.kind === 'url') return a.url.href === b.url.href;
  if (a.kind === 'attachment' && b.kind === 'attachment') return a.id.toLowerCase() === b.id.toLowerCase();
  const norm = (p: string) => posix.normalize(p.replace(/\\/g, '/'));
  return a.kind === 'file' && b.kind === 'file' && norm(a.path) === norm(b.path);
}

/** The material's 样表 (read as `sample`) is its 空表 itself: no filled-in example (item 24). */
export function sampleIsBlank(m: RecordAt, sample: FileRef): boolean {
  const blank = parseFileRef(m.data['空表']);
  return blank !== undefined && sameRef(sample, blank);
}
