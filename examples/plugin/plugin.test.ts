// The example plugin: its rule through the package's RuleTester (`guide-lint/rule-tester`, the one
// the built-in rules use), and the demo project through the built CLI (plugin loaded from the
// config, in worker threads too, refused under --no-config-code).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleTester } from 'guide-lint/rule-tester';
import { runCli } from '../../test/support/cli.js';
import { ruleShapeProblem } from '../../src/config/plugins.js';
import type { Rule } from '../../src/engine/rule.js';
import plugin, { rules, supervisionHotline } from './index.js';

const rule: Rule = supervisionHotline;
const DEMO = join(import.meta.dirname, 'demo');

// vitest runs without globals: the tester is given its describe and it.
RuleTester.describe = describe;
RuleTester.it = it;
// Each case's fragment replaces its keys in the demo's clean guide.
const GOOD = join(DEMO, 'guides', 'good.yaml');
const tester = new RuleTester({ base: readFileSync(GOOD, 'utf8'), filename: GOOD });

describe('the plugin module', () => {
  it('exports its rules, named and as the default export', () => {
    expect(rules).toEqual([supervisionHotline]);
    expect(plugin.rules).toBe(rules);
  });
  it('has the shape of a built-in rule', () => {
    expect(ruleShapeProblem(rule, 0)).toBeUndefined();
  });
});

tester.run(rule, {
  valid: [
    '监督电话: "12345"',
    '监督电话: 0471-6945679、12345',
    '监督电话: 0471-12345',
    '监督电话: ０４７１－６９４５６７９，１２３４５',
    { yaml: '监督电话: 0471-96315', options: { hotlines: ['12345', '96315'] } },
    { yaml: '事项名称: 无监督电话的指南', bare: true },
  ],
  invalid: [
    { yaml: '监督电话: 0471-6945679', errors: [{ messageId: 'missing', line: 1, column: 7, message: '12345' }] },
    { yaml: '监督电话: 0471-6912345', errors: [{ messageId: 'missing', line: 1 }] },
    { yaml: '监督电话: "123456"', errors: [{ messageId: 'missing', line: 1 }] },
    { yaml: '咨询电话: 0471-6945678\n监督电话: 0471-6945678', errors: [{ messageId: 'missing', line: 2, column: 7 }] },
    { yaml: '监督电话: "12345"', options: { hotlines: ['96315'] }, errors: [{ messageId: 'missing', line: 1, message: '96315' }] },
  ],
});

describe('the demo project (built CLI)', () => {
  it('reports bad.yaml only, at the plugin rule severity the config sets', () => {
    const r = runCli(['guides', '--format', 'json', '--no-score'], { cwd: DEMO });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.findings).toMatchObject([{ ruleId: 'example/supervision-hotline', severity: 'error', file: 'guides/bad.yaml', line: 22, column: 7, item: 16 }]);
  });

  it('--rule turns the plugin rule off like a built-in one', () => {
    const r = runCli(['guides', '--rule', 'example/supervision-hotline:off', '--no-score'], { cwd: DEMO });
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('--no-config-code refuses the plugin: exit 2, naming it and where the config names it', () => {
    const r = runCli(['guides', '--no-config-code', '--lang', 'en'], { cwd: DEMO });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('guide-lint: guide-lint.config.yaml:6:5: refused to load plugin ../../../dist/examples/plugin/index.js (--no-config-code): plugins are executable code; load them only from trusted repositories');
  });
});
