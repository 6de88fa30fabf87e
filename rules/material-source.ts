import {
  bareName,
  defineRule,
  isPlaceholder,
  materialsOf,
  type RecordAt,
  resolveValue,
  type RuleContext,
  textOf,
  VALUE_SETS,
  variantOf,
} from '../src/kit/index.js';

const SOURCES = VALUE_SETS.来源渠道;
const APPLICANT = '申请人自备';

/** Width, spaces and a trailing remark in brackets removed: "申请人（男女双方）" → "申请人". */
const bare = bareName;

// Values that fill the cell without naming anyone: placeholders, and references elsewhere ("详见附件2").
const namesNobody = (v: string) => isPlaceholder(v) || /^详?见/.test(v);

/** The organ a material's name says issues it: "城市规划行政主管部门出具的…" → 城市规划行政主管部门. */
const ISSUED_BY = /(?:出具|核发|开具|签发|颁发|作出)的/;
/** Too generic to name an issuer on its own. */
const GENERIC = /^(?:相关|有关|相应|具有资质的|有资质的)?(?:机构|单位|部门|机关|中心)$/;
const ORGAN_END =
  /(?:部门|机关|人民政府|政府|机构|医院|卫生院|法院|派出所|公安局|委员会|居委会|村委会|办事处|局|中心)$/;
function issuerInName(name: string): string | undefined {
  const at = ISSUED_BY.exec(name);
  if (!at) return undefined;
  // Back to the previous clause, "及"/"或", or "…的": "…审批的申请项目所在地县级以上人民政府出具的" → 申请项目所在地县级以上人民政府;
  // a bare generic word keeps the words that qualify it ("相应工程咨询资格的机构", not "机构").
  const clause = name
    .slice(0, at.index)
    .split(/[，,；;、。：:及或]/)
    .at(-1)!
    .replace(/^由/, '')
    .trim();
  const parts = clause.split('的');
  let issuer = parts.pop()!;
  while (GENERIC.test(issuer) && parts.length) issuer = `${parts.pop()}的${issuer}`;
  return issuer.length >= 2 && issuer.length <= 30 && ORGAN_END.test(issuer) && !GENERIC.test(issuer)
    ? issuer
    : undefined;
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
    const applicant = new Set(ctx.options.applicantNames.map(bare));
    for (const m of materialsOf(guide)) {
      const written = m.data['来源渠道'];
      const source = resolveValue(SOURCES, written) ?? variantOf(SOURCES, written);
      if (source?.label === APPLICANT) {
        issuerFromName(ctx, m, String(written), applicant);
        continue;
      }
      if (!source) continue;
      const name = textOf(m.data['材料名称']) || `#${m.index + 1}`;
      const data = { name, source: String(written) };
      const issuer = m.data['出具单位'];
      if (issuer === undefined) {
        ctx.report({ path: m.path, messageId: 'missing', data });
        continue;
      }
      // null, numbers, lists: a type error guide-schema reports.
      if (typeof issuer !== 'string') continue;
      const value = bare(issuer);
      const path = [...m.path, '出具单位'];
      if (namesNobody(value)) ctx.report({ path, messageId: 'blank', data: { ...data, value: issuer } });
      else if (applicant.has(value)) ctx.report({ path, messageId: 'applicant', data: { ...data, value: issuer } });
    }
  },
});

/** 申请人自备 with no issuing body (or the applicant as one) while the name says who issues it: propose that issuer (an inference, a warning at most). */
function issuerFromName(ctx: RuleContext, m: RecordAt, source: string, applicant: Set<string>): void {
  const issuer = m.data['出具单位'];
  if (
    issuer !== undefined &&
    !(typeof issuer === 'string' && (namesNobody(bare(issuer)) || applicant.has(bare(issuer))))
  )
    return;
  const name = textOf(m.data['材料名称']);
  const found = name ? issuerInName(name) : undefined;
  if (!found) return;
  ctx.report({
    path: [...m.path, '材料名称'],
    messageId: 'issuerInName',
    data: { issuer: found, source },
    suggestion: found,
  });
}
