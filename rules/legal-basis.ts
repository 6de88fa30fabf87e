import {
  basisTextProblems,
  defineRule,
  type ElementPath,
  fixTo,
  isPlaceholder,
  isRecord,
  readBasisRecord,
  type RuleContext,
  shorten,
} from '../src/kit/index.js';

const EXAMPLE = '《中华人民共和国食品安全法》第三十五条';

function checkText(ctx: RuleContext, path: ElementPath, text: string, n: number): void {
  const t = text.trim();
  // A blank whole-text 设定依据 is guide-schema's (minLength); a blank list entry is not.
  if (t === '' && path.length > 1) ctx.report({ path, messageId: 'blankEntry', data: { n } });
  for (const p of t === '' ? [] : basisTextProblems(t)) {
    const value = shorten(p.entry);
    if (p.kind === 'noArticle') ctx.report({ path, messageId: 'textNoArticle', data: { value, law: p.law } });
    else ctx.report({ path, messageId: 'textNoLaw', data: { value }, ...fixTo(p.fixed) });
  }
}

function checkRecord(ctx: RuleContext, path: ElementPath, rec: Record<string, unknown>, n: number): void {
  const { name, problems } = readBasisRecord(rec);
  const law = shorten(name === undefined || name === '' ? `#${n}` : name);
  for (const p of problems) {
    const fixed = 'fixed' in p ? p.fixed : undefined;
    const value = 'value' in p ? shorten(p.value) : '';
    const data = { n, law, value, title: fixed ?? '《中华人民共和国食品安全法》' };
    ctx.report({ path: [...path, p.field], messageId: p.problem, data, ...fixTo(fixed) });
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
    const list: unknown[] = Array.isArray(v) ? v : [v];
    list.forEach((x, i) => {
      const path = list === v ? ['设定依据', i] : ['设定依据'];
      if (typeof x === 'string') checkText(ctx, path, x, i + 1);
      else if (isRecord(x)) checkRecord(ctx, path, x, i + 1);
    });
  },
});
