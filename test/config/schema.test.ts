// schemas/config.schema.json (generated from rule metadata: test/generated.test.ts keeps it fresh)
// and the configs the docs, init and the examples show: each is valid for editors (the full schema)
// and loads through the CLI's resolution.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import jsyaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { starterJson, starterYaml } from '../../src/commands/init.js';
import { CONFIG_SCHEMA_FILE } from '../../src/config/schema.js';
import { cleanup, project } from './support.js';

afterAll(cleanup);

const ROOT = join(import.meta.dirname, '..', '..');
const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8'));
const full = new Ajv({ allErrors: true, strict: false }).compile(schema);

function editorErrors(data: unknown): string[] {
  return full(data) ? [] : (full.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('config.schema.json', () => {
  it('lists every built-in rule with its description and options', () => {
    const props = schema.definitions.rules.properties;
    expect(Object.keys(props).sort()).toEqual(builtinRules.map((r) => r.meta.id).sort());
    expect(props['phone-distinct'].description).toContain('咨询电话与监督电话不同');
    expect(editorErrors({ rules: { 'phone-distinct': ['warning', { areaCodes: ['x'] }] } })).not.toEqual([]);
    expect(editorErrors({ rules: { 'phone-distinct': ['warning', { areaCodes: ['0471'] }] } })).toEqual([]);
  });

  it('has Chinese titles', () => {
    expect(schema.title).toBe('guide-lint 配置文件');
    for (const [key, p] of Object.entries(schema.properties as Record<string, { title?: string; $ref?: string }>)) {
      if (key !== '$schema' && !p.$ref) expect(p.title, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

const yamlBlocks = (md: string) => [...md.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('configs shown to users load', () => {
  const docs = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
  const example = yamlBlocks(docs).find((b) => b.startsWith('# guide-lint.config.yaml'))!;

  it('the complete example of docs/configuration.md', async () => {
    expect(editorErrors(jsyaml.load(example, { schema: jsyaml.CORE_SCHEMA }))).toEqual([]);
    const dir = project({ 'guide-lint.config.yaml': example });
    const config = await resolveConfig({ cwd: dir });
    expect(config.presets).toEqual(['recommended', 'checklist']);
    expect(config.overrides).toHaveLength(2);
    expect(config.rules['phone-distinct']!.options).toEqual({ areaCodes: ['0471'] });
  });

  it('the init starter configs (YAML and JSON)', async () => {
    for (const [name, text] of [
      ['guide-lint.config.yaml', starterYaml('strict', 'x')],
      ['guide-lint.config.json', starterJson('recommended', 'x')],
    ] as const) {
      const dir = project({ [name]: text });
      expect(editorErrors(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA })), name).toEqual([]);
      const config = await resolveConfig({ cwd: dir });
      expect(config.presets![1]).toBe('checklist');
    }
  });

  it('the example plugin demo config', () => {
    const text = readFileSync(join(ROOT, 'examples/plugin/demo/guide-lint.config.yaml'), 'utf8');
    expect(editorErrors(jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }))).toEqual([]);
  });

  it('the rules snippet of docs/configuration.md', async () => {
    const snippet = yamlBlocks(docs).find((b) => b.startsWith('rules:\n  office-hours: off'))!;
    const dir = project({});
    writeFileSync(join(dir, 'guide-lint.config.yaml'), snippet);
    const config = await resolveConfig({ cwd: dir });
    expect(config.rules['license-faq']).toEqual({
      severity: 'error',
      options: { types: ['行政许可'], minEntries: 2, strict: false },
    });
  });
});
