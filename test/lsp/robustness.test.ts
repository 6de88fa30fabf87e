// The server under bad input: a document typed keystroke by keystroke (broken YAML most of the
// time), a 20 MB document, a plugin rule that throws (synchronously and from a timer). It answers
// every time and never dies.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver-protocol';
import { BASE, LspClient, brief, byPosition, cliFindings, expectedDiagnostic, guideDir, uriOf } from './support.js';

let dir: string;
let client: LspClient;

const CRASH_PLUGIN = [
  'export const rules = [{',
  "  meta: { id: 'crash/always', item: null, severity: 'error', source: 'practice', description: { zh: '崩溃', en: 'crash' }, messages: { m: { zh: 'x', en: 'x' } }, docs: { details: { zh: '', en: '' }, bad: '', good: '' } },",
  "  check() { throw new Error('plugin bug'); },",
  '}, {',
  "  meta: { id: 'crash/later', item: null, severity: 'error', source: 'practice', description: { zh: '异步', en: 'async' }, messages: { m: { zh: 'x', en: 'x' } }, docs: { details: { zh: '', en: '' }, bad: '', good: '' } },",
  "  check() { setTimeout(() => { throw new Error('stray timer error'); }, 0); Promise.reject(new Error('stray rejection')); },",
  '}];',
  '',
].join('\n');

beforeAll(async () => {
  dir = guideDir();
  client = await LspClient.start({ cwd: dir, initializationOptions: { debounceMs: 0 } });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

const lastLine = (text: string) => text.split('\n').length - 1;

describe('robustness', () => {
  it('typing the end of a guide keystroke by keystroke: a diagnostic for every version, parse errors where the CLI puts them', async () => {
    const uri = uriOf(join(dir, 'typed.yaml'));
    const cut = BASE.indexOf('办理流程:');
    const head = BASE.slice(0, cut);
    const tail =
      '办理流程:\n  - 环节名称: "受理\n    办理时限: 1个工作日\n    审批标准: [申请材料齐全\n    办理结果: 受理通知书\n';
    await client.open(uri, head);
    let text = head;
    let parseErrors = 0;
    for (const ch of tail) {
      text += ch;
      const diags = await client.change(uri, text);
      for (const d of diags) expect(d.range.end.line).toBeLessThanOrEqual(lastLine(text));
      parseErrors += diags.some((d) => d.code === 'parse-error') ? 1 : 0;
    }
    expect(parseErrors).toBeGreaterThan(20);
    // The final, broken text: the parse error exactly where the CLI reports it.
    writeFileSync(join(dir, 'typed.yaml'), text);
    const cli = cliFindings(dir, 'typed.yaml');
    expect(cli.map((f) => f.ruleId)).toEqual(['parse-error']);
    const diags = await client.change(uri, text);
    expect(diags.map(brief)).toEqual(cli.map(expectedDiagnostic));
    expect(diags[0]!.message).toContain('YAML 语法错误');
    // Closing the quote and the bracket: the guide parses and lints again.
    const fixed = text.replace('"受理', '"受理"').replace('[申请材料齐全', '[申请材料齐全]');
    const after = await client.change(uri, fixed);
    expect(after.some((d) => d.code === 'parse-error')).toBe(false);
  });

  it('random damage (YAML punctuation inserted or text cut anywhere): always an answer, ranges inside the document', async () => {
    const uri = uriOf(join(dir, 'damaged.yaml'));
    await client.open(uri, BASE);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: BASE.length }),
        fc.constantFrom(':', '- ', '"', "'", '[', '{', '\t', '\n  ', '&a ', '*a', '|', '#', '%', '---\n', ''),
        fc.nat({ max: 40 }),
        async (pos, insert, cut) => {
          const text = BASE.slice(0, pos) + insert + BASE.slice(Math.min(BASE.length, pos + cut));
          const diags = await client.change(uri, text);
          const lines = text.split('\n');
          for (const d of diags) {
            expect(d.range.end.line).toBeLessThan(lines.length);
            expect(d.range.start.character).toBeLessThanOrEqual(lines[d.range.start.line]!.length + 1);
          }
        },
      ),
      { numRuns: 60, seed: 20 },
    );
    expect(client.running).toBe(true);
  });

  it('a 20 MB document is refused politely: one warning, and the server answers on', async () => {
    const uri = uriOf(join(dir, 'huge.yaml'));
    const big = `${BASE}备注: "${'长'.repeat(7_000_000)}"\n`;
    const diags = await client.open(uri, big);
    expect(diags).toHaveLength(1);
    expect(diags[0]).toMatchObject({ severity: 2, code: 'parse-error', range: { start: { line: 0, character: 0 } } });
    expect(diags[0]!.message).toMatch(/文件过大（\d+ 字节，上限 20971520 字节）/);
    expect(
      await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 1 },
      }),
    ).toBeNull();
    client.close(uri);
    const small = await client.open(uriOf(join(dir, 'small.yaml')), BASE);
    expect(small).toEqual([]);
  });

  it('a plugin rule that throws: one diagnostic on line 1; stray async errors do not end the server', async () => {
    const files = guideDir({
      'guide-lint.config.yaml': 'plugins:\n  - ./crash.mjs\n',
      'crash.mjs': CRASH_PLUGIN,
      'g.yaml': BASE,
    });
    const uri = uriOf(join(files, 'g.yaml'));
    const diags = await client.open(uri, BASE);
    expect(diags.map((d) => d.code)).toEqual(['internal-error']);
    expect(diags[0]!.range.start.line).toBe(0);
    expect(diags[0]!.message).toContain('rule crash/always crashed: plugin bug');
    // Still serving: another keystroke, another answer.
    const again = await client.change(uri, BASE.replace('办理深度: Ⅲ级', '办理深度: Ⅴ级'));
    expect(again.map((d) => d.code).sort()).toEqual(['enum-values', 'internal-error']);
    expect(client.running).toBe(true);
    expect(client.stderr).toContain('stray timer error');
  });

  it('a broken config file is one diagnostic naming it, and the guide is linted again once it is fixed', async () => {
    const files = guideDir({ 'guide-lint.config.yaml': 'rules:\n  office-hours: [wrong\n', 'g.yaml': BASE });
    const uri = uriOf(join(files, 'g.yaml'));
    const diags = await client.open(uri, BASE.replace('办理深度: Ⅲ级', '办理深度: Ⅴ级'));
    expect(diags.map((d) => d.code)).toEqual(['config-error']);
    expect(diags[0]!.message).toContain('guide-lint.config.yaml');
    writeFileSync(join(files, 'guide-lint.config.yaml'), 'rules:\n  office-hours: off\n');
    const next = client.diagnostics(uri);
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(join(files, 'guide-lint.config.yaml')), type: 2 }],
    });
    expect((await next).map((d) => d.code)).toEqual(['enum-values']);
  });

  it('the same diagnostics as the CLI after all that', async () => {
    const text = BASE.replace('办理深度: Ⅲ级', '办理深度: Ⅴ级');
    writeFileSync(join(dir, 'last.yaml'), text);
    const diags = await client.open(uriOf(join(dir, 'last.yaml')), text);
    expect(diags.map(brief).sort(byPosition)).toEqual(
      cliFindings(dir, 'last.yaml').map(expectedDiagnostic).sort(byPosition),
    );
  });
});
