import { describe, expect, it } from 'vitest';
import { ruleTester } from '../support/rule-tester.js';
import { realValues } from '../parse/support.js';
import rule from '../../rules/office-hours.js';

// Every 办理时间 value of strings.json, verbatim: all are valid weekly periods (工作日 counts as days;
// "下午２:00-５:00" is 14:00–17:00; the bracketed 夏季 range is an alternative, not an overlap).
const REAL = [
  '工作日：上午9:00-12:00、下午14：00-17:00',
  '工作日：上午9:00-12:00，下午14:00-17:00，法定节假日除外。',
  '工作日：上午9:00-12:00、下午14:00-17:00，法定节假日除外。',
  '工作日：上午9:00-12:00、下午２:00-５:00',
  '周一至周五上午8：30-11：30，下午14:30-17:30（法定节假日除外）',
  '周一至周五 上午8:30--12:00，下午14:30--17:30（夏季下午15:30-18:00）（法定节假日除外）',
  '工作日9:00-12:00 13:00-17:00',
  '工作日上午9点至下午5点',
];

ruleTester(rule, {
  valid: [
    ...REAL.map((v) => ({ name: v, yaml: `办理时间: ${v}\n` })),
    '办理时间: 星期一至星期五：上午09:00-12:00，下午13:00-17:00（法定节假日除外）',
    '办理时间: 星期一至星期五：09:00-17:00（法定节假日除外，中午不休息）',
    '办理时间: 周一至周五 9:00—17:00',
    '办理时间: 每天 00:00-24:00',
    '办理时间: 周一至周五上午9:00-12:00；周六上午9:00-11:00',
    '办理时间: 周一到周五 9点-12点，下午1点半-5点',
  ],
  invalid: [
    {
      name: 'no period at all',
      yaml: '办理时间: 工作时间\n',
      errors: [
        { messageId: 'noDays', line: 1, column: 7 },
        { messageId: 'noPeriod', line: 1, column: 7 },
      ],
    },
    {
      name: 'days without times',
      yaml: '办理时间: 星期一至星期五\n',
      errors: [{ messageId: 'noPeriod', line: 1, column: 7 }],
    },
    {
      name: 'times without days',
      yaml: '办理时间: 上午9:00-12:00，下午13:00-17:00\n',
      errors: [{ messageId: 'noDays', line: 1, column: 7 }],
    },
    {
      name: 'hour above 24',
      yaml: '办理时间: 周一至周五 25:00-26:00\n',
      errors: [{ messageId: 'invalidTime', line: 1, column: 7, message: '“25:00-26:00”' }],
    },
    {
      name: 'minute above 59',
      yaml: '办理时间: 周一至周五 9:60-12:00\n',
      errors: [{ messageId: 'invalidTime', line: 1, column: 7 }],
    },
    {
      name: '12-hour afternoon without 下午',
      yaml: '办理时间: 周一至周五 8:30-5:30\n',
      errors: [{ messageId: 'startNotBeforeEnd', line: 1, column: 7, message: '“8:30-5:30”' }],
    },
    {
      name: 'reversed afternoon',
      yaml: '办理时间: 周一至周五 下午5:00-2:00\n',
      errors: [{ messageId: 'startNotBeforeEnd', line: 1, column: 7 }],
    },
    {
      name: 'afternoon before morning',
      yaml: '办理时间: 周一至周五 下午13:00-17:00，上午9:00-12:00\n',
      errors: [{ messageId: 'order', line: 1, column: 7, message: '“上午9:00-12:00”' }],
    },
    {
      name: 'overlap',
      yaml: '办理时间: 周一至周五 9:00-12:00，11:00-17:00\n',
      errors: [{ messageId: 'overlap', line: 1, column: 7 }],
    },
    {
      name: 'overlap, full-width',
      yaml: '办理时间: 周一至周五：９：００－１２：００，１１：００－１７：００\n',
      errors: [{ messageId: 'overlap', line: 1, column: 7, message: '“１１：００－１７：００”' }],
    },
    {
      name: 'overlap, 12-hour afternoon',
      yaml: '办理时间: 周一至周五 上午9:00-12:00，下午1:00-5:00，下午4:00-6:00\n',
      errors: [{ messageId: 'overlap', line: 1, column: 7 }],
    },
    { name: 'blank', yaml: '办理时间: ""\n', errors: [{ messageId: 'blank', line: 1, column: 7 }] },
    {
      name: 'synonym 工作时间',
      yaml: '工作时间: 周一至周五\n',
      errors: [{ messageId: 'noPeriod', line: 1, column: 7, path: ['工作时间'] }],
    },
    {
      name: 'block scalar',
      yaml: '受理时间: >-\n  周一至周五\n  下午13:00-17:00，上午9:00-12:00\n',
      errors: [{ messageId: 'order', line: 1, column: 7, path: ['受理时间'] }],
    },
  ],
});

describe('office-hours: real strings', () => {
  it('the table covers every 办理时间 value of strings.json', () => {
    const real = realValues('办理时间');
    expect(real.filter((v) => !REAL.includes(v))).toEqual([]);
  });
});
