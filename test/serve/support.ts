// A `serve` server in this process for the HTTP and browser tests: built-in preset, its own temp
// root (so a test can see that job folders are removed), a real port on 127.0.0.1.

import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { PresetName, ResolvedConfig } from '../../src/config/resolved-config.js';
import type { Lang } from '../../src/model/types.js';
import { startServer, DEFAULT_MAX_UPLOAD, type RunningServer } from '../../src/serve/server.js';
import { megabytes } from '../../src/serve/messages.js';
import { VERSION } from '../../src/version.js';

export async function testServer(o: { maxUploadBytes?: number } = {}): Promise<RunningServer & { tmp: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'guide-lint-serve-test-'));
  const maxUploadBytes = o.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  const configFor = (preset: PresetName | undefined, lang: Lang): Promise<ResolvedConfig> =>
    resolveConfig({ cwd: tmp, preset, lang, discover: false });
  const info = {
    version: VERSION,
    startDir: tmp,
    configFile: null,
    preset: 'recommended' as const,
    presets: ['recommended'],
    plugins: [],
    configCode: false,
    maxUploadBytes,
    maxUpload: megabytes(maxUploadBytes),
    lang: 'zh' as const,
  };
  const server = await startServer({ host: '127.0.0.1', port: 0, info, configFor, tmpRoot: tmp });
  return Object.assign(server, { tmp });
}

/** The job folders that exist under the server's temp root. */
export function jobFolders(s: { tmp: string }): string[] {
  return readdirSync(s.tmp).flatMap((root) => readdirSync(join(s.tmp, root)));
}

export async function upload(
  url: string,
  files: { name: string; body: Buffer | string; field?: string }[],
  fields: Record<string, string> = {},
): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files)
    form.append(f.field ?? 'files', new Blob([typeof f.body === 'string' ? f.body : new Uint8Array(f.body)]), f.name);
  return fetch(`${url}api/jobs`, { method: 'POST', body: form });
}

export async function waitDone(
  url: string,
  id: string,
  timeoutMs = 60_000,
): Promise<{ state: string; error?: string }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = (await (await fetch(`${url}api/jobs/${id}`)).json()) as { state: string; error?: string };
    if (s.state !== 'running' || Date.now() > until) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
}
