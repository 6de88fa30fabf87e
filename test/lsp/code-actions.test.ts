// Quick fixes over the protocol: one finding's fix, "fix all" giving exactly the text `--fix`
// writes, and "disable for this line" inserting a suppression comment the engine honours.

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { runCli } from '../support/cli.js';
import { BASE, LspClient, applyEdits, guideDir, uriOf } from './support.js';

// Three fixable defects (a variant value, a variant channel name, a law name without 《》) and one
// that is not fixable (a 0 copies count); a comment and flow style that --fix must keep.
const TEXT = BASE.replace('    材料类型: 复印件', '    材料类型: 原件及复印件 # 按窗口要求')
  .replace('办理形式: [窗口办理, 电脑端网上办理, 快递申请]', '办理形式: [窗口办理, 网上办理, 快递申请]')
  .replace('  - 名称: 《中华人民共和国食品安全法》', '  - 名称: 中华人民共和国食品安全法')
  .replace('    份数: 1\n    材料类型: 原件\n', '    份数: 0\n    材料类型: 原件\n');

let dir: string;
let client: LspClient;
const uri = () => uriOf(join(dir, 'g.yaml'));
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

beforeAll(async () => {
  dir = guideDir({ 'g.yaml': TEXT });
  client = await LspClient.start({ cwd: dir, initializationOptions: { debounceMs: 0 } });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

const actions = (range: typeof WHOLE, diagnostics: Diagnostic[] = [], only?: string[]) =>
  client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: uri() },
    range,
    context: { diagnostics, ...(only ? { only } : {}) },
  });
const editsOf = (a: CodeAction) => a.edit!.changes![uri()]!;

describe('code actions', () => {
  it('"fix all in file" makes exactly the edits of guide-lint --fix (comments and layout kept)', async () => {
    const diags = await client.open(uri(), TEXT);
    expect(
      diags
        .filter((d) => (d.data as { fixable: boolean }).fixable)
        .map((d) => d.code)
        .sort(),
    ).toEqual(['enum-values', 'enum-values', 'legal-basis']);
    const all = await actions(WHOLE);
    const fixAll = all.find((a) => a.title.startsWith('修复本文件中所有'))!;
    expect(fixAll.kind).toBe('quickfix');
    const fixedByServer = applyEdits(TEXT, editsOf(fixAll));

    copyFileSync(join(dir, 'g.yaml'), join(dir, 'cli.yaml'));
    const r = runCli(['cli.yaml', '--fix', '--no-score'], { cwd: dir });
    expect(r.status).toBe(1); // the 0 copies remain
    const fixedByCli = readFileSync(join(dir, 'cli.yaml'), 'utf8');
    expect(fixedByCli).not.toBe(TEXT);
    expect(fixedByServer).toBe(fixedByCli);
    expect(fixedByServer).toContain('材料类型: 原件和复印件 # 按窗口要求');

    // The source action an editor runs on save (editor.codeActionsOnSave: source.fixAll).
    const source = await actions(WHOLE, [], ['source.fixAll']);
    expect(source.map((a) => a.kind)).toEqual(['source.fixAll.guide-lint']);
    expect(applyEdits(TEXT, editsOf(source[0]!))).toBe(fixedByCli);

    // Applied, only the unfixable finding is left.
    const after = await client.change(uri(), fixedByServer);
    expect(after.map((d) => d.code)).toEqual(['material-copies']);
  });

  it('a fixable finding offers its own fix; applying it clears that diagnostic only', async () => {
    const diags = await client.change(uri(), TEXT);
    const legal = diags.find((d) => d.code === 'legal-basis')!;
    const list = await actions(legal.range, [legal]);
    const fix = list.find((a) => a.isPreferred)!;
    expect(fix.title).toBe('修复（legal-basis）：改为“《中华人民共和国食品安全法》”');
    expect(fix.diagnostics?.[0]?.code).toBe('legal-basis');
    const after = await client.change(uri(), applyEdits(TEXT, editsOf(fix)));
    expect(after.filter((d) => d.code === 'legal-basis')).toEqual([]);
    expect(after.length).toBe(diags.length - 1);
  });

  it('"disable for this line" inserts a guide-lint-disable-next-line comment that suppresses it', async () => {
    const diags = await client.change(uri(), TEXT);
    const copies = diags.find((d) => d.code === 'material-copies')!;
    expect((copies.data as { fixable: boolean }).fixable).toBe(false);
    const list = await actions(copies.range, [copies]);
    expect(list.some((a) => a.isPreferred)).toBe(false);
    const disable = list.find((a) => a.title === '在此行禁用 material-copies')!;
    const text = applyEdits(TEXT, editsOf(disable));
    const lines = text.split('\n');
    expect(lines[copies.range.start.line]).toBe('    # guide-lint-disable-next-line material-copies');
    expect(lines[copies.range.start.line + 1]).toBe('    份数: 0');
    const after = await client.change(uri(), text);
    expect(after.filter((d) => d.code === 'material-copies')).toEqual([]);
    expect(after.length).toBe(diags.length - 1);
  });

  it('a second rule joins a disable comment already above the line', async () => {
    const text = TEXT.replace(
      '    材料类型: 原件及复印件',
      '    # guide-lint-disable-next-line office-hours -- 另有说明\n    材料类型: 原件及复印件',
    );
    const diags = await client.change(uri(), text);
    const variant = diags.find(
      (d) => d.code === 'enum-values' && text.split('\n')[d.range.start.line]!.includes('原件及复印件'),
    )!;
    const disable = (await actions(variant.range, [variant])).find((a) => a.title === '在此行禁用 enum-values')!;
    const fixed = applyEdits(text, editsOf(disable));
    expect(fixed.split('\n')[variant.range.start.line - 1]).toBe(
      '    # guide-lint-disable-next-line office-hours, enum-values -- 另有说明',
    );
    const after = await client.change(uri(), fixed);
    expect(after.filter((d) => d.code === 'enum-values' && d.range.start.line === variant.range.start.line)).toEqual(
      [],
    );
  });

  it('answers for the current text when a keystroke is still waiting to be linted', async () => {
    const slow = await LspClient.start({ cwd: dir, initializationOptions: { debounceMs: 60_000 } });
    try {
      const u = uriOf(join(dir, 'g.yaml'));
      await slow.open(u, BASE);
      // Not linted yet (a minute of debounce): the code action request lints first.
      void slow.conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: u, version: 2 },
        contentChanges: [{ text: TEXT }],
      });
      const list = await slow.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: u },
        range: WHOLE,
        context: { diagnostics: [] },
      });
      const fixAll = list.find((a) => a.title.startsWith('修复本文件中所有'))!;
      expect(fixAll.edit!.changes![u]!.length).toBe(3);
    } finally {
      await slow.stop();
    }
  });
});
