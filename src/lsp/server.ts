// The language server: documents in, diagnostics out, kept warm (config, rules and schema stay
// loaded between keystrokes). Handlers never throw to the connection: a failure is logged and the
// server goes on.

import { createRequire } from 'node:module';
import type * as LS from 'vscode-languageserver/node';
import type * as LSText from 'vscode-languageserver-textdocument';
import type { Lang } from '../model/types.js';
import type { Rule } from '../engine/rule.js';
import { ConfigCache, isConfigFile } from './configs.js';
import { IgnoreCache, isIgnoreFile } from './ignores.js';
import { isGuideFile, isLintable, lintDocument, pathOf, type DocumentLint } from './lint-document.js';
import { FIX_ALL_KIND, toDiagnostic } from './diagnostics.js';
import type { WorkspaceCommands } from './workspace.js';
import type { PullContext, WorkspacePull } from './pull.js';

// The protocol libraries are CommonJS: required as such, not imported (an ES import of each of their
// ≈ 70 modules runs the CommonJS export scanner: ≈ 35 ms of the start-up in a CPU profile here).
// What only answers requests (code actions, hovers, completion, commands) is loaded on first use.
const require = createRequire(import.meta.url);
const {
  createConnection,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeWatchedFilesNotification,
  MessageType,
  ShowMessageNotification,
} = require('vscode-languageserver/node') as typeof LS;
const { TextDocument } = require('vscode-languageserver-textdocument') as typeof LSText;
type TextDocument = LSText.TextDocument;
type Connection = LS.Connection;
const lazy = <T>(load: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= load());
};
const codeActionsModule = lazy(() => import('./code-actions.js'));
const hoverModule = lazy(() => import('./hover.js'));
const completionModule = lazy(() => import('./completion.js'));
const workspaceModule = lazy(() => import('./workspace.js'));
const pullModule = lazy(() => import('./pull.js'));

export const COMMANDS = { lintWorkspace: 'guide-lint.lintWorkspace', score: 'guide-lint.score' } as const;

export interface ServerOptions {
  /** --lang / GUIDE_LINT_LANG: wins over config `lang:`. */
  lang?: Lang;
  /** false under --no-config-code. */
  allowCode: boolean;
}

/** Settings a client may pass as initializationOptions. */
interface ClientOptions {
  lang?: Lang;
  /** Pause after a keystroke before linting (default 150 ms). */
  debounceMs?: number;
}

interface DocState {
  version: number;
  lint: DocumentLint;
  rules: Rule[];
  lang: Lang;
}

const DEFAULT_DEBOUNCE_MS = 150;
/** GUIDE_LINT_LSP_TIMING=1: each lint's time and the process's age and CPU time on standard error (bench/lsp.ts). */
const timing = Boolean(process.env.GUIDE_LINT_LSP_TIMING);
const WATCHED = [
  '**/guide-lint.config.{yaml,yml,json,mjs}',
  '**/.guidelintrc.{yaml,yml}',
  '**/.guidelintignore',
  '**/forms/**',
];
/** Watched too under pull diagnostics: a guide changed on disk makes the workspace report stale. */
const WATCHED_GUIDES = '**/*.{yaml,yml,json}';
const isForm = (path: string) => /[\\/]forms[\\/]/.test(path);

