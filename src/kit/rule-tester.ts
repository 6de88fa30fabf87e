// The RuleTester (`guide-lint/rule-tester`), ESLint's shape: a table of valid and invalid guide texts
// for one rule. Under a test runner each case is a test: set RuleTester.describe/it to the runner's
// (vitest without globals), or leave them and the global describe/it are used (mocha, jest, vitest
// with globals). Without a runner, run() checks the cases at once and throws the first failure as a
// node:assert AssertionError, so a plain `node check.js` tests a rule too.

import assert from 'node:assert/strict';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { presetConfig } from '../config/resolved-config.js';
import { applyFixes } from '../engine/fix.js';
import { lintLoaded } from '../engine/lint-file.js';
import type { Rule } from '../engine/rule.js';
import { loadYaml } from '../load/yaml.js';
import { elementFor } from '../model/elements.js';
import type { Finding, Lang, Severity } from '../model/types.js';

export interface ValidCase {
  /** A YAML guide fragment, merged over the tester's base guide; the whole guide when it has none. */
  yaml: string;
  name?: string;
  /** The rule's options, merged over its defaultOptions. */
  options?: Record<string, unknown>;
  /** The severity the configuration gives the rule (default: its recommended severity). */
  severity?: Severity;
  /** Do not merge over the base guide. */
  bare?: boolean;
}

export interface ExpectedFinding {
  messageId?: string;
  /** Line of the finding; line 1 is the fragment's first line. */
  line: number;
  column?: number;
  /** Written path, when asserted. */
  path?: (string | number)[];
  item?: number | null;
  /** Substring of the message (in the tester's language). */
  message?: string;
  suggestion?: string;
  fix?: string;
  /** The fragment after --fix applies this finding's fix (checked on the whole fixed file text). */
  output?: string;
  /** Severity, when asserted. */
  severity?: Severity;
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in order. */
  errors: ExpectedFinding[];
  /** The fragment's text after all of this rule's fixes are applied (ESLint's `output`). */
  output?: string;
}

export interface RuleTesterOptions {
  /** A clean guide each fragment is merged over: the fragment's top-level keys replace the base's. */
  base?: string;
  /** Where the guide is taken to be: relative file references (空表, 样本) resolve from its folder. */
  filename?: string;
  /** Language of the messages `message` is matched against (default zh). */
  lang?: Lang;
}

type Block = (name: string, fn: () => void) => void;

/** The rule, reporting through a context that throws on a messageId its meta.messages lacks (as ESLint's RuleTester does). */
function strictMessages(rule: Rule): Rule {
  return {
    meta: rule.meta,
    check(guide, ctx) {
      const strictCtx: typeof ctx = Object.create(ctx) as typeof ctx;
      strictCtx.report = (r) => {
        if (!Object.hasOwn(rule.meta.messages, r.messageId))
          throw new Error(`unknown messageId "${r.messageId}" (not in ${rule.meta.id}'s meta.messages)`);
        ctx.report(r);
      };
      rule.check(guide, strictCtx);
    },
  };
}

const firstLine = (s: string) => (s.split('\n')[0] ?? '').slice(0, 60);
const shown = (fs: Finding[]) => JSON.stringify(fs.map((f) => `${f.line}:${f.column} ${f.message}`));

export class RuleTester {
  /** The runner's describe and it; unset: the global ones, when a runner defines them. */
  static describe: Block | undefined;
  static it: Block | undefined;

  private readonly base: string | undefined;
  private readonly filename: string;
  private readonly lang: Lang;

  constructor(options: RuleTesterOptions = {}) {
    this.base = options.base;
    this.filename = options.filename ?? join(process.cwd(), 'guide.yaml');
    this.lang = options.lang ?? 'zh';
  }

