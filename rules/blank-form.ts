import { defineRule, type RuleContext } from '../src/engine/rule.js';
import { isPlaceholder } from '../src/model/placeholder.js';
import { materialsOf, textOf, type RecordAt } from '../src/model/guide.js';
import { checkParsedRef, FORM_EXTENSIONS, parseFileRef, type FileRef } from '../src/model/file-ref.js';
import { bareName, FORM_OPTIONS, formReason, stringsOption as strings, type FormElement } from '../src/model/forms.js';

// Shared by blank-form (item 23) and sample-form (item 24). Which materials need forms is
// src/model/forms.ts (also read by the scorecard's measures of items 23 and 24).

export { bareName, FORM_OPTIONS, formReason, type FormElement, type FormReason } from '../src/model/forms.js';

export const FORM_OPTIONS_SCHEMA: Record<string, unknown> = {
  formSuffixes: { type: 'array', items: { type: 'string' } },
  notFormSuffixes: { type: 'array', items: { type: 'string' } },
  extensions: { type: 'array', items: { type: 'string' } },
};

/** Messages every form reference check uses, for 空表 or 样表. */
export function refMessages(el: FormElement, example: string) {
  return {
    notFound: {
      zh: `申请材料“{name}”的${el}“{value}”指向的文件不存在；应为相对于指南文件的路径（如 ${example}）或 http(s) 地址`,
      en: `material "{name}": ${el} "{value}" points to a file that does not exist; give a path relative to the guide file (e.g. ${example}) or an http(s) URL`,
    },
    empty: {
      zh: `申请材料“{name}”的${el}“{value}”是空文件（0 字节）；应提供有内容的表格文件`,
      en: `material "{name}": ${el} "{value}" is an empty file (0 bytes); provide the actual form file`,
    },
    extension: {
      zh: `申请材料“{name}”的${el}“{value}”不是允许的文件类型（{allowed}）；应为 Word、Excel、PDF、WPS 或 OFD 文件，如 ${example}`,
      en: `material "{name}": ${el} "{value}" is not an allowed file type ({allowed}); use a Word, Excel, PDF, WPS or OFD file, e.g. ${example}`,
    },
    badUrl: {
      zh: `申请材料“{name}”的${el}“{value}”不是有效的 http(s) 地址；应写完整地址，如 https://zwfw.nmg.gov.cn/files/申请表.docx`,
      en: `material "{name}": ${el} "{value}" is not a valid http(s) URL; write a full address such as https://zwfw.nmg.gov.cn/files/申请表.docx`,
    },
  };
}

/**
 * Checks the reference at `[...m.path, el]` (src/model/file-ref.ts: a relative path of an existing,
 * non-empty file with an allowed extension, or a well-formed http(s) URL; never the network) and
 * reports what is wrong with it. Returns the reference when it is fine.
 */
export function checkRef(ctx: RuleContext, m: RecordAt, el: FormElement, name: string): FileRef | undefined {
  const value = m.data[el];
  const extensions = strings(ctx.options.extensions, FORM_EXTENSIONS as string[]);
  const ref = parseFileRef(value);
  const p = checkParsedRef(ref, { statRelative: ctx.statRelative, extensions });
  if (!p) return ref;
  const data = { name, value: String(value) };
  const path = [...m.path, el];
  if (p.problem === 'extension') {
    const allowed = extensions.join(ctx.lang === 'zh' ? '、' : ', ');
    ctx.report({ path, messageId: 'extension', data: { ...data, allowed } });
  } else if (p.problem === 'badUrl' && /^www\./i.test(p.ref)) {
    ctx.report({ path, messageId: 'badUrl', data, suggestion: `https://${p.ref}` });
  } else {
    ctx.report({ path, messageId: p.problem, data });
  }
  return undefined;
}

/**
 * The shared check: every material that needs `el` has one, and every `el` given is a valid
 * reference. Returns the materials whose `el` is a valid reference, with it.
 */
export function checkForms(ctx: RuleContext, materials: readonly RecordAt[], el: FormElement, other: FormElement): Array<{ m: RecordAt; name: string; ref: FileRef }> {
  const valid: Array<{ m: RecordAt; name: string; ref: FileRef }> = [];
  for (const m of materials) {
    const name = textOf(m.data['材料名称']) || `#${m.index + 1}`;
    const v = m.data[el];
    if (v === undefined || (typeof v === 'string' && v !== '' && v.trim() === '')) {
      const reason = formReason(m, other, ctx.options);
      if (!reason) continue;
      const path = v === undefined ? m.path : [...m.path, el];
      // Never an example file name built from a placeholder ("无"): a generic one instead.
      const data = { name, file: isPlaceholder(name) ? '申请表' : bareName(name) };
      if (reason.by === 'name') ctx.report({ path, messageId: 'missingByName', data: { ...data, suffix: reason.suffix } });
      else ctx.report({ path, messageId: reason.by === 'flag' ? 'missing' : 'missingWithOther', data });
      continue;
    }
    const ref = checkRef(ctx, m, el, name);
    if (ref) valid.push({ m, name, ref });
  }
  return valid;
}

export default defineRule({
  meta: {
    id: 'blank-form',
    item: 23,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { missingByName: 'warning' },
    description: {
      zh: '申请人需要填写的表格提供空表下载：存在且非空的表格文件（doc、docx、xls、xlsx、pdf、wps、et、ofd），或有效的 http(s) 地址',
      en: 'every form the applicant fills in has a blank form (空表): an existing, non-empty form file (doc, docx, xls, xlsx, pdf, wps, et, ofd) or a well-formed http(s) URL',
    },
    messages: {
      missing: {
        zh: '申请材料“{name}”标注为需要填写的表格（填写表格: 是），但未提供空表；应提供空白表格的文件或下载地址，如“空表: forms/{file}.docx”',
        en: 'material "{name}" is a form to fill in (填写表格: 是) but has no blank form (空表); add the blank form file or its download URL, e.g. "空表: forms/{file}.docx"',
      },
      missingByName: {
        zh: '申请材料“{name}”的名称以“{suffix}”结尾，通常是需要申请人填写的表格，但未提供空表；应提供空表，如“空表: forms/{file}.docx”，若无需填写请注明“填写表格: 否”',
        en: 'material "{name}" ends in "{suffix}", usually a form the applicant fills in, but has no blank form (空表); add one, e.g. "空表: forms/{file}.docx", or write "填写表格: 否" if nothing is filled in',
      },
      missingWithOther: {
        zh: '申请材料“{name}”提供了样表，但未提供空表；应同时提供空白表格，如“空表: forms/{file}.docx”',
        en: 'material "{name}" has a sample (样表) but no blank form (空表); add the blank form too, e.g. "空表: forms/{file}.docx"',
      },
      ...refMessages('空表', 'forms/申请表.docx'),
    },
    options: { type: 'object', properties: FORM_OPTIONS_SCHEMA, additionalProperties: false },
    defaultOptions: { ...FORM_OPTIONS },
  },
  check(guide, ctx) {
    checkForms(ctx, materialsOf(guide), '空表', '样表');
  },
});