export function startServer(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  opts: ServerOptions,
): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocState>();
  const timers = new Map<string, NodeJS.Timeout>();
  let workspace: WorkspaceCommands | undefined;
  let lang: Lang | undefined = opts.lang;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let folders: string[] = [];
  let configs = new ConfigCache({ lang, allowCode: opts.allowCode });
  const ignores = new IgnoreCache();
  /** The client pulls diagnostics (LSP 3.17): nothing is pushed for open documents. */
  let pull = false;
  let pullRefresh = false;
  let workspacePull: WorkspacePull | undefined;
  const log = (msg: string) => {
    connection.console.error(`guide-lint: ${msg}`);
  };
  /** A handler's failure, for the server's log (the server goes on). */
  const failed = (what: string, err: unknown) => {
    log(`${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  };
  const msgLang = (): Lang => lang ?? 'zh';

  async function lintNow(doc: TextDocument): Promise<DocState | undefined> {
    const file = pathOf(doc.uri);
    if (!file || !isGuideFile(file) || isConfigFile(file)) return undefined;
    const version = doc.version;
    const outcome = await configs.forFile(file);
    // Not a guide nor exported records (a workflow file, package.json …), or left out by the CLI run in the
    // file's folder (.guidelintignore, config `ignore:`): nothing to say.
    const fileConfig = outcome.ok ? outcome.value : undefined;
    if (
      !(await isLintable(file, doc.getText(), fileConfig?.config)) ||
      (await ignores.ignores(file, folders, fileConfig))
    ) {
      states.delete(doc.uri);
      if (!pull) void connection.sendDiagnostics({ uri: doc.uri, version, diagnostics: [] });
      return undefined;
    }
    const docLang = outcome.ok ? outcome.value.config.lang : msgLang();
    const lint = await lintDocument(file, doc.getText(), outcome, docLang);
    for (const e of lint.internalErrors) log(`${file}: ${e}`);
    // A newer version was linted (or the document closed) meanwhile: this result is stale.
    const current = documents.get(doc.uri);
    if (current?.version !== version) return states.get(doc.uri);
    const state: DocState = { version, lint, rules: outcome.ok ? outcome.value.rules : [], lang: docLang };
    states.set(doc.uri, state);
    if (!pull)
      void connection.sendDiagnostics({
        uri: doc.uri,
        version,
        diagnostics: lint.findings.map((f) => toDiagnostic(f, lint.bom, docLang)),
      });
    if (timing) {
      const cpu = process.cpuUsage();
      process.stderr.write(
        `guide-lint timing: lint ${lint.ms.toFixed(2)} ms; ${(process.uptime() * 1000).toFixed(1)} ms since the process started, ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms CPU\n`,
      );
    }
    return state;
  }

  /** The version of each document being linted now (a timer does not lint it a second time). */
  const inFlight = new Map<string, number>();
  const safeLint = (doc: TextDocument) => {
    const { uri, version } = doc;
    inFlight.set(uri, version);
    return lintNow(doc)
      .catch((err: unknown) => {
        failed(`lint of ${uri}`, err);
        return undefined;
      })
      .finally(() => {
        if (inFlight.get(uri) === version) inFlight.delete(uri);
      });
  };
  /** Linted, or being linted, in its current version. */
  const upToDate = (doc: TextDocument) =>
    states.get(doc.uri)?.version === doc.version || inFlight.get(doc.uri) === doc.version;

  function schedule(doc: TextDocument, delay: number): void {
    clearTimeout(timers.get(doc.uri));
    timers.set(
      doc.uri,
      setTimeout(() => {
        timers.delete(doc.uri);
        const current = documents.get(doc.uri);
        if (current && !upToDate(current)) void safeLint(current);
      }, delay),
    );
  }

  /** The lint of the document as it is now (linted again when a keystroke is still pending). */
  async function current(uri: string): Promise<{ doc: TextDocument; state: DocState } | undefined> {
    const doc = documents.get(uri);
    if (!doc) return undefined;
    let state = states.get(uri);
    if (state?.version !== doc.version) {
      clearTimeout(timers.get(uri));
      timers.delete(uri);
      state = await safeLint(doc);
    }
    return state?.version === doc.version ? { doc, state } : undefined;
  }

  /** Config, ignore file or forms changed: the open documents again (pulled again by the client under pull). */
  function relintOpen(): void {
    diskChanged();
    if (pull) {
      states.clear();
      if (pullRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
    } else for (const doc of documents.all()) void safeLint(doc);
  }

  /** A file changed on disk: the workspace report is stale. */
  function diskChanged(): void {
    workspacePull?.invalidate();
  }

  const pullContext = (): PullContext => ({
    folders,
    configs,
    lang: msgLang(),
    openVersion: (uri) => documents.get(uri)?.version,
    openDiagnostics: async (uri) => {
      const c = await current(uri);
      return (
        c && {
          version: c.doc.version,
          diagnostics: c.state.lint.findings.map((f) => toDiagnostic(f, c.state.lint.bom, c.state.lang)),
        }
      );
    },
    log,
  });

  connection.onInitialize((params: LS.InitializeParams): LS.InitializeResult => {
    const o = (params.initializationOptions ?? {}) as ClientOptions;
    if (o.lang === 'zh' || o.lang === 'en') lang = o.lang;
    if (typeof o.debounceMs === 'number' && o.debounceMs >= 0) debounceMs = o.debounceMs;
    configs = new ConfigCache({ lang, allowCode: opts.allowCode });
    folders = (params.workspaceFolders ?? []).map((f) => pathOf(f.uri)).filter((p): p is string => p !== undefined);
    // Clients without workspace folders still send only the root.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const root = params.rootUri ? pathOf(params.rootUri) : undefined;
    if (!folders.length && root) folders = [root];
    pull = params.capabilities.textDocument?.diagnostic !== undefined;
    pullRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    return {
      capabilities: {
        positionEncoding: 'utf-16',
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '"'] },
        executeCommandProvider: { commands: [COMMANDS.lintWorkspace, COMMANDS.score] },
        ...(pull
          ? {
              diagnosticProvider: { identifier: 'guide-lint', interFileDependencies: true, workspaceDiagnostics: true },
            }
          : {}),
      },
      serverInfo: { name: 'guide-lint' },
    };
  });

  connection.onInitialized(() => {
    // Config files and forms are watched by the client where it can (VS Code, Neovim 0.10+).
    const watched = pull ? [...WATCHED, WATCHED_GUIDES] : WATCHED;
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: watched.map((globPattern) => ({ globPattern })) })
      .catch(() => undefined);
  });

  /** Configs and ignore files are read again when next needed. */
  function settingsChanged(): void {
    configs.clear();
    ignores.clear();
  }
  const isSettings = (p: string) => isConfigFile(p) || isIgnoreFile(p);

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const paths = changes.map((c) => pathOf(c.uri) ?? '');
    if (paths.some(isSettings)) settingsChanged();
    if (paths.some((p) => isSettings(p) || isForm(p))) relintOpen();
    else diskChanged();
  });

  documents.onDidOpen(({ document }) => void safeLint(document));
  documents.onDidChangeContent(({ document }) => {
    if (!upToDate(document)) schedule(document, debounceMs);
  });
  documents.onDidSave(({ document }) => {
    if (isSettings(pathOf(document.uri) ?? '')) {
      settingsChanged();
      relintOpen();
      return;
    }
    clearTimeout(timers.get(document.uri));
    diskChanged();
    void safeLint(document);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    states.delete(document.uri);
    if (!pull && !workspace?.published.has(document.uri))
      void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params) => {
    try {
      const c = await current(params.textDocument.uri);
      if (!c) return [];
      const { codeActions } = await codeActionsModule();
      const actions = codeActions(c.doc, c.state.lint, params.range, c.state.lang, params.context.only);
      const titles = new Set<string>();
      return actions.filter((a) => !titles.has(a.title) && titles.add(a.title));
    } catch (err) {
      failed('code actions', err);
      return [];
    }
  });

  connection.onHover(async (params) => {
    try {
      const c = await current(params.textDocument.uri);
      if (!c || c.state.lint.refused) return null;
      const { hoverAt } = await hoverModule();
      return hoverAt(
        c.state.lint.text,
        c.state.lint.bom,
        c.state.lint.findings,
        c.state.rules,
        params.position,
        c.state.lang,
      );
    } catch (err) {
      failed('hover', err);
      return null;
    }
  });

  connection.onCompletion(async (params) => {
    try {
      const c = await current(params.textDocument.uri);
      if (!c || c.state.lint.refused) return [];
      const { completeAt } = await completionModule();
      return completeAt(
        c.state.lint.text,
        c.state.lint.bom,
        params.position,
        c.state.rules,
        c.state.lang,
        c.state.lint.json,
      );
    } catch (err) {
      failed('completion', err);
      return [];
    }
  });

  connection.onExecuteCommand(async ({ command, arguments: args }) => {
    try {
      workspace ??= new (await workspaceModule()).WorkspaceCommands();
      const ctx = {
        folders,
        configs,
        lang: msgLang(),
        isOpen: (uri: string) => documents.get(uri) !== undefined,
        // Under pull, the workspace report carries the folder's diagnostics: pushing them too would show them twice.
        publish: (uri: string, diagnostics: LS.Diagnostic[]) =>
          void (pull || connection.sendDiagnostics({ uri, diagnostics })),
        notify: (type: LS.MessageType, message: string) =>
          void connection.sendNotification(ShowMessageNotification.type, { type, message }),
        log,
      };
      if (command === COMMANDS.lintWorkspace) {
        diskChanged();
        if (pull && pullRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
        return await workspace.lintWorkspace(args, ctx);
      }
      if (command === COMMANDS.score) return await workspace.score(args, ctx);
      return null;
    } catch (err) {
      failed(command, err);
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `guide-lint: ${err instanceof Error ? err.message : String(err)}`,
      });
      return null;
    }
  });

  connection.languages.diagnostics.on(async (params) => {
    try {
      const { documentReport } = await pullModule();
      return await documentReport(params.textDocument.uri, params.previousResultId, pullContext());
    } catch (err) {
      failed('document diagnostics', err);
      return { kind: 'full', items: [] };
    }
  });

  connection.languages.diagnostics.onWorkspace(async (params) => {
    try {
      const { WorkspacePull } = await pullModule();
      workspacePull ??= new WorkspacePull();
      return await workspacePull.report(params.previousResultIds, pullContext());
    } catch (err) {
      failed('workspace diagnostics', err);
      return { items: [] };
    }
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
