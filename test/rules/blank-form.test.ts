// Paths are relative to the base guide, test/support/base-guide.yaml: forms/blank.docx,
// forms/sample.docx, forms/blank.pdf exist there; ../../fixtures/guides/forms/零字节表格.docx is empty.
import { material, ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/blank-form.js';

const FORM = '食品经营许可申请书';

ruleTester(rule, {
  valid: [
    material(FORM, '填写表格: 是', '空表: forms/blank.docx', '样表: forms/sample.docx'),
    { name: 'a PDF blank form', yaml: material(FORM, '填写表格: 是', '空表: forms/blank.pdf') },
    {
      name: 'an http(s) URL (never fetched)',
      yaml: material(FORM, '填写表格: 是', '空表: https://zwfw.nmg.gov.cn/files/form/000117012000-1.docx'),
    },
    { name: 'a URL without extension', yaml: material(FORM, '空表: "http://zwfw.nmg.gov.cn/download?id=123"') },
    { name: '填写表格: 否 needs no form', yaml: material('不动产登记申请表', '填写表格: 否') },
    { name: 'not a form by name', yaml: material('营业执照') },
    { name: '…nor 证明书', yaml: material('职业病诊断证明书') },
    { name: 'a statement, not a form to fill', yaml: material('上年度财务报表') },
    { name: 'name heuristic switched off', yaml: material('就业创业登记申请表'), options: { formSuffixes: [] } },
    {
      name: 'extensions option',
      yaml: material(FORM, '填写表格: 是', '空表: ../support/base-guide.yaml'),
      options: { extensions: ['yaml'] },
    },
  ],
  invalid: [
    {
      name: '填写表格: 是 without 空表',
      yaml: material(FORM, '填写表格: 是', '样表: forms/sample.docx'),
      errors: [{ messageId: 'missing', line: 2, column: 5, item: 23, path: ['申请材料', 0] }],
    },
    {
      name: 'the code "1" means 是',
      yaml: material(FORM, '填写表格: "1"'),
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
    },
    {
      name: 'a name ending in 申请表: read from the name, a warning',
      yaml: material('就业创业登记申请表'),
      errors: [
        {
          messageId: 'missingByName',
          line: 2,
          column: 5,
          message: '以“表”结尾，通常是需要申请人填写的表格',
          severity: 'warning',
        },
      ],
    },
    // real string from a published guide (广州): trailing punctuation does not hide the form
    {
      name: '…申请表； (real)',
      yaml: material('劳动能力鉴定（确认）申请表；'),
      errors: [
        { messageId: 'missingByName', line: 2, column: 5, message: '“劳动能力鉴定（确认）申请表；”的名称以“表”结尾' },
      ],
    },
    {
      name: 'a placeholder name builds no file name',
      yaml: material('无', '填写表格: 是'),
      errors: [{ messageId: 'missing', line: 2, column: 5, message: 'forms/申请表.docx' }],
    },
    {
      name: 'flagged by 填写表格: an error',
      yaml: material(FORM, '填写表格: 是'),
      errors: [{ messageId: 'missing', line: 2, column: 5, severity: 'error' }],
    },
    {
      name: 'a name ending in 委托书, remark in brackets',
      yaml: material('授权委托书（委托代理人办理的提供）'),
      errors: [{ messageId: 'missingByName', line: 2, column: 5, message: '“委托书”' }],
    },
    {
      name: 'a 样表 but no 空表',
      yaml: material('营业执照', '样表: forms/sample.docx'),
      errors: [{ messageId: 'missingWithOther', line: 2, column: 5 }],
    },
    {
      name: 'whitespace only',
      yaml: material(FORM, '填写表格: 是', '空表: "  "'),
      errors: [{ messageId: 'missing', line: 9, column: 9, path: ['申请材料', 0, '空表'] }],
    },
    {
      name: 'the file does not exist',
      yaml: material(FORM, '填写表格: 是', `空表: forms/${FORM}.docx`),
      errors: [{ messageId: 'notFound', line: 9, column: 9, path: ['申请材料', 0, '空表'] }],
    },
    {
      name: 'an empty file',
      yaml: material(FORM, '填写表格: 是', '空表: ../../fixtures/guides/forms/零字节表格.docx'),
      errors: [{ messageId: 'empty', line: 9, column: 9 }],
    },
    {
      name: 'an existing file of another type',
      yaml: material(FORM, '填写表格: 是', '空表: ../support/base-guide.yaml'),
      errors: [{ messageId: 'extension', line: 9, column: 9, message: 'doc、docx' }],
    },
    {
      name: 'www. without a scheme',
      yaml: material(FORM, '填写表格: 是', '空表: www.zwfw.nmg.gov.cn/a.docx'),
      errors: [{ messageId: 'badUrl', line: 9, column: 9, suggestion: 'https://www.zwfw.nmg.gov.cn/a.docx' }],
    },
    {
      name: 'ftp',
      yaml: material(FORM, '填写表格: 是', '空表: ftp://zwfw.nmg.gov.cn/a.docx'),
      errors: [{ messageId: 'badUrl', line: 9, column: 9 }],
    },
    {
      name: 'a broken URL',
      yaml: material(FORM, '填写表格: 是', '空表: "https:/zwfw.nmg.gov.cn/a.docx"'),
      errors: [{ messageId: 'badUrl', line: 9, column: 9 }],
    },
    {
      name: 'checked even when 填写表格: 否',
      yaml: material('营业执照', '填写表格: 否', '空表: forms/营业执照.docx'),
      errors: [{ messageId: 'notFound', line: 9, column: 9 }],
    },
    {
      name: 'synonym 空白表格 located as written',
      yaml: material(FORM, '填写表格: 是', '空白表格: forms/none.docx'),
      errors: [{ messageId: 'notFound', line: 9, column: 11, path: ['申请材料', 0, '空白表格'] }],
    },
  ],
});
