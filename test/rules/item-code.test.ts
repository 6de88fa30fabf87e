import { describe, expect, it } from 'vitest';
import { ruleTester } from '../support/rule-tester.js';
import itemCode from '../../rules/item-code.js';
import { checkCreditCode, creditCheckChar } from '../../src/model/codes.js';

// Credit codes (统一社会信用代码) with a valid GB 32100 check character: the clean fixtures' bodies and
// departments of 四川省广安市广安区 (items.csv of the source in fixtures/realdata/sczwfw-guangan-itemcodes/SOURCE.md).
const VALID_CREDIT = [
  '11150100MB0C58430T', // 呼和浩特市市场监督管理局 (clean fixture)
  '111522210123149042', // 科尔沁右翼前旗民政局 (clean fixture)
  '1115040001143658XF', // 赤峰市人力资源和社会保障局 (clean fixture)
  '11150000011602875H', // 内蒙古自治区新闻出版局 (clean fixture)
  '115113010833722043', // 广安区教科体局 (items.csv)
  '11511300008778693M', // 广安区公安分局 (items.csv)
  '12511300452258950C', // items.csv
  '11511301MB051073XA', // items.csv
  '11511301MB0T669970', // items.csv: check character 0 (31 − 0 → 31 → 0)
];

describe('GB 32100 check character (src/model/codes.ts)', () => {
  it.each(VALID_CREDIT)('%s is valid', (code) => {
    expect(creditCheckChar(code.slice(0, 17))).toBe(code[17]);
    expect(checkCreditCode(code)).toEqual({ ok: true });
  });
  it('reports a wrong check character with the expected one', () => {
    expect(checkCreditCode('11150100MB0C58430X')).toEqual({ ok: false, problem: 'check', expected: 'T', actual: 'X' });
    // a tobacco licence number filed as a credit code in items.csv
    expect(checkCreditCode('TE5116020105116050')).toMatchObject({ ok: false, problem: 'check' });
  });
  it('reports characters outside the charset (I, O, S, V, Z, lower case) and other lengths', () => {
    expect(checkCreditCode('11511301452259996u')).toEqual({ ok: false, problem: 'charset', char: 'u' }); // items.csv
    expect(checkCreditCode('11150100MB0C5843OT')).toEqual({ ok: false, problem: 'charset', char: 'O' });
    expect(checkCreditCode('1151130000877869M')).toEqual({ ok: false, problem: 'length', length: 17 }); // items.csv
    expect(creditCheckChar('1115010OMB0C58430')).toBeUndefined();
  });
});

// All 30 rows of fixtures/realdata/liaoning-lnzwfw-catalog-sample/catalog_sample.csv: 职权编码 (a 12-digit
// 基本编码), 事项类型 code, first 实施层级. Characters 3–4 equal 事项类型 in every row ("99" is a Liaoning code).
const LIAONING: [string, string, string][] = [
  ['210973001000', '09', '2'],
  ['000524018000', '05', '4'],
  ['210172021000', '01', '2'],
  ['000175004000', '01', '2'],
  ['210299021000', '02', '2'],
  ['210122010000', '01', '2'],
  ['000616001000', '06', '2'],
  ['210330003000', '03', '2'],
  ['211018079000', '10', '3'],
  ['000122014000', '01', '3'],
  ['210609002000', '06', '3'],
  ['219964005000', '99', '2'],
  ['210122039000', '01', '2'],
  ['000176002000', '01', '2'],
  ['211020031000', '10', '2'],
  ['000123018000', '01', '3'],
  ['000139003000', '01', '3'],
  ['210223060000', '02', '2'],
  ['001030051000', '10', '4'],
  ['000131035000', '01', '2'],
  ['000524021000', '05', '4'],
  ['000131017000', '01', '2'],
  ['211017152000', '10', '3'],
  ['210430049000', '04', '4'],
  ['210430088000', '04', '4'],
  ['210225046000', '02', '3'],
  ['000121011000', '01', '2'],
  ['210415012000', '04', '2'],
  ['210430108000', '04', '4'],
  ['212011084000', '20', '2'],
];
const LEVEL_NAMES: Record<string, string> = { '2': '省级', '3': '市级', '4': '县级' };

// 四川省 local format (fixtures/realdata/sczwfw-guangan-itemcodes): a 12/14-character local 基本编码
// whose characters 3–4 encode the type, and `<basic>-<area>-000-<credit>-<n>-<nn>` item codes.
const SICHUAN = {
  basicCode: {
    pattern: '^51[1-3][0-9A-Z]\\d{8}(\\d{2})?$',
    typeDigits: [3, 4],
    typeCodes: {
      '1A': ['01'],
      '1F': ['07'],
      '1G': ['05'],
      '1E': ['09'],
      '1Z': ['10'],
      '20': ['20'],
      '2B': ['20'],
      '2C': ['20'],
    },
    example: '511A0138000000',
  },
  implCode: {
    pattern: '^(?<basic>[0-9A-Z]{12,14})-\\d{12}-\\d{3}-(?<credit>[0-9A-Za-z]{18})-\\d-\\d{2}$',
    example: '511A0138000000-511602000000-000-115113010833722043-1-00',
  },
};
const sichuan = (basic: string, type: string, impl: string) => ({
  yaml: `基本编码: "${basic}"\n实施编码: "${impl}"\n事项类型: "${type}"\n行使层级: 县级\n`,
  options: SICHUAN,
});

