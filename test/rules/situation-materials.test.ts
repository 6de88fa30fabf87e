import { ruleTester } from '../support/rule-tester.js';
import situationMaterials from '../../rules/situation-materials.js';

/** 情形 plus materials, one line each: `- 材料名称: name` and, when given, `适用情形: …`. */
const guide = (situations: string | null, materials: [string, string | null][]) =>
  [
    ...(situations === null ? [] : [`情形: ${situations}`]),
    '申请材料:',
    ...materials.flatMap(([name, applies]) => [
      `  - 材料名称: ${name}`,
      ...(applies === null ? [] : [`    适用情形: ${applies}`]),
    ]),
    '',
  ].join('\n');

ruleTester(situationMaterials, {
  valid: [
    { name: 'the base guide: no situations', yaml: '事项名称: 食品经营许可（新办）' },
    // clean fixtures (work-injury-recognition-chifeng, property-transfer-registration-wuhai)
    guide('[因工受伤, 患职业病]', [
      ['工伤认定申请表', '[因工受伤, 患职业病]'],
      ['医疗诊断证明书', '[因工受伤]'],
      ['职业病诊断证明书', '[患职业病]'],
    ]),
    guide('[个人申请, 单位申请]', [
      ['不动产登记申请书', '[个人申请, 单位申请]'],
      ['申请人身份证明', '[个人申请]'],
      ['营业执照', '[单位申请]'],
    ]),
    {
      name: 'text forms, full-width and spaces ignored',
      yaml: guide('异地长期居住、临时外出就医', [['备案表', '异地长期居住，临时外出 就医']]),
    },
    {
      name: 'a material without 适用情形 applies to all',
      yaml: guide('[新办, 变更]', [
        ['申请书', null],
        ['变更证明', '[变更]'],
      ]),
    },
    { name: 'no situation anywhere', yaml: guide(null, [['申请书', null]]) },
  ],
  invalid: [
    {
      name: 'an undeclared situation in a list',
      yaml: guide('[企业申请, 个体工商户申请]', [
        ['申请书', '[企业申请, 个人申请]'],
        ['身份证', '[个体工商户申请]'],
      ]),
      errors: [{ messageId: 'undeclared', line: 4, column: 18, item: 11, path: ['申请材料', 0, '适用情形', 1] }],
    },
    {
      name: 'a near miss gets a suggestion',
      yaml: guide('[企业申请, 个体工商户申请]', [['申请书', '[企业申请, 个体工商户]']]),
      errors: [
        { messageId: 'undeclaredDidYouMean', line: 4, column: 18, suggestion: '个体工商户申请' },
        { messageId: 'unused', line: 1, column: 12 },
      ],
    },
    {
      name: 'an undeclared situation in a text',
      yaml: guide('[新办, 变更]', [
        ['申请书', '新办、注销'],
        ['变更证明', '[变更]'],
      ]),
      errors: [{ messageId: 'undeclared', line: 4, column: 11 }],
    },
    {
      name: 'two materials, two undeclared names',
      yaml: guide('[新办]', [
        ['申请书', '[新办, 延续]'],
        ['变更证明', '[变更]'],
      ]),
      errors: [
        { messageId: 'undeclared', line: 4, column: 16 },
        { messageId: 'undeclared', line: 6, column: 12 },
      ],
    },
    {
      name: '适用情形 without 情形: once, at the first material',
      yaml: guide(null, [
        ['申请书', '[新办, 变更]'],
        ['变更证明', '[变更]'],
      ]),
      errors: [{ messageId: 'noSituations', line: 3, column: 11, message: '情形: [新办, 变更]' }],
    },
    {
      name: 'a declared situation with no material',
      yaml: guide('[新办, 变更, 注销]', [
        ['申请书', '[新办, 变更]'],
        ['变更证明', '[变更]'],
      ]),
      errors: [{ messageId: 'unused', line: 1, column: 14 }],
    },
    {
      name: 'unused, in a text 情形',
      yaml: guide('新办、注销', [['申请书', '[新办]']]),
      errors: [{ messageId: 'unused', line: 1, column: 5 }],
    },
    {
      name: 'declared twice',
      yaml: guide('[新办, 变更, 新办]', [['申请书', '[新办, 变更]']]),
      errors: [{ messageId: 'duplicate', line: 1, column: 14 }],
    },
    {
      name: 'under synonym keys (办理情形, 所属情形)',
      yaml: '办理情形: [企业申请]\n申请材料:\n  - 材料名称: 申请书\n    所属情形: [个人申请]\n',
      errors: [
        { messageId: 'undeclared', line: 4, column: 12, path: ['申请材料', 0, '所属情形', 0] },
        { messageId: 'unused', line: 1, column: 8 },
      ],
    },
  ],
});
