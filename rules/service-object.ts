import {
  compact,
  compactAll,
  defineRule,
  enumOf,
  materialsOf,
  resolveValue,
  textList,
  textOf,
  VALUE_SETS,
  variantOf,
} from '../src/kit/index.js';

const NATURAL = '自然人';

const DEFAULTS = {
  /** Materials only a natural person holds as applicant. */
  personMaterials: [
    '居民身份证',
    '身份证',
    '居民户口簿',
    '户口簿',
    '户口本',
    '结婚证',
    '离婚证',
    '出生医学证明',
    '居住证',
    '独生子女证',
    '残疾人证',
    '退役证',
    '退伍证',
  ],
  /** Words that make such a material someone else's: the organisation's representative, staff … */
  holderWords: [
    '法定代表人',
    '法人代表',
    '负责人',
    '经营者',
    '经办人',
    '代理人',
    '受托人',
    '股东',
    '投资人',
    '出资人',
    '合伙人',
    '董事',
    '监事',
    '经理',
    '职工',
    '员工',
    '人员',
    '联系人',
    '从业',
  ],
  /** Materials only an organisation holds. */
  organisationMaterials: [
    '营业执照',
    '组织机构代码',
    '统一社会信用代码',
    '法定代表人',
    '法人代表',
    '法人登记证书',
    '法人证书',
    '社会团体法人登记证书',
    '民办非企业单位登记证书',
    '公司章程',
    '企业章程',
    '税务登记证',
    '开户许可证',
  ],
  /** Item types whose 服务对象 cannot consist of these objects alone. */
  typeExcludes: { 行政许可: ['行政机关'] } as Record<string, string[]>,
};

/** `name` mentions one of `words`; a word ending in 证 followed by 明 is a 证明 (居住证明 ≠ 居住证). */
function has(name: string, words: string[]): boolean {
  return compactAll(words).some((w) => {
    if (!w) return false;
    for (let i = name.indexOf(w); i !== -1; i = name.indexOf(w, i + 1)) {
      if (!(w.endsWith('证') && name[i + w.length] === '明')) return true;
    }
    return false;
  });
}

/** 服务对象 labels, or undefined when any value is unknown (enum-values reports it; we stay silent). */
function objectsOf(v: unknown): string[] | undefined {
  const raw = Array.isArray(v) ? v : textList(v);
  const out: string[] = [];
  for (const x of raw) {
    const hit = resolveValue(VALUE_SETS.服务对象, x) ?? variantOf(VALUE_SETS.服务对象, x);
    if (!hit) return undefined;
    if (!out.includes(hit.label)) out.push(hit.label);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'service-object',
    item: null,
    severity: 'info',
    strictSeverity: 'warning',
    source: 'practice',
    description:
      '服务对象与事项类型、申请材料相符：只面向组织的事项不要求自然人证件，只面向自然人的事项不要求营业执照等组织材料（推断）',
    messages: {
      personMaterial:
        '服务对象为“{objects}”，不含自然人，但申请材料“{material}”通常是自然人本人的证件；可能应在服务对象中加入“自然人”，或写明证件的持有人（如“法定代表人居民身份证”）',
      organisationMaterial:
        '服务对象只有“自然人”，但申请材料“{material}”通常属于法人或其他组织；可能应在服务对象中加入相应的组织类型（如“企业法人”“非法人企业”），或删除该材料',
      licenceForOrgans:
        '事项类型为“行政许可”，服务对象却只有“{objects}”，两者不相符（《行政许可法》第二、三条：行政许可面向公民、法人或者其他组织，行政机关之间的审批不适用该法）；应核实事项类型，或写明实际的服务对象（如“企业法人”“自然人”）',
      typeObject:
        '事项类型为“{type}”，服务对象却只有“{objects}”，按配置（typeExcludes）两者不相符；应核实事项类型，或写明实际的服务对象',
    },
    options: {
      type: 'object',
      properties: {
        personMaterials: { type: 'array', items: { type: 'string', minLength: 1 } },
        holderWords: { type: 'array', items: { type: 'string', minLength: 1 } },
        organisationMaterials: { type: 'array', items: { type: 'string', minLength: 1 } },
        typeExcludes: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
      },
      additionalProperties: false,
    },
    defaultOptions: DEFAULTS,
  },
  check(guide, ctx) {
    const objects = objectsOf(guide.data['服务对象']);
    if (!objects || objects.length === 0) return;
    const o = ctx.options;
    const sep = ctx.lang === 'zh' ? '、' : ', ';
    const shown = objects.join(sep);

    const type = enumOf(VALUE_SETS.事项类型, guide.data['事项类型'])?.label;
    const excluded = type ? o.typeExcludes[type] : undefined;
    if (type && excluded && objects.every((x) => excluded.includes(x))) {
      const organsLicence = type === '行政许可' && objects.every((x) => x === '行政机关');
      ctx.report({
        path: ['服务对象'],
        messageId: organsLicence ? 'licenceForOrgans' : 'typeObject',
        data: { type, objects: shown },
      });
    }

    const natural = objects.includes(NATURAL);
    const naturalOnly = natural && objects.length === 1;
    if (natural && !naturalOnly) return;
    for (const m of materialsOf(guide)) {
      const written = textOf(m.data['材料名称']);
      if (!written) continue;
      const name = compact(written);
      const path = [...m.path, '材料名称'];
      if (!natural && has(name, o.personMaterials) && !has(name, o.holderWords)) {
        ctx.report({ path, messageId: 'personMaterial', data: { objects: shown, material: written } });
      } else if (naturalOnly && has(name, o.organisationMaterials)) {
        ctx.report({ path, messageId: 'organisationMaterial', data: { material: written } });
      }
    }
  },
});
