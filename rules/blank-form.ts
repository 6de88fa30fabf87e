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
    description:
      '申请人需要填写的表格提供空表下载：存在且非空的表格文件（doc、docx、xls、xlsx、pdf、wps、et、ofd），或有效的 http(s) 地址',
    messages: {
      missing:
        '申请材料“{name}”标注为需要填写的表格（填写表格: 是），但未提供空表；应提供空白表格的文件或下载地址，如“空表: forms/{file}.docx”',
      missingByName:
        '申请材料“{name}”的名称以“{suffix}”结尾，通常是需要申请人填写的表格，但未提供空表；应提供空表，如“空表: forms/{file}.docx”，若无需填写请注明“填写表格: 否”',
      missingWithOther: '申请材料“{name}”提供了样表，但未提供空表；应同时提供空白表格，如“空表: forms/{file}.docx”',
      ...refMessages('空表', 'forms/申请表.docx'),
    },
    options: { type: 'object', properties: FORM_OPTIONS_SCHEMA, additionalProperties: false },
    defaultOptions: { ...FORM_OPTIONS },
  },
  check(guide, ctx) {
    checkForms(ctx, materialsOf(guide), '空表', '样表');
  },
});
