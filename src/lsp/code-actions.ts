// Quick fixes: each fixable finding's own fix; "fix all in file" (exactly the edits --fix makes:
// src/engine/fix.ts); "disable for this line" (a `# guide-lint-disable-next-line` comment above
// the line, src/engine/suppress.ts). Offsets are the linted text's; the editor's text is the same
// version (the server lints again before answering when it is not).

import type { CodeAction, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixEdits, quoteLike } from '../engine/fix.js';
import { INTERNAL_ERROR, PARSE_ERROR } from '../engine/lint-file.js';
import type { Finding, Lang } from '../model/types.js';
import type { DocumentLint } from './lint-document.js';
import { FIX_ALL_KIND, findingRange, toDiagnostic } from './diagnostics.js';

const QUICK_FIX = 'quickfix';

const NOT_SUPPRESSIBLE = new Set([PARSE_ERROR, INTERNAL_ERROR, 'config-error', 'unused-disable-directive']);

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) =>
    x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function edit(doc: TextDocument, lint: DocumentLint, start: number, end: number, newText: string): TextEdit {
  return { range: { start: doc.positionAt(start + lint.bom), end: doc.positionAt(end + lint.bom) }, newText };
}

function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits } };
}

/** The edits of `guide-lint --fix` on this document. */
export function fixAllEdits(doc: TextDocument, lint: DocumentLint): TextEdit[] {
  return fixEdits(lint.text, lint.findings, lint.json).map((e) => edit(doc, lint, e.start, e.end, e.text));
}

/** A `# guide-lint-disable-next-line` above the finding's line, or its rule added to one already there. */
function disableEdit(doc: TextDocument, f: Finding): TextEdit {
  const lines = doc.getText().split(/\r?\n/);
  const line = f.line - 1;
  const prev = line > 0 ? lines[line - 1] : undefined;
  const m = prev !== undefined ? /^(\s*#\s*guide-lint-disable-next-line\s+)([^-\s][^]*?)\s*(--.*)?$/.exec(prev) : null;
  const [, directive = '', listed = ''] = m ?? [];
  if (m && !listed.split(/[\s,]+/).includes(f.ruleId)) {
    const end = directive.length + listed.length;
    return {
      range: { start: { line: line - 1, character: end }, end: { line: line - 1, character: end } },
      newText: `, ${f.ruleId}`,
    };
  }
  const indent = /^\s*/.exec(lines[line] ?? '')?.[0] ?? '';
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  return {
    range: { start: { line, character: 0 }, end: { line, character: 0 } },
    newText: `${indent}# guide-lint-disable-next-line ${f.ruleId}${eol}`,
  };
}

export function codeActions(
  doc: TextDocument,
  lint: DocumentLint,
  range: Range,
  lang: Lang,
  only?: string[],
): CodeAction[] {
  const zh = lang === 'zh';
  const out: CodeAction[] = [];
  const wants = (kind: string) => !only?.length || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const all = fixAllEdits(doc, lint);
  if (wants(QUICK_FIX)) {
    for (const f of lint.findings) {
      if (!overlaps(findingRange(f, lint.bom), range)) continue;
      const diagnostic = toDiagnostic(f, lint.bom, lang);
      if (f.fix) {
        const text = quoteLike(lint.text.slice(f.fix.start, f.fix.end), f.fix.text, lint.json);
        out.push({
          title: zh ? `修复（${f.ruleId}）：改为“${f.fix.text}”` : `Fix (${f.ruleId}): replace with "${f.fix.text}"`,
          kind: QUICK_FIX,
          diagnostics: [diagnostic],
          isPreferred: true,
          edit: workspaceEdit(doc, [edit(doc, lint, f.fix.start, f.fix.end, text)]),
        });
      }
      if (!lint.json && !NOT_SUPPRESSIBLE.has(f.ruleId)) {
        out.push({
          title: zh ? `在此行禁用 ${f.ruleId}` : `Disable ${f.ruleId} for this line`,
          kind: QUICK_FIX,
          diagnostics: [diagnostic],
          edit: workspaceEdit(doc, [disableEdit(doc, f)]),
        });
      }
    }
    if (all.length && out.some((a) => a.isPreferred)) {
      out.push({
        title: zh
          ? `修复本文件中所有可自动修复的问题（${all.length} 处）`
          : `Fix all auto-fixable problems in this file (${all.length})`,
        kind: QUICK_FIX,
        edit: workspaceEdit(doc, all),
      });
    }
  }
  if (all.length && only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
    out.push({
      title: zh ? 'guide-lint：修复所有可自动修复的问题' : 'guide-lint: fix all auto-fixable problems',
      kind: FIX_ALL_KIND,
      edit: workspaceEdit(doc, all),
    });
  }
  return out;
}
