// meta.messageSeverity and report({ severity }) cap a finding below its rule's severity, never above.
import { describe, expect, it } from 'vitest';
import { runRule } from '../support/rule-tester.js';
import enumValues from '../../rules/enum-values.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Severity } from '../../src/model/types.js';

const probe = defineRule({
  meta: {
    id: 'probe',
    item: null,
    severity: 'error',
    source: 'practice',
    messageSeverity: { soft: 'warning' },
    description: { zh: 'p', en: 'p' },
    messages: { hard: { zh: '硬', en: 'hard' }, soft: { zh: '软', en: 'soft' }, dyn: { zh: '动', en: 'dyn' } },
    docs: { details: { zh: 'p', en: 'p' }, bad: '', good: '' },
  },
  check(_guide, ctx) {
    ctx.report({ path: ['事项名称'], messageId: 'hard' });
    ctx.report({ path: ['事项名称'], messageId: 'soft' });
    ctx.report({ path: ['事项名称'], messageId: 'dyn', severity: 'info' });
  },
});

const severities = (severity?: Severity) =>
  Object.fromEntries(
    runRule(probe, { yaml: '事项名称: x', ...(severity ? { severity } : {}) }).map((f) => [f.message, f.severity]),
  );

describe('message severity', () => {
  it('caps the declared messages and the dynamic cap; the rest keep the rule severity', () => {
    expect(severities()).toEqual({ 硬: 'error', 软: 'warning', 动: 'info' });
  });
  it('never raises: a rule configured as info reports every message as info', () => {
    expect(severities('info')).toEqual({
      硬: 'info',
      软: 'info',
      动: 'info',
    });
  });
  it('a built-in: a synonym is info while an unknown value stays an error', () => {
    const found = runRule(enumValues, { yaml: '办理形式: [网上办理]\n办件类型: 即时件' });
    expect(found.map((f) => [f.value, f.severity])).toEqual([
      ['网上办理', 'info'],
      ['即时件', 'error'],
    ]);
  });
});
