// The item-type option rules share (src/kit/helpers/options-schema.ts), checked with ajv as the engine does.

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES_OPTION, itemTypesOptions, optionsSchema, VALUE_SETS } from '../../src/kit/index.js';

const validate = new Ajv().compile(optionsSchema({ types: ITEM_TYPES_OPTION, n: { type: 'integer' } }));

describe('optionsSchema / ITEM_TYPES_OPTION', () => {
  it('accepts the declared options with item-type labels', () => {
    expect(validate({ types: ['行政许可', '行政确认'], n: 2 })).toBe(true);
    expect(validate({})).toBe(true);
  });
  it('rejects an unknown option, an item type that is no label and a code', () => {
    expect(validate({ other: 1 })).toBe(false);
    expect(validate({ types: ['许可'] })).toBe(false);
    expect(validate({ types: ['01'] })).toBe(false);
  });
  it('lists every 事项类型 label', () => {
    expect(ITEM_TYPES_OPTION.items.enum).toEqual(VALUE_SETS.事项类型.values.map((v) => v.label));
  });
});

describe('itemTypesOptions', () => {
  it('types first, then the rule’s own options, nothing else', () => {
    const schema = itemTypesOptions({ min: { type: 'integer', minimum: 1 } });
    expect(Object.keys(schema.properties as object)).toEqual(['types', 'min']);
    const check = new Ajv().compile(schema);
    expect(check({ types: ['行政许可'], min: 2 })).toBe(true);
    expect(check({ types: ['许可'] })).toBe(false);
    expect(check({ min: 0 })).toBe(false);
    expect(check({ other: true })).toBe(false);
  });
});
