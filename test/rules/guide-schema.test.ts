import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/guide-schema.js';

// One material; field k of `fields` is on line k + 2 ("申请材料:" is line 1).
const material = (...fields: string[]) =>
  `申请材料:\n  - ${['材料名称: 居民身份证', '来源渠道: 政府部门核发', '出具单位: 公安机关', ...fields].join('\n    ')}\n`;

ruleTester(rule, {
  valid: [
    // the national exchange records carry counts, not the type: the counts state it
    {
      name: '材料类型 missing, 原件份数 / 复印件份数 given',
      yaml: material('原件份数: 1', '复印件份数: 1', '材料形式: 纸质'),
    },
    { name: '材料类型 missing, photocopies only', yaml: material('原件份数: 0', '复印件份数: 2', '材料形式: 纸质') },
    { name: 'a placeholder in an optional element counts as not written', yaml: '网办地址: 无' },
    {
      name: 'the real content of an element that starts like a placeholder',
      yaml: '办理地点: 无锡路1号政务服务中心二楼203室12号窗口',
    },
    { name: '中介服务: 无 is a value of its own', yaml: '中介服务: 无' },
    {
      name: 'recommended: 审批结果 is optional, its placeholder name counts as not written',
      yaml: '审批结果: { 名称: 无 }',
    },
    { name: 'recommended: 审批结果: 无 is not written, not a wrong type', yaml: '审批结果: 无' },
  ],
  invalid: [
    // real case: a required sub-element missing carries the checklist item of its element
    {
      name: '承诺办结时限 without 单位: item 13',
      yaml: '承诺办结时限: { 数值: 10 }\n',
      errors: [{ messageId: 'required', line: 1, column: 9, item: 13, message: '单位' }],
    },
    {
      name: '法定办结时限 without 数值: item 12',
      yaml: '法定办结时限: { 单位: 工作日 }\n',
      errors: [{ messageId: 'required', line: 1, column: 9, item: 12, message: '数值' }],
    },
    {
      name: 'a wrong type inside 承诺办结时限: item 13',
      yaml: '承诺办结时限: { 数值: [10], 单位: 工作日 }\n',
      errors: [{ messageId: 'type', item: 13, line: 1, column: 15 }],
    },
    {
      name: '材料类型 missing and no counts',
      yaml: material('份数: 1', '材料形式: 纸质'),
      errors: [{ messageId: 'required', line: 2, column: 5, item: 20, message: '材料类型' }],
    },
    {
      name: 'zero originals and zero photocopies state no type',
      yaml: material('原件份数: 0', '复印件份数: 0', '材料形式: 纸质'),
      errors: [{ messageId: 'required', line: 2, column: 5, item: 20 }],
    },
    // a placeholder is never a value: a required element written 无 / - is not filled
    {
      name: '实施主体: -',
      yaml: '实施主体: "-"\n',
      errors: [
        {
          messageId: 'placeholder',
          line: 1,
          column: 7,
          item: 8,
          severity: 'error',
          message: '“实施主体”为“-”，等于未填写',
        },
      ],
    },
    {
      name: '办理地点: 无',
      yaml: '办理地点: 无\n',
      errors: [{ messageId: 'placeholder', line: 1, column: 7, item: 14 }],
    },
    {
      name: '咨询电话: 暂无',
      yaml: '咨询电话: 暂无\n',
      errors: [{ messageId: 'placeholder', line: 1, column: 7, item: 16 }],
    },
    {
      name: '承诺办结时限: 无',
      yaml: '承诺办结时限: 无\n',
      errors: [{ messageId: 'placeholder', line: 1, column: 9, item: 13 }],
    },
    {
      name: 'a material named 无',
      yaml: material('份数: 1', '材料类型: 原件', '材料形式: 纸质').replace('居民身份证', '无'),
      errors: [{ messageId: 'placeholder', line: 2, column: 11, item: 18 }],
    },
    // real string from a published guide (济南槐荫区): keyboard filler left as a material name
    {
      name: 'a material named sssss ddddddddddd (real)',
      yaml: material('份数: 1', '材料类型: 原件', '材料形式: 纸质').replace('居民身份证', 'sssss ddddddddddd'),
      errors: [{ messageId: 'placeholder', line: 2, column: 11, item: 18 }],
    },
    // real string from a published guide: 审批结果 无 — not filled where strict requires it, never an example file name
    {
      name: 'strict: 审批结果 named 无 (real)',
      yaml: '审批结果: { 名称: 无 }\n',
      options: { strict: true },
      errors: [{ messageId: 'placeholder', line: 1, column: 13, message: '“名称”为“无”，等于未填写' }],
    },
    {
      name: '申请材料: 无 is not filled, not a wrong type',
      yaml: '申请材料: 无\n',
      errors: [{ messageId: 'placeholder', line: 1, column: 7, item: 18 }],
    },
    {
      name: 'strict: 审批结果: 无',
      yaml: '审批结果: 无\n',
      options: { strict: true },
      errors: [{ messageId: 'placeholder', line: 1, column: 7 }],
    },
    {
      name: 'strict: 监督电话 written /',
      yaml: '监督电话: /\n',
      options: { strict: true },
      errors: [{ messageId: 'placeholder', line: 1, column: 7 }],
    },
  ],
});
