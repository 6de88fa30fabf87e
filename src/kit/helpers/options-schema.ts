// JSON Schemas of the shapes rule options take: the options object itself, a table of records, a
// label of a value set, the 事项类型 list several rules take. The engine validates options against them once.

import { VALUE_SETS, type ValueSet } from '../../model/values.js';

/** The options object: the given properties and no others. */
export const optionsSchema = (properties: Record<string, unknown>): Record<string, unknown> => ({
  type: 'object',
  properties,
  additionalProperties: false,
});

/** A list of records, each with exactly the given properties, all of them required (a table: suffix → type). */
export const recordsSchema = (properties: Record<string, unknown>): Record<string, unknown> => ({
  type: 'array',
  items: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
});

/** A text that is one of the labels of a value set (事项类型: 行政许可, 行政确认 …). */
export const labelSchema = (vs: ValueSet): { type: 'string'; enum: string[] } => ({
  type: 'string',
  enum: vs.values.map((v) => v.label),
});

/** A list of 事项类型 labels ("行政许可" …): which item types a rule applies to. */
export const ITEM_TYPES_OPTION = { type: 'array', items: labelSchema(VALUE_SETS.事项类型) };

/** Options of a rule that applies to some item types: `types` (ITEM_TYPES_OPTION) and the rule's own. */
export const itemTypesOptions = (properties: Record<string, unknown>): Record<string, unknown> =>
  optionsSchema({ types: ITEM_TYPES_OPTION, ...properties });
