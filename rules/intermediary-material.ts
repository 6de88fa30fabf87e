import { defineRule, enumOf, materialsOf, needsForms, VALUE_SETS } from '../src/kit/index.js';

const WORDS = [
  '检测报告', '检验报告', '评价报告', '评估报告', '鉴定', '审计报告', '验资报告', '测绘成果', '测绘报告',
  '可行性研究报告', '环境影响报告', '安全评价', '资产评估',
  // cadastral and survey products made by licensed surveying firms (测绘法 ch. 5, 测绘资质)
  '权籍调查', '宗地图', '界址点', '地籍调查', '房产测绘', '房产测量', '测绘图',
];
/** "…评估机构出具的…": the issuer named in the material is an intermediary. */
const INTERMEDIARY_ISSUER = /(?:评估|检测|检验|鉴定|测绘|审计|会计师|造价|咨询)(?:机构|公司|单位|事务所)/;
/**
 * The material names an issuer that is no intermediary: a government organ, a hospital or a court
 * (…人民政府出具的…, …主管部门核发的…), or it is a medical record (诊断证明, 病历).
 */
const PUBLIC_ISSUER = /(?:人民政府|政府|主管部门|行政部门|行政机关|机关|医疗机构|医院|卫生院|法院|仲裁委员会|派出所|公安局|公安机关)[^，,；;。、]{0,8}?(?:出具|核发|作出|开具|签发|颁发|批准|批复)|诊断证明|病历/;
// appraisals made by government-appointed committees, not intermediaries (工伤保险条例 ch. 4 劳动能力鉴定; 职业病防治法, 职业病诊断鉴定委员会)
const IGNORE = ['劳动能力鉴定', '职业病诊断鉴定'];

/** 中介服务 says there is none: 否 / 无 / false, blank or an empty list. */
function noneDeclared(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return true;
  if (typeof v === 'string') return ['否', '无', ''].includes(v.trim());
  return Array.isArray(v) && v.length === 0;
}

