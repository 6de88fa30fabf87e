import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/license-time-limit.js';

const SPECIAL = (kind: string, name = '延长审批期限', basis = '《中华人民共和国行政许可法》第四十二条') =>
  `特殊环节:\n  - 名称: ${name}\n    时限: 10个工作日\n    设定依据: ${basis}\n    种类: ${kind}\n`;

ruleTester(rule, {
  valid: [
    { name: 'strings.json: 20个工作日', yaml: '事项类型: 行政许可\n法定办结时限: 20个工作日\n' },
    '事项类型: 行政许可\n法定办结时限: 二十个工作日\n',
    {
      name: '28 calendar days fit in 20 working days',
      yaml: '事项类型: 行政许可\n法定办结时限: { 数值: 28, 单位: 自然日 }\n',
    },
    { name: 'not a licence', yaml: '事项类型: 行政确认\n法定办结时限: 60个工作日\n' },
    { name: 'not a licence (code)', yaml: '事项类型: "07"\n法定办结时限: 60个自然日\n' },
    { name: '特殊环节 of 种类 延长审批', yaml: `事项类型: 行政许可\n法定办结时限: 30个工作日\n${SPECIAL('延长审批')}` },
    {
      name: '特殊环节 of 种类 code 1',
      yaml: `事项类型: 行政许可\n法定办结时限: 30个工作日\n${SPECIAL('"1"', '审批期限顺延', '《某某条例》第九条')}`,
    },
    {
      name: '特殊环节 named 延期',
      yaml: `事项类型: 行政许可\n法定办结时限: 30个工作日\n${SPECIAL('其他', '延期审批', '《某某条例》第九条')}`,
    },
    {
      name: '特殊环节 for joint handling',
      yaml: `事项类型: 行政许可\n法定办结时限: 45个工作日\n${SPECIAL('其他', '联合办理', '《某某条例》第九条')}`,
    },
    {
      name: '设定依据 cites 行政许可法 第四十二条',
      yaml: '事项类型: 行政许可\n法定办结时限: 30个工作日\n设定依据:\n  - 名称: 《中华人民共和国食品安全法》\n    条款: 第三十五条\n  - 名称: 《中华人民共和国行政许可法》\n    条款: 第四十二条\n',
    },
    {
      name: '设定依据 as text, 第42条',
      yaml: '事项类型: 行政许可\n法定办结时限: 30个工作日\n设定依据: 《中华人民共和国行政许可法》第42条\n',
    },
    {
      name: '设定依据 quoting an extension',
      yaml: '事项类型: 行政许可\n法定办结时限: 35个工作日\n设定依据:\n  - 名称: 《某某管理条例》\n    条款: 第十条 三十个工作日内不能作出决定的，经负责人批准，可以延长五个工作日\n',
    },
    { name: "an unparsable limit is statutory-time-limit's", yaml: '事项类型: 行政许可\n法定办结时限: 30天\n' },
    { name: 'an immediate limit', yaml: '事项类型: 行政许可\n法定办结时限: 当场办结\n' },
  ],
  invalid: [
    {
      yaml: '事项类型: 行政许可\n法定办结时限: 30个工作日\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 9, message: '法定办结时限“30个工作日”超过20个工作日' }],
    },
    {
      name: 'licence written as code 01',
      yaml: '事项类型: "01"\n法定办结时限: 21个工作日\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 9 }],
    },
    {
      name: '29 calendar days',
      yaml: '事项类型: 行政许可\n法定办结时限: { 数值: 29, 单位: 自然日 }\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 9 }],
    },
    {
      yaml: '事项类型: 行政许可\n法定办结时限: 三十个工作日\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 9 }],
    },
    {
      yaml: '事项类型: 行政许可\n法定办结时限: 自受理之日起45个工作日内\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 9 }],
    },
    {
      name: 'a synonym key',
      yaml: '事项类型: 行政许可\n法定期限: 60个自然日\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 7, path: ['法定期限'] }],
    },
    {
      name: 'a 特殊环节 that is not an extension',
      yaml: `事项类型: 行政许可\n法定办结时限: 30个工作日\n${SPECIAL('其他', '专家评审', '《某某条例》第九条')}`,
      errors: [{ messageId: 'exceeds', line: 2, column: 9 }],
    },
    {
      name: '行政许可法, another article',
      yaml: '事项类型: 行政许可\n法定办结时限: 30个工作日\n设定依据: 《中华人民共和国行政许可法》第三十四条\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 9 }],
    },
    {
      name: 'article 42 of another law',
      yaml: '事项类型: 行政许可\n法定办结时限: 30个工作日\n设定依据:\n  - 名称: 《中华人民共和国食品安全法》\n    条款: 第四十二条\n',
      errors: [{ messageId: 'exceeds', line: 2, column: 9 }],
    },
  ],
});
