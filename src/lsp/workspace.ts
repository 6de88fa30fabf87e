// "Lint the whole folder" and the one-line scorecard: the CLI's own run (src/engine/lint.ts) on
// each workspace folder, with the config found from that folder as the CLI finds it from cwd.

import type { ResolvedConfig } from '../engine/config.js';
import { lint, type LintResult } from '../engine/lint.js';
import type { Lang } from '../model/types.js';
import type { ConfigCache } from './configs.js';

export interface FolderRun {
  root: string;
  result?: LintResult;
  config?: ResolvedConfig;
  error?: string;
}

export async function lintFolder(root: string, configs: ConfigCache, summaries: 'full' | 'ref'): Promise<FolderRun> {
  // The config of the folder itself: a file directly in it gets that one.
  const outcome = await configs.forFile(`${root}/.`);
  if (!outcome.ok) return { root, error: outcome.message };
  const { config } = outcome.value;
  const { discoveryIgnorePatterns } = await import('../config/ignore.js');
  const result = await lint({ cwd: root, paths: ['.'], config, ignorePatterns: discoveryIgnorePatterns(config, root, ['.']), summaries });
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
    for (const f of r.result.findings) s[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  }
  return s;
}

export function summaryLine(s: WorkspaceSummary, lang: Lang): string {
  return lang === 'zh'
    ? `guide-lint：${s.files} 个文件，${s.guides} 个指南，${s.errors} 个错误，${s.warnings} 个警告，${s.infos} 个提示`
    : `guide-lint: ${s.files} files, ${s.guides} guides, ${s.errors} errors, ${s.warnings} warnings, ${s.infos} infos`;
}

/** The one-line scorecard of each folder (as `guide-lint` prints after its findings). */
export async function scoreLines(runs: FolderRun[], lang: Lang): Promise<string[]> {
  const { lintScoreLine } = await import('../score/line.js');
  return runs.map((r) => (r.result && r.config ? lintScoreLine(r.result, r.config, lang) : `${r.root}: ${r.error ?? ''}`));
}
