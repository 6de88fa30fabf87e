import {
  articleOf,
  basisTextProblems,
  defineRule,
  type ElementPath,
  isPlaceholder,
  isRecord,
  lawTitleOf,
  namesArticle,
  namesLaw,
  type RuleContext,
} from '../src/kit/index.js';

const EXAMPLE = '《中华人民共和国食品安全法》第三十五条';

/** At most 40 characters (code points) of a long text in a message. */
function short(s: string): string {
  const chars = Array.from(s);
  return chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : s;
}

function checkText(ctx: RuleContext, path: ElementPath, text: string, n: number): void {
  const t = text.trim();
  if (t === '') {
    // a blank whole-text 设定依据 is guide-schema's (minLength); a blank list entry is not
    if (path.length > 1) ctx.report({ path, messageId: 'blankEntry', data: { n } });
    return;
  }
  for (const p of basisTextProblems(t)) {
    const value = short(p.entry);
    if (p.kind === 'noArticle') ctx.report({ path, messageId: 'textNoArticle', data: { value, law: p.law } });
    else {
      const fix = p.fixed ? { fix: p.fixed, suggestion: p.fixed } : {};
      ctx.report({ path, messageId: 'textNoLaw', data: { value }, ...fix });
    }
  }
}

function checkRecord(ctx: RuleContext, path: ElementPath, rec: Record<string, unknown>, n: number): void {
  const name = typeof rec['名称'] === 'string' ? rec['名称'].trim() : undefined;
  const article = typeof rec['条款'] === 'string' ? rec['条款'].trim() : undefined;
  // 名称 or 条款 missing, or not text: guide-schema.
  if (name === '') ctx.report({ path: [...path, '名称'], messageId: 'blankName', data: { n } });
  else if (name !== undefined && !namesLaw(name)) {
    const title = lawTitleOf(name);
    const fix = title ? { fix: title, suggestion: title } : {};
    const data = { value: short(name), title: title ?? '《中华人民共和国食品安全法》' };
    ctx.report({ path: [...path, '名称'], messageId: 'noLawName', data, ...fix });
  }
  const law = short(name === undefined || name === '' ? `#${n}` : name);
  if (article === '') ctx.report({ path: [...path, '条款'], messageId: 'blankArticle', data: { law } });
  else if (article !== undefined && !namesArticle(article)) {
    const fixed = articleOf(article);
    const fix = fixed ? { fix: fixed, suggestion: fixed } : {};
    ctx.report({ path: [...path, '条款'], messageId: 'noArticle', data: { law, value: short(article) }, ...fix });
  }
}

export default defineRule({
  meta: {
    id: 'legal-basis',
    item: 10,
    severity: 'error',
    source: 'checklist',
    messageSeverity: { noLawName: 'warning', textNoLaw: 'warning', noArticle: 'warning', textNoArticle: 'warning' },
    fixable: true,
    description: '每条设定依据都用书名号《》写明法律法规名称，并写明条款（第X条，可到款、项）',
    messages: {
      blankEntry: `第{n}条设定依据为空，应写明法律法规名称和条款，如“${EXAMPLE}”`,
      blankName: '第{n}条设定依据的名称为空，应写明带书名号的法律法规名称，如“《中华人民共和国食品安全法》”',
      blankArticle: '设定依据“{law}”的条款为空，应写明具体条款，如“第三十五条”',
      noLawName: '设定依据名称“{value}”未用书名号《》标明法律法规名称，通常写作如“{title}”',
      noArticle: '设定依据“{law}”的条款“{value}”未写明第几条，可能不完整；通常写作如“第三十五条”“第十二条第二款”',
      textNoLaw: `设定依据“{value}”可能未写明法律法规名称（没有书名号《》），通常写作如“${EXAMPLE}”`,
      textNoArticle: '设定依据“{value}”未写明条款，通常在法律法规名称后写明第几条，如“{law}第三十五条”',
    },
  },
  check(guide, ctx) {
    const v = guide.data['设定依据'];
    if (typeof v === 'string' && isPlaceholder(v)) return; // not filled: guide-schema
    if (typeof v === 'string') checkText(ctx, ['设定依据'], v, 1);
    else if (isRecord(v)) checkRecord(ctx, ['设定依据'], v, 1);
    else if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (typeof x === 'string') checkText(ctx, ['设定依据', i], x, i + 1);
        else if (isRecord(x)) checkRecord(ctx, ['设定依据', i], x, i + 1);
      });
    }
  },
});