export default defineRule({
  meta: {
    id: 'intermediary-material',
    item: 17,
    severity: 'warning',
    source: 'practice',
    description: {
      zh: '申请材料看似中介服务成果（检测报告、评估报告、鉴定、审计报告、测绘成果等）时，中介服务不应写“否”',
      en: 'when a material looks like an intermediary product (检测报告, 评估报告, 鉴定, 审计报告, 测绘成果 …), 中介服务 is not "否"',
    },
    messages: {
      undeclared: { zh: '申请材料“{name}”（含“{word}”）通常由中介机构出具，可能需要声明中介服务；如是，在中介服务中列出名称和设定依据', en: 'material "{name}" (contains "{word}") is usually issued by an intermediary, so an intermediary service may be missing; if so, list it under 中介服务 with its name and legal basis' },
    },
    docs: {
      details: {
        zh: '清单第 17 项要求作为审批条件的中介服务逐项标明。《行政许可法》第四十五条列出的检验、检测、鉴定、专家评审等，以及审计、评估、测绘，通常由中介机构完成，其成果作为申请材料提交。当材料名称含选项 words 中的词（默认：检测报告、检验报告、评价报告、评估报告、鉴定、审计报告、验资报告、测绘成果、测绘报告、可行性研究报告、环境影响报告、安全评价、资产评估），（以及不动产权籍调查、宗地图、界址点、地籍调查、房产测绘、房产测量、测绘图——依法取得测绘资质的测绘单位的成果，《中华人民共和国测绘法》第五章“测绘资质资格”；资产评估报告由评估机构出具，《中华人民共和国资产评估法》；检测、检验报告由检验检测机构出具，《检验检测机构资质认定管理办法》），或名称写明出具者是评估、检测、检验、鉴定、测绘、审计、造价、咨询机构（公司、单位、事务所）或会计师事务所，而中介服务为“否”“无”、空或缺失时，本规则给出警告，位置在材料名称。名称写明出具者是政府机关、主管部门、医疗机构、医院、法院、仲裁委员会、公安机关（如“县级以上人民政府出具的社会稳定风险评估意见”），或是诊断证明、病历时，出具者优先于成果关键词，不报告：这些不是中介机构的成果。名称含选项 ignore 中的词（默认：劳动能力鉴定、职业病诊断鉴定，二者由政府设立的鉴定委员会作出，见《工伤保险条例》《职业病防治法》）或来源渠道为“政府部门核发”的材料不报告。中介服务写“是”而未列出的情形由 intermediary-services 报告。这是由材料名称推断的经验规则，为警告级。',
        en: 'Checklist item 17 requires every intermediary service that is a condition of approval to be marked. The inspection, testing, appraisal and expert review of 行政许可法 art. 45, and audits, valuations and surveys, are usually done by intermediaries whose reports are then submitted as materials. When a material name contains a word of option `words` (default: 检测报告, 检验报告, 评价报告, 评估报告, 鉴定, 审计报告, 验资报告, 测绘成果, 测绘报告, 可行性研究报告, 环境影响报告, 安全评价, 资产评估) (and 权籍调查, 宗地图, 界址点, 地籍调查, 房产测绘, 房产测量, 测绘图 — products of licensed surveying firms, 测绘法 chapter 5 "测绘资质资格"; valuation reports come from valuation firms, 资产评估法; test and inspection reports from inspection bodies, 检验检测机构资质认定管理办法), or names its issuer as a valuation, testing, inspection, appraisal, surveying, audit, cost or consulting firm (机构, 公司, 单位, 事务所) or an accounting firm, while 中介服务 is "否", "无", blank or missing, this rule warns on the material name. When the name says the issuer is a government organ, a competent department, a medical institution or hospital, a court, an arbitration commission or the police ("县级以上人民政府出具的社会稳定风险评估意见"), or the material is a diagnosis or medical record, the issuer outranks the product keyword: such papers are not intermediary products. Names containing a word of option `ignore` (default: 劳动能力鉴定, 职业病诊断鉴定, both made by government-appointed committees under 工伤保险条例 and 职业病防治法) and materials whose 来源渠道 is 政府部门核发 are not reported. "是" with nothing listed is intermediary-services\' finding. Inferred from names: a warning.',
      },
      bad: '中介服务: 否\n申请材料:\n  - 材料名称: 公共场所卫生检测报告\n    来源渠道: 其他\n    出具单位: 有资质的检测机构\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n',
      good: '中介服务:\n  - 名称: 公共场所卫生检测（评价）\n    设定依据: 《公共场所卫生管理条例实施细则》第二十三条\n申请材料:\n  - 材料名称: 公共场所卫生检测报告\n    来源渠道: 其他\n    出具单位: 有资质的检测机构\n    份数: 1\n    材料类型: 原件\n    材料形式: 纸质\n',
    },
    options: {
      type: 'object',
      properties: {
        words: { type: 'array', items: { type: 'string', minLength: 1 } },
        ignore: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
      additionalProperties: false,
    },
    defaultOptions: { words: WORDS, ignore: IGNORE },
  },
  check(guide, ctx) {
    if (!noneDeclared(guide.data['中介服务'])) return;
    const words = ctx.options.words;
    const ignore = ctx.options.ignore;
    for (const m of materialsOf(guide)) {
      const name = m.data['材料名称'];
      if (typeof name !== 'string') continue;
      if (ignore.some((w) => name.includes(w))) continue;
      if (enumOf(VALUE_SETS.来源渠道, m.data['来源渠道'])?.label === '政府部门核发') continue;
      // A form the applicant fills in (…环境影响报告书审批申请书) is not an intermediary's product.
      if (needsForms(m)) continue;
      const word = words.find((w) => name.includes(w)) ?? INTERMEDIARY_ISSUER.exec(name)?.[0];
      // Who issues it outranks what it is called: a government's 评估意见 or a hospital's 检验报告 is no intermediary's product.
      if (word && !PUBLIC_ISSUER.test(name)) ctx.report({ path: [...m.path, '材料名称'], messageId: 'undeclared', data: { name: name.trim(), word } });
    }
  },
});
