// The shape of a rule: plain metadata plus one small check function (markdownlint/typescript-eslint).

import type { Guide } from '../model/guide.js';
import type { ElementPath, FileInfo, Lang, Severity } from '../model/types.js';

export interface Text {
  zh: string;
  en: string;
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

/**
 * A rule, typed from its own metadata: `messageId` in ctx.report is a key of meta.messages and
 * ctx.options has the type of meta.defaultOptions. Returns it as the engine's plain Rule.
 */
export type { FileInfo };

export function defineRule<M extends string, O extends object = Record<string, unknown>>(rule: Rule<M, O>): Rule {
  return rule as unknown as Rule;
}

export const DOCS_BASE = 'https://github.com/guide-lint/guide-lint/blob/main/docs/rules/';
export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`;
