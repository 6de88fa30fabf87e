// Pull diagnostics (LSP 3.17) for a client that announces them: workspace/diagnostic reports every
// guide of the folder as the CLI finds them, `unchanged` when nothing changed, the editor's text for
// open documents; textDocument/diagnostic answers for an open document; nothing is pushed.

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ROOT, runCli } from '../support/cli.js';
import { LspClient, SEVERITY, guideDir, refreshedSince, startPulling, uriOf, type CliFinding } from './support.js';

interface Report {
  kind: 'full' | 'unchanged';
  uri: string;
  version: number | null;
  resultId?: string;
  items?: Diagnostic[];
}

let ws: string;
let client: LspClient;

const pullWorkspace = (previousResultIds: { uri: string; value: string }[] = []) =>
  client.request<{ items: Report[] }>('workspace/diagnostic', { previousResultIds }).then((r) => r.items);
const sorted = (ds: Diagnostic[]) =>
  ds
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)} ${String(d.severity)}`)
    .sort();
const previousOf = (reports: Report[]) => reports.map((r) => ({ uri: r.uri, value: r.resultId! }));

beforeAll(async () => {
  ws = guideDir();
  cpSync(join(ROOT, 'fixtures/guides/defective'), join(ws, 'guides'), { recursive: true });
  cpSync(join(ROOT, 'fixtures/guides/forms'), join(ws, 'forms'), { recursive: true });
  client = await startPulling(ws);
});
afterAll(async () => {
  expect(await client.stop()).toBe(0);
});

describe('workspace/diagnostic', () => {
  it('is announced to a client that pulls (and only to it)', async () => {
    expect(client.initializeResult).toMatchObject({
      capabilities: {
        diagnosticProvider: { identifier: 'guide-lint', interFileDependencies: true, workspaceDiagnostics: true },
      },
    });
    const pushing = await LspClient.start({ cwd: ws });
    try {
      expect((pushing.initializeResult as { capabilities: object }).capabilities).not.toHaveProperty(
        'diagnosticProvider',
      );
    } finally {
      await pushing.stop();
    }
  });

  it('reports every guide of the folder with the findings the CLI has for it', async () => {
    const cli = JSON.parse(runCli(['.', '--format', 'json', '--no-score'], { cwd: ws }).stdout) as {
      findings: (CliFinding & { file: string })[];
    };
    const reports = await pullWorkspace();
    expect(reports).toHaveLength(14);
    for (const r of reports) {
      expect(r.kind).toBe('full');
      expect(r.version).toBeNull();
      expect(r.resultId).toBeTruthy();
      const mine = cli.findings.filter((f) => pathToFileURL(join(ws, f.file)).href === r.uri);
      expect(sorted(r.items!)).toEqual(
        mine.map((f) => `${f.line}:${f.column} ${f.ruleId} ${SEVERITY[f.severity]}`).sort(),
      );
    }
    const hours = reports.find((r) => r.uri.endsWith('hours-order-chifeng.yaml'))!;
    expect(hours.items!.map((d) => d.code)).toEqual(['office-hours']);
    expect(hours.items![0]!.codeDescription?.href).toMatch(/docs\/rules\/office-hours\.md$/);
  });

  it('answers `unchanged` for the result ids the client has, while nothing changed', async () => {
    const first = await pullWorkspace();
    const again = await pullWorkspace(previousOf(first));
    expect(again.map((r) => r.kind)).toEqual(first.map(() => 'unchanged'));
    expect(again.map((r) => r.resultId)).toEqual(first.map((r) => r.resultId));
  });

  it('a guide changed on disk (watched) is linted again; the others stay unchanged', async () => {
    const first = await pullWorkspace();
    const file = join(ws, 'guides', 'hours-order-chifeng.yaml');
    const text = readFileSync(file, 'utf8');
    const fixed = text.replace(
      /^(办理时间: )(.*)$/m,
      '$1星期一至星期五：上午08:30-12:00，下午14:30-17:30（法定节假日除外）',
    );
    expect(fixed).not.toBe(text);
    writeFileSync(file, fixed);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(file), type: 2 }] });
    const next = await pullWorkspace(previousOf(first));
    const hours = next.find((r) => r.uri === uriOf(file))!;
    expect(hours).toMatchObject({ kind: 'full', items: [] });
    expect(next.filter((r) => r.kind === 'unchanged')).toHaveLength(13);
  });

  it('an open document is reported from its text in the editor, at its version; textDocument/diagnostic answers for it; nothing is pushed', async () => {
    const file = join(ws, 'guides', 'place-list-hohhot.yaml');
    const uri = uriOf(file);
    // Open with an extra defect: a phone number that is too short.
    const text = readFileSync(file, 'utf8').replace(/^(咨询电话: )(.*)$/m, '$10471-123');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 3, text } });
    const doc = await client.request<{ kind: string; resultId: string; items: Diagnostic[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri } },
    );
    expect(doc.kind).toBe('full');
    const onDisk = (await pullWorkspace()).find((r) => r.uri === uri);
    // The workspace report of the open document is the editor's (version 3), not the disk's.
    expect(onDisk).toMatchObject({ kind: 'full', version: 3 });
    expect(sorted(onDisk!.items!)).toEqual(sorted(doc.items));
    const cli = JSON.parse(runCli([file, '--format', 'json', '--no-score'], { cwd: ws }).stdout) as {
      findings: CliFinding[];
    };
    expect(doc.items.length).toBe(cli.findings.length + 1);
    const again = await client.request<{ kind: string; resultId: string }>('textDocument/diagnostic', {
      textDocument: { uri },
      previousResultId: doc.resultId,
    });
    expect(again).toEqual({ kind: 'unchanged', resultId: doc.resultId });
    expect(client.published).toEqual([]);
  });

  it('a saved config asks the client to pull again, and the next pull has the config applied', async () => {
    const file = join(ws, 'guides', 'hours-order-chifeng.yaml');
    const uri = uriOf(file);
    client.notify('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'yaml',
        version: 1,
        text: readFileSync(file, 'utf8').replace(/^(咨询电话: )(.*)$/m, '$10471-123'),
      },
    });
    const before = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(before.items.length).toBeGreaterThan(0);
    const cfg = join(ws, 'guide-lint.config.yaml');
    writeFileSync(
      cfg,
      `rules:\n${[...new Set(before.items.map((d) => String(d.code)))].map((r) => `  ${r}: off`).join('\n')}\n`,
    );
    const refreshes = client.refreshes;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(cfg), type: 1 }] });
    expect(await refreshedSince(client, refreshes)).toBe(true);
    const after = await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
    expect(after.items).toEqual([]);
    expect(client.published).toEqual([]);
  });
});
