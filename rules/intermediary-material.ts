import { defineRule, enumOf, materialsOf, needsForms, VALUE_SETS, WORDS_OPTION } from '../src/kit/index.js';

const WORDS = [
  '检测报告',
  '检验报告',
  '评价报告',
  '评估报告',
  '鉴定',
  '审计报告',
  '验资报告',
  '测绘成果',
  '测绘报告',
  '可行性研究报告',
  '环境影响报告',
  '安全评价',
  '资产评估',
  // cadastral and survey products made by licensed surveying firms (测绘法 ch. 5, 测绘资质)
  '权籍调查',
  '宗地图',
  '界址点',
  '地籍调查',
  '房产测绘',
  '房产测量',
  '测绘图',
];
/** "…评估机构出具的…": the issuer named in the material is an intermediary. */
const INTERMEDIARY_ISSUER = /(?:评估|检测|检验|鉴定|测绘|审计|会计师|造价|咨询)(?:机构|公司|单位|事务所)/;
/**
 * The material names an issuer that is no intermediary: a government organ, a hospital or a court
 * (…人民政府出具的…, …主管部门核发的…), or it is a medical record (诊断证明, 病历).
 */
const PUBLIC_ISSUER =
  /(?:人民政府|政府|主管部门|行政部门|行政机关|机关|医疗机构|医院|卫生院|法院|仲裁委员会|派出所|公安局|公安机关)[^，,；;。、]{0,8}?(?:出具|核发|作出|开具|签发|颁发|批准|批复)|诊断证明|病历/;
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
    description: '申请材料看似中介服务成果（检测报告、评估报告、鉴定、审计报告、测绘成果等）时，中介服务不应写“否”',
    messages: {
      undeclared:
        '申请材料“{name}”（含“{word}”）通常由中介机构出具，可能需要声明中介服务；如是，在中介服务中列出名称和设定依据',
    },
    options: {
      type: 'object',
      properties: {
        words: WORDS_OPTION,
        ignore: WORDS_OPTION,
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
      if (word && !PUBLIC_ISSUER.test(name))
        ctx.report({ path: [...m.path, '材料名称'], messageId: 'undeclared', data: { name: name.trim(), word } });
    }
  },
});
