import { describe, expect, it } from 'vitest';
import { ruleTester, type InvalidCase } from '../support/rule-tester.js';
import { realValues } from '../parse/support.js';
import rule from '../../rules/consultation-phone.js';

const yaml = (v: string) => `咨询电话: ${JSON.stringify(v)}\n`;

// Every 咨询电话 value of strings.json, verbatim.
const REAL_VALID = [
  '0777-6428820',
  '0777—6428820',
  '0777—6428880',
  '0777-6428913',
  '0777-6428001',
  '0538-12333',
  '0539-12333',
  '+86-574-65578872',
  '400-888-4636',
  '0571-56700055',
  '13997820171',
  '0519-12345',
  '12345',
];
const REAL_INVALID: InvalidCase[] = [
  {
    name: 'http://qzls.zwfw.gxzf.gov.cn/\\n0777-6428001',
    yaml: yaml('http://qzls.zwfw.gxzf.gov.cn/\n0777-6428001'),
    errors: [{ messageId: 'url', line: 1, column: 7, message: '“http://qzls.zwfw.gxzf.gov.cn/”' }],
  },
  { name: '87524298', yaml: yaml('87524298'), errors: [{ messageId: 'noAreaCode', line: 1, column: 7, item: 16 }] },
  { name: '33186820', yaml: yaml('33186820'), errors: [{ messageId: 'noAreaCode', line: 1, column: 7 }] },
];

ruleTester(rule, {
  valid: [
    { name: "a placeholder (暂无) is guide-schema's: not filled", yaml: '咨询电话: 暂无' },
    ...REAL_VALID.map((v) => ({ name: v, yaml: yaml(v) })),
    '咨询电话: (0471)6945678',
    '咨询电话: 0471 6945678',
    '咨询电话: 0471-6945678转801',
    '咨询电话: 0471-6945678、13800138000',
    '咨询电话: 800-820-8820',
    { name: 'unquoted hotline (a YAML number)', yaml: '咨询电话: 0471-6945678\n监督电话: 12345' },
    { name: 'no 监督电话', yaml: '咨询电话: 0471-6945678\n监督电话: null' },
  ],
  invalid: [
    // real string from a published guide (广西灵山县 exchange record): a URL beside the phone — item 16 is met, the URL is style
    {
      name: 'URL and phone in one field (real)',
      yaml: '咨询电话: "http://qzls.zwfw.gxzf.gov.cn/\\n0777-6428001"\n',
      errors: [{ messageId: 'url', line: 1, column: 7, severity: 'warning' }],
    },
    {
      name: 'no area code: a warning',
      yaml: '咨询电话: 6945678\n',
      errors: [{ messageId: 'noAreaCode', line: 1, column: 7, severity: 'warning' }],
    },
    ...REAL_INVALID,
    {
      name: 'too short',
      yaml: '咨询电话: 0471-694567\n',
      errors: [{ messageId: 'malformed', line: 1, column: 7, message: '“0471-694567”' }],
    },
    { name: 'too long', yaml: '咨询电话: 0471-69456789\n', errors: [{ messageId: 'malformed', line: 1, column: 7 }] },
    {
      name: 'not a mobile',
      yaml: '咨询电话: "12312341234"\n',
      errors: [{ messageId: 'malformed', line: 1, column: 7 }],
    },
    {
      name: 'no number at all',
      yaml: '咨询电话: 请到窗口咨询\n',
      errors: [{ messageId: 'malformed', line: 1, column: 7 }],
    },
    {
      name: 'a URL only',
      yaml: '咨询电话: https://zwfw.nmg.gov.cn\n',
      errors: [{ messageId: 'url', line: 1, column: 7 }],
    },
    { name: 'blank', yaml: '咨询电话: ""\n', errors: [{ messageId: 'empty', line: 1, column: 7 }] },
    {
      name: 'a YAML number without area code',
      yaml: '咨询电话: 6945678\n',
      errors: [{ messageId: 'noAreaCode', line: 1, column: 7 }],
    },
    {
      name: 'each problem of several numbers',
      yaml: '咨询电话: 6945678、0471-694567\n',
      errors: [
        { messageId: 'noAreaCode', line: 1, column: 7, message: '“6945678”' },
        { messageId: 'malformed', line: 1, column: 7, message: '“0471-694567”' },
      ],
    },
    {
      name: 'synonym 咨询方式',
      yaml: '咨询方式: "87524298"\n',
      errors: [{ messageId: 'noAreaCode', line: 1, column: 7, path: ['咨询方式'] }],
    },
    {
      name: '监督电话 is checked too, without a checklist item',
      yaml: '咨询电话: 0471-6945678\n监督电话: "6945600"\n',
      errors: [
        {
          messageId: 'noAreaCode',
          line: 2,
          column: 7,
          item: null,
          path: ['监督电话'],
          message: '监督电话“6945600”缺少区号',
        },
      ],
    },
    {
      name: 'synonym 监督投诉电话',
      yaml: '咨询电话: 0471-6945678\n监督投诉电话: 0471—69456\n',
      errors: [{ messageId: 'malformed', line: 2, column: 9, path: ['监督投诉电话'] }],
    },
  ],
});

describe('consultation-phone: real strings', () => {
  it('the table covers every 咨询电话 value of strings.json', () => {
    const real = realValues('咨询电话');
    const covered = [...REAL_VALID, ...REAL_INVALID.map((c) => c.name!.replace('\\n', '\n'))];
    expect(real.filter((v) => !covered.includes(v))).toEqual([]);
  });
});
