import { ruleTester } from '../support/rule-tester.js';
import depthVisits from '../../rules/depth-visits.js';

/** A material line block (材料形式 and 材料类型 given). */
const material = (name: string, type: string, form: string) =>
  `  - 材料名称: ${name}\n    来源渠道: 申请人自备\n    出具单位: 申请人\n    份数: 1\n    材料类型: ${type}\n    材料形式: ${form}\n`;

ruleTester(depthVisits, {
  valid: [
    { name: 'the base guide (Ⅲ级, 1 visit)', yaml: '事项名称: 食品经营许可（新办）' },
    // clean fixtures
    '办理深度: Ⅱ级\n到办事现场次数: 2\n', // public-place-hygiene-license-dalad-banner
    '办理深度: 全程网办（Ⅳ级）\n到办事现场次数: 0\n办理形式: [电脑端网上办理, 移动端网上申请]\n', // food-business-license-tumd-left-banner
    '办理深度: IV\n到办事现场次数: 0\n',
    '办理深度: "4"\n到办事现场次数: 0\n',
    { name: 'Ⅰ级 has no limit', yaml: '办理深度: Ⅰ级\n到办事现场次数: 5\n办理形式: [窗口办理]\n' },
    {
      name: 'Ⅳ with paper copies and paper-and-electronic originals',
      yaml: `办理深度: Ⅳ级\n到办事现场次数: 0\n申请材料:\n${material('申请书', '原件', '纸质和电子')}${material('营业执照', '复印件', '纸质')}`,
    },
    { name: 'Ⅲ with a text count', yaml: '办理深度: Ⅲ级\n到办事现场次数: 1次\n' },
    { name: "not a depth: enum-values'", yaml: '办理深度: 五级\n到办事现场次数: 9\n' },
  ],
  invalid: [
    {
      name: 'Ⅳ级 with 2 visits',
      yaml: '办理深度: Ⅳ级\n到办事现场次数: 2\n',
      errors: [{ messageId: 'notZero', line: 2, column: 10, item: 6 }],
    },
    {
      name: '全程网办（Ⅳ级） with 1',
      yaml: '办理深度: 全程网办（Ⅳ级）\n到办事现场次数: 1\n',
      errors: [{ messageId: 'notZero', line: 2, column: 10, item: 6 }],
    },
    {
      name: 'IV with "1次"',
      yaml: '到办事现场次数: 1次\n办理深度: IV\n',
      errors: [{ messageId: 'notZero', line: 1, column: 10, item: 6 }],
    },
    {
      name: 'Ⅲ级 with 2 visits',
      yaml: '办理深度: Ⅲ级\n到办事现场次数: 2\n',
      errors: [{ messageId: 'tooMany', line: 2, column: 10, item: 5, message: '不超过1次，实为2次' }],
    },
    {
      name: 'Ⅱ级 ("2") with 3 visits',
      yaml: '办理深度: "2"\n到办事现场次数: 3\n',
      errors: [{ messageId: 'tooMany', line: 2, column: 10, item: 4 }],
    },
    {
      name: 'Ⅳ with no online channel',
      yaml: '办理深度: "4"\n到办事现场次数: 0\n办理形式: [窗口办理, 快递申请]\n',
      errors: [{ messageId: 'noOnline', line: 3, column: 7, item: 6 }],
    },
    {
      name: 'Ⅱ级 with the window only',
      yaml: '办理深度: 材料预审\n办理形式: 窗口办理\n到办事现场次数: 2\n',
      errors: [{ messageId: 'noOnline', line: 2, column: 7, item: 4 }],
    },
    {
      name: 'Ⅳ with a paper-only original',
      yaml: `办理深度: Ⅳ级\n到办事现场次数: 0\n申请材料:\n${material('申请书', '原件', '纸质和电子')}${material('营业执照', '原件', '纸质')}`,
      errors: [
        {
          messageId: 'paperOriginal',
          line: 15,
          column: 11,
          item: 6,
          path: ['申请材料', 1, '材料形式'],
          message: '“营业执照”要求纸质原件',
        },
      ],
    },
    {
      name: 'Ⅳ, 材料类型 read from the counts: a warning',
      yaml: '办理深度: Ⅳ级\n到办事现场次数: 0\n申请材料:\n  - 材料名称: 身份证\n    来源渠道: 申请人自备\n    原件份数: 1\n    复印件份数: 0\n    材料形式: 纸质\n',
      errors: [
        {
          messageId: 'paperOriginal',
          line: 8,
          column: 11,
          item: 6,
          severity: 'warning',
          message: '可能需要到现场或邮寄提交',
        },
      ],
    },
    {
      name: 'Ⅳ with a paper original-and-copy (variant spelling)',
      yaml: `办理深度: Ⅳ级\n到办事现场次数: 0\n申请材料:\n${material('身份证', '原件及复印件', '纸质版')}`,
      errors: [{ messageId: 'paperOriginal', line: 9, column: 11, item: 6 }],
    },
    {
      name: 'all three at Ⅳ',
      yaml: `办理深度: Ⅳ级\n到办事现场次数: 2\n办理形式: [窗口办理]\n申请材料:\n${material('申请书', '原件', '纸质')}`,
      errors: [
        { messageId: 'notZero', line: 2, column: 10, item: 6 },
        { messageId: 'noOnline', line: 3, column: 7, item: 6 },
        { messageId: 'paperOriginal', line: 10, column: 11, item: 6 },
      ],
    },
  ],
});
