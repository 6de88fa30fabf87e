// Paths are relative to the base guide, test/support/base-guide.yaml: forms/blank.docx,
// forms/sample.docx, forms/sample.pdf exist there; ../../fixtures/guides/forms/零字节表格.docx is empty.
import { material, ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/sample-form.js';

const FORM = '食品经营许可申请书';

ruleTester(rule, {
  valid: [
    material(FORM, '填写表格: 是', '空表: forms/blank.docx', '样表: forms/sample.docx'),
    { name: 'a PDF sample', yaml: material(FORM, '填写表格: 是', '样表: forms/sample.pdf') },
    {
      name: 'URLs (never fetched)',
      yaml: material(FORM, '空表: https://zwfw.nmg.gov.cn/f/1.docx', '样表: https://zwfw.nmg.gov.cn/f/1-sample.docx'),
    },
    { name: '填写表格: 否 needs no sample', yaml: material('家庭收入和财产状况申报表', '填写表格: 否') },
    { name: 'not a form by name', yaml: material('居民户口簿') },
    {
      name: 'one file holding both, allowed by option',
      yaml: material(FORM, '空表: forms/blank.docx', '样表: forms/blank.docx'),
      options: { allowSameAsBlank: true },
    },
    { name: 'name heuristic switched off', yaml: material('信用承诺书'), options: { formSuffixes: [] } },
  ],
  invalid: [
    {
      name: '填写表格: 是 without 样表',
      yaml: material(FORM, '填写表格: 是', '空表: forms/blank.docx'),
      errors: [{ messageId: 'missing', line: 2, column: 5, item: 24, path: ['申请材料', 0] }],
    },
    {
      name: 'a name ending in 登记表',
      yaml: material('城乡居民基本养老保险参保登记表'),
      errors: [{ messageId: 'missingByName', line: 2, column: 5 }],
    },
    {
      name: 'a name ending in 承诺书',
      yaml: material('异地长期居住个人承诺书'),
      errors: [{ messageId: 'missingByName', line: 2, column: 5, message: '承诺书' }],
    },
    {
      name: 'a 空表 but no 样表',
      yaml: material('营业执照', '空表: forms/blank.docx'),
      errors: [{ messageId: 'missingWithOther', line: 2, column: 5 }],
    },
    {
      name: 'the same file as the blank form',
      yaml: material(FORM, '填写表格: 是', '空表: forms/blank.docx', '样表: ./forms/blank.docx'),
      errors: [{ messageId: 'sameAsBlank', line: 10, column: 9, path: ['申请材料', 0, '样表'] }],
    },
    {
      name: 'the same URL as the blank form',
      yaml: material(FORM, '空表: https://zwfw.nmg.gov.cn/f/1.docx', '样表: https://ZWFW.nmg.gov.cn/f/1.docx'),
      errors: [{ messageId: 'sameAsBlank', line: 9, column: 9 }],
    },
    {
      name: 'the file does not exist',
      yaml: material(FORM, '填写表格: 是', `样表: forms/${FORM}-样表.docx`),
      errors: [{ messageId: 'notFound', line: 9, column: 9 }],
    },
    {
      name: 'an empty file',
      yaml: material(FORM, '填写表格: 是', '样表: ../../fixtures/guides/forms/零字节表格.docx'),
      errors: [{ messageId: 'empty', line: 9, column: 9 }],
    },
    {
      name: 'an .exe',
      yaml: material(FORM, '填写表格: 是', `样表: ../../fixtures/guides/forms/${FORM}-样表.exe`),
      errors: [{ messageId: 'extension', line: 9, column: 9, message: '样表' }],
    },
    {
      name: 'not an http(s) URL',
      yaml: material(FORM, '填写表格: 是', '样表: "file:///C:/forms/sample.docx"'),
      errors: [{ messageId: 'badUrl', line: 9, column: 9 }],
    },
    {
      name: 'synonym 示范样表 located as written',
      yaml: material(FORM, '填写表格: 是', '示范样表: www.zwfw.nmg.gov.cn/s.docx'),
      errors: [
        {
          messageId: 'badUrl',
          line: 9,
          column: 11,
          path: ['申请材料', 0, '示范样表'],
          suggestion: 'https://www.zwfw.nmg.gov.cn/s.docx',
        },
      ],
    },
  ],
});
