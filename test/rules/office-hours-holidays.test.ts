import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/office-hours-holidays.js';

ruleTester(rule, {
  valid: [
    // the real strings of strings.json: 工作日 follows the holiday calendar; the 周一至周五 ones say 法定节假日除外
    '办理时间: 工作日：上午9:00-12:00、下午14：00-17:00',
    '办理时间: 工作日：上午9:00-12:00，下午14:00-17:00，法定节假日除外。',
    '办理时间: 工作日：上午9:00-12:00、下午14:00-17:00，法定节假日除外。',
    '办理时间: 工作日：上午9:00-12:00、下午２:00-５:00',
    '办理时间: 周一至周五上午8：30-11：30，下午14:30-17:30（法定节假日除外）',
    '办理时间: 周一至周五 上午8:30--12:00，下午14:30--17:30（夏季下午15:30-18:00）（法定节假日除外）',
    '办理时间: 工作日9:00-12:00 13:00-17:00',
    '办理时间: 工作日上午9点至下午5点',
    '办理时间: 周一至周日 9:00-17:00（节假日照常办理）',
    { name: 'no days: office-hours reports it, not this rule', yaml: '办理时间: 工作时间' },
    // real string from a published guide: （工作日） after the weekdays already excludes public holidays
    { name: '周一至周五（工作日）', yaml: '办理时间: 周一至周五（工作日） 上午：8:30-11:30 下午：13:30-16:30' },
    { name: 'weekdays then 工作日 in the text', yaml: '办理时间: 周一至周五 上午9:00-12:00（工作日）' },
    { name: 'blank: office-hours reports it', yaml: '办理时间: ""' },
  ],
  invalid: [
    {
      name: 'weekdays, no holiday wording',
      yaml: '办理时间: 星期一至星期五：上午09:00-12:00，下午13:00-17:00\n',
      errors: [{ messageId: 'noHolidays', line: 1, column: 7 }],
    },
    {
      name: '周一至周五',
      yaml: '办理时间: 周一至周五 9:00-17:00\n',
      errors: [{ messageId: 'noHolidays', line: 1, column: 7 }],
    },
    { name: '每天', yaml: '办理时间: 每天 00:00-24:00\n', errors: [{ messageId: 'noHolidays', line: 1, column: 7 }] },
    {
      name: 'weekdays, no period either',
      yaml: '办理时间: 星期一至星期五\n',
      errors: [{ messageId: 'noHolidays', line: 1, column: 7 }],
    },
    {
      name: '礼拜',
      yaml: '办理时间: 礼拜一至礼拜五 上午9:00-12:00\n',
      errors: [{ messageId: 'noHolidays', line: 1, column: 7 }],
    },
    {
      name: '周六 too',
      yaml: '办理时间: 周一至周六 9:00-17:00（中午不休息）\n',
      errors: [{ messageId: 'noHolidays', line: 1, column: 7 }],
    },
    {
      name: 'synonym 受理时间',
      yaml: '受理时间: 周一至周五 9:00-17:00\n',
      errors: [{ messageId: 'noHolidays', line: 1, column: 7, path: ['受理时间'] }],
    },
    {
      name: 'message quotes the value and shows the wording',
      yaml: '办理时间: 周一至周五 9:00-17:00\n',
      errors: [
        {
          messageId: 'noHolidays',
          line: 1,
          column: 7,
          message: '办理时间“周一至周五 9:00-17:00”未说明法定节假日是否办理，可注明如“（法定节假日除外）”',
        },
      ],
    },
  ],
});
