// Judges a lint run against `# expect:` marks: a mark (line, rule) is consumed by one finding of
// that rule on that line, errors first, then warnings, then infos. Errors left over are the ones
// not judged true; marks left over are findings that were expected and not produced.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../../src/model/types.js';

/**
 * The marks of a corpus file, as "line rule" entries: `# expect: rule-a, rule-a` (a finding judged
 * true, once per finding) and `# missed: rule-b -- why` (a real defect the rule does not report yet).
 * Both may end one line: `… # expect: rule-a # missed: rule-b -- why`.
 */
export function marksOf(file: string): { expect: string[]; missed: string[] } {
  const out = { expect: [] as string[], missed: [] as string[] };
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const [kind, re] of [
        ['expect', /#\s*expect:\s*([\w\-, ]+?)\s*(?:#|$)/],
        ['missed', /#\s*missed:\s*([\w\-, ]+?)\s*(?:--|#|$)/],
      ] as const) {
        const m = re.exec(line);
        if (m)
          for (const id of m[1]!
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean))
            out[kind].push(`${i + 1} ${id}`);
      }
    });
  return out;
}

export interface Judgement {
  errors: number;
  trueErrors: number;
  warnings: number;
  trueWarnings: number;
  infos: number;
  trueInfos: number;
  /** "file:line rule message" of every error that is not marked. */
  unmarkedErrors: string[];
  /** "file:line rule" of every mark no finding consumed. */
  missing: string[];
  /** "file:line rule" of every `missed:` mark the rule now reports (the mark should become `expect:`). */
  nowReported: string[];
  /** How many `missed:` marks there are (real defects not reported). */
  missed: number;
  /** Per rule: errors and errors judged true. */
  byRule: Map<string, { errors: number; trueErrors: number }>;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * `marks`: per absolute file, its marks as "line rule" (one entry per expected finding, as
 * test/support/fixtures.ts expectationsOf returns them). `show` shortens a file name for messages.
 */
export function judge(
  findings: readonly Finding[],
  marks: ReadonlyMap<string, readonly string[]>,
  show: (file: string) => string,
  missed: ReadonlyMap<string, readonly string[]> = new Map(),
): Judgement {
  const left = new Map<string, number>();
  for (const [file, list] of marks)
    for (const m of list) left.set(`${resolve(file)}\u0000${m}`, (left.get(`${resolve(file)}\u0000${m}`) ?? 0) + 1);

  const j: Judgement = {
    errors: 0,
    trueErrors: 0,
    warnings: 0,
    trueWarnings: 0,
    infos: 0,
    trueInfos: 0,
    unmarkedErrors: [],
    missing: [],
    nowReported: [],
    missed: 0,
    byRule: new Map(),
  };
  const produced = new Set(findings.map((f) => `${resolve(f.file)}\u0000${f.line} ${f.ruleId}`));
  for (const [file, list] of missed) {
    for (const m of list) {
      j.missed++;
      if (produced.has(`${resolve(file)}\u0000${m}`)) j.nowReported.push(`${show(resolve(file))}:${m}`);
    }
  }
  const ordered = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  for (const f of ordered) {
    const key = `${resolve(f.file)}\u0000${f.line} ${f.ruleId}`;
    const n = left.get(key) ?? 0;
    const marked = n > 0;
    if (marked) left.set(key, n - 1);
    if (f.severity === 'error') {
      j.errors++;
      const r = j.byRule.get(f.ruleId) ?? { errors: 0, trueErrors: 0 };
      j.byRule.set(f.ruleId, r);
      r.errors++;
      if (marked) r.trueErrors++;
      if (marked) j.trueErrors++;
      else j.unmarkedErrors.push(`${show(f.file)}:${f.line} ${f.ruleId} ${f.message}`);
    } else if (f.severity === 'warning') {
      j.warnings++;
      if (marked) j.trueWarnings++;
    } else {
      j.infos++;
      if (marked) j.trueInfos++;
    }
  }
  for (const [key, n] of left) {
    if (n <= 0) continue;
    const [file, mark] = key.split('\u0000') as [string, string];
    for (let i = 0; i < n; i++) j.missing.push(`${show(file)}:${mark}`);
  }
  j.missing.sort();
  return j;
}
