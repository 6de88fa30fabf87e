import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/load/yaml.js';
import { lintLoaded } from '../../src/engine/lint-file.js';
import { presetConfig } from '../../src/config/resolved-config.js';
import { builtinRules } from '../../rules/index.js';
import { parseDirectives } from '../../src/engine/suppress.js';

function lintText(text: string, unused = false) {
  const config = presetConfig(builtinRules);
  config.reportUnusedDisableDirectives = unused;
  return lintLoaded('/virtual/g.yaml', loadYaml(text), { cwd: '/virtual', config, rules: builtinRules });
}

const BAD = '事项名称: 测试\nfoo: 1\nbar: 2\n';

describe('suppression comments', () => {
  it('finds directives in comments only, not inside quoted strings', () => {
    const ds = parseDirectives('a: "# guide-lint-disable"\n# guide-lint-disable-next-line x, y -- because\nb: 1\n');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ kind: 'disable-next-line', rules: ['x', 'y'], line: 2, column: 1 });
  });

  it('disable-next-line suppresses that rule on the next line only', () => {
    const r = lintText(
      '事项名称: 测试\n# guide-lint-disable-next-line unknown-element -- legacy key\nfoo: 1\nbar: 2\n',
    );
    const unknown = r.findings.filter((f) => f.ruleId === 'unknown-element');
    expect(unknown.map((f) => f.line)).toEqual([4]);
    expect(r.suppressed).toBe(1);
  });

  it('disable-line as a trailing comment', () => {
    const r = lintText('事项名称: 测试\nfoo: 1 # guide-lint-disable-line unknown-element\nbar: 2\n');
    expect(r.findings.filter((f) => f.ruleId === 'unknown-element').map((f) => f.line)).toEqual([3]);
  });

  it('disable … enable ranges, per rule', () => {
    const r = lintText(
      '# guide-lint-disable unknown-element\n事项名称: 测试\nfoo: 1\n# guide-lint-enable unknown-element\nbar: 2\n',
    );
    expect(r.findings.filter((f) => f.ruleId === 'unknown-element').map((f) => f.line)).toEqual([5]);
  });

  it('a directive for another rule suppresses nothing', () => {
    const r = lintText(`# guide-lint-disable-next-line enum-values\n${BAD}`);
    expect(r.findings.filter((f) => f.ruleId === 'unknown-element')).toHaveLength(2);
  });

  it('disable-file suppresses everything but parse errors', () => {
    const r = lintText(`# guide-lint-disable-file\n${BAD}`);
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toBeGreaterThan(2);
  });

  it('--report-unused-disable-directives reports a directive that suppressed nothing, at its location', () => {
    const r = lintText('事项名称: 测试\n# guide-lint-disable-next-line enum-values\nfoo: 1\n', true);
    const unused = r.findings.filter((f) => f.ruleId === 'unused-disable-directive');
    expect(unused).toHaveLength(1);
    expect(unused[0]).toMatchObject({ line: 2, column: 1, severity: 'warning' });
  });
});
