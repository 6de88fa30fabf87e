// Option schema shapes rules declare (src/kit/helpers/options-schema.ts), checked with ajv as the engine does.

import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { labelSchema, optionsSchema, recordsSchema, VALUE_SETS } from '../../src/kit/index.js';

const valid = (schema: Record<string, unknown>, v: unknown) => new Ajv().validate(schema, v);

describe('optionsSchema', () => {
  it('is an object of the given properties and no others', () => {
    const s = optionsSchema({ strict: { type: 'boolean' } });
    expect(s).toEqual({ type: 'object', properties: { strict: { type: 'boolean' } }, additionalProperties: false });
    expect(valid(s, { strict: true })).toBe(true);
    expect(valid(s, {})).toBe(true);
    expect(valid(s, { strict: 1 })).toBe(false);
    expect(valid(s, { stirct: true })).toBe(false);
  });
});

describe('recordsSchema', () => {
  const s = recordsSchema({ suffix: { type: 'string', minLength: 1 }, type: { type: 'string' } });
  it('is a list of records with every property required and no others', () => {
    expect(valid(s, [{ suffix: '证', type: '出证办结' }])).toBe(true);
    expect(valid(s, [])).toBe(true);
    expect(valid(s, [{ suffix: '证' }])).toBe(false);
    expect(valid(s, [{ suffix: '证', type: '出证办结', note: 'x' }])).toBe(false);
    expect(valid(s, [{ suffix: '', type: '出证办结' }])).toBe(false);
    expect(valid(s, { suffix: '证', type: '出证办结' })).toBe(false);
  });
  it('lists the required keys in the order the properties are written', () => {
    expect((s.items as { required: string[] }).required).toEqual(['suffix', 'type']);
  });
});

describe('labelSchema', () => {
  it("accepts a value set's labels only (not its codes or variants)", () => {
    const s = labelSchema(VALUE_SETS.事项类型);
    expect(valid(s, '行政许可')).toBe(true);
    expect(valid(s, '01')).toBe(false);
    expect(valid(s, '许可')).toBe(false);
    expect(s.enum.length).toBe(VALUE_SETS.事项类型.values.length);
  });
});
