// Frequently asked questions (常见问题): when an entry's 问 or 答 holds nothing, and whether a 问
// asks anything.

import { recordsOf, type Guide } from './guide.js';
import { isPlaceholder } from './placeholder.js';
import type { ElementPath } from './types.js';
import { textOf } from '../parse/text.js';

/** A placeholder ("无。", "暂无") or a test entry left in a published guide ("测试问题", "test1"). */
export const fillsNothing = (t: string): boolean =>
  isPlaceholder(t.replace(/[。.]+$/, '')) || (t.length <= 12 && /^(?:测试|test)/i.test(t.normalize('NFKC')));

/** The marks of a question: a question mark, 吗/呢, or an interrogative word. */
const QUESTION =
  /[？?吗呢]|如何|怎么|怎样|是否|哪些|哪个|哪里|哪儿|什么|多久|多少|多长|能否|可否|能不能|需不需要|何时|何种|何地|为何|为什么|几[个天次年日份]|有没有|要不要/;

export const isQuestion = (t: string): boolean => QUESTION.test(t);

export type FaqProblem = 'blank' | 'placeholder' | 'notQuestion';

/**
 * What is wrong with a trimmed 问 or 答: blank, filler, or a 问 that asks nothing. Only blank and
 * filler leave the entry without content: a statement under 问 still answers something.
 */
export function faqProblem(field: '问' | '答', text: string): FaqProblem | undefined {
  if (text === '') return 'blank';
  if (fillsNothing(text)) return 'placeholder';
  return field === '问' && !isQuestion(text) ? 'notQuestion' : undefined;
}

export interface FaqField {
  field: '问' | '答';
  path: ElementPath;
  /** Trimmed; a number as its digits. */
  text: string;
  problem?: FaqProblem;
}

export interface FaqEntry {
  /** 1-based, for messages. */
  n: number;
  /** The 问 and 答 written as text (a missing one or another type: guide-schema's). */
  fields: FaqField[];
  /** Both 问 and 答 hold content. */
  filled: boolean;
}

/** The 常见问题 records (entries that are no records: guide-schema's), each with its fields and their problems. */
export function readFaq(guide: Guide): FaqEntry[] {
  return recordsOf(guide, '常见问题').map((e) => {
    const fields: FaqField[] = [];
    for (const field of ['问', '答'] as const) {
      const text = textOf(e.data[field]);
      if (text === undefined) continue;
      const problem = faqProblem(field, text);
      const path = [...e.path, field];
      fields.push(problem ? { field, path, text, problem } : { field, path, text });
    }
    const filled = fields.length === 2 && fields.every((f) => f.problem === undefined || f.problem === 'notQuestion');
    return { n: e.index + 1, fields, filled };
  });
}
