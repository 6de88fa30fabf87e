// Value sets of enumerated elements (GB/T 39046 appendix A and the checklist), with standard codes
// and the near variants real exports use. One table; loaders, schema, rules and docs read it.

export interface EnumValue {
  label: string;
  code?: string;
  /** Other spellings the format contract accepts as this value (regional names, level forms): no finding. */
  accepts?: string[];
  /**
   * The same value written another way in real exports, the national 实施清单 or exchange practice
   * ("网上办理", "镇（街道）级"): accepted, noted at most as info naming the label (--fix applies it).
   */
  variants?: string[];
}

export interface ValueSet {
  id: string;
  values: EnumValue[];
}

import { compact } from '../parse/text.js';

const set = (id: string, values: EnumValue[]): ValueSet => ({ id, values });

export const VALUE_SETS = {
  事项类型: set('事项类型', [
    { label: '行政许可', code: '01' },
    { label: '行政处罚', code: '02' },
    { label: '行政强制', code: '03' },
    { label: '行政征收', code: '04' },
    { label: '行政给付', code: '05' },
    { label: '行政检查', code: '06' },
    { label: '行政确认', code: '07' },
    { label: '行政奖励', code: '08' },
    { label: '行政裁决', code: '09' },
    { label: '其他行政权力', code: '10', variants: ['其他权力', '其他类别事项'] },
    { label: '公共服务', code: '20', variants: ['公共服务事项'] },
    { label: '行政备案', code: '21' },
  ]),
  行使层级: set('行使层级', [
    { label: '国家级', code: '1' },
    { label: '省级', code: '2', accepts: ['区级', '自治区级'], variants: ['省（自治区、直辖市）级', '省（区、市）级'] },
    {
      label: '市级',
      code: '3',
      accepts: ['盟级', '盟市级', '地市级'],
      variants: ['市（州）级', '市（地、州、盟）级', '设区的市级', '地（市）级', '市（地）级'],
    },
    {
      label: '县级',
      code: '4',
      accepts: ['旗级', '区（县）级', '区(县)级', '旗县级', '旗县区级'],
      variants: ['县（市、区）级', '县（区）级', '县（市）级', '区县级', '县区级', '县（市、区、旗）级'],
    },
    {
      label: '镇（乡、街道）级',
      code: '5',
      accepts: ['镇级', '乡级', '街道级', '苏木（乡镇）级'],
      variants: [
        '乡镇（街道）级',
        '乡镇级',
        '乡（镇）级',
        '乡（镇、街道）级',
        '街道（乡镇）级',
        '乡镇（街道办事处）级',
      ],
    },
    {
      label: '村（社区）级',
      code: '6',
      accepts: ['村级', '社区级', '嘎查（村）级'],
      variants: ['村（居）级', '村（居委会）级', '村居级', '社区（村）级'],
    },
    { label: '分级管理', code: '7' },
  ]),
  办件类型: set('办件类型', [
    { label: '即办件', code: '1', variants: ['即办'] },
    { label: '承诺件', code: '2', variants: ['承诺办件', '承诺'] },
    { label: '其他', code: '9' },
  ]),
  办理深度: set('办理深度', [
    {
      label: 'Ⅰ级',
      code: '1',
      accepts: ['I级', 'Ⅰ', 'I', '信息发布', '信息发布（Ⅰ级）', '信息发布(Ⅰ级)', '一级'],
      variants: ['一级标准', 'Ⅰ级标准'],
    },
    {
      label: 'Ⅱ级',
      code: '2',
      accepts: ['II级', 'Ⅱ', 'II', '材料预审', '材料预审（Ⅱ级）', '材料预审(Ⅱ级)', '二级'],
      variants: ['二级标准', 'Ⅱ级标准'],
    },
    {
      label: 'Ⅲ级',
      code: '3',
      accepts: ['III级', 'Ⅲ', 'III', '材料核验', '材料核验（Ⅲ级）', '材料核验(Ⅲ级)', '三级'],
      variants: ['三级标准', 'Ⅲ级标准'],
    },
    {
      label: 'Ⅳ级',
      code: '4',
      accepts: ['IV级', 'Ⅳ', 'IV', '全程网办', '全程网办（Ⅳ级）', '全程网办(Ⅳ级)', '全程网办（IV级）', '四级'],
      variants: ['四级标准', 'Ⅳ级标准'],
    },
  ]),
  办理形式: set('办理形式', [
    { label: '窗口办理', code: '1' },
    { label: '电脑端网上办理', code: '2', variants: ['网上办理', '网上申请', 'PC端网上办理'] },
    { label: '移动端网上申请', code: '3', variants: ['移动端办理', '掌上办理', 'APP办理'] },
    { label: '快递申请', code: '4', variants: ['邮寄申请', '快递办理'] },
    { label: '其他', code: '9' },
  ]),
  是否: set('是否', [
    { label: '是', code: '1', variants: ['true', 'yes', 'Y'] },
    { label: '否', code: '0', variants: ['false', 'no', 'N', '无'] },
  ]),
  来源渠道: set('来源渠道', [
    { label: '申请人自备', code: '10', variants: ['自备', '申请人自行准备', '申请人提供'] },
    { label: '政府部门核发', code: '20', variants: ['政府部门出具', '部门核发'] },
    { label: '其他', code: '99' },
  ]),
  材料类型: set('材料类型', [
    { label: '原件', variants: ['原件1份'] },
    { label: '复印件', variants: ['复制件', '复印'] },
    {
      label: '原件和复印件',
      variants: ['原件及复印件', '原件、复印件', '原件与复印件', '原件+复印件', '原件和复印', '原件复印件'],
    },
  ]),
  材料形式: set('材料形式', [
    { label: '纸质', variants: ['纸质版', '纸质材料'] },
    { label: '电子', variants: ['电子化', '电子版', '电子材料'] },
    {
      label: '纸质和电子',
      variants: [
        '纸质/电子化',
        '纸质、电子',
        '纸质及电子',
        '纸质/电子',
        '纸质和电子化',
        '纸质+电子',
        '电子和纸质',
        '电子、纸质',
        '纸质版和电子版',
        '纸质版、电子版',
      ],
    },
  ]),
  必要性: set('必要性', [
    { label: '必要', variants: ['必须', '必需', '是'] },
    { label: '非必要', variants: ['非必须', '否', '可选'] },
    { label: '容缺后补', variants: ['容缺'] },
  ]),
  服务对象: set('服务对象', [
    { label: '自然人', code: '1', variants: ['个人'] },
    { label: '企业法人', code: '2', variants: ['企业'] },
    { label: '事业法人', code: '3', variants: ['事业单位'] },
    { label: '社会组织法人', code: '4', variants: ['社会组织', '社团法人'] },
    { label: '非法人企业', code: '5' },
    { label: '行政机关', code: '6' },
    { label: '其他组织', code: '9' },
  ]),
  审批结果类型: set('审批结果类型', [
    { label: '出证办结', variants: ['出证'] },
    { label: '出文办结', variants: ['出文'] },
    { label: '审批办结' },
    { label: '其他' },
  ]),
  特别程序种类: set('特别程序种类', [
    { label: '延长审批', code: '1', variants: ['延长审批期限'] },
    { label: '其他', code: '2' },
  ]),
  时限单位: set('时限单位', [
    { label: '工作日', variants: ['个工作日', '工作天'] },
    { label: '自然日', variants: ['个自然日', '日历日'] },
  ]),
} satisfies Record<string, ValueSet>;

