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
    docs: {
      details: {
        zh: '清单第 24 项（样表下载服务）：申请人需要填写的每一张表格都提供填写示范（样表）下载，目标 100%。standards.md（Materials）：需要填写的材料（申请表、登记表、申请书等）须有空表和样表。哪些材料需要样表与 blank-form 相同：填写表格为“是”；未写填写表格时，名称以 formSuffixes 之一结尾（不以 notFormSuffixes 结尾），或已提供空表；填写表格为“否”则不需要。样表的路径、扩展名、非空文件和 http(s) 地址的检查也与 blank-form 相同（不访问网络）。另外，样表与空表指向同一个文件（同一路径或同一地址）时报告：这样就没有样表，清单要求的是已填写的示范。若贵地确实把空表和样表放在同一个文件里，可设置 allowSameAsBlank: true。只凭名称结尾判断为表格的材料（missingByName）是推断，为警告；填写表格为“是”或已提供空表时缺少样表为错误。',
        en: 'Checklist item 24 (样表下载服务): every form the applicant fills in has a filled-in sample to download, target 100%. standards.md (Materials): a material that is a form to fill (申请表, 登记表, 申请书 …) needs a blank form and a sample. Which materials need a sample is decided as in blank-form: 填写表格 是; when 填写表格 is absent, a name ending in one of formSuffixes (and not in notFormSuffixes), or a 空表 given; 填写表格 否 needs none. The 样表 reference is checked as blank-form checks 空表 (path, extension, non-empty file, or http(s) URL; no network). Also reported: a 样表 that is the same file as the 空表 (same path or URL) — then there is no sample, and the checklist asks for a filled-in example. Set allowSameAsBlank: true where one file really holds both. A material judged a form only by the ending of its name (missingByName) is an inference, a warning; a missing sample where 填写表格 is 是 or a blank form is given is an error.',
      },
      bad: '申请材料:\n  - 材料名称: 食品经营许可申请书\n    来源渠道: 申请人自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质和电子\n    填写表格: 是\n    空表: forms/blank.docx\n    样表: forms/blank.docx\n',
      good: '申请材料:\n  - 材料名称: 食品经营许可申请书\n    来源渠道: 申请人自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质和电子\n    填写表格: 是\n    空表: forms/blank.docx\n    样表: forms/sample.docx\n',
    },
    options: { type: 'object', properties: { ...FORM_OPTIONS_SCHEMA, allowSameAsBlank: { type: 'boolean' } }, additionalProperties: false },
    defaultOptions: { ...FORM_OPTIONS, allowSameAsBlank: false },
  },
  check(guide, ctx) {
    const samples = checkForms(ctx, materialsOf(guide), '样表', '空表');
    if (ctx.options.allowSameAsBlank) return;
    for (const { m, name, ref } of samples) {
      const blank = parseFileRef(m.data['空表']);
      if (blank && sameRef(ref, blank)) {
        ctx.report({ path: [...m.path, '样表'], messageId: 'sameAsBlank', data: { name, value: String(m.data['样表']), file: bareName(name) } });
      }
    }
  },
});
