// Names of implementing bodies (实施主体): the area prefix ("北京市顺义区"), the organ ("残疾人联合会"),
// common abbreviations ("残联", "人社局"), and the key that groups one department's guides however
// its name is written.

import { compact } from '../parse/text.js';
import { defined } from '../util/defined.js';

/** Area units a prefix ends in; the longest unit wins at a position ("自治区" before "区"). */
const UNITS = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '新区',
  '地区',
  '街道',
  '苏木',
  '省',
  '市',
  '州',
  '盟',
  '县',
  '旗',
  '区',
  '镇',
  '乡',
];
/** A unit character followed by these is part of a word, not an area ("市场监督管理局", "区域"). */
const NOT_AREA_AFTER: Record<string, RegExp> = { 市: /^[场政容民]/, 区: /^[划域]/, 县: /^域/, 镇: /^压/ };

/** Abbreviations of organ names seen in real guides → the full name. */
export const ORGAN_ABBREVIATIONS: Record<string, string> = {
  残联: '残疾人联合会',
  人社局: '人力资源和社会保障局',
  市监局: '市场监督管理局',
  市场监管局: '市场监督管理局',
  卫健委: '卫生健康委员会',
  卫健局: '卫生健康局',
  住建局: '住房和城乡建设局',
  发改局: '发展和改革局',
  发改委: '发展和改革委员会',
  医保局: '医疗保障局',
  自规局: '自然资源和规划局',
  交通局: '交通运输局',
  文旅局: '文化和旅游局',
  工信局: '工业和信息化局',
  农业农村局: '农业农村局',
  生态环境局: '生态环境局',
};

export interface OrganName {
  /** The area prefix ("北京市顺义区"), '' when there is none. */
  area: string;
  /** The organ, abbreviations expanded ("残联" → 残疾人联合会). */
  organ: string;
}

/** Splits a name into area prefix and organ: the longest prefix that ends in an area unit and leaves a name. */
export function splitOrgan(name: string): OrganName {
  const s = compact(name);
  let cut = 0;
  for (let i = 0; i < s.length; i++) {
    for (const u of UNITS) {
      if (!s.startsWith(u, i)) continue;
      const end = i + u.length;
      const rest = s.slice(end);
      // An area names something before its unit ("灵山县", not a bare "县"), and leaves an organ behind.
      if (end - cut >= 2 && end > u.length && rest.length >= 2 && !NOT_AREA_AFTER[u]?.test(rest)) cut = end;
      break;
    }
  }
  const organ = s.slice(cut);
  return { area: s.slice(0, cut), organ: ORGAN_ABBREVIATIONS[organ] ?? organ };
}

/** A name that is no organ name at all: no Chinese character ("wjb", a department code). */
export const isCodeLike = (name: string): boolean => !/[\u4e00-\u9fff]/.test(name) && name.trim() !== '';

/**
 * The grouping key of each department name: area + organ (abbreviations expanded). An area that ends
 * another one with the same organ is that department ("顺义区残联" is "北京市顺义区残疾人联合会"), and a
 * name without an area joins the one department with the same organ, when there is exactly one.
 */
export function departmentKeys(names: Iterable<string>): Map<string, string> {
  const parts = new Map<string, OrganName>();
  for (const n of names) if (!parts.has(n)) parts.set(n, splitOrgan(n));
  const areas = new Map<string, string[]>();
  for (const p of parts.values()) {
    if (!p.area) continue;
    const list = areas.get(p.organ) ?? [];
    if (!list.includes(p.area)) list.push(p.area);
    areas.set(p.organ, list);
  }
  // Each area → the longest area of the same organ that ends with it.
  const fullArea = (organ: string, area: string) =>
    (areas.get(organ) ?? []).filter((a) => a.endsWith(area)).reduce((x, y) => (y.length > x.length ? y : x), area);
  const out = new Map<string, string>();
  for (const [n, p] of parts) {
    if (p.area) {
      out.set(n, fullArea(p.organ, p.area) + p.organ);
      continue;
    }
    const full = new Set((areas.get(p.organ) ?? []).map((a) => fullArea(p.organ, a)));
    out.set(n, (full.size === 1 ? defined([...full][0]) : '') + p.organ);
  }
  return out;
}

/** A material's name saying who issues it: "城市规划行政主管部门出具的…" (出具, 核发, 开具 …的). */
const ISSUED_BY = /(?:出具|核发|开具|签发|颁发|作出)的/;
/** Too generic to name an issuer on its own. */
const GENERIC = /^(?:相关|有关|相应|具有资质的|有资质的)?(?:机构|单位|部门|机关|中心)$/;
const ORGAN_END =
  /(?:部门|机关|人民政府|政府|机构|医院|卫生院|法院|派出所|公安局|委员会|居委会|村委会|办事处|局|中心)$/;

/** The organ a material's name says issues it: "城市规划行政主管部门出具的…" → 城市规划行政主管部门; else undefined. */
export function issuerInName(name: string): string | undefined {
  const at = ISSUED_BY.exec(name);
  if (!at) return undefined;
  // Back to the previous clause, "及"/"或", or "…的": "…审批的申请项目所在地县级以上人民政府出具的" → 申请项目所在地县级以上人民政府;
  // a bare generic word keeps the words that qualify it ("相应工程咨询资格的机构", not "机构").
  const clause = (
    name
      .slice(0, at.index)
      .split(/[，,；;、。：:及或]/)
      .at(-1) ?? ''
  )
    .replace(/^由/, '')
    .trim();
  const parts = clause.split('的');
  let issuer = parts.pop() ?? '';
  while (GENERIC.test(issuer) && parts.length) issuer = `${parts.pop() ?? ''}的${issuer}`;
  return issuer.length >= 2 && issuer.length <= 30 && ORGAN_END.test(issuer) && !GENERIC.test(issuer)
    ? issuer
    : undefined;
}
