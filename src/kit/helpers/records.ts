// Guide accessors several rules re-implemented: a material's name for messages, the approval
// result, the entries of a text list with their paths, and the labels of a list of enumerated values.

import { textList, textOf, type Guide, type RecordAt } from '../../model/guide.js';
import { isRecord, type Rec } from '../../model/normalize.js';
import { labelOf } from '../../model/channels.js';
import { resolveValue, VALUE_SETS, type ValueSet } from '../../model/values.js';
import type { ElementPath } from '../../model/types.js';

/** A material's 材料名称 for messages, or its position ("#3") when it has none. */
export function materialName(m: RecordAt): string {
  const name = textOf(m.data['材料名称']);
  return name === undefined || name === '' ? `#${m.index + 1}` : name;
}

/**
 * 审批结果 when it is a mapping (absent or another type: guide-schema's), with its 名称 as text and
 * the label of its 类型 (undefined unless a value of 审批结果类型: enum-values reports others).
 */
export function approvalResult(
  guide: Guide,
): { data: Rec; name: string | undefined; type: string | undefined } | undefined {
  const data = guide.data['审批结果'];
  if (!isRecord(data)) return undefined;
  return { data, name: textOf(data['名称']), type: resolveValue(VALUE_SETS.审批结果类型, data['类型'])?.label };
}

export interface TextEntry {
  text: string;
  path: ElementPath;
}

/** The entries of a text-list element with their paths: a list's entries at [...path, i], a text's at `path`. */
export function textEntries(v: unknown, path: ElementPath): TextEntry[] {
  if (!Array.isArray(v)) return textList(v).map((text) => ({ text, path }));
  const out: TextEntry[] = [];
  v.forEach((x, i) => {
    const text = textOf(x);
    if (text) out.push({ text, path: [...path, i] });
  });
  return out;
}

/**
 * The labels of a list of enumerated values (a list, or one text split like textList), variants
 * included and each label once; undefined when any value is unknown (enum-values reports it).
 */
export function labelsOf(vs: ValueSet, v: unknown): string[] | undefined {
  const out: string[] = [];
  for (const x of Array.isArray(v) ? v : textList(v)) {
    const label = labelOf(vs, x);
    if (label === undefined) return undefined;
    if (!out.includes(label)) out.push(label);
  }
  return out;
}
