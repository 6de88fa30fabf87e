// Config resolution: discovery, extends chains, presets, precedence, options, overrides, plugins,
// and the located errors (exit 2 through UsageError).

import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { presetConfig } from '../../src/config/resolved-config.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { ConfigError } from '../../src/config/errors.js';
import { configForFile, isIgnoredByConfig, matchingOverrides } from '../../src/config/per-file.js';
import { checklistTargets, parseSize, resolveFromFile } from '../../src/config/resolve-file.js';
import { UsageError } from '../../src/errors.js';
import { cleanup, project } from './support.js';

afterAll(cleanup);

const PLUGIN = join(import.meta.dirname, '..', '..', 'dist', 'examples', 'plugin', 'index.js');

/** The error a promise rejects with; file names in its message shown relative to `dir` (the CLI shows them relative to its working folder). */
async function errorOf(p: Promise<unknown>, dir?: string): Promise<Error> {
  try {
    await p;
  } catch (err) {
    const e = err as Error;
    if (dir) e.message = e.message.replaceAll(`${relative(process.cwd(), dir)}/`, '');
    return e;
  }
  throw new Error('expected an error');
}

describe('discovery', () => {
  it('no config file: the preset alone, as before', async () => {
    const dir = project({ 'a.yaml': '' });
    const config = await resolveConfig({ cwd: dir });
    expect(config).toEqual(presetConfig(builtinRules));
  });

  it('finds the config from a subfolder upward', async () => {
    const dir = project({ 'guide-lint.config.yaml': 'rules:\n  office-hours: off\n', 'a/b/c/x.yaml': '' });
    const config = await resolveConfig({ cwd: join(dir, 'a', 'b', 'c') });
    expect(config.rules['office-hours']!.severity).toBe('off');
    expect(config.configFile).toBe(join(dir, 'guide-lint.config.yaml'));
    expect(config.baseDir).toBe(dir);
  });

  it('.guidelintrc.yaml and guide-lint.config.json are found; the nearest wins', async () => {
    const dir = project({ '.guidelintrc.yaml': 'lang: en\n', 'sub/guide-lint.config.json': '{ "lang": "zh" }' });
    expect((await resolveConfig({ cwd: dir })).lang).toBe('en');
    expect((await resolveConfig({ cwd: join(dir, 'sub') })).lang).toBe('zh');
  });

  it('two config files in one folder: an error naming both', async () => {
    const dir = project({ 'guide-lint.config.yaml': '', '.guidelintrc.yaml': '' });
    const err = await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe(
      'guide-lint.config.yaml: several config files in one folder (guide-lint.config.yaml, .guidelintrc.yaml): keep one',
    );
  });

  it('--config names a file anywhere (no search); a missing one is an error', async () => {
    const dir = project({ 'guide-lint.config.yaml': 'lang: zh\n', 'ci/strict.yaml': 'extends: strict\nlang: en\n' });
    const config = await resolveConfig({ cwd: dir, configFile: 'ci/strict.yaml' });
    expect(config.preset).toBe('strict');
    expect(config.lang).toBe('en');
    expect(config.baseDir).toBe(join(dir, 'ci'));
    const err = await errorOf(resolveConfig({ cwd: dir, configFile: 'nope.yaml', lang: 'en' }), dir);
    expect(err.message).toBe('nope.yaml: config file not found');
  });

  it('an empty or comments-only config file is an empty config', async () => {
    const dir = project({ 'guide-lint.config.yaml': '# nothing yet\n' });
    const config = await resolveConfig({ cwd: dir });
    expect(config.rules).toEqual(presetConfig(builtinRules).rules);
  });
});

