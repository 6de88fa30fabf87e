// The RuleTester itself: a messageId the rule's messages lack throws (as in ESLint), and a fix's
// output is checked on the fixed file text, not only the replacement.

import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../../src/kit/index.js';
import { runRule } from '../support/rule-tester.js';
import { applyFixes } from '../../src/engine/fix.js';
import { caseText } from '../support/rule-tester.js';

const meta = {
  id: 'kit-test',
  item: 16,
  severity: 'error' as const,
  source: 'practice' as const,
  description: { zh: '测试', en: 'test' },
  messages: { bad: { zh: '“{value}”不对', en: '"{value}" is wrong' } },
  docs: { details: { zh: '', en: '' }, bad: '', good: '' },
};

const typo = {
  meta,
  check(guide, ctx) {
    ctx.report({ path: ['监督电话'], messageId: 'badd', data: { value: String(guide.data['监督电话']) } });
  },
} as Rule;

const fixing = defineRule({
  meta,
  check(guide, ctx) {
    const v = guide.data['监督电话'];
    if (v === '0471 6945679')
      ctx.report({ path: ['监督电话'], messageId: 'bad', data: { value: v }, fix: '0471-6945679' });
  },
});

describe('RuleTester', () => {
  it('throws on a messageId the rule does not define', () => {
    expect(() => runRule(typo, { yaml: '监督电话: "12345"' })).toThrow('unknown messageId "badd"');
  });

  it('reports the messageId on the finding and the fix applies to the file text', () => {
    const c = { yaml: '监督电话: 0471 6945679\n' };
    const [f, ...rest] = runRule(fixing, c);
    expect(rest).toEqual([]);
    expect(f?.messageId).toBe('bad');
    expect(applyFixes(caseText(c), f ? [f] : [], false).text).toBe(caseText({ yaml: '监督电话: 0471-6945679\n' }));
  });
});
