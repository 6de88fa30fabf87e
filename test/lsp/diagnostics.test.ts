// Diagnostics over the protocol: the same findings as the CLI (rule, range, severity, checklist
// item, docs link), UTF-16 positions with CJK and astral characters, an edit that fixes a defect
// clears it, forms that appear clear the missing-form finding.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE,
  LspClient,
  brief,
  byPosition,
  cliFindings,
  expectedDiagnostic,
  fixture,
  guideDir,
  uriOf,
} from './support.js';
import type { MarkupContent } from 'vscode-languageserver-protocol';

/** A diagnostic's message as text (the server sends plain strings). */
const textOf = (m: string | MarkupContent): string => (typeof m === 'string' ? m : m.value);

const DEFECTIVE = [
  'fixtures/guides/defective/hours-order-chifeng.yaml',
  'fixtures/guides/defective/forms-food-business-license-tumd-left-banner.yaml',
  'fixtures/guides/defective/place-list-hohhot.yaml',
];

let dir: string;
let client: LspClient;

beforeAll(async () => {
  dir = guideDir();
  client = await LspClient.start({ cwd: dir, initializationOptions: { debounceMs: 20 } });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

describe('diagnostics of a defective guide', () => {
  it.each(DEFECTIVE)(
    '%s: the CLI findings, at the same places, with rule, severity, item and docs link',
    async (rel) => {
      const name = rel.split('/').pop()!;
      const text = fixture(rel);
      writeFileSync(join(dir, name), text);
      const cli = cliFindings(dir, name);
      expect(cli.length).toBeGreaterThan(0);
      const diags = await client.open(uriOf(join(dir, name)), text);
      expect(diags.map(brief).sort(byPosition)).toEqual(cli.map(expectedDiagnostic).sort(byPosition));
      for (const d of diags) {
        expect(d.source).toBe('guide-lint');
        expect(d.codeDescription?.href).toBe(
          `https://github.com/guide-lint/guide-lint/blob/main/docs/rules/${d.code}.md`,
        );
        // The CLI's message, then the checklist item.
        const f = cli.find(
          (c) => c.ruleId === d.code && c.line - 1 === d.range.start.line && textOf(d.message).startsWith(c.message),
        )!;
        expect(f).toBeDefined();
        if (f.item !== null) expect(d.message).toContain(`清单第${f.item}项`);
        expect((d.data as { item: number | null }).item).toBe(f.item);
      }
    },
  );

  it('editing the document to fix one defect clears that diagnostic and keeps the others', async () => {
    const rel = 'fixtures/guides/defective/hours-order-chifeng.yaml';
    const uri = uriOf(join(dir, 'hours-order-chifeng.yaml'));
    const text = fixture(rel);
    const before = await client.change(uri, text);
    const hours = before.filter((d) => d.code === 'office-hours');
    expect(hours).toHaveLength(1);
    const lines = text.split('\n');
    const line = lines[hours[0]!.range.start.line]!;
    // The ranges in order (morning before afternoon), as the message asks.
    const fixed = line.replace(
      /^(办理时间: )(.*)$/,
      '$1星期一至星期五：上午08:30-12:00，下午14:30-17:30（法定节假日除外）',
    );
    expect(fixed).not.toBe(line);
    lines[hours[0]!.range.start.line] = fixed;
    const after = await client.change(uri, lines.join('\n'));
    expect(after.filter((d) => d.code === 'office-hours')).toEqual([]);
    expect(after.length).toBe(before.length - 1);
  });

  it('positions count UTF-16 code units: CJK and astral characters before and inside a located value', async () => {
    // 𠀀 and 𠀁 (CJK Extension B) are two UTF-16 units each; the CLI counts them so too.
    const text = BASE.replace('审批结果: { 名称: 食品经营许可证,', '审批结果: { 名称: 𠀀𠀁食品经营许可证,').replace(
      '样本: forms/blank.pdf',
      '样本: forms/𠀂样本.pdf',
    );
    writeFileSync(join(dir, 'astral.yaml'), text);
    const diags = await client.open(uriOf(join(dir, 'astral.yaml')), text);
    const sample = diags.find((d) => d.code === 'result-sample')!;
    expect(sample).toBeDefined();
    const lineNo = text.split('\n').findIndex((l) => l.includes('forms/𠀂样本.pdf'));
    const line = text.split('\n')[lineNo]!;
    const start = line.indexOf('forms/𠀂样本.pdf');
    expect(sample.range).toEqual({
      start: { line: lineNo, character: start },
      end: { line: lineNo, character: start + 'forms/𠀂样本.pdf'.length },
    });
    // Code points would put it 2 earlier (two astral characters before it).
    expect(Array.from(line.slice(0, start)).length).toBe(start - 2);
    const cli = cliFindings(dir, 'astral.yaml').find((f) => f.ruleId === 'result-sample')!;
    expect(cli.column - 1).toBe(start);
  });

  it('a missing form is reported relative to the guide; the diagnostic clears when the form appears', async () => {
    const text = BASE.replace('空表: forms/blank.docx', '空表: forms/申请表-新.docx');
    writeFileSync(join(dir, 'form.yaml'), text);
    const uri = uriOf(join(dir, 'form.yaml'));
    const diags = await client.open(uri, text);
    expect(diags.filter((d) => d.code === 'blank-form').map((d) => textOf(d.message).split('”')[0])).toEqual([
      '申请材料“食品经营许可申请书',
    ]);
    const cleared = client.diagnostics(uri, { where: (ds) => !ds.some((d) => d.code === 'blank-form') });
    writeFileSync(join(dir, 'forms', '申请表-新.docx'), 'PK form');
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(dir, 'forms', '申请表-新.docx')), type: 1 }],
    });
    expect(await cleared).toEqual([]);
  });

  it('JSON guides are linted too, at the CLI positions', async () => {
    const rel = 'fixtures/guides/clean/veteran-preferential-card-alxa.json';
    const text = fixture(rel).replace(/"办理时间": "[^"]*"/, '"办理时间": "工作时间"');
    writeFileSync(join(dir, 'v.json'), text);
    const cli = cliFindings(dir, 'v.json');
    expect(cli.some((f) => f.ruleId === 'office-hours')).toBe(true);
    const diags = await client.open(uriOf(join(dir, 'v.json')), text, 'json');
    expect(diags.map(brief).sort(byPosition)).toEqual(cli.map(expectedDiagnostic).sort(byPosition));
  });

  it('YAML and JSON files that are not guides (workflows, package.json) are left alone', async () => {
    const workflow = 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n';
    expect(await client.open(uriOf(join(dir, 'ci.yml')), workflow)).toEqual([]);
    expect(await client.open(uriOf(join(dir, 'package.json')), '{ "name": "x", "version": "1.0.0" }', 'json')).toEqual(
      [],
    );
    // Once it names a guide element, it is a guide.
    expect((await client.change(uriOf(join(dir, 'ci.yml')), `事项名称: 测试\n${workflow}`)).length).toBeGreaterThan(0);
  });

  it('closing a document clears its diagnostics', async () => {
    const uri = uriOf(join(dir, 'v.json'));
    const cleared = client.diagnostics(uri);
    client.close(uri);
    expect(await cleared).toEqual([]);
  });
});

