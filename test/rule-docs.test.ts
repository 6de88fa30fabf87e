// Every rule's docs examples run through the rule: the bad one is reported, the good one is not.

import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.js';
import { runRule } from './support/rule-tester.js';

describe('rule docs examples', () => {
  for (const rule of builtinRules) {
    it(`${rule.meta.id}: bad is reported, good is not`, () => {
      const docs = rule.meta.docs;
      if (!docs) throw new Error(`${rule.meta.id} has no docs examples`);
      const bad = runRule(rule, { yaml: docs.bad }).filter((f) => f.ruleId === rule.meta.id);
      const good = runRule(rule, { yaml: docs.good }).filter((f) => f.ruleId === rule.meta.id);
      expect(bad.length, 'the bad example is reported').toBeGreaterThan(0);
      expect(good.map((f) => f.message)).toEqual([]);
    });
    it(`${rule.meta.id}: metadata is complete`, () => {
      const m = rule.meta;
      expect(m.item === null || (m.item >= 1 && m.item <= 24)).toBe(true);
      expect(m.description.zh && m.description.en).toBeTruthy();
      for (const t of Object.values(m.messages)) expect(t.zh && t.en).toBeTruthy();
    });
  }
});
