import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/material-source.js';

// One material; field k of `fields` is on line k + 2 ("申请材料:" is line 1).
const material = (...fields: string[]) =>
  `申请材料:\n  - ${fields.join('\n    ')}\n    份数: 1\n    材料类型: 复印件\n    材料形式: 纸质\n`;

ruleTester(rule, {
  valid: [
    {
      name: 'issuer in the name and stated',
      yaml: material(
        '材料名称: 城市规划行政主管部门出具的城市规划意见',
        '来源渠道: 申请人自备',
        '出具单位: 市自然资源和规划局',
      ),
    },
    { name: 'only a generic issuer', yaml: material('材料名称: 有关部门出具的证明', '来源渠道: 申请人自备') },
    { name: 'a name that names no issuer', yaml: material('材料名称: 申请人身份证明', '来源渠道: 申请人自备') },
    material('材料名称: 营业执照', '来源渠道: 政府部门核发', '出具单位: 市场监督管理部门'),
    {
      name: "the applicant's own material needs no issuing body",
      yaml: material('材料名称: 公共场所卫生管理制度', '来源渠道: 申请人自备'),
    },
    {
      name: '其他 with its body',
      yaml: material('材料名称: 公共场所卫生检测或者评价报告', '来源渠道: 其他', '出具单位: 具备资质的卫生检测机构'),
    },
    {
      name: 'the code of 政府部门核发',
      yaml: material('材料名称: 户籍证明', '来源渠道: "20"', '出具单位: 户口所在地派出所'),
    },
    {
      name: 'the applicant with a remark',
      yaml: material('材料名称: 申请结婚登记声明书', '来源渠道: 申请人自备', '出具单位: 申请人（男女双方）'),
    },
    {
      name: "a source outside the value set is enum-values' finding",
      yaml: material('材料名称: 营业执照', '来源渠道: 自己准备'),
    },
    {
      name: 'synonyms 材料来源 / 出具部门',
      yaml: material('材料名称: 营业执照', '材料来源: 政府部门核发', '出具部门: 市场监督管理部门'),
    },
    {
      name: 'applicantNames option',
      yaml: material('材料名称: 营业执照', '来源渠道: 政府部门核发', '出具单位: 申请人'),
      options: { applicantNames: [] },
    },
  ],
  invalid: [
    // real string from a published guide: the name says who issues it, the source says the applicant
    {
      name: 'issuer in the name, 申请人自备, no 出具单位 (real)',
      yaml: material('材料名称: 城市规划行政主管部门出具的城市规划意见（含规划设计条件）', '来源渠道: 申请人自备'),
      errors: [
        {
          messageId: 'issuerInName',
          line: 2,
          column: 11,
          severity: 'warning',
          item: 18,
          suggestion: '城市规划行政主管部门',
          message:
            '材料名称写明由“城市规划行政主管部门”出具，但来源渠道为“申请人自备”且未写出具单位；可能应写“出具单位: 城市规划行政主管部门”',
        },
      ],
    },
    {
      name: 'issuer in the name, the applicant as 出具单位',
      yaml: material('材料名称: 由户籍所在地派出所开具的户籍证明', '来源渠道: 申请人自备', '出具单位: 申请人'),
      errors: [{ messageId: 'issuerInName', line: 2, column: 11, suggestion: '户籍所在地派出所' }],
    },
    {
      name: 'brackets inside the issuer (real)',
      yaml: material(
        '材料名称: 国土资源（海洋）行政主管部门出具的用地（用海）预审意见或土地权属证明',
        '来源渠道: 申请人自备',
      ),
      errors: [{ messageId: 'issuerInName', line: 2, column: 11, suggestion: '国土资源（海洋）行政主管部门' }],
    },
    {
      name: 'the organ after an earlier 的 (real)',
      yaml: material(
        '材料名称: 项目可行性研究报告审批的申请项目所在地县级以上人民政府出具的社会稳定风险评估意见（详见备注）',
        '来源渠道: 申请人自备',
      ),
      errors: [{ messageId: 'issuerInName', line: 2, column: 11, suggestion: '申请项目所在地县级以上人民政府' }],
    },
    {
      name: 'a generic word keeps its qualifier (real)',
      yaml: material('材料名称: 由相应工程咨询资格的机构出具的评估报告', '来源渠道: 申请人自备'),
      errors: [{ messageId: 'issuerInName', line: 2, column: 11, suggestion: '相应工程咨询资格的机构' }],
    },
    {
      name: 'the issuer after 及 (real)',
      yaml: material(
        '材料名称: 项目资本金、有关地方配套、自筹资金及金融机构出具的筹资、贷款承诺书',
        '来源渠道: 申请人自备',
      ),
      errors: [{ messageId: 'issuerInName', line: 2, column: 11, suggestion: '金融机构' }],
    },
    {
      name: '节能审查意见 (real)',
      yaml: material('材料名称: 节能行政主管部门出具的节能审查意见（详见备注）', '来源渠道: 申请人自备'),
      errors: [{ messageId: 'issuerInName', line: 2, column: 11, suggestion: '节能行政主管部门' }],
    },
    {
      name: '政府部门核发 without issuing body',
      yaml: material('材料名称: 营业执照', '来源渠道: 政府部门核发'),
      errors: [{ messageId: 'missing', line: 2, column: 5, item: 18, path: ['申请材料', 0] }],
    },
    {
      name: '其他 without issuing body',
      yaml: material('材料名称: 转诊转院证明', '来源渠道: 其他'),
      errors: [{ messageId: 'missing', line: 2, column: 5, message: '其他' }],
    },
    {
      name: 'the code 20',
      yaml: material('材料名称: 户籍证明', '来源渠道: "20"'),
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
    },
    {
      name: 'the code 99',
      yaml: material('材料名称: 医疗诊断证明', '来源渠道: 99'),
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
    },
    {
      name: 'a variant spelling still needs the body',
      yaml: material('材料名称: 营业执照', '来源渠道: 部门核发'),
      errors: [{ messageId: 'missing', line: 2, column: 5 }],
    },
    {
      name: 'empty issuing body',
      yaml: material('材料名称: 营业执照', '来源渠道: 政府部门核发', '出具单位: ""'),
      errors: [{ messageId: 'blank', line: 4, column: 11, path: ['申请材料', 0, '出具单位'] }],
    },
    {
      name: '无',
      yaml: material('材料名称: 营业执照', '来源渠道: 政府部门核发', '出具单位: 无'),
      errors: [{ messageId: 'blank', line: 4, column: 11 }],
    },
    {
      name: 'a slash',
      yaml: material('材料名称: 营业执照', '来源渠道: 其他', '出具单位: /'),
      errors: [{ messageId: 'blank', line: 4, column: 11 }],
    },
    {
      name: 'the applicant issues a government document',
      yaml: material('材料名称: 营业执照', '来源渠道: 政府部门核发', '出具单位: 申请人'),
      errors: [{ messageId: 'applicant', line: 4, column: 11, message: '申请人自备' }],
    },
    {
      name: '本人 under 其他',
      yaml: material('材料名称: 医疗诊断证明', '来源渠道: 其他', '出具单位: 本人'),
      errors: [{ messageId: 'applicant', line: 4, column: 11 }],
    },
    {
      name: 'synonym 出具部门 located as written',
      yaml: material('材料名称: 营业执照', '来源渠道: 政府部门核发', '出具部门: 申请单位'),
      errors: [{ messageId: 'applicant', line: 4, column: 11, path: ['申请材料', 0, '出具部门'] }],
    },
    {
      name: 'the second material',
      yaml: `${material('材料名称: 营业执照', '来源渠道: 政府部门核发', '出具单位: 市场监督管理部门')}  - 材料名称: 居民户口簿\n    来源渠道: 政府部门核发\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n`,
      errors: [{ messageId: 'missing', line: 8, column: 5, path: ['申请材料', 1], message: '居民户口簿' }],
    },
  ],
});
