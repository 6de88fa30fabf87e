// The config that applies to each file (found from its folder, reloaded when it changes) and the
// workspace commands: lint the whole folder, and the one-line scorecard as a notification.

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { LspClient, VARIANT, guideDir, uriOf } from './support.js';

let dir: string;

/** Notifications may be handled after the response they were sent before. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
}
let client: LspClient;

beforeAll(async () => {
  dir = guideDir({ 'a.yaml': VARIANT });
  mkdirSync(join(dir, 'sub'));
  cpSync(join(dir, 'forms'), join(dir, 'sub', 'forms'), { recursive: true });
  writeFileSync(join(dir, 'sub', 'guide-lint.config.yaml'), 'rules:\n  enum-values: off\n');
  writeFileSync(join(dir, 'sub', 'b.yaml'), VARIANT);
  client = await LspClient.start({ cwd: dir, initializationOptions: { debounceMs: 0 } });
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

describe('config per file', () => {
  it("the nearest config from the file's folder applies (as the CLI run there)", async () => {
    expect((await client.open(uriOf(join(dir, 'a.yaml')), VARIANT)).map((d) => d.code)).toEqual(['enum-values']);
    expect(await client.open(uriOf(join(dir, 'sub', 'b.yaml')), VARIANT)).toEqual([]);
  });

  it('saving a changed config file lints the open guides again with it', async () => {
    const b = uriOf(join(dir, 'sub', 'b.yaml'));
    const cfg = uriOf(join(dir, 'sub', 'guide-lint.config.yaml'));
    const text = 'rules:\n  enum-values: warning\n';
    writeFileSync(join(dir, 'sub', 'guide-lint.config.yaml'), text);
    await client.conn.sendNotification('textDocument/didOpen', {
      textDocument: { uri: cfg, languageId: 'yaml', version: 1, text },
    });
    const next = client.diagnostics(b);
    client.save(cfg);
    const diags = await next;
    expect(diags.map((d) => [d.code, d.severity])).toEqual([['enum-values', 2]]);
  });

  it('--lang en (and initializationOptions.lang) gives English messages', async () => {
    const en = await LspClient.start({ cwd: dir, args: ['--lang', 'en'] });
    try {
      const diags = await en.open(uriOf(join(dir, 'a.yaml')), VARIANT);
      expect(diags[0]!.message).toMatch(
        /"材料类型" value "扫描件" is not in its value set; use one of: 原件, 复印件, 原件和复印件 \[checklist item 20 \(material type and form\)\]$/,
      );
    } finally {
      await en.stop();
    }
  });
});

describe('config ignore', () => {
  it('open files and the workspace lint leave out what the CLI leaves out (git’s rules, from the config’s folder)', async () => {
    const ws = guideDir({ 'guide-lint.config.yaml': 'ignore:\n  - guides/*\n  - "!guides/keep/"\n' });
    for (const sub of ['guides/keep', 'guides/old']) {
      mkdirSync(join(ws, sub), { recursive: true });
      cpSync(join(ws, 'forms'), join(ws, sub, 'forms'), { recursive: true });
      writeFileSync(join(ws, sub, 'g.yaml'), VARIANT);
    }
    writeFileSync(join(ws, 'guides/top.yaml'), VARIANT);
    const other = await LspClient.start({ cwd: ws, initializationOptions: { debounceMs: 0 } });
    try {
      const kept = await other.open(uriOf(join(ws, 'guides/keep/g.yaml')), VARIANT);
      expect(kept.map((d) => d.code)).toEqual(['enum-values']);
      expect(await other.open(uriOf(join(ws, 'guides/old/g.yaml')), VARIANT)).toEqual([]);
      expect(await other.open(uriOf(join(ws, 'guides/top.yaml')), VARIANT)).toEqual([]);
      const res = await other.request<{ files: number }>('workspace/executeCommand', {
        command: 'guide-lint.lintWorkspace',
        arguments: [],
      });
      const cli = JSON.parse(runCli(['.', '--format', 'json', '--no-score'], { cwd: ws }).stdout);
      expect(res.files).toBe(1);
      expect(cli.summary.files).toBe(1);
    } finally {
      await other.stop();
    }
  });
});

describe('workspace commands', () => {
  it('lint the whole folder: diagnostics for files that are not open, and a summary', async () => {
    const ws = guideDir();
    // The defective fixtures with the forms they reference (../forms/…).
    cpSync(join(ROOT, 'fixtures/guides/defective'), join(ws, 'guides'), { recursive: true });
    cpSync(join(ROOT, 'fixtures/guides/forms'), join(ws, 'forms'), { recursive: true });
    const other = await LspClient.start({ cwd: ws, initializationOptions: { debounceMs: 0 } });
    try {
      const res = await other.request<{ files: number; errors: number; warnings: number; line: string }>(
        'workspace/executeCommand',
        { command: 'guide-lint.lintWorkspace', arguments: [] },
      );
      const cli = JSON.parse(runCli(['.', '--format', 'json', '--no-score'], { cwd: ws }).stdout);
      expect(res).toMatchObject({
        files: cli.summary.files,
        errors: cli.summary.errors,
        warnings: cli.summary.warnings,
        infos: cli.summary.infos,
      });
      expect(res.line).toBe(
        `guide-lint：${cli.summary.files} 个文件，${cli.summary.guides} 个指南，${cli.summary.errors} 个错误，${cli.summary.warnings} 个警告，${cli.summary.infos} 个提示`,
      );
      const uris = new Set(other.published.map((p) => p.uri));
      expect(uris.size).toBe(14);
      const hours = other.published.find((p) => p.uri.endsWith('hours-order-chifeng.yaml'))!;
      expect(hours.diagnostics.map((d) => d.code)).toEqual(['office-hours']);
      await until(() => other.messages.some((m) => m.message === res.line));

      // The scorecard line, as `guide-lint` prints it under its findings.
      const lines = await other.request<string[]>('workspace/executeCommand', {
        command: 'guide-lint.score',
        arguments: [],
      });
      const stylish = runCli(['.'], { cwd: ws }).stdout.trimEnd().split('\n');
      expect(lines).toEqual([stylish.at(-1)]);
      expect(lines[0]).toMatch(/^评分：/);
      await until(() => other.messages.some((m) => m.type === 3 && m.message === lines[0]));
    } finally {
      await other.stop();
    }
  });
});
