import { ruleTester } from '../support/rule-tester.js';
import rule from '../../rules/intermediary-material.js';

const mat = (name: string, source = '其他') => `  - 材料名称: ${name}\n    来源渠道: ${source}\n    份数: 1\n`;
const DECLARED =
  '中介服务:\n  - 名称: 公共场所卫生检测（评价）\n    设定依据: 《公共场所卫生管理条例实施细则》第二十三条\n';

ruleTester(rule, {
  valid: [
    { name: 'base guide: no such material', yaml: '中介服务: 否' },
    { name: 'declared', yaml: `${DECLARED}申请材料:\n${mat('公共场所卫生检测报告')}` },
    {
      name: 'real clean guide: 检测或者评价报告 with 中介服务 declared',
      yaml: `${DECLARED}申请材料:\n${mat('公共场所卫生检测或者评价报告')}${mat('集中空调通风系统卫生检测或者评价报告')}`,
    },
    {
      name: 'government appraisal committees are no intermediaries',
      yaml: `中介服务: 否\n申请材料:\n${mat('职业病诊断鉴定书')}${mat('劳动能力鉴定结论书')}`,
    },
    {
      name: 'issued by a government department',
      yaml: `中介服务: 否\n申请材料:\n${mat('特种设备监督检验报告', '政府部门核发')}`,
    },
    {
      name: "是 without entries is intermediary-services' finding",
      yaml: `中介服务: 是\n申请材料:\n${mat('检测报告')}`,
    },
    {
      name: 'an application form that names a report is a form, not a report (bench false positive)',
      yaml: `中介服务: 否\n申请材料:\n${mat('建设项目环境影响报告书审批申请书', '申请人自备')}`,
    },
    { name: 'option words', yaml: `中介服务: 否\n申请材料:\n${mat('审计报告')}`, options: { words: ['专家论证'] } },
    // real strings from published guides: the issuer named in the material outranks the product keyword
    {
      name: "a government's 评估意见 (real)",
      yaml: `中介服务: 否\n申请材料:\n${mat('项目建议书或可行性研究报告，县级以上人民政府出具的社会稳定风险评估意见', '申请人自备')}`,
    },
    {
      name: 'hospital records with 检验报告 (real)',
      yaml: `中介服务: 否\n申请材料:\n${mat('有效的诊断证明、入院记录、出院记录、检查、检验报告等完整病历材料', '申请人自备')}`,
    },
    {
      name: "a department's opinion",
      yaml: `中介服务: 否\n申请材料:\n${mat('城市规划行政主管部门出具的城市规划意见及评估报告', '申请人自备')}`,
    },
  ],
  invalid: [
    {
      name: '检测报告',
      yaml: `中介服务: 否\n申请材料:\n${mat('公共场所卫生检测报告')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11, path: ['申请材料', 0, '材料名称'], item: 17 }],
    },
    {
      name: '评价报告 (as in the clean 公共场所卫生许可)',
      yaml: `中介服务: 否\n申请材料:\n${mat('公共场所卫生检测或者评价报告')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11, message: '（含“评价报告”）' }],
    },
    {
      name: '评估报告',
      yaml: `中介服务: 否\n申请材料:\n${mat('资产评估报告')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11, message: '“评估报告”' }],
    },
    {
      name: '鉴定',
      yaml: `中介服务: 否\n申请材料:\n${mat('司法鉴定意见书')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11, message: '“鉴定”' }],
    },
    {
      name: '测绘成果, second material',
      yaml: `中介服务: 否\n申请材料:\n${mat('不动产权属证书')}${mat('房产测绘成果报告')}`,
      errors: [{ messageId: 'undeclared', line: 6, column: 11, path: ['申请材料', 1, '材料名称'] }],
    },
    {
      name: '审计报告 with 中介服务: 无',
      yaml: `中介服务: 无\n申请材料:\n${mat('年度财务审计报告')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11 }],
    },
    {
      name: 'empty list',
      yaml: `中介服务: []\n申请材料:\n${mat('环境影响报告书')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11 }],
    },
    {
      name: 'null',
      yaml: `中介服务: null\n申请材料:\n${mat('验资报告')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11 }],
    },
    {
      name: 'applicant-prepared',
      yaml: `中介服务: 否\n申请材料:\n${mat('安全评价书', '申请人自备')}`,
      errors: [
        {
          messageId: 'undeclared',
          line: 3,
          column: 11,
          message: '申请材料“安全评价书”（含“安全评价”）通常由中介机构出具，可能需要声明中介服务',
        },
      ],
    },
    {
      name: 'option words',
      yaml: `中介服务: 否\n申请材料:\n${mat('专家论证意见')}`,
      options: { words: ['专家论证'] },
      errors: [{ messageId: 'undeclared', line: 3, column: 11 }],
    },
    // real string from a published guide: cadastral survey results come from surveying firms
    {
      name: '不动产权籍调查成果 (real)',
      yaml: `中介服务: 否\n申请材料:\n${mat('不动产权籍调查表、宗地图、宗地界址点坐标等不动产权籍调查成果', '申请人自备')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11, message: '（含“权籍调查”）', severity: 'warning' }],
    },
    {
      name: '宗地图',
      yaml: `中介服务: 否\n申请材料:\n${mat('宗地图')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11, message: '“宗地图”' }],
    },
    {
      name: 'issued by a valuation firm',
      yaml: `中介服务: 否\n申请材料:\n${mat('具有资质的评估机构出具的房屋价值意见')}`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11, message: '“评估机构”' }],
    },
    {
      name: 'synonym 材料清单 / 名称',
      yaml: '中介服务: 否\n材料清单:\n  - 名称: 水质检测报告\n',
      errors: [{ messageId: 'undeclared', line: 3, column: 9, path: ['材料清单', 0, '名称'] }],
    },
  ],
});