describe('presets and precedence', () => {
  it('preset → rules → overrides (in order) → --rule', async () => {
    const dir = project({
      'guide-lint.config.yaml': [
        'extends: strict',
        'rules:',
        '  office-hours: warning',
        '  place-address: info',
        'overrides:',
        '  - files: ["sheets/**"]',
        '    rules: { office-hours: info, place-address: warning }',
        '  - files: "sheets/old/*.xlsx"',
        '    rules: { office-hours: off }',
        '',
      ].join('\n'),
    });
    const config = await resolveConfig({ cwd: dir, cliRules: ['place-address:error'] });
    expect(config.rules['result-type']!.severity).toBe('warning'); // strict preset
    expect(config.rules['office-hours']!.severity).toBe('warning');
    expect(config.rules['place-address']!.severity).toBe('error');
    const sheet = configForFile(config, join(dir, 'sheets', 'a.xlsx'));
    expect(sheet.rules['office-hours']!.severity).toBe('info');
    expect(sheet.rules['place-address']!.severity).toBe('error'); // --rule wins over overrides
    const old = configForFile(config, join(dir, 'sheets', 'old', 'b.xlsx'));
    expect(old.rules['office-hours']!.severity).toBe('off');
    expect(matchingOverrides(config, join(dir, 'sheets', 'old', 'b.xlsx'))).toEqual([0, 1]);
    expect(configForFile(config, join(dir, 'guides', 'a.yaml'))).toBe(config);
    // The same merged object for every file matching the same overrides.
    expect(configForFile(config, join(dir, 'sheets', 'c.xlsx'))).toBe(sheet);
  });

  it('the strict preset gives options { strict: true }, kept under config options', async () => {
    const dir = project({
      'guide-lint.config.yaml': 'extends: [strict]\nrules:\n  license-faq: [error, { minEntries: 2 }]\n',
    });
    const config = await resolveConfig({ cwd: dir });
    expect(config.rules['license-faq']).toEqual({
      severity: 'error',
      options: { types: ['行政许可'], minEntries: 2, strict: true },
    });
    expect(config.rules['guide-schema']!.options).toEqual({ strict: true });
  });

  it('--preset replaces the preset the config chose', async () => {
    const dir = project({ 'guide-lint.config.yaml': 'extends: strict\n' });
    expect((await resolveConfig({ cwd: dir, preset: 'recommended' })).preset).toBe('recommended');
  });

  it('checklist sets every measured item target; config targets override item by item', async () => {
    const dir = project({
      'guide-lint.config.yaml':
        'extends: [recommended, checklist]\ntargets:\n  2: 25%\n  8: { target: 10, deadline: 2022-06-30 }\n',
    });
    const config = await resolveConfig({ cwd: dir });
    expect(config.presets).toEqual(['recommended', 'checklist']);
    expect(config.targets).toEqual({ ...checklistTargets(), 2: '25%', 8: { target: 10, deadline: '2022-06-30' } });
    expect(Object.keys(checklistTargets())).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '23',
      '24',
    ]);
  });

  it('lang: --lang (or GUIDE_LINT_LANG) > config lang > zh', async () => {
    const dir = project({ 'guide-lint.config.yaml': 'lang: en\n' });
    expect((await resolveConfig({ cwd: dir })).lang).toBe('en');
    expect((await resolveConfig({ cwd: dir, lang: 'zh' })).lang).toBe('zh');
  });

  it('columns: a target that is no element is a located config error with a did-you-mean; elements, record fields, dotted paths and ignore are accepted', async () => {
    const typo = project({ 'guide-lint.config.yaml': 'columns:\n  内部编号: ignore\n  办件类别: 办件类形\n' });
    await expect(resolveConfig({ cwd: typo, lang: 'en' })).rejects.toThrow(
      'guide-lint.config.yaml:3:9: column "办件类别" maps to "办件类形", which is not a guide element (did you mean "办件类型"?)',
    );
    const far = project({ 'guide-lint.config.yaml': 'columns: { 备注一: 完全不相干的名字 }\n' });
    await expect(resolveConfig({ cwd: far, lang: 'zh' })).rejects.toThrow(
      /列“备注一”映射到的“完全不相干的名字”不是指南要素（要素名见/,
    );
    const ok = project({
      'guide-lint.config.yaml':
        'columns: { a: 办件类型, b: 材料名称, c: 申请材料.份数, d: 审批结果类型, e: ignore, f: "-", g: lint-ignore, h: 承诺期限 }\n',
    });
    expect(Object.keys((await resolveConfig({ cwd: ok })).columns)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it('columns, areaCodes, maxFileSize, encoding, ignore', async () => {
    const dir = project({
      'guide-lint.config.yaml':
        'columns: { 办件类别: 办件类型 }\nareaCodes: ["0471", "472"]\nmaxFileSize: 2MB\nencoding: gbk\nignore: [drafts/]\n',
    });
    const config = await resolveConfig({ cwd: dir });
    expect(config.columns).toEqual({ 办件类别: '办件类型' });
    expect(config.areaCodes).toEqual(['0471', '472']);
    expect(config.rules['phone-distinct']!.options).toEqual({ areaCodes: ['0471', '472'] });
    expect(config.maxBytes).toBe(2 * 1024 * 1024);
    expect(config.encoding).toBe('gbk');
    expect(isIgnoredByConfig(config, join(dir, 'x', 'drafts', 'a.yaml'))).toBe(true);
    expect(isIgnoredByConfig(config, join(dir, 'x', 'a.yaml'))).toBe(false);
  });

  it("a rule's own areaCodes option wins over the top-level areaCodes", async () => {
    const dir = project({
      'guide-lint.config.yaml': 'areaCodes: ["0471"]\nrules:\n  phone-distinct: [warning, { areaCodes: ["0472"] }]\n',
    });
    expect((await resolveConfig({ cwd: dir })).rules['phone-distinct']!.options).toEqual({ areaCodes: ['0472'] });
  });

  it('parseSize', () => {
    expect(parseSize(1000)).toBe(1000);
    expect(parseSize('512KB')).toBe(512 * 1024);
    expect(parseSize('1.5 mb')).toBe(1.5 * 1024 * 1024);
    expect(parseSize('20')).toBe(20);
  });

  it('the resolved config survives structured cloning (worker threads)', async () => {
    const dir = project({
      'guide-lint.config.yaml': `plugins: [${JSON.stringify(PLUGIN)}]\noverrides:\n  - files: a/**\n    rules: { office-hours: off }\ncolumns: { x: 办件类型 }\n`,
    });
    const config = await resolveConfig({ cwd: dir });
    const clone = structuredClone(config);
    expect(JSON.parse(JSON.stringify(clone))).toEqual(JSON.parse(JSON.stringify(config)));
    expect(configForFile(clone, join(dir, 'a', 'x.yaml')).rules['office-hours']!.severity).toBe('off');
  });
});

describe('extends', () => {
  it('a chain of paths: extended configs first, the file itself last', async () => {
    const dir = project({
      'team/base.yaml':
        'extends: [strict, ./more.yaml]\nrules:\n  office-hours: info\n  place-address: info\ncolumns: { a: 办件类型 }\n',
      'team/more.yaml': 'rules:\n  office-hours: warning\nignore: [old/]\n',
      'repo/guide-lint.config.yaml':
        'extends: ../team/base.yaml\nrules:\n  place-address: off\ncolumns: { b: 办理深度 }\nignore: [tmp/]\n',
    });
    const config = await resolveConfig({ cwd: join(dir, 'repo') });
    expect(config.preset).toBe('strict');
    expect(config.rules['office-hours']!.severity).toBe('info');
    expect(config.rules['place-address']!.severity).toBe('off');
    expect(config.columns).toEqual({ a: '办件类型', b: '办理深度' });
    expect(config.ignorePatterns).toEqual(['old/', 'tmp/']);
    expect(config.configFiles).toEqual([
      join(dir, 'team/more.yaml'),
      join(dir, 'team/base.yaml'),
      join(dir, 'repo/guide-lint.config.yaml'),
    ]);
  });

  it("a config's own preset wins over the preset of a config it extends", async () => {
    const dir = project({
      'shared.yaml': 'extends: strict\n',
      'guide-lint.config.yaml': 'extends: [recommended, ./shared.yaml]\n',
    });
    expect((await resolveConfig({ cwd: dir })).preset).toBe('recommended');
    const dir2 = project({
      'shared.yaml': 'extends: strict\n',
      'guide-lint.config.yaml': 'extends: [./shared.yaml]\n',
    });
    expect((await resolveConfig({ cwd: dir2 })).preset).toBe('strict');
  });

  it('an npm package (yaml main, or a config file at its root)', async () => {
    const dir = project({
      'node_modules/@org/guide-lint-config/package.json': '{ "name": "@org/guide-lint-config", "main": "config.yaml" }',
      'node_modules/@org/guide-lint-config/config.yaml': 'extends: [strict, checklist]\nrules:\n  office-hours: info\n',
      'node_modules/plain-config/guide-lint.config.json': '{ "lang": "en" }',
      'node_modules/plain-config/package.json': '{ "name": "plain-config" }',
      'guide-lint.config.yaml': 'extends: ["@org/guide-lint-config", plain-config]\n',
    });
    const config = await resolveConfig({ cwd: dir });
    expect(config.preset).toBe('strict');
    expect(config.presets).toEqual(['strict', 'checklist']);
    expect(config.rules['office-hours']!.severity).toBe('info');
    expect(config.lang).toBe('en');
  });

  it('a cycle is an error naming the chain', async () => {
    const dir = project({ 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' });
    const err = await errorOf(resolveConfig({ cwd: dir, configFile: 'a.yaml', lang: 'en' }), dir);
    expect(err.message).toMatch(/^b\.yaml:1:10: extends cycle: a\.yaml → b\.yaml → /);
  });

  it('an unresolvable entry: located, with "did you mean" for a preset', async () => {
    const dir = project({ 'guide-lint.config.yaml': 'extends:\n  - recommended\n  - strikt\n' });
    const err = await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir);
    expect(err.message).toBe(
      'guide-lint.config.yaml:3:5: unknown preset "strikt" (did you mean "strict"?) (built-in presets: recommended, strict, checklist)',
    );
    const dir2 = project({ 'guide-lint.config.yaml': 'extends: some-team-config\n' });
    const err2 = await errorOf(resolveConfig({ cwd: dir2, lang: 'en' }), dir2);
    expect(err2.message).toMatch(
      /^guide-lint\.config\.yaml:1:10: cannot resolve extends "some-team-config": package "some-team-config" is not installed/,
    );
  });
});

describe('validation: one located line, exit 2', () => {
  const cases: [string, string, string][] = [
    [
      'unknown key',
      'rule:\n  office-hours: off\n',
      'guide-lint.config.yaml:1:1: unknown config key "rule" (did you mean "rules"?) (see docs/configuration.md)',
    ],
    [
      'rule at the top level',
      'office-hours: off\n',
      'guide-lint.config.yaml:1:1: "office-hours" is a rule: put it under rules:',
    ],
    [
      'unknown rule',
      'rules:\n  office-hour: off\n',
      'guide-lint.config.yaml:2:3: unknown rule "office-hour" (did you mean "office-hours"?) (guide-lint rules lists them)',
    ],
    [
      'bad severity',
      'rules:\n  office-hours: warn\n',
      'guide-lint.config.yaml:2:17: invalid config: rules.office-hours must be equal to one of the allowed values: off, info, warning, error',
    ],
    [
      'bad option value',
      'rules:\n  phone-distinct: [warning, { areaCodes: ["x1"] }]\n',
      'guide-lint.config.yaml:2:43: invalid options for rule phone-distinct: areaCodes[0] must match pattern "^0?[1-9]\\d{1,2}$"',
    ],
    [
      'unknown option',
      'rules:\n  phone-distinct: [warning, { areaCode: ["0471"] }]\n',
      'guide-lint.config.yaml:2:31: invalid options for rule phone-distinct: areaCode is not a known key (did you mean "areaCodes"?)',
    ],
    [
      'bad option in an override',
      'overrides:\n  - files: x\n    rules:\n      license-stages: [warning, { minSteps: -1 }]\n',
      'guide-lint.config.yaml:4:45: invalid options for rule license-stages: minSteps must be >= 0',
    ],
    [
      'override without files',
      'overrides:\n  - rules: {}\n',
      "guide-lint.config.yaml:2:5: invalid config: overrides[0] must have required property 'files'",
    ],
    [
      'bad target',
      'targets:\n  2: 150%\n',
      'guide-lint.config.yaml:2:6: invalid target: targets.2: a fraction 0–1 or a percentage such as "90%", got "150%"',
    ],
    [
      'YAML syntax',
      'rules: [1\n',
      'guide-lint.config.yaml:1:10: invalid config: YAML syntax error: unexpected end of the stream within a flow collection',
    ],
    ['not a mapping', '- a\n', 'guide-lint.config.yaml:1:1: a config file holds a mapping, found list'],
    [
      'bad lang',
      'lang: fr\n',
      'guide-lint.config.yaml:1:7: invalid config: lang must be equal to one of the allowed values: zh, en',
    ],
  ];
  for (const [name, yaml, message] of cases) {
    it(name, async () => {
      const dir = project({ 'guide-lint.config.yaml': yaml });
      const err = await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir);
      expect(err).toBeInstanceOf(UsageError);
      expect(err.message).toBe(message);
      expect(err.message).not.toContain('\n');
    });
  }

  it('Chinese messages (ajv-i18n) by default', async () => {
    const dir = project({ 'guide-lint.config.yaml': 'rules:\n  phone-distinct: [warning, { areaCodes: ["x1"] }]\n' });
    const err = await errorOf(resolveConfig({ cwd: dir }), dir);
    expect(err.message).toBe(
      'guide-lint.config.yaml:2:43: 规则 phone-distinct 的选项无效：areaCodes[0] 应当匹配模式 "^0?[1-9]\\d{1,2}$"',
    );
  });

  it('JSON configs are located too', async () => {
    const dir = project({ 'guide-lint.config.json': '{\n  "rules": {\n    "office-hours": "warn"\n  }\n}\n' });
    const err = await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir);
    expect(err.message).toBe(
      'guide-lint.config.json:3:21: invalid config: rules.office-hours must be equal to one of the allowed values: off, info, warning, error',
    );
  });

  it('--rule with an unknown id: "did you mean"', async () => {
    const err = await errorOf(resolveConfig({ cwd: project({}), cliRules: ['ofice-hours:off'] }));
    expect(err.message).toBe('--rule names an unknown rule "ofice-hours" (did you mean "office-hours"?)');
  });
});