ruleTester(itemCode, {
  valid: [
    { name: 'the base guide (市级, 11150100MB0143308J)', yaml: '事项名称: 食品经营许可（新办）' },
    // clean fixtures: 旗级 (4) and 区级 (2)
    '基本编码: "000524003000"\n实施编码: "1115222101231490424000524003000"\n事项类型: 行政给付\n行使层级: 旗级\n',
    '基本编码: "000139011000"\n实施编码: "11150000011602875H2000139011000"\n事项类型: "01"\n行使层级: 区级\n',
    '基本编码: "000726001000"\n实施编码: "1115040001143658XF3000726001000"\n事项类型: 行政确认\n行使层级: 盟级\n',
    ...LIAONING.map(([code, type, level]) => ({
      name: `Liaoning 职权编码 ${code} (${type})`,
      yaml: `基本编码: "${code}"\n实施编码: "11150100MB0C58430T${level}${code}"\n事项类型: "${type}"\n行使层级: ${LEVEL_NAMES[level]}\n`,
    })),
    { name: 'a 33-character 业务办理项编码', yaml: '实施编码: "11150100MB0143308J300011701200001"' },
    { name: '事项类型 written as the number 1 (leading zero lost) still means 01', yaml: '事项类型: 1' },
    {
      name: 'a 12-digit number loses nothing',
      yaml: '基本编码: 152053002000\n实施编码: "11152900MB1H33854H3152053002000"\n事项类型: 公共服务\n行使层级: 盟级\n',
    },
    { name: '分级管理 takes any level digit', yaml: '行使层级: 分级管理' },
    {
      name: 'digits-only of another length: item-code-length warns',
      yaml: '基本编码: "0001170120"\n实施编码: "11150100MB0143308J30001170120"\n',
      options: { implCode: null },
    },
    { name: 'checks off', yaml: '基本编码: "X-1"\n实施编码: "abc"\n', options: { basicCode: null, implCode: null } },
    // Sichuan rows (items.csv) with the local format configured
    sichuan('511A0138600000', '01', '511A0138600000-511602000000-000-115113010833722043-1-00'), // 教师资格认定
    sichuan('511F33033003', '07', '511F33033003-511602000000-000-115113010833722043-1-00'), // 三级社会体育指导员技术等级称号认定
    sichuan('512B0011200070', '20', '512B0011200070-511602000000-000-11511300008778693M-1-00'), // 居住证办理
    sichuan('511G12015001', '05', '511G12015001-511602000000-000-115113010087786859-1-00'), // 对公民法律援助申请的审批
    sichuan('511Z07001006', '10', '511Z07001006-511602000000-000-11511301008778183N-1-00'), // 企业投资项目备案（技术改造）
    sichuan('51201300200004', '20', '51201300200004-511602000000-000-11511301008778220W-1-00'), // 会计专业技术人员继续教育办理
    sichuan('513A0128100000', '10', '513A0128100000-511602000000-000-11511301008778386B-1-00'), // 变更或改造码头等固定经营设施的备案: 3A is not mapped, no judgement
  ],
  invalid: [
    {
      name: 'characters 3–4 say 行政许可 on a 行政确认 guide',
      yaml: '基本编码: "000117012000"\n事项类型: 行政确认\n',
      errors: [{ messageId: 'typeMismatch', line: 1, column: 7, item: 10, message: '第3–4位为“01”（行政许可）' }],
    },
    {
      name: '事项类型 as a code',
      yaml: '事项类型: "07"\n基本编码: "000117012000"\n',
      errors: [{ messageId: 'typeMismatch', line: 2, column: 7, message: '应为“07”' }],
    },
    {
      name: 'Liaoning 专利权侵权纠纷处理 (09) filed as 行政许可',
      yaml: '基本编码: "210973001000"\n实施编码: "11150100MB0C58430T2210973001000"\n事项类型: 行政许可\n行使层级: 省级\n',
      errors: [{ messageId: 'typeMismatch', line: 1, column: 7, message: '（行政裁决）' }],
    },
    {
      name: 'unquoted: leading zeros lost',
      yaml: '基本编码: 000117012000\n',
      errors: [{ messageId: 'basicNumber', line: 1, column: 7, suggestion: '"000117012000"', message: '117012000' }],
    },
    {
      name: 'a letter in the code',
      yaml: '基本编码: "00011701200O"\n',
      errors: [{ messageId: 'basicFormat', line: 1, column: 7 }],
    },
    {
      name: 'full-width digits',
      yaml: '基本编码: "０００１１７０１２０００"\n',
      errors: [{ messageId: 'basicFormat', line: 1, column: 7, suggestion: '000117012000' }],
    },
    { name: 'blank 基本编码', yaml: '基本编码: ""\n', errors: [{ messageId: 'blank', line: 1, column: 7 }] },
    {
      name: 'unquoted 实施编码 loses digits',
      yaml: '实施编码: 1115222101231490424000524003000\n',
      errors: [{ messageId: 'implNumber', line: 1, column: 7 }],
    },
    {
      name: '30 characters',
      yaml: '实施编码: "11150100MB0143308J300011701200"\n',
      errors: [{ messageId: 'implLength', line: 1, column: 7, message: '有30位，应为31位' }],
    },
    // real string from a published guide (Guangdong): 31 characters, letters in the 基本编码 part
    {
      name: 'letters in the 基本编码 part (real)',
      yaml: '实施编码: "114401134554137174444TC12049000"\n',
      errors: [
        {
          messageId: 'implChar',
          line: 1,
          column: 7,
          severity: 'error',
          message: '实施编码“114401134554137174444TC12049000”第22位是“T”：基本编码部分（第20–31位）应为12位数字',
        },
      ],
    },
    {
      name: 'a level digit out of range',
      yaml: '实施编码: "11150100MB0143308J9000117012000"\n',
      errors: [
        { messageId: 'implChar', line: 1, column: 7, message: '第19位是“9”：行使层级代码（第19位）应为1–7 之一' },
      ],
    },
    {
      name: 'bad check character',
      yaml: '实施编码: "11150100MB0C58430X3000117012000"\n',
      errors: [{ messageId: 'creditCheck', line: 1, column: 7, message: '应为“T”，实为“X”' }],
    },
    {
      name: 'letter O in the credit code',
      yaml: '实施编码: "11150100MB0C5843OT3000117012000"\n',
      errors: [{ messageId: 'creditCharset', line: 1, column: 7 }],
    },
    {
      name: 'level digit 4 on a 市级 guide',
      yaml: '实施编码: "11150100MB0143308J4000117012000"\n',
      errors: [{ messageId: 'levelMismatch', line: 1, column: 7, message: '应为“3”' }],
    },
    {
      name: 'regional level name 旗级 (4) with digit 3',
      yaml: '行使层级: 旗级\n实施编码: "11150100MB0143308J3000117012000"\n',
      errors: [{ messageId: 'levelMismatch', line: 2, column: 7 }],
    },
    {
      name: 'last 12 characters differ from 基本编码',
      yaml: '基本编码: "000117012000"\n实施编码: "11150100MB0143308J3000117013000"\n',
      errors: [{ messageId: 'basicMismatch', line: 2, column: 7 }],
    },
    {
      name: 'several defects at once',
      yaml: '基本编码: "000117012000"\n实施编码: "11150100MB0143308X4000117013000"\n事项类型: 行政确认\n',
      errors: [
        { messageId: 'typeMismatch', line: 1, column: 7 },
        { messageId: 'creditCheck', line: 2, column: 7 },
        { messageId: 'levelMismatch', line: 2, column: 7 },
        { messageId: 'basicMismatch', line: 2, column: 7 },
      ],
    },
    // Sichuan rows (items.csv) that are real defects
    {
      name: 'Sichuan 对计量纠纷进行调解及仲裁检定: 1Z (其他行政权力) filed as 行政裁决',
      ...sichuan('511Z0100400001', '09', '511Z0100400001-511602000000-000-11511301MB051073XA-1-00'),
      errors: [{ messageId: 'typeMismatch', line: 1, column: 7, message: '应为“1E”' }],
    },
    {
      name: 'Sichuan, no 基本编码: the basic part of 实施编码 is compared with 事项类型 (real, 四川广安)',
      yaml: '基本编码: null\n实施编码: "511Z0100400001-511602000000-000-11511301MB051073XA-1-00"\n事项类型: "09"\n行使层级: 县级\n',
      options: SICHUAN,
      errors: [{ messageId: 'typeMismatch', line: 2, column: 7, path: ['实施编码'], message: '应为“1E”' }],
    },
    {
      name: 'Sichuan 烟草专卖零售许可证新办: a licence number in the credit-code slot',
      ...sichuan('511A62001001', '01', '511A62001001-511602000000-000-TE5116020105116050-1-00'),
      errors: [{ messageId: 'creditCheck', line: 2, column: 7 }],
    },
    {
      name: 'Sichuan 全国残疾人按比例就业情况联网认证: lower-case check character',
      ...sichuan('511F0045400001', '07', '511F0045400001-511602000000-000-11511301452259996u-1-00'),
      errors: [{ messageId: 'creditCharset', line: 2, column: 7, message: '“u”' }],
    },
    {
      name: 'Sichuan 户口登记项目内容变更更正证明: a 17-character department code',
      ...sichuan('513A0161200000', '20', '513A0161200000-511602000000-000-1151130000877869M-1-00'),
      errors: [{ messageId: 'implFormat', line: 2, column: 7, message: '本地格式的编码，如“511A0138000000-' }],
    },
    {
      name: 'Sichuan: a national code where the local one is configured',
      ...sichuan('000117012000', '01', '511A0138000000-511602000000-000-115113010833722043-1-00'),
      errors: [{ messageId: 'basicFormat', line: 1, column: 7 }],
    },
  ],
});
