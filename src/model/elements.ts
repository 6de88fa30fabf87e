// The one dictionary of guide elements (GB/T 39046 names): key, synonyms, type, value set,
// checklist item, whether the checklist requires it. Loaders map headers through it, the schema
// is generated from it, rules and docs read it.

import { VALUE_SETS, type ValueSet } from './values.js';

export type ElementType =
  | 'text'
  | 'code' // an identifier written as a string (leading zeros matter)
  | 'integer'
  | 'number'
  | 'count' // a positive integer that may be written "2份"
  | 'timeLimit' // {数值, 单位} or text
  | 'enum'
  | 'enumList'
  | 'textList'
  | 'url'
  | 'phone'
  | 'fileRef' // a path relative to the guide, or an http(s) URL
  | 'places' // one text or a list of texts
  | 'basisList' // list of {名称, 条款} or text
  | 'yesNoOrList' // 否 or a list of records (中介服务)
  | 'records' // a list of records of a sub-scope
  | 'record'; // one record of a sub-scope

export type Scope =
  'guide' | 'material' | 'step' | 'special' | 'intermediary' | 'basis' | 'fee' | 'result' | 'faq' | 'timeLimit';

export interface ElementDef {
  key: string;
  en: string;
  aliases?: string[];
  type: ElementType;
  /** The checklist item (1–24) this element serves, null if none. */
  item: number | null;
  /** Required by the checklist (recommended preset). */
  required?: boolean;
  /** Required only by the strict preset. */
  strict?: boolean;
  values?: ValueSet;
  /** Sub-scope for records / record / yesNoOrList / basisList. */
  of?: Scope;
  description: string;
}

// Every definition gets the same properties in the same order (absent ones undefined): one object
// shape, so the per-element loops that read `def.key`, `def.type` … stay monomorphic (literals with
// different optional properties made those loads megamorphic: ≈ 1.5 % of a lint's instructions).
const e = (d: ElementDef): ElementDef => ({
  key: d.key,
  en: d.en,
  aliases: d.aliases,
  type: d.type,
  item: d.item,
  required: d.required,
  strict: d.strict,
  values: d.values,
  of: d.of,
  description: d.description,
});
const V = VALUE_SETS;

