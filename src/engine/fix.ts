// --fix: applies the safe replacements rules attached to findings as text edits on the original
// source, so comments, key order, quoting style and line endings stay as they were.

import { createTwoFilesPatch } from 'diff';
import type { Finding, TextEdit } from '../model/types.js';
import { defined } from '../util/defined.js';

const PLAIN_SAFE = /^[\p{Script=Han}\p{L}\p{N}（）()、，。：:～~\-Ⅰ-Ⅻ ]+$/u;

// Plain scalars YAML 1.2 would read as something other than a string (numbers, booleans, null).
const NOT_A_STRING =
  /^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan|true|false|null|~|)$/i;

/** The replacement written in the same quoting style as the value it replaces; always read back as a string. */
export function quoteLike(original: string, text: string, json: boolean): string {
  if (json || original.startsWith('"')) return JSON.stringify(text);
  if (original.startsWith("'")) return `'${text.replace(/'/g, "''")}'`;
  const plain =
    PLAIN_SAFE.test(text) && !NOT_A_STRING.test(text) && !/^[-:?]|:\s|\s#/.test(text) && text.trim() === text;
  return plain ? text : JSON.stringify(text);
}

/** The edits --fix makes, in order, none overlapping, each written in the style of the value it replaces. */
export function fixEdits(text: string, findings: Finding[], json: boolean): TextEdit[] {
  const edits: TextEdit[] = findings
    .map((f) => f.fix)
    .filter((e): e is TextEdit => e !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of edits) {
    if (e.start < lastEnd) continue; // overlapping: keep the first, the next run fixes the rest
    if (chosen.length && defined(chosen.at(-1)).start === e.start && defined(chosen.at(-1)).end === e.end) continue;
    chosen.push(e);
    lastEnd = e.end;
  }
  return chosen.map((e) => ({ start: e.start, end: e.end, text: quoteLike(text.slice(e.start, e.end), e.text, json) }));
}

export function applyFixes(text: string, findings: Finding[], json: boolean): { text: string; applied: number } {
  const chosen = fixEdits(text, findings, json);
  let out = text;
  for (const e of [...chosen].reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied: chosen.length };
}

export function fixDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(file, file, before, after, '', '', { context: 2 });
}
