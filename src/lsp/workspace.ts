// The workspace commands: "lint the whole folder" (the CLI's own run, src/engine/lint.ts, on each
// workspace folder with the config found from that folder, as the CLI finds it from cwd) and the
// one-line scorecard. Results go back as the command's result and as a window message.

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, MessageType } from 'vscode-languageserver/node';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { lint, type LintResult } from '../engine/lint.js';
import { forgetStats } from '../engine/stat-cache.js';
import type { Lang } from '../model/types.js';
import type { ConfigCache } from './configs.js';
import { toDiagnostic } from './diagnostics.js';
import { isGuideFile, pathOf } from './lint-document.js';
import { SUMMARY_COLLECTOR } from '../score/summary-collector.js';

export interface FolderRun {
  root: string;
  result?: LintResult;
  config?: ResolvedConfig;
  error?: string;
}

/** What the commands need of the server. */
export interface CommandContext {
  /** The workspace folders (absolute paths). */
  folders: string[];
  configs: ConfigCache;
  lang: Lang;
  isOpen(uri: string): boolean;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  notify(type: MessageType, message: string): void;
  log(message: string): void;
}

const INFO: MessageType = 3;

export async function lintFolder(root: string, configs: ConfigCache, summaries: 'full' | 'ref'): Promise<FolderRun> {
  // The config of the folder itself: a file directly in it gets that one.
  const outcome = await configs.forFile(resolve(root, 'folder'));
  if (!outcome.ok) return { root, error: outcome.message };
  const { config } = outcome.value;
  // Forms appear and disappear while the server runs.
  forgetStats();
  const result = await lint({
    cwd: root,
    paths: ['.'],
    config,
    collector: summaries === 'full' ? SUMMARY_COLLECTOR : undefined,
  });
  return { root, result, config };
}

export interface WorkspaceSummary {
  folders: number;
  files: number;
  guides: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(runs: FolderRun[]): WorkspaceSummary {
  const s: WorkspaceSummary = { folders: runs.length, files: 0, guides: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of runs) {
    if (!r.result) continue;
    s.files += r.result.files.length;
    s.guides += r.result.guides.length;
    for (const f of r.result.findings)
      s[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  }
  return s;
}

export function summaryLine(s: WorkspaceSummary, lang: Lang): string {
  return lang === 'zh'
    ? `guide-lint：${s.files} 个文件，${s.guides} 个指南，${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示`
    : `guide-lint: ${s.files} files, ${s.guides} guides, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`;
}

export class WorkspaceCommands {
  /** URIs the last workspace lint published diagnostics for (cleared by the next one). */
  published = new Set<string>();

  /** The folders given as arguments (paths or file: URIs), else the workspace folders. */
  private async runs(
    args: unknown[] | undefined,
    ctx: CommandContext,
    summaries: 'full' | 'ref',
  ): Promise<FolderRun[]> {
    const asked = (args ?? [])
      .filter((a): a is string => typeof a === 'string')
      .map((a) => (a.startsWith('file:') ? pathOf(a) : resolve(a)));
    const roots = asked.filter((p): p is string => p !== undefined);
    const runs: FolderRun[] = [];
    for (const root of roots.length ? roots : ctx.folders) runs.push(await lintFolder(root, ctx.configs, summaries));
    for (const r of runs) if (r.error) ctx.log(r.error);
    return runs;
  }

  async lintWorkspace(
    args: unknown[] | undefined,
    ctx: CommandContext,
  ): Promise<WorkspaceSummary & { line: string; errorsIn: string[] }> {
    const runs = await this.runs(args, ctx, 'ref');
    const published = new Set<string>();
    for (const run of runs) {
      for (const file of run.result?.files ?? []) {
        const abs = resolve(run.root, file.file);
        if (!isGuideFile(abs)) continue;
        const uri = pathToFileURL(abs).href;
        published.add(uri);
        // Open documents keep the diagnostics of their text in the editor.
        if (!ctx.isOpen(uri))
          ctx.publish(
            uri,
            file.findings.map((f) => toDiagnostic(f, 0, run.config?.lang ?? ctx.lang)),
          );
      }
    }
    for (const uri of this.published) if (!published.has(uri) && !ctx.isOpen(uri)) ctx.publish(uri, []);
    this.published = published;
    const summary = summarize(runs);
    const line = summaryLine(summary, ctx.lang);
    ctx.notify(INFO, line);
    return { ...summary, line, errorsIn: runs.flatMap((r) => (r.error ? [r.error] : [])) };
  }

  /** The one-line scorecard of each folder (as `guide-lint` prints it after its findings). */
  async score(args: unknown[] | undefined, ctx: CommandContext): Promise<string[]> {
    const runs = await this.runs(args, ctx, 'full');
    const { lintScoreLine } = await import('../score/lint-line.js');
    const lines = runs.map((r) =>
      r.result && r.config ? lintScoreLine(r.result, r.config, ctx.lang) : `${r.root}: ${r.error ?? ''}`,
    );
    for (const line of lines) ctx.notify(INFO, line);
    return lines;
  }
}
