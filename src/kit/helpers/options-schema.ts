// JSON Schemas of the shapes rule options take: the options object itself, a table of records, a
// label of a value set. The engine validates the merged options against them once.

import type { ValueSet } from '../../model/values.js';

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
export const labelSchema = (vs: ValueSet): Record<string, unknown> => ({
  type: 'string',
  enum: vs.values.map((v) => v.label),
});
