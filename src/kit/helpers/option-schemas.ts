// JSON Schemas of rule options: the object a rule's options form, and the item-type list several
// rules take (which 事项类型 a rule applies to).

import { VALUE_SETS } from '../../model/values.js';

/** A rule's options: an object with these properties and no others. */
export const optionsSchema = (properties: Record<string, unknown>): Record<string, unknown> => ({
  type: 'object',
  properties,
  additionalProperties: false,
});

/** A list of 事项类型 labels ("行政许可" …). */
export const ITEM_TYPES_OPTION = {
  type: 'array',
  items: { type: 'string', enum: VALUE_SETS.事项类型.values.map((v) => v.label) },
};

/** Options of a rule that applies to some item types: `types` (ITEM_TYPES_OPTION) and the rule's own. */
export const itemTypesOptions = (properties: Record<string, unknown>): Record<string, unknown> =>
  optionsSchema({ types: ITEM_TYPES_OPTION, ...properties });
