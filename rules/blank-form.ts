import {
  checkForms,
  defineRule,
  FORM_OPTIONS,
  FORM_OPTIONS_SCHEMA,
  materialsOf,
  refMessages,
} from '../src/kit/index.js';

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
