// The SARIF formatter against the official SARIF 2.1.0 JSON Schema (vendored, draft-07), and the
// details code-scanning tools rely on: rule metadata, ruleIndex, levels, regions, relative URIs.

import { describe, expect, it } from 'vitest';
import sarif, { fileUri } from '../../src/format/sarif.js';
import { docsUrl } from '../../src/engine/rule.js';
import { input, sampleResult } from './support.js';
import { errorsOf, sarifValidator } from './schema.js';

const run = async (lang: 'zh' | 'en' = 'zh', result = sampleResult()) =>
  JSON.parse(String(await sarif(input(lang, result))));

describe('sarif', () => {
  it('validates against the SARIF 2.1.0 schema (zh and en, with and without findings)', async () => {
    const validate = sarifValidator();
    for (const lang of ['zh', 'en'] as const) {
      const log = await run(lang);
      expect(validate(log), errorsOf(validate)).toBe(true);
    }
    const empty = sampleResult();
    empty.findings = [];
    const log = await run('zh', empty);
    expect(validate(log), errorsOf(validate)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it('the schema catches a broken log (the validator is not vacuous)', async () => {
    const validate = sarifValidator();
    const log = await run();
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(validate(log)).toBe(false);
  });

  it('describes the driver and every rule, with help URLs and checklist items', async () => {
    const log = await run('en');
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({
      name: 'guide-lint',
      version: '9.9.9',
      informationUri: expect.stringMatching(/^https:\/\//),
    });
    const blank = driver.rules.find((r: { id: string }) => r.id === 'blank-form');
    expect(blank).toMatchObject({
      helpUri: docsUrl('blank-form'),
      defaultConfiguration: { level: 'error' },
      properties: { item: 23, defaultSeverity: 'error' },
    });
    expect(blank.shortDescription.text).toMatch(/[a-z]/);
    // Rules spanning several items say so per finding: null here.
    expect(driver.rules.find((r: { id: string }) => r.id === 'enum-values').properties.item).toBeNull();
    const zh = await run('zh');
    expect(
      zh.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'enum-values').shortDescription.text,
    ).toMatch(/[\u4e00-\u9fff]/);
    // Engine problems have a descriptor too, so every result has a ruleIndex.
    expect(driver.rules.find((r: { id: string }) => r.id === 'parse-error')).toBeDefined();
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('results: ruleIndex, level, message, relative URI, region, properties', async () => {
    const log = await run();
    const { results, tool } = log.runs[0];
    expect(results).toHaveLength(5);
    for (const r of results) expect(tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    expect(results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'note', 'error', 'error']);
    const first = results[0];
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: fileUri('guides/食品 许可.yaml'), uriBaseId: '%SRCROOT%' },
      region: { startLine: 15, startColumn: 11, endLine: 15, endColumn: 17 },
    });
    expect(first.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'guides/%E9%A3%9F%E5%93%81%20%E8%AE%B8%E5%8F%AF.yaml',
    );
    expect(first.message.text).toContain('原件和复印件');
    expect(first.properties).toEqual({ item: 20, path: ['申请材料', 1, '材料类型'], guide: '食品经营许可（新办）' });
    const sheet = results.find((r: { ruleId: string }) => r.ruleId === 'promised-time-limit');
    expect(sheet.properties).toMatchObject({ sheet: '实施清单', cell: 'K3', header: '承诺办结时限', item: 13 });
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('partial fingerprints ignore lines: a moved finding keeps its fingerprint', async () => {
    const a = sampleResult();
    const b = sampleResult();
    for (const f of b.findings) {
      f.line += 7;
      f.endLine += 7;
    }
    const fa = (await run('zh', a)).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    const fb = (await run('zh', b)).runs[0].results.map((r: { partialFingerprints: object }) => r.partialFingerprints);
    expect(fb).toEqual(fa);
    expect(new Set(fa.map((x: object) => JSON.stringify(x))).size).toBe(fa.length);
  });
});
