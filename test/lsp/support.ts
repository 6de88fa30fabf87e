// Shared set-up of the protocol tests: a folder of guides (with the forms they reference), the CLI's
// JSON findings to compare with, and a server per test file (spawned as an editor spawns it).

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { ROOT, runCli } from '../support/cli.js';

import { LspClient } from '../../harness/lsp-client.js';

export { LspClient, uriOf } from '../../harness/lsp-client.js';

export const BASE = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
/** The base guide with a value outside its set: an error (enum-values) under the default config. */
export const VARIANT = BASE.replace('    材料类型: 复印件', '    材料类型: 扫描件');

/** A server for a client that pulls diagnostics (LSP 3.17) and takes refresh requests, as VS Code does. */
export const startPulling = (cwd: string) =>
  LspClient.start({
    cwd,
    initializationOptions: { debounceMs: 0 },
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false } },
      workspace: { diagnostics: { refreshSupport: true } },
    },
  });

/** Whether the server asked the client to pull again since it had asked `since` times (waits up to 2 s). */
export async function refreshedSince(client: LspClient, since: number): Promise<boolean> {
  for (let i = 0; i < 200 && client.refreshes === since; i++) await new Promise((r) => setTimeout(r, 10));
  return client.refreshes === since + 1;
}

/** A fresh folder with test/support/forms and the given files. */
export function guideDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-lsp-'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function fixture(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8');
}

export interface CliFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  item: number | null;
  message: string;
}

/** `guide-lint FILE --format json` run in the file's folder (its config found as the CLI finds it). */
export function cliFindings(dir: string, file: string, args: string[] = []): CliFinding[] {
  const r = runCli([file, '--format', 'json', '--no-score', ...args], { cwd: dir });
  if (r.status === 2) throw new Error(r.stderr);
  return JSON.parse(r.stdout).findings;
}

export const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** A CLI finding as the server should publish it (1-based line:column → 0-based UTF-16 position). */
export function expectedDiagnostic(f: CliFinding): { code: string; severity: number; range: Range } {
  return {
    code: f.ruleId,
    severity: SEVERITY[f.severity],
    range: {
      start: { line: f.line - 1, character: f.column - 1 },
      end: { line: f.endLine - 1, character: f.endColumn - 1 },
    },
  };
}

export const brief = (d: Diagnostic) => ({ code: d.code, severity: d.severity, range: d.range });

export const byPosition = <T extends { range: Range; code?: unknown }>(a: T, b: T) =>
  a.range.start.line - b.range.start.line ||
  a.range.start.character - b.range.start.character ||
  String(a.code).localeCompare(String(b.code));

/** Applies LSP text edits (non-overlapping, any order) to a text. */
export function applyEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (p: Range['start']) => starts[p.line]! + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}
