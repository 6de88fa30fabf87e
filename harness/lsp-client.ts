// A minimal editor for the language server: spawns `guide-lint lsp --stdio` and speaks JSON-RPC to
// it with vscode-languageserver-protocol's client side. Used by the protocol tests (test/lsp/) and
// the warm-speed benchmark (bench/lsp.ts).

import { spawn, type ChildProcess } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { defined } from '../src/util/defined.js';

// This file runs from source (tests) and from dist/harness (the benchmark).
const ROOT =
  basename(dirname(import.meta.dirname)) === 'dist'
    ? join(import.meta.dirname, '..', '..')
    : join(import.meta.dirname, '..');
export const BIN = join(ROOT, 'bin', 'guide-lint.js');

export const uriOf = (path: string) => pathToFileURL(path).href;

export interface StartOptions {
  cwd: string;
  args?: string[];
  initializationOptions?: Record<string, unknown>;
  workspaceFolders?: string[];
  env?: Record<string, string>;
  /** Options for node itself (--cpu-prof …). */
  nodeArgs?: string[];
  /** A command the server runs under (valgrind …). */
  wrapper?: string[];
  /** Client capabilities added to the defaults (e.g. `textDocument.diagnostic` for pull diagnostics). */
  capabilities?: { textDocument?: Record<string, unknown>; workspace?: Record<string, unknown> };
  /** How long to wait for diagnostics and for the exit (default 10 s and 5 s; longer under valgrind). */
  timeoutMs?: number;
}

interface Waiter {
  uri: string;
  ok: (p: PublishDiagnosticsParams) => boolean;
  resolve: (p: PublishDiagnosticsParams) => void;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  stderr = '';
  /** How many times the server asked to pull diagnostics again (`workspace/diagnostic/refresh`). */
  refreshes = 0;
  /** The server's answer to `initialize` (its capabilities). */
  initializeResult: unknown;
  private waiters: Waiter[] = [];
  private versions = new Map<string, number>();
  private exited: Promise<number | null>;
  /** ms since the process was spawned, of each diagnostics notification. */
  readonly arrivals: number[] = [];
  readonly spawnedAt = performance.now();

  private constructor(
    readonly proc: ChildProcess,
    readonly conn: ProtocolConnection,
    private readonly timeoutMs?: number,
  ) {
    defined(proc.stderr)
      .setEncoding('utf8')
      .on('data', (d: string) => (this.stderr += d));
    this.exited = new Promise((done) =>
      proc.on('exit', (code) => {
        done(code);
      }),
    );
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.arrivals.push(performance.now() - this.spawnedAt);
      this.published.push(p);
      for (const w of [...this.waiters]) {
        if (w.uri === p.uri && w.ok(p)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    conn.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      this.messages.push(m);
    });
    conn.onNotification('window/logMessage', (m: { type: number; message: string }) => {
      this.stderr += `[log] ${m.message}\n`;
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('window/showMessageRequest', () => null);
    conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
  }

  static async start(o: StartOptions): Promise<LspClient> {
    const command = [
      ...(o.wrapper ?? []),
      process.execPath,
      ...(o.nodeArgs ?? []),
      BIN,
      'lsp',
      '--stdio',
      ...(o.args ?? []),
    ];
    const proc = spawn(defined(command[0]), command.slice(1), {
      cwd: o.cwd,
      env: { ...process.env, ...o.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    const client = new LspClient(proc, conn, o.timeoutMs);
    conn.listen();
    client.initializeResult = await conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uriOf(o.cwd),
      workspaceFolders: (o.workspaceFolders ?? [o.cwd]).map((f) => ({ uri: uriOf(f), name: f })),
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, ...o.capabilities?.workspace },
        textDocument: { publishDiagnostics: { versionSupport: true }, ...o.capabilities?.textDocument },
      },
      initializationOptions: o.initializationOptions,
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  /** The next diagnostics published for `uri` (of at least `version` when given). */
  diagnostics(
    uri: string,
    opts: { version?: number; timeoutMs?: number; where?: (d: Diagnostic[]) => boolean } = {},
  ): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const wait = opts.timeoutMs ?? this.timeoutMs ?? 10_000;
      const timer = setTimeout(() => {
        reject(new Error(`no diagnostics for ${uri} within ${wait} ms; stderr: ${this.stderr}`));
      }, wait);
      this.waiters.push({
        uri,
        ok: (p) =>
          (opts.version === undefined || (p.version ?? 0) >= opts.version) &&
          (!opts.where || opts.where(p.diagnostics)),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p.diagnostics);
        },
      });
    });
  }

  open(uri: string, text: string, languageId = 'yaml'): Promise<Diagnostic[]> {
    this.versions.set(uri, 1);
    const next = this.diagnostics(uri, { version: 1 });
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return next;
  }

  /** Replaces the whole text (one change event); resolves with the diagnostics of that version. */
  change(uri: string, text: string): Promise<Diagnostic[]> {
    return this.edit(uri, [{ text }]);
  }

  edit(uri: string, contentChanges: unknown[]): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const next = this.diagnostics(uri, { version });
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return next;
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  save(uri: string): void {
    void this.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  close(uri: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): void {
    void this.conn.sendNotification(method, params);
  }

  get running(): boolean {
    return this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** shutdown + exit; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (this.running) {
      await this.conn.sendRequest('shutdown');
      void this.conn.sendNotification('exit');
    }
    const code = await Promise.race([
      this.exited,
      new Promise<null>((r) =>
        setTimeout(() => {
          r(null);
        }, this.timeoutMs ?? 5000),
      ),
    ]);
    if (this.running) this.proc.kill();
    this.conn.dispose();
    return code;
  }
}
