import {
  compact,
  defineRule,
  enumOf,
  HOLDER_WORDS,
  joinList,
  labelsOf,
  materialsOf,
  mentions,
  ORGANISATION_MATERIALS,
  PERSON_MATERIALS,
  textOf,
  VALUE_SETS,
} from '../src/kit/index.js';

const DEFAULTS = {
  personMaterials: PERSON_MATERIALS,
  holderWords: HOLDER_WORDS,
  organisationMaterials: ORGANISATION_MATERIALS,
  /** Item types whose 服务对象 cannot consist of these objects alone. */
  typeExcludes: { 行政许可: ['行政机关'] } as Record<string, string[]>,
};

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
    const objects = labelsOf(VALUE_SETS.服务对象, guide.data['服务对象']);
    if (!objects || objects.length === 0) return;
    const o = ctx.options;
    const shown = joinList(ctx.lang, objects);
    const type = enumOf(VALUE_SETS.事项类型, guide.data['事项类型'])?.label;
    const excluded = type ? o.typeExcludes[type] : undefined;
    if (type && excluded && objects.every((x) => excluded.includes(x))) {
      const organsLicence = type === '行政许可' && objects.every((x) => x === '行政机关');
      const messageId = organsLicence ? 'licenceForOrgans' : 'typeObject';
      ctx.report({ path: ['服务对象'], messageId, data: { type, objects: shown } });
    }
    const natural = objects.includes('自然人');
    const naturalOnly = natural && objects.length === 1;
    if (natural && !naturalOnly) return;
    for (const m of materialsOf(guide)) {
      const written = textOf(m.data['材料名称']);
      if (!written) continue;
      const name = compact(written);
      const path = [...m.path, '材料名称'];
      if (!natural && mentions(name, o.personMaterials) && !mentions(name, o.holderWords)) {
        ctx.report({ path, messageId: 'personMaterial', data: { objects: shown, material: written } });
      } else if (naturalOnly && mentions(name, o.organisationMaterials)) {
        ctx.report({ path, messageId: 'organisationMaterial', data: { material: written } });
      }
    }
  },
});
