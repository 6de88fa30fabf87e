import { describe, expect, it } from 'vitest';
import { ruleTester, runRule } from '../support/rule-tester.js';
import rule from '../../rules/service-object.js';

/** 服务对象 and a list of materials with these names (every material otherwise complete). */
const guide = (objects: string, ...names: string[]) =>
  `服务对象: ${objects}\n申请材料:\n${names.map((n) => `  - 材料名称: ${n}\n    来源渠道: 申请人自备\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n`).join('')}`;

ruleTester(rule, {
  valid: [
    { name: 'enterprise with business licence (base guide)', yaml: '服务对象: [企业法人]\n' },
    // material names of the clean fixture set (real Inner Mongolia items)
    {
      name: 'real: 法定代表人（负责人）居民身份证 names its holder',
      yaml: guide(
        '[企业法人, 其他组织]',
        '营业执照或者其他主体资格证明文件',
        '法定代表人（负责人）居民身份证',
        '个体工商户经营者居民身份证',
      ),
    },
    {
      name: 'real: natural person with ID card and household register',
      yaml: guide('[自然人]', '城乡居民基本养老保险参保登记表', '居民身份证', '居民户口簿'),
    },
    {
      name: 'real: both objects, both kinds of material',
      yaml: guide('[自然人, 企业法人]', '申请人居民身份证', '营业执照', '不动产权属证书'),
    },
    {
      name: 'real: 受伤害职工居民身份证 for an employer',
      yaml: guide('[企业法人]', '工伤认定申请表', '受伤害职工居民身份证'),
    },
    { name: 'a 证明 is not a 证', yaml: guide('[企业法人]', '居住证明', '身份证明文件') },
    { name: 'code and text list: 1、2', yaml: guide('"1、2"', '居民户口簿', '营业执照') },
    { name: 'unknown object value: not judged', yaml: guide('[企业法人, 外国人]', '居民户口簿') },
    { name: 'licence for enterprises and organs', yaml: '服务对象: [企业法人, 行政机关]\n' },
    { name: 'organ-only for another item type', yaml: '事项类型: 其他行政权力\n服务对象: [行政机关]\n' },
    { name: 'typeExcludes switched off', yaml: '服务对象: [行政机关]\n', options: { typeExcludes: {} } },
  ],
  invalid: [
    {
      name: "enterprise only, household register (the issue's example)",
      yaml: guide('[企业法人]', '居民户口簿'),
      errors: [
        {
          messageId: 'personMaterial',
          line: 3,
          column: 11,
          path: ['申请材料', 0, '材料名称'],
          item: null,
          message: '服务对象为“企业法人”，不含自然人，但申请材料“居民户口簿”通常是自然人本人的证件',
        },
      ],
    },
    {
      name: 'organisations only, ID card and marriage certificate',
      yaml: guide('[企业法人, 其他组织]', '营业执照', '申请人居民身份证', '结婚证'),
      errors: [
        { messageId: 'personMaterial', line: 8, column: 11, message: '服务对象为“企业法人、其他组织”' },
        { messageId: 'personMaterial', line: 13, column: 11, message: '“结婚证”' },
      ],
    },
    {
      name: 'variant 企业 and 户口本',
      yaml: guide('[企业]', '户口本复印件'),
      errors: [{ messageId: 'personMaterial', line: 3, column: 11 }],
    },
    {
      name: 'code 3 (事业法人), 身份证',
      yaml: guide('"3"', '本人身份证'),
      errors: [{ messageId: 'personMaterial', line: 3, column: 11, message: '服务对象为“事业法人”' }],
    },
    {
      name: 'natural person only, business licence',
      yaml: guide('[自然人]', '居民身份证', '营业执照'),
      errors: [
        {
          messageId: 'organisationMaterial',
          line: 8,
          column: 11,
          path: ['申请材料', 1, '材料名称'],
          message: '服务对象只有“自然人”，但申请材料“营业执照”通常属于法人或其他组织',
        },
      ],
    },
    {
      name: 'natural person (variant 个人), legal representative and articles',
      yaml: guide('个人', '法定代表人身份证明', '公司章程'),
      errors: [
        { messageId: 'organisationMaterial', line: 3, column: 11 },
        { messageId: 'organisationMaterial', line: 8, column: 11 },
      ],
    },
    {
      name: 'natural person, organisation code (text value)',
      yaml: guide('自然人', '组织机构代码证'),
      errors: [{ messageId: 'organisationMaterial', line: 3, column: 11 }],
    },
    {
      name: 'licence for organs only',
      yaml: '服务对象: [行政机关]\n',
      errors: [
        {
          messageId: 'licenceForOrgans',
          line: 1,
          column: 7,
          path: ['服务对象'],
          message: '事项类型为“行政许可”，服务对象却只有“行政机关”',
        },
      ],
    },
    {
      name: 'licence (code 01) for organs (code 6)',
      yaml: '事项类型: "01"\n服务对象: "6"\n',
      errors: [{ messageId: 'licenceForOrgans', line: 2, column: 7, message: '《行政许可法》第二、三条' }],
    },
    {
      name: 'configured word lists',
      yaml: guide('[企业法人]', '驾驶证', '法定代表人驾驶证'),
      options: { personMaterials: ['驾驶证'] },
      errors: [{ messageId: 'personMaterial', line: 3, column: 11, message: '“驾驶证”' }],
    },
    {
      name: 'configured type exclusions',
      yaml: '事项类型: 行政给付\n服务对象: [企业法人]\n',
      options: { typeExcludes: { 行政给付: ['企业法人', '事业法人'] } },
      errors: [{ messageId: 'typeObject', line: 2, column: 7, message: '事项类型为“行政给付”' }],
    },
  ],
});

describe('service-object messages', () => {
  it('say in English what is wrong and what right looks like', () => {
    const [f] = runRule(rule, { yaml: guide('[企业法人]', '居民户口簿') }, 'en').filter(
      (x) => x.ruleId === rule.meta.id,
    );
    expect(f?.message).toBe(
      'the service object is "企业法人", without 自然人, yet material "居民户口簿" is a natural person\'s own document: add 自然人 to 服务对象, or name whose document it is (e.g. "法定代表人居民身份证")',
    );
  });
});