  /** The whole guide text a case lints: the fragment first (its lines are the lines asserted), then the base's other keys. */
  text(c: ValidCase): string {
    if (c.bare || this.base === undefined) return c.yaml;
    const doc = jsyaml.load(c.yaml);
    const canon = (k: string) => elementFor('guide', k)?.key ?? k;
    const keys = new Set(doc && typeof doc === 'object' ? Object.keys(doc).map(canon) : []);
    const kept: string[] = [];
    let skipping = false;
    for (const line of this.base.split('\n')) {
      const top = /^([^\s#][^:]*):/.exec(line);
      if (top?.[1] !== undefined) skipping = keys.has(canon(top[1].trim()));
      if (!skipping) kept.push(line);
    }
    return `${c.yaml.replace(/\n*$/, '\n')}${kept.join('\n')}`;
  }

  /** The findings of one case (the rule alone, under the recommended preset); a rule that throws fails. */
  lint(rule: Rule, c: ValidCase, lang: Lang = this.lang): Finding[] {
    const config = presetConfig([rule], 'recommended', lang);
    const setting = config.rules[rule.meta.id];
    if (setting) {
      setting.options = { ...(rule.meta.defaultOptions ?? {}), ...(c.options ?? {}) };
      if (c.severity) setting.severity = c.severity;
    }
    const loaded = loadYaml(this.text(c));
    const result = lintLoaded(this.filename, loaded, { cwd: '/', config, rules: [strictMessages(rule)] });
    // A rule that throws (an unknown messageId included) fails the case instead of becoming an internal-error finding.
    if (result.internalErrors.length) throw new Error(result.internalErrors.join('\n'));
    return result.findings.filter((f) => f.ruleId !== 'parse-error' || rule.meta.id === 'parse-error');
  }

  /** Checks every case: each one a test under a runner, else all at once (the first failure throws). */
  run(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
    const g = globalThis as { describe?: Block; it?: Block };
    const describe =
      RuleTester.describe ??
      g.describe ??
      ((_name: string, fn: () => void) => {
        fn();
      });
    const it =
      RuleTester.it ??
      g.it ??
      ((name: string, fn: () => void) => {
        try {
          fn();
        } catch (error) {
          if (error instanceof Error) {
            const was = error.message;
            error.message = `${rule.meta.id} › ${name}: ${was}`;
            // The stack, which Node prints for an uncaught error, was written with the old message.
            error.stack = error.stack?.replace(was, error.message);
          }
          throw error;
        }
      });
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const v of cases.valid) {
          const c = typeof v === 'string' ? { yaml: v } : v;
          it(c.name ?? firstLine(c.yaml), () => {
            const found = this.lint(rule, c);
            assert.equal(found.length, 0, `a valid case has findings: ${shown(found)}`);
          });
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid)
          it(c.name ?? firstLine(c.yaml), () => {
            this.checkInvalid(rule, c);
          });
      });
    });
  }

  private checkInvalid(rule: Rule, c: InvalidCase): void {
    const found = this.lint(rule, c).filter((f) => f.ruleId === rule.meta.id);
    assert.equal(found.length, c.errors.length, `findings: ${shown(found)}`);
    c.errors.forEach((e, i) => {
      const f = found[i];
      if (!f) return;
      const of = (what: string) => `${what} of finding ${i}: ${f.message}`;
      if (e.messageId !== undefined) assert.equal(f.messageId, e.messageId, of('messageId'));
      assert.equal(f.line, e.line, of('line'));
      if (e.column !== undefined) assert.equal(f.column, e.column, of('column'));
      if (e.path) assert.deepEqual(f.path, e.path, of('path'));
      if (e.item !== undefined) assert.equal(f.item, e.item, of('item'));
      if (e.message !== undefined)
        assert.ok(f.message.includes(e.message), `${of('message')}\ndoes not contain: ${e.message}`);
      if (e.suggestion !== undefined) assert.equal(f.suggestion, e.suggestion, of('suggestion'));
      if (e.fix !== undefined) assert.equal(f.fix?.text, e.fix, of('fix'));
      if (e.output !== undefined)
        assert.equal(
          applyFixes(this.text(c), [f], false).text,
          this.text({ ...c, yaml: e.output }),
          of('fixed output'),
        );
      if (e.severity !== undefined) assert.equal(f.severity, e.severity, of('severity'));
    });
    if (c.output !== undefined) assert.equal(this.fixedFragment(c, found), c.output.replace(/\n*$/, '\n'), 'output');
  }

  /** The fragment after applying the findings' fixes to the linted text; the base guide after it must be untouched. */
  private fixedFragment(c: InvalidCase, found: Finding[]): string {
    const text = this.text(c);
    const fragment = c.bare || this.base === undefined ? c.yaml : c.yaml.replace(/\n*$/, '\n');
    const tail = text.slice(fragment.length);
    const fixed = applyFixes(text, found, false).text;
    assert.ok(fixed.endsWith(tail), 'a fix changed the base guide below the fragment');
    return fixed.slice(0, fixed.length - tail.length);
  }
}
