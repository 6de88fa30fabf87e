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
    docs: {
      details: {
        zh: '清单第 23 项（空表下载服务）：申请人需要填写的每一张表格都提供空白电子表格下载，目标 100%。standards.md（Materials）：需要填写的材料（申请表、登记表、申请书等）须有空表和样表。需要空表的材料：填写表格为“是”；未写填写表格时，名称（去掉末尾括号说明）以 formSuffixes 之一结尾（默认：表、申请书、承诺书、声明书、委托书、授权书；以 notFormSuffixes 结尾者除外，默认：报表、资产负债表、利润表、现金流量表），或已提供样表。填写表格为“否”则不需要。名称推断是启发式的：不需要填写的材料请明确写“填写表格: 否”。给出的空表须为相对于指南文件的路径，文件存在、非空、扩展名在 extensions 中（默认 doc、docx、xls、xlsx、pdf、wps、et、ofd）；或为格式正确的 http(s) 地址（按 WHATWG URL 解析，不访问网络；“www.…”缺少协议、ftp:// 等其他协议都算无效地址）。引用的解析与审批结果样本规则一致（src/model/file-ref.ts）。空字符串和非文本值由 guide-schema 报告。只凭名称结尾判断为表格的材料（missingByName）是推断，为警告；填写表格为“是”或已提供样表时缺少空表为错误。',
        en: 'Checklist item 23 (空表下载服务): every form the applicant fills in has a blank electronic form to download, target 100%. standards.md (Materials): a material that is a form to fill (申请表, 登记表, 申请书 …) needs a blank form and a sample. A material needs a blank form when 填写表格 is 是; when 填写表格 is absent, when its name (without a trailing remark in brackets) ends in one of formSuffixes (default 表, 申请书, 承诺书, 声明书, 委托书, 授权书) but not in one of notFormSuffixes (default 报表, 资产负债表, 利润表, 现金流量表), or when it has a 样表. 填写表格: 否 needs none. The name test is a heuristic: write "填写表格: 否" on a material that is not filled in. A given 空表 is a path relative to the guide file of an existing, non-empty file whose extension is in extensions (default doc, docx, xls, xlsx, pdf, wps, et, ofd), or a well-formed http(s) URL (parsed with the WHATWG URL parser; the network is never used; "www.…" without a scheme and other schemes such as ftp:// are not valid). References are read as result-sample reads them (src/model/file-ref.ts). Empty strings and non-text values are guide-schema\'s. A material judged a form only by the ending of its name (missingByName) is an inference, a warning; a missing blank form where 填写表格 is 是 or a sample is given is an error.',
      },
      bad: '申请材料:\n  - 材料名称: 食品经营许可申请书\n    来源渠道: 申请人自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质和电子\n    填写表格: 是\n    空表: forms/食品经营许可申请书.docx\n    样表: forms/sample.docx\n',
      good: '申请材料:\n  - 材料名称: 食品经营许可申请书\n    来源渠道: 申请人自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质和电子\n    填写表格: 是\n    空表: forms/blank.docx\n    样表: forms/sample.docx\n',
    },
    options: { type: 'object', properties: FORM_OPTIONS_SCHEMA, additionalProperties: false },
    defaultOptions: { ...FORM_OPTIONS },
  },
  check(guide, ctx) {
    checkForms(ctx, materialsOf(guide), '空表', '样表');
  },
});
