// 设定依据 (legal basis): a law's title in 《》 and an article (第X条). Written as text (one or more
// entries), as {名称, 条款} records, or a list of either. Also what can be repaired safely: a bare
// title wrapped in 《》, a bare article number given 第…条.

import { isRecord } from '../model/normalize.js';
import { CHINESE_NUMERAL_CHARS } from './numbers.js';
import { normalizeWidth, textOf } from './text.js';

const LAW = /《\s*[^《》\s][^《》]*》/;
const NUM = `[0-9${CHINESE_NUMERAL_CHARS}]+`;
const ARTICLE = new RegExp(`第\\s*${NUM}\\s*条`);
/** A bare article number ("35", "三十五", "35条"). */
const BARE_ARTICLE = new RegExp(`^(${NUM})\\s*条?$`);
/** Other brackets used for a title: <…>, <<…>>, 〈…〉, «…», 【…】. */
const OTHER_BRACKETS = /^(?:<<|<|〈|«|【|“|")\s*([^<>〈〉«»【】“”"]+?)\s*(?:>>|>|〉|»|】|”|")$/;
/** Looks like a bare law title (safe to wrap in 《》). */
const TITLE =
  /^(?!依据|根据|按照|依照|参照)(?!.*(?:有关|相关))[\p{Script=Han}（）()0-9A-Za-z·\-—]+(?:法|条例|规定|办法|细则|规则|决定|规范|意见|通知|措施|条约|章程)(?:（[^（）]*）|\([^()]*\))?$/u;
const TITLE_ARTICLE = new RegExp(`^(.+?)(第\\s*${NUM}\\s*条.*)$`);

/** The pieces of a text basis: a new piece starts at a line or ；, unless it carries no 《》 (then it continues the article text). */
export function basisEntries(text: string): string[] {
  const out: string[] = [];
  for (const piece of text
    .split(/[；;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const prev = out.length > 0 && !piece.includes('《') ? out.pop() : undefined;
    out.push(prev === undefined ? piece : `${prev}；${piece}`);
  }
  return out;
}

export type BasisTextProblem =
  /** An entry naming no law in 《》; `fixed`: the entry with its bare title wrapped, when that is safe. */
  | { kind: 'noLaw'; entry: string; fixed?: string }
  /** An entry naming law `law` but no article after it. */
  | { kind: 'noArticle'; entry: string; law: string };

/** What is wrong with each entry of a text basis (a fix only when the text is one entry). */
export function basisTextProblems(text: string): BasisTextProblem[] {
  const list = basisEntries(text);
  const out: BasisTextProblem[] = [];
  for (const entry of list) {
    const norm = normalizeWidth(entry);
    const law = LAW.exec(norm);
    if (!law) {
      // "食品经营许可和备案管理办法第六条" → "《食品经营许可和备案管理办法》第六条"
      const split = TITLE_ARTICLE.exec(entry);
      const title = split?.[1];
      const fixed = split && title && list.length === 1 && TITLE.test(title) ? `《${title}》${split[2]}` : undefined;
      out.push({ kind: 'noLaw', entry, ...(fixed ? { fixed } : {}) });
    } else if (!ARTICLE.test(norm.slice(law.index))) out.push({ kind: 'noArticle', entry, law: law[0] });
  }
  return out;
}

/** A record's 名称 names a law in 《》. */
export const namesLaw = (name: string): boolean => LAW.test(normalizeWidth(name));
/** A record's 条款 says which article (第…条). */
export const namesArticle = (article: string): boolean => ARTICLE.test(normalizeWidth(article));

/** The 《》 title a 名称 in other brackets or none stands for, when it looks like a law's title. */
export function lawTitleOf(name: string): string | undefined {
  const inner = OTHER_BRACKETS.exec(name)?.[1] ?? name;
  return TITLE.test(inner) ? `《${inner}》` : undefined;
}

/** 第N条 for a bare article number ("35", "三十五条"). */
export function articleOf(article: string): string | undefined {
  const bare = BARE_ARTICLE.exec(normalizeWidth(article));
  return bare ? `第${bare[1]}条` : undefined;
}

/** The texts of a 设定依据 value, width-normalised: a text, or each record's 名称 + 条款. */
export function basisTexts(v: unknown): string[] {
  const one = (x: unknown): string =>
    isRecord(x) ? `${textOf(x['名称']) ?? ''}${textOf(x['条款']) ?? ''}` : (textOf(x) ?? '');
  return (Array.isArray(v) ? v.map(one) : [one(v)]).map((s) => s.normalize('NFKC')).filter(Boolean);
}