describe('code: .mjs configs and plugins', () => {
  it('an .mjs config runs; --no-config-code refuses it, naming the file', async () => {
    const dir = project({ 'guide-lint.config.mjs': 'export default { rules: { "office-hours": "off" } };\n' });
    expect((await resolveConfig({ cwd: dir })).rules['office-hours']!.severity).toBe('off');
    const err = await errorOf(resolveConfig({ cwd: dir, allowCode: false, lang: 'en' }), dir);
    expect(err.message).toBe(
      'guide-lint.config.mjs: refused to run config code guide-lint.config.mjs (--no-config-code): .mjs configs and plugins are executable code; load them only from trusted repositories',
    );
  });

  it('an .mjs config that throws, or exports no object', async () => {
    const dir = project({ 'guide-lint.config.mjs': 'throw new Error("boom");\n' });
    expect((await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir)).message).toBe(
      'guide-lint.config.mjs: config file guide-lint.config.mjs failed: boom',
    );
    const dir2 = project({ 'guide-lint.config.mjs': 'export const x = 1;\n' });
    expect((await errorOf(resolveConfig({ cwd: dir2, lang: 'en' }), dir2)).message).toBe(
      'guide-lint.config.mjs: config file guide-lint.config.mjs must `export default` a config object',
    );
  });

  it('plugin rules join the rules, take their preset severity, and validate their options', async () => {
    const dir = project({ 'guide-lint.config.yaml': `plugins: [${JSON.stringify(PLUGIN)}]\n` });
    const { config, rules } = await resolveFromFile(join(dir, 'guide-lint.config.yaml'), { cwd: dir });
    expect(rules.map((r) => r.meta.id)).toContain('example/supervision-hotline');
    expect(config.plugins).toEqual([PLUGIN]);
    expect(config.rules['example/supervision-hotline']).toEqual({
      severity: 'warning',
      options: { hotlines: ['12345'] },
    });
    const bad = project({
      'guide-lint.config.yaml': `plugins: [${JSON.stringify(PLUGIN)}]\nrules:\n  example/supervision-hotline: [error, { hotlines: [abc] }]\n`,
    });
    const err = await errorOf(resolveConfig({ cwd: bad, lang: 'en' }), bad);
    expect(err.message).toBe(
      'guide-lint.config.yaml:3:53: invalid options for rule example/supervision-hotline: hotlines[0] must match pattern "^\\d{3,8}$"',
    );
  });

  it('a broken plugin is an error naming it', async () => {
    const dir = project({
      'syntax.mjs': 'export const rules = [;\n',
      'shape.mjs': 'export const rules = [{ meta: { id: "x" } }];\n',
      'nothing.mjs': 'export const y = 1;\n',
      'dup.mjs':
        'export const rules = [{ meta: { id: "office-hours", item: null, severity: "error", description: { zh: "a", en: "a" }, messages: {} }, check() {} }];\n',
      'a.yaml': 'plugins: [./syntax.mjs]\n',
      'b.yaml': 'plugins: [./shape.mjs]\n',
      'c.yaml': 'plugins: [./nothing.mjs]\n',
      'd.yaml': 'plugins: [./dup.mjs]\n',
      'e.yaml': 'plugins: [guide-lint-plugin-missing]\n',
      'sev.mjs':
        'export const rules = [{ meta: { id: "my/x", item: null, severity: "error", messageSeverity: { a: "loud" }, description: { zh: "a", en: "a" }, messages: {} }, check() {} }];\n',
      'f.yaml': 'plugins: [./sev.mjs]\n',
    });
    const msg = async (f: string) =>
      (await errorOf(resolveConfig({ cwd: dir, configFile: f, lang: 'en' }), dir)).message;
    expect(await msg('a.yaml')).toMatch(/^a\.yaml:1:11: plugin \.\/syntax\.mjs could not be loaded: ./); // the message itself comes from Node (vite's under vitest)
    expect(await msg('b.yaml')).toBe(
      'b.yaml:1:11: plugin ./shape.mjs is not a valid plugin: rule "x" has no check function',
    );
    expect(await msg('c.yaml')).toBe(
      'c.yaml:1:11: plugin ./nothing.mjs is not a valid plugin: does not export "rules": an array of { meta, check }',
    );
    expect(await msg('d.yaml')).toBe('d.yaml:1:11: plugin ./dup.mjs defines rule office-hours, which already exists');
    expect(await msg('e.yaml')).toMatch(
      /^e\.yaml:1:11: plugin guide-lint-plugin-missing could not be loaded: package "guide-lint-plugin-missing" is not installed/,
    );
    expect(await msg('f.yaml')).toBe(
      'f.yaml:1:11: plugin ./sev.mjs is not a valid plugin: rule "my/x": meta.messageSeverity must map message ids to error, warning or info',
    );
  });
});

