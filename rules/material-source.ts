import {
  bareName,
  defineRule,
  isPlaceholder,
  issuerInName,
  labelOf,
  materialName,
  materialsOf,
  textOf,
  VALUE_SETS,
} from '../src/kit/index.js';

/**
 * What 出具单位 says: absent, nobody (a placeholder, a reference elsewhere such as "详见附件2"), the
 * applicant, or an issuer. undefined for null, numbers, lists: a type error guide-schema reports.
 */
function issuerState(v: unknown, applicant: Set<string>): 'missing' | 'blank' | 'applicant' | 'named' | undefined {
  if (v === undefined) return 'missing';
  if (typeof v !== 'string') return undefined;
  // Width, spaces and a trailing remark in brackets removed: "申请人（男女双方）" → "申请人".
  const value = bareName(v);
  return isPlaceholder(value) || /^详?见/.test(value) ? 'blank' : applicant.has(value) ? 'applicant' : 'named';
}

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
    options: {
      type: 'object',
      properties: { applicantNames: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
    defaultOptions: {
      applicantNames: ['申请人', '申请人本人', '本人', '申请者', '申请单位', '申请企业', '申请人自备', '自备'],
    },
  },
  check(guide, ctx) {
    const applicant = new Set(ctx.options.applicantNames.map(bareName));
    for (const m of materialsOf(guide)) {
      const written = m.data['来源渠道'];
      const source = labelOf(VALUE_SETS.来源渠道, written);
      const issuer = m.data['出具单位'];
      const state = source && issuerState(issuer, applicant);
      if (!state || state === 'named') continue;
      if (source === '申请人自备') {
        // The name says who issues it: propose that issuer (an inference, a warning at most).
        const found = issuerInName(textOf(m.data['材料名称']) ?? '');
        if (found) {
          const data = { issuer: found, source: String(written) };
          ctx.report({ path: [...m.path, '材料名称'], messageId: 'issuerInName', data, suggestion: found });
        }
        continue;
      }
      const data = { name: materialName(m), source: String(written), value: String(issuer) };
      ctx.report({ path: state === 'missing' ? m.path : [...m.path, '出具单位'], messageId: state, data });
    }
  },
});
