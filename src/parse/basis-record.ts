// A 设定依据 written as a record ({名称, 条款}): what is wrong with its 名称 (blank, no 《》 title) and
// its 条款 (blank, no 第…条), with the safe correction where there is one.

import { articleOf, lawTitleOf, namesArticle, namesLaw } from './legal-basis.js';

export type BasisRecordProblem =
  | { field: '名称'; problem: 'blankName' }
  /** `fixed`: the 《》 title the name stands for, when it looks like a law's title. */
  | { field: '名称'; problem: 'noLawName'; value: string; fixed?: string }
  | { field: '条款'; problem: 'blankArticle' }
  /** `fixed`: 第N条 for a bare article number. */
  | { field: '条款'; problem: 'noArticle'; value: string; fixed?: string };

/**
 * The record's 名称 (trimmed; undefined when missing or not text) and the problems of its 名称 and
 * 条款. A missing field or one of another type is guide-schema's: no problem.
 */
export function readBasisRecord(rec: Record<string, unknown>): { name?: string; problems: BasisRecordProblem[] } {
  const name = typeof rec['名称'] === 'string' ? rec['名称'].trim() : undefined;
  const article = typeof rec['条款'] === 'string' ? rec['条款'].trim() : undefined;
  const problems: BasisRecordProblem[] = [];
  if (name === '') problems.push({ field: '名称', problem: 'blankName' });
  else if (name !== undefined && !namesLaw(name)) {
    const fixed = lawTitleOf(name);
    problems.push({ field: '名称', problem: 'noLawName', value: name, ...(fixed ? { fixed } : {}) });
  }
  if (article === '') problems.push({ field: '条款', problem: 'blankArticle' });
  else if (article !== undefined && !namesArticle(article)) {
    const fixed = articleOf(article);
    problems.push({ field: '条款', problem: 'noArticle', value: article, ...(fixed ? { fixed } : {}) });
  }
  return name === undefined ? { problems } : { name, problems };
}
