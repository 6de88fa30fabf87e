import {
  defineRule,
  enumOf,
  joinList,
  labelsOf,
  materialsOf,
  OBJECT_WORDS,
  objectMaterialMismatch,
  optionsSchema,
  textOf,
  TYPE_EXCLUDES,
  typeObjectConflict,
  VALUE_SETS,
  WORDS_OPTION,
} from '../src/kit/index.js';

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
    options: optionsSchema({
      personMaterials: WORDS_OPTION,
      holderWords: WORDS_OPTION,
      organisationMaterials: WORDS_OPTION,
      typeExcludes: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
    }),
    defaultOptions: { ...OBJECT_WORDS, typeExcludes: TYPE_EXCLUDES },
  },
  check(guide, ctx) {
    const objects = labelsOf(VALUE_SETS.服务对象, guide.data['服务对象']);
    if (!objects || objects.length === 0) return;
    const shown = joinList(ctx.lang, objects);
    const type = enumOf(VALUE_SETS.事项类型, guide.data['事项类型'])?.label;
    const conflict = typeObjectConflict(type, objects, ctx.options.typeExcludes);
    if (conflict && type) ctx.report({ path: ['服务对象'], messageId: conflict, data: { type, objects: shown } });
    for (const m of materialsOf(guide)) {
      const material = textOf(m.data['材料名称']);
      const mismatch = material ? objectMaterialMismatch(material, objects, ctx.options) : undefined;
      if (material && mismatch)
        ctx.report({ path: [...m.path, '材料名称'], messageId: mismatch, data: { objects: shown, material } });
    }
  },
});
