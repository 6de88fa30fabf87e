import {
  bareName,
  checkForms,
  defineRule,
  FORM_OPTIONS,
  FORM_OPTIONS_SCHEMA,
  materialsOf,
  optionsSchema,
  refMessages,
  sampleIsBlank,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'sample-form',
    item: 24,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { missingByName: 'warning' },
    description: '申请人需要填写的表格提供样表下载：存在且非空的表格文件或有效的 http(s) 地址，且不是空表本身',
    messages: {
      missing:
        '申请材料“{name}”标注为需要填写的表格（填写表格: 是），但未提供样表；应提供已填好示例内容的样表文件或下载地址，如“样表: forms/{file}-样表.docx”',
      missingByName:
        '申请材料“{name}”的名称以“{suffix}”结尾，通常是需要申请人填写的表格，但未提供样表；应提供样表，如“样表: forms/{file}-样表.docx”，若无需填写请注明“填写表格: 否”',
      missingWithOther:
        '申请材料“{name}”提供了空表，但未提供样表；应同时提供填写示范，如“样表: forms/{file}-样表.docx”',
      sameAsBlank:
        '申请材料“{name}”的样表“{value}”与空表是同一个文件，没有提供填写示范；应提供已填好示例内容的样表，如 forms/{file}-样表.docx',
      ...refMessages('样表', 'forms/申请表-样表.docx'),
    },
    options: optionsSchema({ ...FORM_OPTIONS_SCHEMA, allowSameAsBlank: { type: 'boolean' } }),
    defaultOptions: { ...FORM_OPTIONS, allowSameAsBlank: false },
  },
  check(guide, ctx) {
    const samples = checkForms(ctx, materialsOf(guide), '样表', '空表');
    if (ctx.options.allowSameAsBlank) return;
    for (const { m, name, ref } of samples) {
      if (!sampleIsBlank(m, ref)) continue;
      const data = { name, value: String(m.data['样表']), file: bareName(name) };
      ctx.report({ path: [...m.path, '样表'], messageId: 'sameAsBlank', data });
    }
  },
});
