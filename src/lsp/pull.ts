// Pull diagnostics (LSP 3.17), for clients that announce them: `textDocument/diagnostic` answers
// from the open document's lint, `workspace/diagnostic` reports every guide of the workspace folders
// (the CLI's run of each folder, as the "lint the whole folder" command). Clients pull again and
// again (VS Code every 2 s after an answer): the folders are linted again only after something
// changed on disk (a save, a watched file, a config); otherwise each report is `unchanged`.

import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  Diagnostic,
  DocumentDiagnosticReport,
  PreviousResultId,
  WorkspaceDiagnosticReport,
  WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { Lang } from '../model/types.js';
import type { ConfigCache } from './configs.js';
import { isGuideFile } from './lint-document.js';
import { lintFolder, type FolderRun } from './workspace.js';
import { toDiagnostic } from './diagnostics.js';

/** The open document's current diagnostics, or undefined when it is not linted (not a guide …). */
export type OpenDiagnostics = (uri: string) => Promise<{ version: number; diagnostics: Diagnostic[] } | undefined>;

export interface PullContext {
  folders: string[];
  configs: ConfigCache;
  lang: Lang;
  /** The version of an open document, undefined when it is not open. */
  openVersion(uri: string): number | undefined;
  openDiagnostics: OpenDiagnostics;
  log(message: string): void;
}

const resultIdOf = (items: Diagnostic[]) =>
  createHash('sha1').update(JSON.stringify(items)).digest('base64url').slice(0, 16);

export async function documentReport(
  uri: string,
  previousResultId: string | undefined,
  ctx: PullContext,
): Promise<DocumentDiagnosticReport> {
  const items = (await ctx.openDiagnostics(uri))?.diagnostics ?? [];
  const resultId = resultIdOf(items);
  return previousResultId === resultId ? { kind: 'unchanged', resultId } : { kind: 'full', resultId, items };
}

export class WorkspacePull {
  private runs: FolderRun[] | undefined;
  /** URIs of the last workspace report (a file gone since gets an empty report). */
  private reported = new Set<string>();

  /** Something changed on disk: the next workspace pull lints the folders again. */
  invalidate(): void {
    this.runs = undefined;
  }

  async report(previous: PreviousResultId[], ctx: PullContext): Promise<WorkspaceDiagnosticReport> {
    if (!this.runs) {
      const runs: FolderRun[] = [];
      for (const root of ctx.folders) runs.push(await lintFolder(root, ctx.configs, 'ref'));
      for (const r of runs) if (r.error) ctx.log(r.error);
      this.runs = runs;
    }
    const known = new Map(previous.map((p) => [p.uri, p.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const add = (uri: string, version: number | null, diagnostics: Diagnostic[]) => {
      const resultId = resultIdOf(diagnostics);
      items.push(
        known.get(uri) === resultId
          ? { kind: 'unchanged', uri, version, resultId }
          : { kind: 'full', uri, version, resultId, items: diagnostics },
      );
    };
    const reported = new Set<string>();
    for (const run of this.runs) {
      for (const file of run.result?.files ?? []) {
        const abs = resolve(run.root, file.file);
        const uri = pathToFileURL(abs).href;
        if (!isGuideFile(abs) || reported.has(uri)) continue;
        reported.add(uri);
        // An open document is reported from its text in the editor, at its version.
        const version = ctx.openVersion(uri);
        if (version !== undefined) {
          const open = await ctx.openDiagnostics(uri);
          add(uri, open?.version ?? version, open?.diagnostics ?? []);
        } else
          add(
            uri,
            null,
            file.findings.map((f) => toDiagnostic(f, 0, run.config?.lang ?? ctx.lang)),
          );
      }
    }
    for (const uri of this.reported) if (!reported.has(uri)) add(uri, null, []);
    this.reported = reported;
    return { items };
  }
}