export const ELEMENTS: Record<Scope, ElementDef[]> = {
  guide: [
    e({
      key: '事项名称',
      en: 'item name',
      aliases: ['事项名', '实施清单名称'],
      type: 'text',
      item: 10,
      required: true,
      description: '政务服务事项的名称，同一事项在省、市、县三级应一致。',
    }),
    e({
      key: '基本编码',
      en: 'basic code',
      aliases: ['事项编码', '基本目录编码'],
      type: 'code',
      item: 10,
      required: true,
      description: '12位事项基本编码，第3-4位为事项类型代码。',
    }),
    e({
      key: '实施编码',
      en: 'implementation code',
      aliases: ['实施清单编码', '事项实施编码'],
      type: 'code',
      item: 10,
      required: true,
      description: '31位实施编码：18位统一社会信用代码 + 1位行使层级代码 + 12位基本编码。',
    }),
    e({
      key: '事项类型',
      en: 'item type',
      aliases: ['事项类别', '权力类型'],
      type: 'enum',
      values: V.事项类型,
      item: 10,
      required: true,
      description: '行政许可、行政确认、公共服务等，或其标准代码（如 "01"）。',
    }),
    e({
      key: '实施主体',
      en: 'implementing body',
      aliases: ['实施机构', '实施部门', '受理部门'],
      type: 'text',
      item: 8,
      required: true,
      description: '实施该事项的部门（按部门统计事项数量）。',
    }),
    e({
      key: '行使层级',
      en: 'level',
      aliases: ['实施层级'],
      type: 'enum',
      values: V.行使层级,
      item: 10,
      required: true,
      description: '省级（区级）、市级（盟级）、县级（旗级）等。',
    }),
    e({
      key: '设定依据',
      en: 'legal basis',
      aliases: ['法律依据', '依据'],
      type: 'basisList',
      of: 'basis',
      item: 10,
      required: true,
      description: '设定该事项的法律法规：名称（书名号）和条款。',
    }),
    e({
      key: '权责清单编码',
      en: 'power-list codes',
      aliases: ['权力编码', '职权编码'],
      type: 'textList',
      item: 9,
      description: '该事项关联的权责清单事项编码（一对一、一对多、多对一）。',
    }),
    e({
      key: '法定办结时限',
      en: 'statutory time limit',
      aliases: ['法定期限', '法定时限', '法定办理时限'],
      type: 'timeLimit',
      item: 12,
      required: true,
      description: '按《行政许可法》等规定的法定期限，须注明工作日或自然日。',
    }),
    e({
      key: '承诺办结时限',
      en: 'promised time limit',
      aliases: ['承诺时限', '承诺办理时限', '承诺期限'],
      type: 'timeLimit',
      item: 13,
      required: true,
      description: '按实际业务情况的承诺期限，须注明工作日或自然日。',
    }),
    e({
      key: '办件类型',
      en: 'case type',
      aliases: ['办件类别'],
      type: 'enum',
      values: V.办件类型,
      item: 2,
      required: true,
      description: '即办件或承诺件。',
    }),
    e({
      key: '办理深度',
      en: 'depth level',
      aliases: ['网上办理深度', '网办深度'],
      type: 'enum',
      values: V.办理深度,
      item: 4,
      required: true,
      description: '事项办理深度：Ⅰ级信息发布、Ⅱ级材料预审、Ⅲ级材料核验、Ⅳ级全程网办。',
    }),
    e({
      key: '到办事现场次数',
      en: 'visits to the hall',
      aliases: ['到现场次数', '跑动次数', '到办理现场次数'],
      type: 'integer',
      item: 22,
      required: true,
      description: '申请人需要到办事现场的次数。',
    }),
    e({
      key: '办理形式',
      en: 'channels',
      aliases: ['办理方式'],
      type: 'enumList',
      values: V.办理形式,
      item: 6,
      description: '窗口办理、电脑端网上办理、移动端网上申请、快递申请等。',
    }),
    e({
      key: '网办地址',
      en: 'online address',
      aliases: ['网上办理地址', '在线办理地址'],
      type: 'url',
      item: 3,
      description: '在政务服务网上办理该事项的地址；填写即视为已在网上发布。',
    }),
    e({
      key: '办理地点',
      en: 'place of handling',
      aliases: ['受理地点', '办理地址'],
      type: 'places',
      item: 14,
      required: true,
      description: '须写明街道名称、门牌号、房间号、窗口号；可为多个地点。',
    }),
    e({
      key: '办理时间',
      en: 'office hours',
      aliases: ['受理时间', '工作时间'],
      type: 'text',
      item: 15,
      required: true,
      description: '受理的时间周期，如“星期一至星期五：上午09:00-12:00，下午13:00-17:00”。',
    }),
    e({
      key: '咨询电话',
      en: 'consultation phone',
      aliases: ['咨询方式', '联系电话', '咨询电话号码'],
      type: 'phone',
      item: 16,
      required: true,
      description: '受理部门的联系电话（含区号）。',
    }),
    e({
      key: '监督电话',
      en: 'supervision phone',
      aliases: ['监督投诉电话', '投诉电话', '监督投诉方式', '监督方式'],
      type: 'phone',
      item: null,
      strict: true,
      description: '监督投诉电话，应与咨询电话不同。',
    }),
    e({
      key: '中介服务',
      en: 'intermediary services',
      aliases: ['中介服务事项'],
      type: 'yesNoOrList',
      of: 'intermediary',
      item: 17,
      required: true,
      description: '作为审批条件的中介服务：写“否”，或逐项列出名称和设定依据。',
    }),
    e({
      key: '特殊环节',
      en: 'special procedures',
      aliases: ['特别程序'],
      type: 'records',
      of: 'special',
      item: 17,
      description: '听证、检验、检测、鉴定、专家评审等特殊环节：名称、时限、设定依据。',
    }),
    e({
      key: '情形',
      en: 'situations',
      aliases: ['办理情形', '申请情形'],
      type: 'textList',
      item: 11,
      description: '申请人情形分类，材料按情形展示。',
    }),
    e({
      key: '申请材料',
      en: 'materials',
      aliases: ['材料清单'],
      type: 'records',
      of: 'material',
      item: 18,
      required: true,
      description: '申请材料清单。',
    }),
    e({
      key: '办理流程',
      en: 'process steps',
      aliases: ['办理环节', '办理步骤'],
      type: 'records',
      of: 'step',
      item: 21,
      required: true,
      description: '办理流程的各个环节。',
    }),
    e({
      key: '是否收费',
      en: 'charges a fee',
      aliases: ['收费'],
      type: 'enum',
      values: V.是否,
      item: null,
      strict: true,
      description: '是否收费：是或否。',
    }),
    e({ key: '收费依据', en: 'fee basis', type: 'text', item: null, description: '收费的法律依据（收费时必填）。' }),
    e({
      key: '收费项目',
      en: 'fee items',
      aliases: ['收费标准'],
      type: 'records',
      of: 'fee',
      item: null,
      description: '收费项目：名称和标准。',
    }),
    e({
      key: '支持网上支付',
      en: 'online payment',
      aliases: ['是否支持网上支付'],
      type: 'enum',
      values: V.是否,
      item: null,
      description: '是否支持网上支付。',
    }),
    e({
      key: '审批结果',
      en: 'approval result',
      aliases: ['结果名称'],
      type: 'record',
      of: 'result',
      item: null,
      strict: true,
      description: '审批结果：名称、类型、样本。',
    }),
    e({
      key: '常见问题',
      en: 'FAQ',
      aliases: ['常见问题解答'],
      type: 'records',
      of: 'faq',
      item: null,
      strict: true,
      description: '常见问题：问与答。',
    }),
    e({
      key: '服务对象',
      en: 'service object',
      aliases: ['服务对象类型'],
      type: 'enumList',
      values: V.服务对象,
      item: null,
      strict: true,
      description: '自然人、企业法人、事业法人、社会组织法人、行政机关、其他组织。',
    }),
    e({
      key: '必须现场办理原因',
      en: 'reason for visits',
      aliases: ['到现场原因', '必须到现场原因', '必须现场办理原因说明'],
      type: 'text',
      item: 22,
      description: '到办事现场次数大于0时，说明必须到现场办理的原因。',
    }),
  ],
  material: [
    e({
      key: '材料名称',
      en: 'material name',
      aliases: ['名称'],
      type: 'text',
      item: 18,
      required: true,
      description: '申请材料的名称。',
    }),
    e({
      key: '来源渠道',
      en: 'source',
      aliases: ['材料来源', '来源'],
      type: 'enum',
      values: V.来源渠道,
      item: 18,
      required: true,
      description: '申请人自备、政府部门核发或其他。',
    }),
    e({
      key: '出具单位',
      en: 'issuing body',
      aliases: ['出具部门', '来源说明', '材料出具单位'],
      type: 'text',
      item: 18,
      description: '材料的出具单位；来源不是申请人自备时必填。',
    }),
    e({
      key: '份数',
      en: 'copies',
      aliases: ['数量', '材料份数'],
      type: 'count',
      item: 19,
      description: '材料的份数（正整数），或分别写原件份数、复印件份数（至少写其一）。',
    }),
    e({ key: '原件份数', en: 'original copies', type: 'count', item: 19, description: '原件份数。' }),
    e({ key: '复印件份数', en: 'photocopies', type: 'count', item: 19, description: '复印件份数。' }),
    e({
      key: '材料类型',
      en: 'material type',
      aliases: ['类型'],
      type: 'enum',
      values: V.材料类型,
      item: 20,
      required: true,
      description: '原件、复印件、原件和复印件。',
    }),
    e({
      key: '材料形式',
      en: 'material form',
      aliases: ['介质要求', '形式', '材料介质'],
      type: 'enum',
      values: V.材料形式,
      item: 20,
      required: true,
      description: '纸质、电子、纸质和电子。',
    }),
    e({
      key: '必要性',
      en: 'necessity',
      aliases: ['是否必要', '必要性及描述'],
      type: 'enum',
      values: V.必要性,
      item: null,
      description: '必要、非必要、容缺后补。',
    }),
    e({
      key: '填写表格',
      en: 'form to fill',
      aliases: ['是否需要填写', '是否表格'],
      type: 'enum',
      values: V.是否,
      item: 23,
      description: '是否需要申请人填写的表格（是则须提供空表和样表）。',
    }),
    e({
      key: '空表',
      en: 'blank form',
      aliases: ['空白表格', '空表下载', '空白表格下载'],
      type: 'fileRef',
      item: 23,
      description: '空白电子表格：相对路径或 http(s) 地址。',
    }),
    e({
      key: '样表',
      en: 'sample form',
      aliases: ['示范样表', '样表下载', '示例样表', '示范文本'],
      type: 'fileRef',
      item: 24,
      description: '示范性电子样表：相对路径或 http(s) 地址。',
    }),
    e({
      key: '适用情形',
      en: 'applicable situations',
      aliases: ['所属情形'],
      type: 'textList',
      item: 11,
      description: '该材料适用的情形（须为已声明的情形）。',
    }),
    e({
      key: '备注',
      en: 'remarks',
      aliases: ['材料说明', '填报须知'],
      type: 'text',
      item: null,
      description: '备注。',
    }),
  ],
  step: [
    e({
      key: '环节名称',
      en: 'step name',
      aliases: ['环节', '步骤名称', '办理环节'],
      type: 'text',
      item: 21,
      required: true,
      description: '办理环节的名称，如受理、审查、决定。',
    }),
    e({
      key: '办理时限',
      en: 'step time limit',
      aliases: ['环节时限', '时限'],
      type: 'timeLimit',
      item: 21,
      required: true,
      description: '该环节的办理时限。',
    }),
    e({
      key: '审批标准',
      en: 'approval standard',
      aliases: ['审查标准', '审核标准', '办理标准'],
      type: 'text',
      item: 21,
      required: true,
      description: '该环节的审批标准。',
    }),
    e({
      key: '办理结果',
      en: 'step result',
      aliases: ['环节结果', '结果'],
      type: 'text',
      item: 21,
      required: true,
      description: '该环节的办理结果。',
    }),
    e({
      key: '办理人员',
      en: 'handler',
      aliases: ['承办人'],
      type: 'text',
      item: null,
      description: '该环节的办理人员或岗位。',
    }),
  ],
  special: [
    e({
      key: '名称',
      en: 'name',
      aliases: ['环节名称', '特殊环节名称'],
      type: 'text',
      item: 17,
      required: true,
      description: '特殊环节名称，如现场核查、专家评审。',
    }),
    e({
      key: '时限',
      en: 'time limit',
      aliases: ['办理时限'],
      type: 'timeLimit',
      item: 17,
      required: true,
      description: '特殊环节的时限。',
    }),
    e({
      key: '设定依据',
      en: 'legal basis',
      aliases: ['依据'],
      type: 'text',
      item: 17,
      required: true,
      description: '特殊环节的设定依据。',
    }),
    e({
      key: '种类',
      en: 'kind',
      aliases: ['特别程序种类'],
      type: 'enum',
      values: V.特别程序种类,
      item: null,
      description: '延长审批或其他。',
    }),
  ],
  intermediary: [
    e({
      key: '名称',
      en: 'name',
      aliases: ['中介服务名称'],
      type: 'text',
      item: 17,
      required: true,
      description: '中介服务名称。',
    }),
    e({
      key: '设定依据',
      en: 'legal basis',
      aliases: ['依据'],
      type: 'text',
      item: 17,
      required: true,
      description: '中介服务的设定依据。',
    }),
    e({
      key: '服务机构',
      en: 'provider',
      aliases: ['中介机构'],
      type: 'text',
      item: null,
      description: '提供中介服务的机构。',
    }),
  ],
  basis: [
    e({
      key: '名称',
      en: 'law name',
      aliases: ['法律名称', '依据名称'],
      type: 'text',
      item: 10,
      required: true,
      description: '法律法规名称，写在书名号《》中。',
    }),
    e({
      key: '条款',
      en: 'article',
      aliases: ['条款号', '条款内容'],
      type: 'text',
      item: 10,
      required: true,
      description: '条款，如“第三十五条”。',
    }),
  ],
  fee: [
    e({
      key: '名称',
      en: 'fee name',
      aliases: ['收费项目名称'],
      type: 'text',
      item: null,
      required: true,
      description: '收费项目名称。',
    }),
    e({
      key: '标准',
      en: 'fee standard',
      aliases: ['收费标准'],
      type: 'text',
      item: null,
      required: true,
      description: '收费标准，如“10元/本”。',
    }),
  ],
  result: [
    e({
      key: '名称',
      en: 'result name',
      aliases: ['结果名称'],
      type: 'text',
      item: null,
      required: true,
      description: '审批结果名称。',
    }),
    e({
      key: '类型',
      en: 'result type',
      aliases: ['结果类型'],
      type: 'enum',
      values: V.审批结果类型,
      item: null,
      description: '出证办结、出文办结、审批办结、其他。',
    }),
    e({
      key: '样本',
      en: 'result sample',
      aliases: ['结果样本'],
      type: 'fileRef',
      item: null,
      description: '审批结果样本：相对路径或 http(s) 地址。',
    }),
  ],
  faq: [
    e({
      key: '问',
      en: 'question',
      aliases: ['问题'],
      type: 'text',
      item: null,
      required: true,
      description: '问题。',
    }),
    e({
      key: '答',
      en: 'answer',
      aliases: ['解答', '回答'],
      type: 'text',
      item: null,
      required: true,
      description: '解答。',
    }),
  ],
  timeLimit: [
    e({ key: '数值', en: 'value', type: 'number', item: null, required: true, description: '时限数值。' }),
    e({ key: '单位', en: 'unit', type: 'text', item: null, required: true, description: '工作日或自然日。' }),
  ],
};

