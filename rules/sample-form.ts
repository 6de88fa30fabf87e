import {
  bareName,
  checkForms,
  defineRule,
  FORM_OPTIONS,
  FORM_OPTIONS_SCHEMA,
  materialsOf,
  parseFileRef,
  refMessages,
  sameRef,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'sample-form',
    item: 24,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { missingByName: 'warning' },
    description: {
      zh: '申请人需要填写的表格提供样表下载：存在且非空的表格文件或有效的 http(s) 地址，且不是空表本身',
      en: 'every form the applicant fills in has a filled-in sample (样表): an existing, non-empty form file or a well-formed http(s) URL, other than the blank form itself',
    },
    messages: {
      missing: {
        zh: '申请材料“{name}”标注为需要填写的表格（填写表格: 是），但未提供样表；应提供已填好示例内容的样表文件或下载地址，如“样表: forms/{file}-样表.docx”',
        en: 'material "{name}" is a form to fill in (填写表格: 是) but has no sample (样表); add a filled-in sample file or its download URL, e.g. "样表: forms/{file}-样表.docx"',
      },
      missingByName: {
        zh: '申请材料“{name}”的名称以“{suffix}”结尾，通常是需要申请人填写的表格，但未提供样表；应提供样表，如“样表: forms/{file}-样表.docx”，若无需填写请注明“填写表格: 否”',
        en: 'material "{name}" ends in "{suffix}", usually a form the applicant fills in, but has no sample (样表); add one, e.g. "样表: forms/{file}-样表.docx", or write "填写表格: 否" if nothing is filled in',
      },
      missingWithOther: {
        zh: '申请材料“{name}”提供了空表，但未提供样表；应同时提供填写示范，如“样表: forms/{file}-样表.docx”',
        en: 'material "{name}" has a blank form (空表) but no sample (样表); add a filled-in sample too, e.g. "样表: forms/{file}-样表.docx"',
      },
      sameAsBlank: {
        zh: '申请材料“{name}”的样表“{value}”与空表是同一个文件，没有提供填写示范；应提供已填好示例内容的样表，如 forms/{file}-样表.docx',
        en: 'material "{name}": the sample "{value}" is the same file as the blank form, so no filled-in example is given; provide a filled-in sample such as forms/{file}-样表.docx',
      },
      ...refMessages('样表', 'forms/申请表-样表.docx'),
    },
    options: {
      type: 'object',
      properties: { ...FORM_OPTIONS_SCHEMA, allowSameAsBlank: { type: 'boolean' } },
      additionalProperties: false,
    },
    defaultOptions: { ...FORM_OPTIONS, allowSameAsBlank: false },
  },
  check(guide, ctx) {
    const samples = checkForms(ctx, materialsOf(guide), '样表', '空表');
    if (ctx.options.allowSameAsBlank) return;
    for (const { m, name, ref } of samples) {
      const blank = parseFileRef(m.data['空表']);
      if (blank && sameRef(ref, blank)) {
        ctx.report({
          path: [...m.path, '样表'],
          messageId: 'sameAsBlank',
          data: { name, value: String(m.data['样表']), file: bareName(name) },
        });
      }
    }
  },
});
