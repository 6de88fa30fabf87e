// A rule's wording: plain Chinese strings (English from a catalog: docs/rules-src/<id>.md for the
// built-in rules) or `{ zh, en }` inline, as plugins may still write it.

import { describe, expect, it } from 'vitest';
import { addEnglish, chineseOnlyWording, defineRule } from '../../src/engine/rule.js';
import { ruleShapeProblem } from '../../src/config/plugins.js';
import { runRule } from '../support/rule-tester.js';

const make = () =>
  defineRule({
    meta: {
      id: 'wording-test',
      item: null,
      severity: 'warning',
      source: 'practice',
      description: '监督电话应列出12345',
      messages: {
        plain: '监督电话“{value}”中没有12345',
        both: { zh: '监督电话为空', en: 'the supervision phone is blank' },
      },
    },
    check(guide, ctx) {
      const v = guide.data['监督电话'];
      ctx.report({ path: ['监督电话'], messageId: v ? 'plain' : 'both', data: { value: String(v) } });
    },
  });

describe('rule wording', () => {
  it('a plain string is the wording in both languages until a catalog gives its English', () => {
    const rule = make();
    expect(rule.meta.description).toEqual({ zh: '监督电话应列出12345', en: '监督电话应列出12345' });
    expect(runRule(rule, { yaml: '监督电话: 0471-6945679' }, 'en')[0]?.message).toBe(
      '监督电话“0471-6945679”中没有12345',
    );
    expect(chineseOnlyWording(rule.meta)).toEqual({ description: true, messages: ['plain'] });
  });

  it('addEnglish fills in the English of Chinese-only wording and keeps `{ zh, en }` wording', () => {
    const rule = make();
    addEnglish(rule, {
      description: 'the supervision phone lists 12345',
      messages: { plain: 'the supervision phone "{value}" does not list 12345', both: 'ignored' },
    });
    expect(rule.meta.description).toEqual({ zh: '监督电话应列出12345', en: 'the supervision phone lists 12345' });
    expect(runRule(rule, { yaml: '监督电话: 0471-6945679' }, 'en')[0]?.message).toBe(
      'the supervision phone "0471-6945679" does not list 12345',
    );
    expect(runRule(rule, { yaml: '监督电话: 0471-6945679' }, 'zh')[0]?.message).toBe(
      '监督电话“0471-6945679”中没有12345',
    );
    expect(rule.meta.messages.both).toEqual({ zh: '监督电话为空', en: 'the supervision phone is blank' });
    // What the rule wrote in Chinese only stays known after its English is added.
    expect(chineseOnlyWording(rule.meta)).toEqual({ description: true, messages: ['plain'] });
  });

  it('a plugin rule may write either shape; anything else is refused', () => {
    const meta = { id: 'p/x', item: null, severity: 'warning', source: 'practice' };
    const check = () => undefined;
    expect(
      ruleShapeProblem({ meta: { ...meta, description: '说明', messages: { a: '甲' } }, check }, 0),
    ).toBeUndefined();
    expect(ruleShapeProblem({ meta: { ...meta, description: { zh: '说明' }, messages: {} }, check }, 0)).toBe(
      'rule "p/x": meta.description must be a string or { zh, en }',
    );
    expect(ruleShapeProblem({ meta: { ...meta, description: '说明', messages: { a: 1 } }, check }, 0)).toBe(
      'rule "p/x": meta.messages must map ids to strings or { zh, en }',
    );
  });
});
