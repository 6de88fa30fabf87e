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
    {
      yaml: '办理形式: [窗口办理, 网上办理]',
      errors: [{ messageId: 'variant', line: 1, column: 14, suggestion: '电脑端网上办理', path: ['办理形式', 1] }],
    },
    {
      yaml: '申请材料:\n  - 材料名称: 身份证\n    来源渠道: 政府部门核发\n    出具单位: 公安机关\n    份数: 1\n    材料类型: 原件及复印件\n    材料形式: 电子化\n',
      errors: [
        { messageId: 'variant', line: 6, column: 11, item: 20, fix: '原件和复印件' },
        { messageId: 'variant', line: 7, column: 11, item: 20, fix: '电子' },
      ],
    },
    { yaml: '是否收费: 可能', errors: [{ messageId: 'invalid', line: 1, column: 7 }] },
    { yaml: '行使层级: 省市级', errors: [{ messageId: 'invalid', line: 1, column: 7, item: 10 }] },
    { yaml: '办理深度: 五级', errors: [{ messageId: 'invalid', line: 1, column: 7, item: 4 }] },
    { yaml: '事项类型: 其他权力', errors: [{ messageId: 'variant', line: 1, column: 7, fix: '其他行政权力' }] },
    {
      yaml: '申请材料:\n  - 材料名称: 身份证\n    来源渠道: 自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n    必要性: 必须\n',
      errors: [
        { messageId: 'variant', line: 3, column: 11, item: 18, fix: '申请人自备' },
        { messageId: 'variant', line: 8, column: 10, fix: '必要' },
      ],
    },
    {
      yaml: '服务对象: 个人、企业法人',
      errors: [
        {
          messageId: 'variant',
          line: 1,
          column: 7,
          suggestion: '自然人、企业法人',
          fix: '自然人、企业法人',
          severity: 'info',
        },
      ],
    },
    {
      yaml: '审批结果: { 名称: 食品经营许可证, 类型: 发证, 样本: forms/blank.pdf }',
      errors: [{ messageId: 'invalid', line: 1, column: 26 }],
    },
  ],
});

ruleTester(unknownElement, {
  valid: [
    '咨询方式: 0471-6945678',
    { yaml: '自定义: 1', options: { allow: ['自定义'] } },
    '承诺时限: 5个工作日',
    '申请材料:\n  - 名称: 身份证\n    材料来源: 政府部门核发\n    出具部门: 公安机关\n    数量: 1\n    类型: 原件\n    介质要求: 纸质\n',
    '办理环节:\n  - 环节: 受理\n    环节时限: 1个工作日\n    审查标准: 材料齐全\n    结果: 受理通知书\n',
  ],
  invalid: [
    { yaml: '法定时间: 20个工作日', errors: [{ messageId: 'didYouMean', line: 1, column: 1, suggestion: '法定时限' }] },
    { yaml: '办理地址: 某地\n受理地点: 某地', errors: [{ messageId: 'duplicate', line: 2, column: 1 }] },
    { yaml: '__proto__: {polluted: 1}', errors: [{ messageId: 'unknown', line: 1, column: 1 }] },
    {
      yaml: '办理流程:\n  - 环节名称: 受理\n    办理时限: 1个工作日\n    审批标准: 材料齐全\n    办理结果: 受理通知书\n    办里人员: 窗口\n',
      errors: [{ messageId: 'didYouMean', line: 6, column: 5, suggestion: '办理人员' }],
    },
    {
      yaml: '承诺办结时间: 5个工作日',
      errors: [{ messageId: 'didYouMean', line: 1, column: 1, suggestion: '承诺办结时限' }],
    },
    { yaml: 'foo: 1', errors: [{ messageId: 'unknown', line: 1, column: 1 }] },
    {
      yaml: '申请材料:\n  - 材料名称: 身份证\n    来源渠道: 政府部门核发\n    出具单位: 公安机关\n    分数: 1\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n',
      errors: [{ messageId: 'didYouMean', line: 5, column: 5, path: ['申请材料', 0, '分数'], suggestion: '份数' }],
    },
    {
      yaml: '咨询方式: 0471-6945678\n咨询电话: 0471-6945679',
      errors: [{ messageId: 'duplicate', line: 2, column: 1 }],
    },
  ],
});

ruleTester(guideSchema, {
  valid: [
    '到办事现场次数: 0',
    '法定办结时限: 20个工作日',
    '法定办结时限: { 数值: 20, 单位: 工作日 }',
    '设定依据: 《中华人民共和国食品安全法》第三十五条',
    '中介服务: 否',
    { yaml: '是否收费: 否', options: { strict: true } },
  ],
  invalid: [
    { yaml: '到办事现场次数: 一次', errors: [{ messageId: 'type', line: 1, column: 10, item: 22 }] },
    {
      yaml: '到办事现场次数: -1',
      errors: [{ messageId: 'other', line: 1, column: 10, item: 22, message: '应当为 >= 0' }],
    },
    { yaml: '办理流程: 受理、审查、决定', errors: [{ messageId: 'type', line: 1, column: 7, item: 21 }] },
    {
      yaml: '申请材料:\n  - 材料名称: 身份证\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n',
      errors: [{ messageId: 'required', line: 2, column: 5, item: 18, message: '来源渠道' }],
    },
    { yaml: '法定办结时限: { 数值: 20 }', errors: [{ messageId: 'required', line: 1, column: 9, message: '单位' }] },
    { yaml: '设定依据: []', errors: [{ messageId: 'other', line: 1, column: 7, item: 10 }] },
    {
      yaml: '中介服务: [名称]',
      errors: [{ messageId: 'type', line: 1, column: 8, item: 17, message: '应为键值映射' }],
    },
    {
      yaml: '事项名称: 食品经营许可\n',
      bare: true,
      errors: [
        '基本编码',
        '实施编码',
        '事项类型',
        '实施主体',
        '行使层级',
        '设定依据',
        '法定办结时限',
        '承诺办结时限',
        '办件类型',
        '办理深度',
        '到办事现场次数',
        '办理地点',
        '办理时间',
        '咨询电话',
        '中介服务',
        '申请材料',
        '办理流程',
      ].map((m) => ({ messageId: 'required', line: 1, column: 1, message: m })),
    },
    {
      yaml: '常见问题: []\n服务对象: []\n',
      options: { strict: true },
      errors: [
        { messageId: 'strictRequired', line: 1, column: 1, message: '常见问题' },
        { messageId: 'strictRequired', line: 1, column: 1, message: '服务对象' },
      ],
    },
  ],
});