describe('when diagnostics are published', () => {
  it('keystrokes in quick succession are linted once, ~150 ms after the last (the default debounce)', async () => {
    const d = guideDir({ 'g.yaml': BASE });
    const c = await LspClient.start({ cwd: d });
    try {
      const uri = uriOf(join(d, 'g.yaml'));
      await c.open(uri, BASE);
      const before = c.published.length;
      const text = BASE.replace('办理深度: Ⅲ级', '办理深度: Ⅴ级');
      let last: Promise<unknown> = Promise.resolve();
      const t0 = performance.now();
      for (let i = 1; i <= 5; i++) last = c.change(uri, text + '#'.repeat(i));
      const diags = (await last) as { code: string }[];
      expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
      expect(diags.map((x) => x.code)).toEqual(['enum-values']);
      expect(c.published.length - before).toBe(1);
    } finally {
      await c.stop();
    }
  });

  it('saving lints at once, whatever the debounce', async () => {
    const d = guideDir({ 'g.yaml': BASE });
    const c = await LspClient.start({ cwd: d, initializationOptions: { debounceMs: 60_000 } });
    try {
      const uri = uriOf(join(d, 'g.yaml'));
      await c.open(uri, BASE);
      const next = c.change(uri, BASE.replace('办理深度: Ⅲ级', '办理深度: Ⅴ级'));
      c.save(uri);
      expect((await next).map((x) => x.code)).toEqual(['enum-values']);
    } finally {
      await c.stop();
    }
  });
});
