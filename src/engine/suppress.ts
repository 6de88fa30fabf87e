// Inline suppressions in YAML comments (ESLint's directive set):
//   # guide-lint-disable-next-line rule-a, rule-b -- reason
//   # guide-lint-disable-line rule-a            (as a trailing comment)
//   # guide-lint-disable rule-a   …   # guide-lint-enable rule-a
//   # guide-lint-disable-file
// No rule list means every rule. Comments are found with the `yaml` lexer (a "#" inside a quoted
// string or block scalar is not a comment), and only in files that mention "guide-lint-".

import { yamlLib } from '../load/yaml-lib.js';
import type { Finding } from '../model/types.js';
import { LineIndex } from '../load/lines.js';
import { defined } from '../util/defined.js';

export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';
  rules: string[] | null;
  line: number;
  column: number;
  endColumn: number;
  used: boolean;
}

const RE = /^#\s*guide-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b\s*([^]*?)\s*(?:--.*)?$/;
// The lexer's control tokens (document start, flow end, scalar marker) are not in the source.
const CONTROL = new Set(['\u0002', '\u0018', '\u001f']);

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('guide-lint-')) return [];
  const ix = new LineIndex(text);
  const out: Directive[] = [];
  let offset = 0;
  for (const tok of new (yamlLib().Lexer)().lex(text)) {
    if (CONTROL.has(tok)) continue;
    if (tok.startsWith('#')) {
      const m = RE.exec(tok);
      if (m) {
        const p = ix.pos(offset);
        const list = defined(m[2]).trim();
        out.push({
          kind: m[1] as Directive['kind'],
          rules: list ? list.split(/[\s,]+/).filter(Boolean) : null,
          line: p.line,
          column: p.column,
          endColumn: p.column + tok.length,
          used: false,
        });
      }
    }
    offset += tok.length;
  }
  return out;
}

const covers = (d: Directive, ruleId: string) => d.rules === null || d.rules.includes(ruleId);

/** Removes suppressed findings (marking the directives used); returns how many were suppressed. */
export function applyDirectives(findings: Finding[], directives: Directive[]): { kept: Finding[]; suppressed: number } {
  if (directives.length === 0) return { kept: findings, suppressed: 0 };
  const ranges = directives
    .filter((d) => d.kind === 'disable' || d.kind === 'enable')
    .sort((a, b) => a.line - b.line || a.column - b.column);
  const isSuppressed = (f: Finding): Directive | undefined => {
    for (const d of directives) {
      if (!covers(d, f.ruleId)) continue;
      if (d.kind === 'disable-file') return d;
      if (d.kind === 'disable-next-line' && f.line === d.line + 1) return d;
      if (d.kind === 'disable-line' && f.line === d.line) return d;
    }
    // Ranges: the last disable/enable before the finding that concerns its rule decides.
    let state: Directive | undefined;
    for (const d of ranges) {
      if (d.line > f.line || (d.line === f.line && d.column > f.column)) break;
      if (!covers(d, f.ruleId)) continue;
      state = d.kind === 'disable' ? d : undefined;
    }
    return state;
  };
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const d = f.ruleId === 'parse-error' ? undefined : isSuppressed(f);
    if (d) {
      d.used = true;
      suppressed++;
    } else kept.push(f);
  }
  return { kept, suppressed };
}

export function unusedDirectives(directives: Directive[], file: string, lang: 'zh' | 'en'): Finding[] {
  return directives
    .filter((d) => !d.used && d.kind !== 'enable')
    .map((d) => ({
      ruleId: 'unused-disable-directive',
      item: null,
      severity: 'warning' as const,
      message:
        lang === 'zh'
          ? `未使用的 guide-lint-${d.kind} 指令${d.rules ? `（${d.rules.join(', ')}）` : ''}：该处没有被抑制的问题`
          : `unused guide-lint-${d.kind} directive${d.rules ? ` (${d.rules.join(', ')})` : ''}: nothing was suppressed there`,
      file,
      line: d.line,
      column: d.column,
      endLine: d.line,
      endColumn: d.endColumn,
      path: [],
      guide: null,
    }));
}
