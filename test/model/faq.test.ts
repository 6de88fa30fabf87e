// 常见问题 entries: filler, questions, and what an entry holds (src/model/faq.ts).

import { describe, expect, it } from 'vitest';
import { faqProblem, fillsNothing, isQuestion, readFaq, type Guide } from '../../src/kit/index.js';

const guide = (faq: unknown) => ({ data: { 常见问题: faq } }) as unknown as Guide;

describe('fillsNothing', () => {
  it('placeholders (a trailing full stop ignored) and short test entries', () => {
    for (const t of ['无', '无。', '暂无', '/', '测试问题', 'test1', 'ＴＥＳＴ']) expect(fillsNothing(t), t).toBe(true);
  });
  it('real content, and long texts that merely start with 测试', () => {
    for (const t of ['许可证有效期是多久？', '测试报告由哪家机构出具，需要盖章吗？', '有效期为5年。'])
      expect(fillsNothing(t), t).toBe(false);
  });
});

describe('isQuestion', () => {
  it('a question mark, 吗/呢 or an interrogative word', () => {
    for (const t of ['有效期多久', '需要带原件吗', '如何办理', '办理需要几天', 'Is it free?'])
      expect(isQuestion(t), t).toBe(true);
  });
  it('a statement', () => {
    expect(isQuestion('办理须知')).toBe(false);
    expect(isQuestion('申请人应当提交申请书')).toBe(false);
  });
});

describe('faqProblem', () => {
  it('blank, filler, and a 问 that asks nothing; an 答 need not ask', () => {
    expect(faqProblem('问', '')).toBe('blank');
    expect(faqProblem('答', '暂无')).toBe('placeholder');
    expect(faqProblem('问', '办理须知')).toBe('notQuestion');
    expect(faqProblem('答', '办理须知')).toBeUndefined();
    expect(faqProblem('问', '如何办理？')).toBeUndefined();
  });
});

describe('readFaq', () => {
  it('each record with its trimmed fields, their paths and problems', () => {
    const entries = readFaq(guide([{ 问: ' 如何办理？ ', 答: '无' }, '不是记录', { 问: '办理须知', 答: 5 }]));
    expect(entries).toEqual([
      {
        n: 1,
        fields: [
          { field: '问', path: ['常见问题', 0, '问'], text: '如何办理？' },
          { field: '答', path: ['常见问题', 0, '答'], text: '无', problem: 'placeholder' },
        ],
        filled: false,
      },
      {
        n: 3,
        fields: [
          { field: '问', path: ['常见问题', 2, '问'], text: '办理须知', problem: 'notQuestion' },
          { field: '答', path: ['常见问题', 2, '答'], text: '5' },
        ],
        filled: true,
      },
    ]);
  });
  it('an entry missing a field, or with a field of another type, is not filled (guide-schema reports it)', () => {
    expect(readFaq(guide([{ 问: '如何办理？' }]))[0]?.filled).toBe(false);
    expect(readFaq(guide([{ 问: '如何办理？', 答: ['a'] }]))[0]?.fields).toHaveLength(1);
    expect(readFaq(guide(undefined))).toEqual([]);
  });
});
