import {
  APPLICANT_NAMES,
  defineRule,
  issuerInName,
  issuerState,
  labelOf,
  materialName,
  materialsOf,
  optionsSchema,
  VALUE_SETS,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'material-source',
    item: 18,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { issuerInName: 'warning' },
    description: '来源渠道不是申请人自备的材料注明出具单位，且出具单位不是申请人本人',
    messages: {
      missing:
        '申请材料“{name}”的来源渠道为“{source}”，但未注明出具单位；应写明出具材料的机关或单位，如“出具单位: 户口所在地派出所”',
      blank:
        '申请材料“{name}”的来源渠道为“{source}”，但出具单位“{value}”未写明具体单位；应写明出具材料的机关或单位，如“公安机关”',
      issuerInName: '材料名称写明由“{issuer}”出具，但来源渠道为“{source}”且未写出具单位；可能应写“出具单位: {issuer}”',
      applicant:
        '申请材料“{name}”的来源渠道为“{source}”，出具单位却是“{value}”（申请人本人）；材料由申请人自备时来源渠道应为“申请人自备”，否则应写明核发或出具的单位，如“市场监督管理部门”',
    },
    options: optionsSchema({ applicantNames: { type: 'array', items: { type: 'string' } } }),
    defaultOptions: { applicantNames: [...APPLICANT_NAMES] },
  },
  check(guide, ctx) {
    for (const m of materialsOf(guide)) {
      const written = m.data['来源渠道'];
      const source = labelOf(VALUE_SETS.来源渠道, written);
      const issuer = m.data['出具单位'];
      const state = source && issuerState(issuer, ctx.options.applicantNames);
      if (!state || state === 'named') continue;
      if (source !== '申请人自备') {
        const data = { name: materialName(m), source: String(written), value: String(issuer) };
        ctx.report({ path: state === 'missing' ? m.path : [...m.path, '出具单位'], messageId: state, data });
        continue;
      }
      // The name says who issues it: propose that issuer (an inference, a warning at most).
      const found = issuerInName(materialName(m));
      if (!found) continue;
      const data = { issuer: found, source: String(written) };
      ctx.report({ path: [...m.path, '材料名称'], messageId: 'issuerInName', data, suggestion: found });
    }
  },
});