interface ScopeIndex {
  byName: Map<string, ElementDef>;
}
const indexes = new Map<Scope, ScopeIndex>();

function index(scope: Scope): ScopeIndex {
  let ix = indexes.get(scope);
  if (!ix) {
    const byName = new Map<string, ElementDef>();
    for (const d of ELEMENTS[scope]) {
      byName.set(d.key, d);
      for (const a of d.aliases ?? []) if (!byName.has(a)) byName.set(a, d);
    }
    ix = { byName };
    indexes.set(scope, ix);
  }
  return ix;
}

/** The elements of a scope by exact name (canonical or synonym): a hot path's first lookup. */
export function elementNames(scope: Scope): ReadonlyMap<string, ElementDef> {
  return index(scope).byName;
}

/** The element a written key (canonical name or synonym) names in a scope. */
export function elementFor(scope: Scope, writtenKey: string): ElementDef | undefined {
  const byName = index(scope).byName;
  return byName.get(writtenKey) ?? byName.get(writtenKey.normalize('NFKC').trim());
}

export function element(scope: Scope, key: string): ElementDef {
  const d = elementFor(scope, key);
  if (!d) throw new Error(`unknown element ${scope}.${key}`);
  return d;
}

/** All names (keys and synonyms) of a scope, for "did you mean". */
export function namesOf(scope: Scope): string[] {
  return [...index(scope).byName.keys()];
}
