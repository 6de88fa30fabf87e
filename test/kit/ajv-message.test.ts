// Schema errors in words: type names in both languages, ajv's own message for other keywords.

import { describe, expect, it } from 'vitest';
import type { ErrorObject } from 'ajv';
import { ajvMessage, schemaTypeName } from '../../src/kit/index.js';

describe('schemaTypeName', () => {
  it('names one type or several, in Chinese and English', () => {
    expect(schemaTypeName('string', 'zh')).toBe('文本');
    expect(schemaTypeName('string,array', 'zh')).toBe('文本或列表');
    expect(schemaTypeName('object,boolean', 'en')).toBe('a mapping or a boolean');
  });

  it('keeps a type it does not know as written', () => {
    expect(schemaTypeName('null', 'en')).toBe('null');
  });
});

describe('ajvMessage', () => {
  const e = {
    keyword: 'minItems',
    instancePath: '/申请材料',
    schemaPath: '#/properties/申请材料/minItems',
    params: { limit: 1 },
    message: 'must NOT have fewer than 1 items',
  } as ErrorObject;

  it("English: ajv's message; Chinese: ajv-i18n's", () => {
    expect(ajvMessage(e, 'en')).toBe('must NOT have fewer than 1 items');
    expect(ajvMessage(e, 'zh')).toBe('不应少于 1 个项');
  });
});
