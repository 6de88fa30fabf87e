// Rules of one shape — read a text element, hand the text to a parser, report what the parser
// finds (phones, office hours, addresses, codes) — share everything but the parser and messages:
// which values are texts to check, the path of each, blank and placeholder texts, the checklist
// item per element. `textElementRule` is that shape; `elementTexts` is the reading part alone.

import { defineRule, type Report, type Rule, type RuleContext, type RuleDefinition } from '../../engine/rule.js';
import type { Guide } from '../../model/guide.js';
import { isPlaceholder } from '../../model/placeholder.js';
import type { ElementPath } from '../../model/types.js';

/** One text to check: as written (not trimmed), where it is, and the element it belongs to. */
export interface ElementText {
  text: string;
  path: ElementPath;
  element: string;
}

export interface TextReading {
  /** A list's entries are texts of their own, at [key, i] (办理地点 as a list of places). */
  lists?: boolean;
  /** A number is read as its digits (a phone written as a YAML number). */
  numbers?: boolean;
}

/**
 * The texts of element `key` a rule checks. Other types are skipped (guide-schema reports them),
 * and so are placeholders ("无", "/": guide-schema reports a required element not filled). Blank
 * texts are kept: whether blank is wrong is the rule's call.
 */
export function elementTexts(guide: Guide, key: string, reading: TextReading = {}): ElementText[] {
  const value = guide.data[key];
  const out: ElementText[] = [];
  const add = (v: unknown, path: ElementPath) => {
    const text = typeof v === 'number' && reading.numbers ? String(v) : v;
    if (typeof text !== 'string') return;
    if (typeof v === 'string' && text.trim() !== '' && isPlaceholder(text)) return;
    out.push({ text, path, element: key });
  };
  if (!reading.lists || !Array.isArray(value)) add(value, [key]);
  else for (let i = 0; i < value.length; i++) add(value[i], [key, i]);
  return out;
}

/** A problem the parser step found: a report without its path (the text's) and item (the element's). */
export type TextProblem<M extends string> = Omit<Report<M>, 'path' | 'item'>;

export interface TextElementRuleSpec<M extends string, O extends object> extends TextReading {
  meta: RuleDefinition<M, O>['meta'];
  /** The elements read: a key, or a key with the checklist item its findings serve (else meta.item). */
  elements: readonly (string | readonly [key: string, item: number | null])[];
  /** A blank text: reported with this message, skipped (null), or handed to `problems` (omitted). */
  blank?: NoInfer<M> | null;
  /** Parses one text and says what is wrong with it (nothing: an empty list). */
  problems(text: string, at: ElementText, guide: Guide, ctx: RuleContext<M, O>): Iterable<TextProblem<NoInfer<M>>>;
}

/** A rule of the shape "text element → parser → problems": each problem is reported at its text. */
export function textElementRule<M extends string, O extends object = Record<string, unknown>>(
  spec: TextElementRuleSpec<M, O>,
): Rule {
  const elements = spec.elements.map((e) =>
    typeof e === 'string' ? { key: e, item: undefined } : { key: e[0], item: e[1] },
  );
  return defineRule<M, O>({
    meta: spec.meta,
    check(guide, ctx) {
      for (const { key, item } of elements) {
        for (const at of elementTexts(guide, key, spec)) {
          const itemOf = item === undefined ? {} : { item };
          if (at.text.trim() === '' && spec.blank !== undefined) {
            if (spec.blank !== null)
              ctx.report({ path: at.path, messageId: spec.blank, data: { element: key }, ...itemOf });
            continue;
          }
          for (const p of spec.problems(at.text, at, guide, ctx)) ctx.report({ ...p, path: at.path, ...itemOf });
        }
      }
    },
  });
}
