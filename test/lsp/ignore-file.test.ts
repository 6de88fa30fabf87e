// .guidelintignore in the editor: the server leaves out what `guide-lint` run in the workspace folder
// leaves out, in push and pull modes, and lints again when the ignore file changes (watched or saved).

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { runFolder } from '../../src/lsp/ignores.js';
import { runCli } from '../support/cli.js';
import { LspClient, VARIANT, guideDir, refreshedSince, startPulling, uriOf } from './support.js';

/** A workspace with guides at the top, in drafts/ (ignored) and in drafts/keep/ (taken back by "!"). */
function workspace(): string {
  const ws = guideDir({ 'g.yaml': VARIANT, '.guidelintignore': '# work in progress\ndrafts/*\n!drafts/keep/\n' });
  for (const sub of ['drafts', 'drafts/keep']) {
    mkdirSync(join(ws, sub), { recursive: true });
    cpSync(join(ws, 'forms'), join(ws, sub, 'forms'), { recursive: true });
    writeFileSync(join(ws, sub, 'g.yaml'), VARIANT);
  }
  return ws;
}

/** The files `guide-lint .` run in the workspace reports (each of these guides has a finding). */
const cliFiles = (ws: string) => {
  const out = JSON.parse(runCli(['.', '--format', 'json', '--no-score'], { cwd: ws }).stdout) as {
    findings: { file: string }[];
  };
  return [...new Set(out.findings.map((f) => f.file.replace(/\\/g, '/')))].sort();
};
const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

/** Writes the workspace's .guidelintignore and tells the server, as a client watching files does. */
function rewriteIgnoreFile(client: LspClient, ws: string, text: string): void {
  const file = join(ws, '.guidelintignore');
  writeFileSync(file, text);
  client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
}

