import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/phone-distinct.js';

const Q = JSON.stringify;
const pair = (c: string, s: string) => `咨询电话: ${Q(c)}\n监督电话: ${Q(s)}\n`;

ruleTester(rule, {
  valid: [
    pair('0471-6945678', '12345'),
    pair('0471-6945678', '0471-6945600'),
    pair('12345', '12315'),
    { name: 'same hotline digits, different area codes', yaml: pair('0471-12345', '0472-12345') },
    { name: 'no 监督电话', yaml: '咨询电话: 0471-6945678\n监督电话: null\n' },
    { name: "unparsable numbers are consultation-phone's", yaml: pair('87524298', '87524298') },
    {
      name: 'area codes: local landline, bare hotline',
      yaml: pair('0471-6945678', '12345'),
      options: { areaCodes: ['0471'] },
    },
    {
      name: 'area codes: mobile and 400 have none',
      yaml: pair('13997820171', '400-888-4636'),
      options: { areaCodes: ['0471'] },
    },
    // real strings of strings.json (Guangxi 0777) with a configured area code
    { name: 'real: em dash, local', yaml: pair('0777—6428820', '0777-6428913'), options: { areaCodes: ['0777'] } },
    { name: 'no area check by default', yaml: pair('0571-56700055', '0539-12333') },
  ],
  invalid: [
    {
      name: 'the same landline',
      yaml: pair('0471-6945678', '0471-6945678'),
      errors: [{ messageId: 'equal', line: 2, column: 7, path: ['监督电话'], message: '“0471-6945678”' }],
    },
    {
      name: 'the same number written differently',
      yaml: pair('0777—6428820', '(0777)6428820'),
      errors: [{ messageId: 'equal', line: 2, column: 7 }],
    },
    {
      name: 'both 12345 (YAML numbers)',
      yaml: '咨询电话: 12345\n监督电话: 12345\n',
      errors: [{ messageId: 'equal', line: 2, column: 7, item: 16 }],
    },
    {
      name: 'one of several consultation numbers',
      yaml: pair('0471-6945678、12345', '12345'),
      errors: [{ messageId: 'equal', line: 2, column: 7, message: '“12345”' }],
    },
    {
      name: 'hotline with and without area code',
      yaml: pair('0519-12345', '12345'),
      errors: [{ messageId: 'equal', line: 2, column: 7 }],
    },
    {
      name: 'synonyms 咨询方式 / 监督投诉电话',
      yaml: '咨询方式: 0471-6945678\n监督投诉电话: 0471 6945678\n',
      errors: [{ messageId: 'equal', line: 2, column: 9, path: ['监督投诉电话'] }],
    },
    {
      name: 'area code of another region',
      yaml: pair('0477-8591234', '12345'),
      options: { areaCodes: ['0471'] },
      errors: [
        {
          messageId: 'foreignAreaCode',
          line: 1,
          column: 7,
          path: ['咨询电话'],
          message:
            '咨询电话“0477-8591234”的区号 0477 不是本地区的区号（0471），可能写错；通常使用本地区号码，如“0471-6945678”',
        },
      ],
    },
    {
      name: 'area codes written without 0',
      yaml: pair('0471-6945678', '0473-2512600'),
      options: { areaCodes: ['471', '472'] },
      errors: [{ messageId: 'foreignAreaCode', line: 2, column: 7, message: '（0471、0472）' }],
    },
    {
      name: 'real: area-coded hotline',
      yaml: pair('0471-6945678', '0538-12333'),
      options: { areaCodes: ['0471'] },
      errors: [{ messageId: 'foreignAreaCode', line: 2, column: 7 }],
    },
    {
      name: 'real: +86 form',
      yaml: pair('+86-574-65578872', '12345'),
      options: { areaCodes: ['0471'] },
      errors: [{ messageId: 'foreignAreaCode', line: 1, column: 7, message: '区号 0574' }],
    },
    {
      name: 'each foreign number of a field',
      yaml: pair('0777-6428820、0571-56700055', '12345'),
      options: { areaCodes: ['0777'] },
      errors: [{ messageId: 'foreignAreaCode', line: 1, column: 7, message: '“0571-56700055”' }],
    },
    {
      name: 'equal and foreign',
      yaml: pair('0477-8591234', '0477-8591234'),
      options: { areaCodes: ['0471'] },
      errors: [
        { messageId: 'equal', line: 2, column: 7 },
        { messageId: 'foreignAreaCode', line: 1, column: 7 },
        { messageId: 'foreignAreaCode', line: 2, column: 7 },
      ],
    },
  ],
});
