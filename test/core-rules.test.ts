import { ruleTester } from './support/rule-tester.js';
import enumValues from '../rules/enum-values.js';
import guideSchema from '../rules/guide-schema.js';
import unknownElement from '../rules/unknown-element.js';

ruleTester(enumValues, {
  valid: [
    '事项类型: 行政许可',
    '事项类型: "01"',
    '办理深度: 全程网办（Ⅳ级）',
    '办理深度: IV',
    '办理深度: "4"',
    '行使层级: 旗级',
    '办理形式: [窗口办理, "2"]',
  ],
  invalid: [
    { yaml: '事项类型: 行政许可证', errors: [{ messageId: 'invalid', line: 1, column: 7, item: 10 }] },
    { yaml: '办件类型: 即时件', errors: [{ messageId: 'invalid', line: 1, column: 7, item: 2 }] },
    { yaml: '办理形式: [窗口办理, 网上办理]', errors: [{ messageId: 'variant', line: 1, column: 14, suggestion: '电脑端网上办理', path: ['办理形式', 1] }] },
    {
      yaml: '申请材料:\n  - 材料名称: 身份证\n    来源渠道: 政府部门核发\n    出具单位: 公安机关\n    份数: 1\n    材料类型: 原件及复印件\n    材料形式: 电子化\n',
      errors: [
        { messageId: 'variant', line: 6, column: 11, item: 20, fix: '原件和复印件' },
        { messageId: 'variant', line: 7, column: 11, item: 20, fix: '电子' },
      ],
    },
    { yaml: '是否收费: 可能', errors: [{ messageId: 'invalid', line: 1 }] },
  ],
});

ruleTester(unknownElement, {
  valid: ['咨询方式: 0471-6945678', { yaml: '自定义: 1', options: { allow: ['自定义'] } }],
  invalid: [
    { yaml: '承诺办结时间: 5个工作日', errors: [{ messageId: 'didYouMean', line: 1, column: 1, suggestion: '承诺办结时限' }] },
    { yaml: 'foo: 1', errors: [{ messageId: 'unknown', line: 1, column: 1 }] },
    {
      yaml: '申请材料:\n  - 材料名称: 身份证\n    来源渠道: 政府部门核发\n    出具单位: 公安机关\n    分数: 1\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n',
      errors: [{ messageId: 'didYouMean', line: 5, column: 5, path: ['申请材料', 0, '分数'], suggestion: '份数' }],
    },
    { yaml: '咨询方式: 0471-6945678\n咨询电话: 0471-6945679', errors: [{ messageId: 'duplicate', line: 2, column: 1 }] },
  ],
});

ruleTester(guideSchema, {
  valid: ['到办事现场次数: 0', '法定办结时限: 20个工作日', { yaml: '是否收费: 否', options: { strict: true } }],
  invalid: [
    { yaml: '到办事现场次数: 一次', errors: [{ messageId: 'type', line: 1, column: 10, item: 22 }] },
    { yaml: '事项名称: 食品经营许可', bare: true, errors: 'required' as never },
  ].filter((c) => Array.isArray(c.errors)) as never,
});