const lookup = new Map<ValueSet, Map<string, EnumValue>>();
function table(vs: ValueSet): Map<string, EnumValue> {
  let t = lookup.get(vs);
  if (!t) {
    t = new Map();
    for (const v of vs.values) {
      t.set(compact(v.label), v);
      if (v.code !== undefined) t.set(compact(v.code), v);
      for (const a of v.accepts ?? []) t.set(compact(a), v);
    }
    lookup.set(vs, t);
  }
  return t;
}

/** The label of an exact label or code (after width/space normalisation), or undefined. */
export function resolveValue(vs: ValueSet, raw: unknown): EnumValue | undefined {
  if (typeof raw === 'boolean' && vs.id === '是否') return vs.values[raw ? 0 : 1];
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const t = table(vs);
  // Written exactly as the table has it (the common case), else width/space-normalised.
  const hit = (typeof raw === 'string' ? t.get(raw) : undefined) ?? t.get(compact(String(raw)));
  if (hit) return hit;
  // Codes written as numbers lose leading zeros ("01" → 1).
  if (typeof raw === 'number') return t.get(String(raw).padStart(2, '0'));
  return undefined;
}

/**
 * A known variant spelling → the value it means (for suggestions and fixes): a listed variant, a
 * bracket variant of a bracketed label ("镇（街道）级" names words of "镇（乡、街道）级" only), or a
 * value with a remark in brackets ("原件（核验后退回）").
 */
export function variantOf(vs: ValueSet, raw: unknown): EnumValue | undefined {
  if (typeof raw !== 'string') return undefined;
  const key = compact(raw);
  const listed = vs.values.find((v) => v.variants?.some((x) => compact(x) === key));
  if (listed || !BRACKET.test(key)) return listed;
  const words = bracketWords(key);
  const subset = vs.values.filter(
    (v) => BRACKET.test(v.label) && words.every((w) => bracketWords(compact(v.label)).includes(w)),
  );
  if (subset.length === 1) return subset[0];
  const remark = /^(.+?)[（(][^（）()]*[）)]$/.exec(key);
  if (!remark) return undefined;
  return resolveValue(vs, remark[1]) ?? vs.values.find((v) => v.variants?.some((x) => compact(x) === remark[1]));
}

const BRACKET = /[（(]/;
/** The words of a level-like label: "镇（乡、街道）级" → 镇, 乡, 街道. */
const bracketWords = (s: string): string[] =>
  s
    .replace(/级$/, '')
    .split(/[（）()、,，/]+/)
    .filter(Boolean);

/** Every accepted spelling (labels, codes, accepted forms) — for the JSON Schema enum. */
export function acceptedSpellings(vs: ValueSet): string[] {
  const out: string[] = [];
  for (const v of vs.values) {
    out.push(v.label);
    if (v.code !== undefined) out.push(v.code);
    out.push(...(v.accepts ?? []));
  }
  return out;
}