describe('hostile configs', () => {
  it('__proto__ and constructor are not rule ids, and pollute nothing', async () => {
    const dir = project({ 'guide-lint.config.yaml': 'rules:\n  __proto__: off\n' });
    expect((await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir)).message).toMatch(
      /^guide-lint\.config\.yaml:2:3: unknown rule "__proto__"/,
    );
    const dir2 = project({ 'guide-lint.config.yaml': 'columns:\n  __proto__: 办件类型\n  constructor: 办理深度\n' });
    const config = await resolveConfig({ cwd: dir2 });
    expect(Object.keys(config.columns)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    const err = await errorOf(resolveConfig({ cwd: project({}), cliRules: ['constructor:off'] }));
    expect(err.message).toMatch(/unknown rule "constructor"/);
  });

  it('a YAML alias bomb is refused before it expands', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const dir = project({
      'guide-lint.config.yaml': `_:\n${lines.map((l) => `  ${l}`).join('\n')}\nrules:\n  unknown-element: [warning, { allow: *a7 }]\n`,
    });
    const err = await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir);
    expect(err.message).toMatch(/too many YAML aliases/);
  });

  it('a huge config file is refused', async () => {
    const dir = project({ 'guide-lint.config.yaml': `# ${'x'.repeat(1024 * 1024 + 10)}\n` });
    expect((await errorOf(resolveConfig({ cwd: dir, lang: 'en' }), dir)).message).toMatch(
      /^guide-lint\.config\.yaml:1:1: invalid config: the file is too large/,
    );
  });
});
