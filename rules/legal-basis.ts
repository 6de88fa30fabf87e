import {
  CHINESE_NUMERAL_CHARS,
  defineRule,
  type ElementPath,
  isPlaceholder,
  isRecord,
  normalizeWidth,
  type RuleContext,
} from '../src/kit/index.js';

const LAW = /《\s*[^《》\s][^《》]*》/;
const NUM = `[0-9${CHINESE_NUMERAL_CHARS}]+`;
const ARTICLE = new RegExp(`第\\s*${NUM}\\s*条`);
/** A bare article number ("35", "三十五", "35条"): the fix adds 第…条. */
const BARE_ARTICLE = new RegExp(`^(${NUM})\\s*条?$`);
/** Other brackets used for a title: <…>, <<…>>, 〈…〉, «…», 【…】. */
const OTHER_BRACKETS = /^(?:<<|<|〈|«|【|“|")\s*([^<>〈〉«»【】“”"]+?)\s*(?:>>|>|〉|»|】|”|")$/;
/** Looks like a bare law title (a fix may wrap it in 《》). */
const TITLE =
  /^(?!依据|根据|按照|依照|参照)(?!.*(?:有关|相关))[\p{Script=Han}（）()0-9A-Za-z·\-—]+(?:法|条例|规定|办法|细则|规则|决定|规范|意见|通知|措施|条约|章程)(?:（[^（）]*）|\([^()]*\))?$/u;

const TITLE_ARTICLE = new RegExp(`^(.+?)(第\\s*${NUM}\\s*条.*)$`);

const EXAMPLE = '《中华人民共和国食品安全法》第三十五条';

const short = (s: string) => ([...s].length > 40 ? `${[...s].slice(0, 40).join('')}…` : s);

/** The pieces of a text basis: a new piece starts at a line or ；, unless it carries no 《》 (then it continues the article text). */
export function basisEntries(text: string): string[] {
  const out: string[] = [];
  for (const piece of text
    .split(/[；;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (piece.includes('《') || out.length === 0) out.push(piece);
    else out[out.length - 1] += `；${piece}`;
  }
  return out;
}

function checkText(ctx: RuleContext, path: ElementPath, text: string, n: number): void {
  const t = text.trim();
  if (t === '') {
    // a blank whole-text 设定依据 is guide-schema's (minLength); a blank list entry is not
    if (path.length > 1) ctx.report({ path, messageId: 'blankEntry', data: { n } });
    return;
  }
  const list = basisEntries(t);
  for (const entry of list) {
    const norm = normalizeWidth(entry);
    const law = LAW.exec(norm);
    if (!law) {
      // "食品经营许可和备案管理办法第六条" → "《食品经营许可和备案管理办法》第六条"
      const split = TITLE_ARTICLE.exec(entry);
      const fixed = split && list.length === 1 && TITLE.test(split[1]!) ? `《${split[1]}》${split[2]}` : undefined;
      ctx.report({
        path,
        messageId: 'textNoLaw',
        data: { value: short(entry) },
        ...(fixed ? { fix: fixed, suggestion: fixed } : {}),
      });
      continue;
    }
    if (!ARTICLE.test(norm.slice(law.index))) {
      ctx.report({ path, messageId: 'textNoArticle', data: { value: short(entry), law: law[0] } });
    }
  }
}

function checkRecord(ctx: RuleContext, path: ElementPath, rec: Record<string, unknown>, n: number): void {
  const name = rec['名称'];
  const article = rec['条款'];
  let law = `#${n}`;
  if (typeof name === 'string') {
    const t = name.trim();
    const m = LAW.exec(normalizeWidth(t));
    if (t === '') ctx.report({ path: [...path, '名称'], messageId: 'blankName', data: { n } });
    else if (!m) {
      const inner = OTHER_BRACKETS.exec(t)?.[1] ?? t;
      const title = TITLE.test(inner) ? `《${inner}》` : undefined;
      ctx.report({
        path: [...path, '名称'],
        messageId: 'noLawName',
        data: { value: short(t), title: title ?? '《中华人民共和国食品安全法》' },
        ...(title ? { fix: title, suggestion: title } : {}),
      });
    }
    if (t) law = t;
  }
  if (typeof article === 'string') {
    const t = article.trim();
    if (t === '') ctx.report({ path: [...path, '条款'], messageId: 'blankArticle', data: { law: short(law) } });
    else if (!ARTICLE.test(normalizeWidth(t))) {
      const bare = BARE_ARTICLE.exec(normalizeWidth(t));
      const fixed = bare ? `第${bare[1]}条` : undefined;
      ctx.report({
        path: [...path, '条款'],
        messageId: 'noArticle',
        data: { law: short(law), value: short(t) },
        ...(fixed ? { fix: fixed, suggestion: fixed } : {}),
      });
    }
  }
  // 名称 or 条款 missing, or not text: guide-schema.
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
