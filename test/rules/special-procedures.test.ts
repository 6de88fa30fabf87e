import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/special-procedures.js';

const sp = (name: string, limit: string, basis: string) =>
  `  - 名称: ${name}\n    时限: ${limit}\n    设定依据: ${basis}\n`;
const BASIS = '《食品经营许可和备案管理办法》第二十一条';
const GOOD = sp('现场核查', '5个工作日', BASIS);

ruleTester(rule, {
  valid: [
    `特殊环节:\n${GOOD}`,
    `特殊环节:\n${sp('审核确认结果公示', '7个自然日', '《社会救助暂行办法》第十一条')}`,
    `特殊环节:\n${sp('专家评审', '{ 数值: 10, 单位: 工作日 }', '《中华人民共和国行政许可法》第四十五条')}`,
    `特殊环节:\n${sp('听证', '二十个工作日', '《中华人民共和国行政许可法》第四十七条')}`,
    {
      name: 'synonyms 特别程序 / 环节名称 / 办理时限 / 依据',
      yaml: '特别程序:\n  - 环节名称: 现场核查\n    办理时限: 5个工作日\n    依据: 《食品经营许可和备案管理办法》第二十一条\n',
    },
    {
      name: "an incomplete {数值, 单位} is guide-schema's",
      yaml: `特殊环节:\n${sp('现场核查', '{ 数值: 5 }', BASIS)}`,
    },
    { name: "a missing key is guide-schema's", yaml: '特殊环节:\n  - 名称: 现场核查\n' },
  ],
  invalid: [
    // real string from a published guide (广西灵山县 special_name): a code where the name belongs
    {
      name: 'named "9" (real)',
      yaml: `特殊环节:\n${sp('"9"', '5个工作日', BASIS)}`,
      errors: [{ messageId: 'codeName', line: 2, column: 9, severity: 'warning' }],
    },
    // real string from a published guide (广西灵山县): a decree number identifies the regulation — a warning at most
    {
      name: 'a decree number as basis (real)',
      yaml: `特殊环节:\n${sp('专家评审', '5个工作日', '中华人民共和国国家发展和改革委员会令2017年第2号')}`,
      errors: [{ messageId: 'basisNoLaw', line: 4, column: 11, severity: 'warning' }],
    },
    {
      name: 'blank name',
      yaml: `特殊环节:\n${sp('""', '5个工作日', BASIS)}`,
      errors: [{ messageId: 'blankName', line: 2, column: 9, path: ['特殊环节', 0, '名称'], item: 17 }],
    },
    {
      name: '天 without 工作/自然',
      yaml: `特殊环节:\n${sp('现场核查', '5天', BASIS)}`,
      errors: [{ messageId: 'ambiguousUnit', line: 3, column: 9, message: '特殊环节“现场核查”的时限“5天”' }],
    },
    {
      name: 'real: 10日内',
      yaml: `特殊环节:\n${sp('现场核查', '10日内', BASIS)}`,
      errors: [{ messageId: 'ambiguousUnit', line: 3, column: 9 }],
    },
    {
      name: 'bare number',
      yaml: `特殊环节:\n${sp('现场核查', '5', BASIS)}`,
      errors: [{ messageId: 'ambiguousUnit', line: 3, column: 9 }],
    },
    {
      name: 'prose',
      yaml: `特殊环节:\n${sp('现场核查', '办事提速。申请人准备、修改材料不计入承诺办结时限。', BASIS)}`,
      errors: [{ messageId: 'badTimeLimit', line: 3, column: 9 }],
    },
    {
      name: 'months',
      yaml: `特殊环节:\n${sp('专家评审', '2个月', BASIS)}`,
      errors: [{ messageId: 'badTimeLimit', line: 3, column: 9, message: '“2个月”' }],
    },
    {
      name: 'blank time limit',
      yaml: `特殊环节:\n${sp('现场核查', '""', BASIS)}`,
      errors: [{ messageId: 'blankTimeLimit', line: 3, column: 9 }],
    },
    {
      name: 'blank basis',
      yaml: `特殊环节:\n${sp('现场核查', '5个工作日', '""')}`,
      errors: [{ messageId: 'blankBasis', line: 4, column: 11 }],
    },
    {
      name: 'basis names no law',
      yaml: `特殊环节:\n${sp('现场核查', '5个工作日', '食品经营许可和备案管理办法第二十一条')}`,
      errors: [{ messageId: 'basisNoLaw', line: 4, column: 11, path: ['特殊环节', 0, '设定依据'] }],
    },
    {
      name: 'second procedure, everything wrong',
      yaml: `特殊环节:\n${GOOD}${sp('""', '20日', '有关规定')}`,
      errors: [
        { messageId: 'blankName', line: 5, column: 9, message: '第2个特殊环节' },
        { messageId: 'ambiguousUnit', line: 6, column: 9, message: '特殊环节“第2个”' },
        { messageId: 'basisNoLaw', line: 7, column: 11 },
      ],
    },
    {
      name: 'synonym keys are located as written',
      yaml: '特别程序:\n  - 环节名称: 现场核查\n    办理时限: 5日\n    依据: 有关规定\n',
      errors: [
        { messageId: 'ambiguousUnit', line: 3, column: 11, path: ['特别程序', 0, '办理时限'] },
        { messageId: 'basisNoLaw', line: 4, column: 9, path: ['特别程序', 0, '依据'] },
      ],
    },
  ],
});
