// Findings → LSP diagnostics. Finding lines and columns are 1-based and count UTF-16 code units
// (JavaScript string offsets, docs/formats.md), which is LSP's default position encoding: the
// conversion is a shift by one, plus the byte order mark the loaders strip from line 1.

import type { Diagnostic, DiagnosticSeverity, Position, Range } from 'vscode-languageserver/node';
import { builtinRules } from '../../rules/index.js';
import { DOCS_BASE, docsUrl } from '../engine/rule.js';
import { checklistItem } from '../model/checklist.js';
import type { Finding, Lang } from '../model/types.js';

// DiagnosticSeverity's values (the module is loaded by the server, not here: start-up time).
const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = { error: 1, warning: 2, info: 3 };

/** Rule ids that have a page in docs/rules/. */
const DOCUMENTED = new Set([...builtinRules.map((r) => r.meta.id), 'parse-error']);

export function docsLink(ruleId: string): string | undefined {
  if (DOCUMENTED.has(ruleId)) return docsUrl(ruleId);
  if (ruleId === 'config-error') return new URL('../configuration.md', DOCS_BASE).href;
  return undefined;
}

export function position(line: number, column: number, bom: number): Position {
  return { line: Math.max(0, line - 1), character: Math.max(0, column - 1 + (line === 1 ? bom : 0)) };
}

export function findingRange(f: Finding, bom: number): Range {
  return { start: position(f.line, f.column, bom), end: position(f.endLine, f.endColumn, bom) };
}

export function itemLabel(item: number | null, lang: Lang): string {
  if (item === null) return '';
  const title = checklistItem(item)?.[lang === 'zh' ? 'title' : 'en'];
  return lang === 'zh'
    ? `清单第${item}项${title ? `「${title}」` : ''}`
    : `checklist item ${item}${title ? ` (${title})` : ''}`;
}

/** The code action kind of "fix all in file" (code-actions.ts; announced by the server). */
export const FIX_ALL_KIND = 'source.fixAll.guide-lint';

/** What a diagnostic carries back to code actions and hovers. */
export interface DiagnosticData {
  ruleId: string;
  item: number | null;
  fixable: boolean;
}

export function toDiagnostic(f: Finding, bom: number, lang: Lang): Diagnostic {
  const label = itemLabel(f.item, lang);
  const href = docsLink(f.ruleId);
  const data: DiagnosticData = { ruleId: f.ruleId, item: f.item, fixable: f.fix !== undefined };
  return {
    range: findingRange(f, bom),
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    source: 'guide-lint',
    message: !label ? f.message : lang === 'zh' ? `${f.message}（${label}）` : `${f.message} [${label}]`,
    data,
  };
}
