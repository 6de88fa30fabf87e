import { describe, expect, it } from 'vitest';
import { HOLDER_WORDS, mentions, ORGANISATION_MATERIALS, PERSON_MATERIALS } from '../../src/model/holders.js';

describe('mentions', () => {
  it.each([
    ['申请人居民身份证', PERSON_MATERIALS, true],
    ['法定代表人居民身份证', HOLDER_WORDS, true],
    ['营业执照副本', ORGANISATION_MATERIALS, true],
    // a 证明 is no 证: 居住证明 does not name a 居住证
    ['居住证明', PERSON_MATERIALS, false],
    ['居住证明及居住证', PERSON_MATERIALS, true],
    ['申请表', PERSON_MATERIALS, false],
  ])('%s', (name, words, expected) => {
    expect(mentions(name, words)).toBe(expected);
  });

  it('compares compacted words and skips empty ones', () => {
    expect(mentions('户口簿', ['户 口簿'])).toBe(true);
    expect(mentions('户口簿', [''])).toBe(false);
  });
});
