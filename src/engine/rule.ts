// The shape of a rule: plain metadata plus one small check function (markdownlint/typescript-eslint).

import type { Guide } from '../model/guide.js';
import type { ElementPath, FileInfo, Lang, Severity } from '../model/types.js';

export interface Text {
  zh: string;
  en: string;
}

/**
 * Wording as a rule writes it: `{ zh, en }`, or the Chinese alone. The English of Chinese-only
 * wording comes from a catalog (built-in rules: docs/rules-src/<id>.md → rules/generated/en.ts,
 * joined by addEnglish); without one the Chinese is used in both languages.
 */
export type Wording = string | Text;

/** English for the wording a rule writes in Chinese only: its description and messages by id. */
export interface RuleEnglish {
  description?: string;
  messages: Record<string, string>;
}

/** Where a rule comes from, for the README table and preset choice. */
export type RuleSource = 'checklist' | 'standard' | 'practice' | 'format';

export interface RuleMeta<M extends string = string, O extends object = Record<string, unknown>> {
  id: string;
  /** Checklist item 1–24 the rule serves; null for rules beyond the checklist. */
  item: number | null;
  severity: Severity;
  /** Severity under the strict preset, when it differs. */
  strictSeverity?: Severity;
  /**
   * The most a finding of these messages weighs, whatever the rule's severity: the inferences and
   * style notes of a rule whose other findings are errors (docs/severity-policy.md).
   */
  messageSeverity?: Partial<Record<M, Severity>>;
  source: RuleSource;
  fixable?: boolean;
  description: Text;
  messages: Record<M, Text>;
  /**
   * Built-in rules keep it in docs/rules-src/<id>.md (attached by rules/index.ts); a plugin rule
   * may give it here.
   */
  docs?: {
    /** Longer explanation (Chinese and English); facts it relies on, with their source. */
    details: Text;
    /** A YAML guide fragment the rule reports (merged over a clean base guide in tests). */
    bad: string;
    /** The same fragment, corrected. */
    good: string;
  };
  /** JSON Schema of the rule's options (validated when config sets them). */
  options?: Record<string, unknown>;
  /** Every option's default: the engine merges the configured options over them and validates the result once. */
  defaultOptions?: O;
}

export interface Report<M extends string = string> {
  /** Canonical element path (the engine maps it to what the file wrote). */
  path: ElementPath;
  /** A key of the rule's meta.messages (a typo is a compile error under defineRule). */
  messageId: M;
  data?: Record<string, string | number>;
  /** The path is already as written in the file (unknown keys), not canonical. */
  written?: boolean;
  /** Locate the key of the last segment rather than its value. */
  at?: 'key' | 'value';
  /** Overrides meta.item for this finding (rules spanning items 4–6, 12–13 …). */
  item?: number | null;
  /** A replacement for the value at `path` that a human should consider. */
  suggestion?: string;
  /** Safe, deterministic replacement text for the value at `path` (applied by --fix). */
  fix?: string;
  /**
   * The most this finding may weigh: the finding gets the lower of it and the rule's configured
   * severity (a synonym noted as info by a rule whose other findings are errors; never raises).
   */
  severity?: Severity;
}

/** Options the engine adds to every rule's: `strict` under the strict preset. */
export interface EngineOptions {
  strict?: boolean;
}

export interface RuleContext<M extends string = string, O extends object = Record<string, unknown>> {
  report(r: Report<M>): void;
  /** The rule's defaultOptions with the configured options merged over them, already validated against meta.options. */
  options: Readonly<O> & EngineOptions;
  lang: Lang;
  /** Stats a file relative to the guide's folder (cached per run; never follows network URLs). */
  statRelative(ref: string): FileInfo;
}

export interface Rule<M extends string = string, O extends object = Record<string, unknown>> {
  meta: RuleMeta<M, O>;
  check(guide: Guide, ctx: RuleContext<M, O>): void;
}

/** A rule as its author writes it: the description and messages may be plain Chinese strings. */
export interface RuleDefinition<M extends string = string, O extends object = Record<string, unknown>> {
  meta: Omit<RuleMeta<M, O>, 'description' | 'messages'> & { description: Wording; messages: Record<M, Wording> };
  check(guide: Guide, ctx: RuleContext<M, O>): void;
}

/**
 * Marks the Text objects made from Chinese-only wording (addEnglish may fill in their English). A
 * registered symbol, not a module-local set: the generator and the tests meet rules built by
 * another copy of this module (dist/ beside the sources).
 */
const CHINESE_ONLY = Symbol.for('guide-lint.chineseOnly');
const isChineseOnly = (t: Text): boolean => CHINESE_ONLY in t;

function toText(w: Wording): Text {
  if (typeof w !== 'string') return w;
  const t = { zh: w, en: w };
  Object.defineProperty(t, CHINESE_ONLY, { value: true });
  return t;
}

/** The rule with `{ zh, en }` wording throughout (the rule itself when it has no plain strings). */
export function withTexts(rule: RuleDefinition): Rule {
  const m = rule.meta;
  if (typeof m.description !== 'string' && Object.values(m.messages).every((w) => typeof w !== 'string'))
    return rule as Rule;
  const messages = Object.fromEntries(Object.entries(m.messages).map(([id, w]) => [id, toText(w)]));
  return {
    meta: { ...m, description: toText(m.description), messages },
    check: (g, ctx) => {
      rule.check(g, ctx);
    },
  };
}

/** What a rule wrote in Chinese only, whatever English has been added since: the entries its catalog must hold. */
export function chineseOnlyWording(meta: RuleMeta): { description: boolean; messages: string[] } {
  return {
    description: isChineseOnly(meta.description),
    messages: Object.entries(meta.messages).flatMap(([id, t]) => (isChineseOnly(t) ? [id] : [])),
  };
}

/** Fills in the English of the rule's Chinese-only wording from a catalog; wording given as `{ zh, en }` is kept. */
export function addEnglish(rule: Rule, english: RuleEnglish | undefined): void {
  if (!english) return;
  const m = rule.meta;
  if (english.description !== undefined && isChineseOnly(m.description)) m.description.en = english.description;
  for (const [id, en] of Object.entries(english.messages)) {
    const t = m.messages[id];
    if (t && isChineseOnly(t)) t.en = en;
  }
}

export type { FileInfo };

/**
 * A rule, typed from its own metadata: `messageId` in ctx.report is a key of meta.messages and
 * ctx.options has the type of meta.defaultOptions. Returns it as the engine's plain Rule, its
 * wording as `{ zh, en }` (Chinese-only wording in both until addEnglish gives its English).
 */
export function defineRule<M extends string, O extends object = Record<string, unknown>>(
  rule: RuleDefinition<M, O>,
): Rule {
  return withTexts(rule as unknown as RuleDefinition);
}

export const DOCS_BASE = 'https://github.com/guide-lint/guide-lint/blob/main/docs/rules/';
export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`;