describe('push diagnostics', () => {
  let ws: string;
  let client: LspClient;
  beforeAll(async () => {
    ws = workspace();
    client = await LspClient.start({ cwd: ws, initializationOptions: { debounceMs: 0 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('an open document the folder’s .guidelintignore names gets no diagnostics; the others get theirs', async () => {
    expect(cliFiles(ws)).toEqual(['drafts/keep/g.yaml', 'g.yaml']);
    expect(codes(await client.open(uriOf(join(ws, 'g.yaml')), VARIANT))).toEqual(['enum-values']);
    expect(codes(await client.open(uriOf(join(ws, 'drafts/keep/g.yaml')), VARIANT))).toEqual(['enum-values']);
    expect(await client.open(uriOf(join(ws, 'drafts/g.yaml')), VARIANT)).toEqual([]);
    // Typing in it changes nothing.
    expect(await client.change(uriOf(join(ws, 'drafts/g.yaml')), VARIANT + '\n')).toEqual([]);
    // node_modules is left out as the CLI leaves it out of a run, whatever the ignore file says.
    expect(await client.open(uriOf(join(ws, 'node_modules/pkg/g.yaml')), VARIANT)).toEqual([]);
  });

  it('the workspace lint leaves out the same files as the CLI', async () => {
    const res = await client.request<{ files: number }>('workspace/executeCommand', {
      command: 'guide-lint.lintWorkspace',
      arguments: [],
    });
    expect(res.files).toBe(2);
  });

  it('an ignore file changed on disk (watched) lints the open documents again: diagnostics come and go', async () => {
    const draft = uriOf(join(ws, 'drafts/g.yaml'));
    let next = client.diagnostics(draft, { where: (d) => d.length > 0 });
    rewriteIgnoreFile(client, ws, '# nothing ignored now\n');
    expect(codes(await next)).toEqual(['enum-values']);
    expect(cliFiles(ws)).toEqual(['drafts/g.yaml', 'drafts/keep/g.yaml', 'g.yaml']);

    // Ignored again, by a file saved in the editor (a client without file watching).
    const ignoreFile = join(ws, '.guidelintignore');
    writeFileSync(ignoreFile, 'drafts/g.yaml\n');
    next = client.diagnostics(draft);
    client.notify('textDocument/didOpen', {
      textDocument: { uri: uriOf(ignoreFile), languageId: 'ignore', version: 1, text: 'drafts/g.yaml\n' },
    });
    client.save(uriOf(ignoreFile));
    expect(await next).toEqual([]);
    expect(codes(await client.change(uriOf(join(ws, 'g.yaml')), VARIANT + '\n'))).toEqual(['enum-values']);
  });
});

describe('pull diagnostics', () => {
  let ws: string;
  let client: LspClient;
  const pullWorkspace = () =>
    client
      .request<{ items: { uri: string; kind: string; items?: Diagnostic[] }[] }>('workspace/diagnostic', {
        previousResultIds: [],
      })
      .then((r) => r.items);
  const pullDocument = (uri: string) =>
    client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }).then((r) => r.items);

  beforeAll(async () => {
    ws = workspace();
    client = await startPulling(ws);
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it('neither the document pull nor the workspace pull reports an ignored file, open or not', async () => {
    const draft = uriOf(join(ws, 'drafts/g.yaml'));
    client.notify('textDocument/didOpen', {
      textDocument: { uri: draft, languageId: 'yaml', version: 1, text: VARIANT },
    });
    expect(await pullDocument(draft)).toEqual([]);
    const reports = await pullWorkspace();
    expect(reports.map((r) => r.uri).sort()).toEqual([
      uriOf(join(ws, 'drafts/keep/g.yaml')),
      uriOf(join(ws, 'g.yaml')),
    ]);
    expect(client.published).toEqual([]);
  });

  it('un-ignoring asks the client to pull again; both pulls then report the file', async () => {
    const draft = uriOf(join(ws, 'drafts/g.yaml'));
    const refreshes = client.refreshes;
    rewriteIgnoreFile(client, ws, '');
    expect(await refreshedSince(client, refreshes)).toBe(true);
    expect(codes(await pullDocument(draft))).toEqual(['enum-values']);
    const reports = await pullWorkspace();
    expect(codes(reports.find((r) => r.uri === draft)?.items ?? [])).toEqual(['enum-values']);
    expect(reports).toHaveLength(3);
    expect(client.published).toEqual([]);
  });
});

describe('several workspace folders', () => {
  it('each file meets the .guidelintignore of the innermost folder that holds it, as the workspace pull does', async () => {
    // outer/ ignores inner/ and every draft-*.yaml; inner/, a workspace folder of its own, ignores nothing.
    const outer = guideDir({ '.guidelintignore': 'inner/\ndraft-*.yaml\n', 'draft-a.yaml': VARIANT });
    const inner = join(outer, 'inner');
    const other = guideDir({ 'draft-a.yaml': VARIANT });
    mkdirSync(inner);
    cpSync(join(outer, 'forms'), join(inner, 'forms'), { recursive: true });
    writeFileSync(join(inner, 'draft-b.yaml'), VARIANT);
    const client = await LspClient.start({
      cwd: outer,
      workspaceFolders: [outer, inner, other],
      initializationOptions: { debounceMs: 0 },
    });
    try {
      expect(await client.open(uriOf(join(outer, 'draft-a.yaml')), VARIANT)).toEqual([]);
      expect(codes(await client.open(uriOf(join(inner, 'draft-b.yaml')), VARIANT))).toEqual(['enum-values']);
      expect(codes(await client.open(uriOf(join(other, 'draft-a.yaml')), VARIANT))).toEqual(['enum-values']);
      expect(cliFiles(inner)).toEqual(['draft-b.yaml']);
    } finally {
      await client.stop();
    }
  });
});

describe('the folder whose .guidelintignore applies', () => {
  const root = join('/', 'ws');
  it('is the innermost workspace folder that holds the file', () => {
    const folders = [root, join(root, 'inner'), join('/', 'other')];
    expect(runFolder(join(root, 'inner', 'a', 'g.yaml'), folders)).toBe(join(root, 'inner'));
    expect(runFolder(join(root, 'innermost.yaml'), folders)).toBe(root);
  });
  it('outside every folder: the config file’s folder, else the file’s own', () => {
    const file = join('/', 'elsewhere', 'guides', 'g.yaml');
    expect(runFolder(file, [root], join('/', 'elsewhere', 'guide-lint.config.yaml'))).toBe(join('/', 'elsewhere'));
    expect(runFolder(file, [root])).toBe(join('/', 'elsewhere', 'guides'));
    expect(runFolder(file, [])).toBe(join('/', 'elsewhere', 'guides'));
  });
});
