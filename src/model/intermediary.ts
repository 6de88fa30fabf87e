// Intermediary services (中介服务, checklist item 17): what a guide's 中介服务 says when it declares
// none, and which material names read as an intermediary's product (a test report, an appraisal,
// a survey) rather than a document the applicant or a public body makes.

/** Words of material names that intermediaries (licensed testing, appraisal, audit, survey firms) produce. */
export const INTERMEDIARY_WORDS = [
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

// appraisals made by government-appointed committees, not intermediaries (工伤保险条例 ch. 4 劳动能力鉴定; 职业病防治法, 职业病诊断鉴定委员会)
export const NOT_INTERMEDIARY = ['劳动能力鉴定', '职业病诊断鉴定'];

/** "…评估机构出具的…": the issuer named in the material is an intermediary. */
const INTERMEDIARY_ISSUER = /(?:评估|检测|检验|鉴定|测绘|审计|会计师|造价|咨询)(?:机构|公司|单位|事务所)/;
/**
 * The material names an issuer that is no intermediary: a government organ, a hospital or a court
 * (…人民政府出具的…, …主管部门核发的…), or it is a medical record (诊断证明, 病历).
 */
const PUBLIC_ISSUER =
  /(?:人民政府|政府|主管部门|行政部门|行政机关|机关|医疗机构|医院|卫生院|法院|仲裁委员会|派出所|公安局|公安机关)[^，,；;。、]{0,8}?(?:出具|核发|作出|开具|签发|颁发|批准|批复)|诊断证明|病历/;

/** 中介服务 says there is none: 否 / 无 / false, blank or an empty list. */
export function declaresNoIntermediary(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return true;
  if (typeof v === 'string') return ['否', '无', ''].includes(v.trim());
  return Array.isArray(v) && v.length === 0;
}

/**
 * The word that makes a material name read as an intermediary's product: one of `words`, or an
 * intermediary named as its issuer. Who issues it outranks what it is called: a government's
 * 评估意见 or a hospital's 检验报告 is no intermediary's product (undefined).
 */
export function intermediaryWord(name: string, words: readonly string[]): string | undefined {
  const word = words.find((w) => name.includes(w)) ?? INTERMEDIARY_ISSUER.exec(name)?.[0];
  return word && !PUBLIC_ISSUER.test(name) ? word : undefined;
}
