// The RuleTester itself: a messageId the rule's messages lack throws (as in ESLint), a fix's output
// is checked on the fixed file text, not only the replacement, and without a test runner a table
// runs at once, throwing node:assert errors that name the case.

import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { defineRule, type Rule } from '../../src/kit/index.js';
import { RuleTester, type InvalidCase } from '../../src/kit/rule-tester.js';
import { BASE_YAML, runRule } from '../support/rule-tester.js';
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

describe('RuleTester without a test runner', () => {
  /** Runs a table with no describe/it (as `node check.js` would) and gives what it throws. */
  function runBare(invalid: InvalidCase[], valid: string[] = ['监督电话: 0471-6945679']): unknown {
    const saved = [RuleTester.describe, RuleTester.it] as const;
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    try {
      new RuleTester({ base: BASE_YAML }).run(fixing, { valid, invalid });
      return undefined;
    } catch (error) {
      return error;
    } finally {
      [RuleTester.describe, RuleTester.it] = saved;
    }
  }
  const right: InvalidCase = {
    yaml: '监督电话: 0471 6945679\n',
    errors: [{ messageId: 'bad', line: 1, column: 7, fix: '0471-6945679', output: '监督电话: 0471-6945679\n' }],
    output: '监督电话: 0471-6945679\n',
  };

  it('a right table passes', () => {
    expect(runBare([right])).toBeUndefined();
  });

  it('a wrong line, messageId, fixed output or finding count throws an AssertionError naming the case', () => {
    const wrong = (e: Partial<InvalidCase['errors'][number]>, c: Partial<InvalidCase> = {}) =>
      runBare([{ ...right, name: 'the case', ...c, errors: [{ ...right.errors[0]!, ...e }] }]);
    for (const [error, what] of [
      [wrong({ line: 2 }), 'line of finding 0'],
      [wrong({ messageId: 'other' }), 'messageId of finding 0'],
      [wrong({ output: '监督电话: 0471-6945678\n' }), 'fixed output of finding 0'],
      [wrong({}, { output: '监督电话: 12345\n' }), 'output'],
      [runBare([{ ...right, name: 'the case', errors: [] }]), 'findings: ["1:7 “0471 6945679”不对"]'],
    ] as const) {
      expect(error).toBeInstanceOf(AssertionError);
      expect((error as Error).message).toContain(`kit-test › the case: ${what}`);
    }
  });

  it('a valid case with a finding throws', () => {
    expect((runBare([], ['监督电话: 0471 6945679']) as Error).message).toContain(
      'kit-test › 监督电话: 0471 6945679: a valid case has findings',
    );
  });
});
