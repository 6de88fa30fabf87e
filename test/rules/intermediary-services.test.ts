import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/intermediary-services.js';

const entry = (name: string, basis: string) => `  - 名称: ${name}\n    设定依据: ${basis}\n`;
const GOOD = entry('公共场所卫生检测（评价）', '《公共场所卫生管理条例实施细则》第二十三条');

ruleTester(rule, {
  valid: [
    '中介服务: 否',
    '中介服务: 无',
    '中介服务: false',
    `中介服务:\n${GOOD}${entry('集中空调通风系统卫生检测（评价）', '《公共场所卫生管理条例实施细则》第二十三条')}`,
    {
      name: 'synonyms 中介服务事项 / 中介服务名称 / 依据',
      yaml: '中介服务事项:\n  - 中介服务名称: 房产测绘\n    依据: 《不动产登记暂行条例实施细则》第十二条\n    服务机构: 有资质的测绘单位\n',
    },
    { name: "a missing 设定依据 key is guide-schema's", yaml: '中介服务:\n  - 名称: 房产测绘\n' },
  ],
  invalid: [
    {
      name: '是 without entries',
      yaml: '中介服务: 是\n',
      errors: [{ messageId: 'yesWithoutEntries', line: 1, column: 7, item: 17 }],
    },
    {
      name: 'true without entries',
      yaml: '中介服务: true\n',
      errors: [{ messageId: 'yesWithoutEntries', line: 1, column: 7 }],
    },
    { name: 'empty list', yaml: '中介服务: []\n', errors: [{ messageId: 'emptyList', line: 1, column: 7 }] },
    {
      name: 'other text',
      yaml: '中介服务: 不涉及\n',
      errors: [{ messageId: 'notYesNo', line: 1, column: 7, message: '“不涉及”' }],
    },
    { name: 'blank', yaml: '中介服务: ""\n', errors: [{ messageId: 'blank', line: 1, column: 7 }] },
    {
      name: 'blank name',
      yaml: `中介服务:\n${entry('""', '《公共场所卫生管理条例实施细则》第二十三条')}`,
      errors: [{ messageId: 'blankName', line: 2, column: 9, path: ['中介服务', 0, '名称'] }],
    },
    {
      name: 'blank basis',
      yaml: `中介服务:\n${entry('房产测绘', '" "')}`,
      errors: [
        { messageId: 'blankBasis', line: 3, column: 11, path: ['中介服务', 0, '设定依据'], message: '“房产测绘”' },
      ],
    },
    {
      name: 'basis names no law',
      yaml: `中介服务:\n${entry('公共场所卫生检测（评价）', '公共场所卫生管理条例实施细则第二十三条')}`,
      errors: [
        {
          messageId: 'basisNoLaw',
          line: 3,
          column: 11,
          message:
            '中介服务“公共场所卫生检测（评价）”的设定依据“公共场所卫生管理条例实施细则第二十三条”可能未写明法律法规名称',
          severity: 'warning',
        },
      ],
    },
    {
      name: 'empty 《》',
      yaml: `中介服务:\n${entry('房产测绘', '《》第十二条')}`,
      errors: [{ messageId: 'basisNoLaw', line: 3, column: 11 }],
    },
    {
      name: 'second entry',
      yaml: `中介服务:\n${GOOD}${entry('房产测绘', '相关规定')}`,
      errors: [{ messageId: 'basisNoLaw', line: 5, column: 11, path: ['中介服务', 1, '设定依据'] }],
    },
    {
      name: 'blank name and basis without law: both, the name shown by position',
      yaml: `中介服务:\n${GOOD}${entry('""', '有关规定')}`,
      errors: [
        { messageId: 'blankName', line: 4, column: 9, message: '第2项中介服务' },
        { messageId: 'basisNoLaw', line: 5, column: 11, message: '中介服务“第2项”' },
      ],
    },
    {
      name: 'synonym keys',
      yaml: '中介服务事项:\n  - 中介服务名称: 房产测绘\n    依据: 不动产登记暂行条例实施细则\n',
      errors: [{ messageId: 'basisNoLaw', line: 3, column: 9, path: ['中介服务事项', 0, '依据'] }],
    },
  ],
});
