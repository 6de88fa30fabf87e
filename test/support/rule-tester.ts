// ESLint-style RuleTester: a table of valid and invalid YAML fragments for one rule. A fragment is
// merged over a clean base guide (its top-level keys replace the base's), placed first so the
// lines in the fragment are the lines asserted. Every invalid case asserts locations.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { loadYaml } from '../../src/load/yaml.js';
import { lintLoaded } from '../../src/engine/lint-file.js';
import { presetConfig } from '../../src/config/resolved-config.js';
import type { Rule } from '../../src/engine/rule.js';
import type { Finding, Lang } from '../../src/model/types.js';
import { elementFor } from '../../src/model/elements.js';
import { applyFixes } from '../../src/engine/fix.js';
// The built-in rules get their English wording and docs where rules/index.ts joins them.
import '../../rules/index.js';

export const BASE_FILE = fileURLToPath(new URL('./base-guide.yaml', import.meta.url));
export const BASE_YAML = readFileSync(BASE_FILE, 'utf8');

export interface ValidCase {
  yaml: string;
  name?: string;
  options?: Record<string, unknown>;
  /** Do not merge over the base guide. */
  bare?: boolean;
  config?: Record<string, unknown>;
}

export interface ExpectedFinding {
  messageId?: string;
  line: number;
  column?: number;
  /** Written path, when asserted. */
  path?: (string | number)[];
  item?: number | null;
  /** Substring of the zh message. */
  message?: string;
  suggestion?: string;
  fix?: string;
  /** The fragment after --fix applies this finding's fix (checked on the whole fixed file text). */
  output?: string;
  /** Severity under the recommended preset, when asserted. */
  severity?: 'error' | 'warning' | 'info';
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
  /** The fragment's text after this rule's fixes are applied (ESLint's `output`). */
  output?: string;
}

/** Base guide text without the top-level keys the fragment defines. */
export function mergeOverBase(fragment: string): string {
  const doc = jsyaml.load(fragment);
  const canon = (k: string) => elementFor('guide', k)?.key ?? k;
  const keys = new Set(doc && typeof doc === 'object' ? Object.keys(doc).map(canon) : []);
  const kept: string[] = [];
  let skipping = false;
  for (const line of BASE_YAML.split('\n')) {
    const top = /^([^\s#][^:]*):/.exec(line);
    if (top) skipping = keys.has(canon(top[1]!.trim()));
    if (!skipping) kept.push(line);
  }
  return `${fragment.replace(/\n*$/, '\n')}${kept.join('\n')}`;
}

/** The rule, reporting through a context that throws on a messageId its meta.messages lacks (as ESLint's RuleTester does). */
function strictMessages(rule: Rule): Rule {
  return {
    meta: rule.meta,
    check(guide, ctx) {
      const report = ctx.report;
      const strictCtx = Object.create(ctx) as typeof ctx;
      strictCtx.report = (r) => {
        if (!Object.hasOwn(rule.meta.messages, r.messageId))
          throw new Error(`unknown messageId "${r.messageId}" (not in ${rule.meta.id}'s meta.messages)`);
        report(r);
      };
      rule.check(guide, strictCtx);
    },
  };
}

export const caseText = (c: ValidCase): string => (c.bare ? c.yaml : mergeOverBase(c.yaml));

export function runRule(rule: Rule, c: ValidCase, lang: Lang = 'zh'): Finding[] {
  const text = caseText(c);
  const config = presetConfig([rule], 'recommended', lang);
  Object.assign(config, c.config ?? {});
  config.rules[rule.meta.id]!.options = { ...(rule.meta.defaultOptions ?? {}), ...(c.options ?? {}) };
  const result = lintLoaded(BASE_FILE, loadYaml(text), { cwd: '/', config, rules: [strictMessages(rule)] });
  // A rule that throws (an unknown messageId included) fails the test instead of becoming an internal-error finding.
  if (result.internalErrors.length) throw new Error(result.internalErrors.join('\n'));
  return result.findings.filter((f) => f.ruleId !== 'parse-error' || rule.meta.id === 'parse-error');
}

const one = (s: string) => s.split('\n')[0]!.slice(0, 60);

export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const v of cases.valid) {
        const c = typeof v === 'string' ? { yaml: v } : v;
        it(c.name ?? one(c.yaml), () => {
          const found = runRule(rule, c);
          expect(found.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? one(c.yaml), () => {
          const found = runRule(rule, c).filter((f) => f.ruleId === rule.meta.id);
          const summary = found.map((f) => `${f.line}:${f.column} ${f.message}`);
          expect(found.length, `findings: ${JSON.stringify(summary)}`).toBe(c.errors.length);
          c.errors.forEach((e, i) => {
            const f = found[i]!;
            if (e.messageId) expect(f.messageId, `finding ${i}: ${f.message}`).toBe(e.messageId);
            expect(f.line, `line of finding ${i}: ${f.message}`).toBe(e.line);
            if (e.column !== undefined) expect(f.column, `column of finding ${i}`).toBe(e.column);
            if (e.path) expect(f.path).toEqual(e.path);
            if (e.item !== undefined) expect(f.item).toBe(e.item);
            if (e.message) expect(f.message).toContain(e.message);
            if (e.suggestion !== undefined) expect(f.suggestion).toBe(e.suggestion);
            if (e.fix !== undefined) expect(f.fix?.text).toBe(e.fix);
            if (e.output !== undefined) {
              const fixed = applyFixes(caseText(c), [f], false).text;
              expect(fixed, `fixed output of finding ${i}`).toBe(caseText({ ...c, yaml: e.output }));
            }
            if (e.severity !== undefined) expect(f.severity, `severity of finding ${i}: ${f.message}`).toBe(e.severity);
          });
          if (c.output !== undefined) expect(fixedFragment(c, found)).toBe(c.output.replace(/\n*$/, '\n'));
        });
      }
    });
  });
}

/** The fragment after applying the findings' fixes to the linted text; the base guide after it must be untouched. */
function fixedFragment(c: InvalidCase, found: Finding[]): string {
  const text = c.bare ? c.yaml : mergeOverBase(c.yaml);
  const fragment = c.bare ? c.yaml : c.yaml.replace(/\n*$/, '\n');
  const tail = text.slice(fragment.length);
  const fixed = applyFixes(text, found, false).text;
  expect(fixed.endsWith(tail), 'a fix changed the base guide below the fragment').toBe(true);
  return fixed.slice(0, fixed.length - tail.length);
}

/** One material fragment over the base guide; field k of `fields` is on line k + 2 ("申请材料:" is line 1). */
export const material = (name: string, ...fields: string[]): string =>
  `申请材料:\n  - ${[`材料名称: ${name}`, '来源渠道: 申请人自备', '出具单位: 申请人', '份数: 1', '材料类型: 原件', '材料形式: 纸质', ...fields].join('\n    ')}\n`;
