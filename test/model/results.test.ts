import { describe, expect, it } from 'vitest';
import { RESULT_SUFFIXES, resultNames, suffixOf, typeBySuffix } from '../../src/model/results.js';

describe('resultNames', () => {
  it.each([
    ['食品经营许可证（正本、副本）', ['食品经营许可证']],
    ['准予许可决定书、不予许可决定书', ['准予许可决定书', '不予许可决定书']],
    ['《营业执照》或者批复。', ['营业执照', '批复']],
    ['', []],
  ])('%s → %j', (name, names) => {
    expect(resultNames(name)).toEqual(names);
  });
});

describe('suffixOf', () => {
  it('takes the longest suffix a name ends with', () => {
    expect(suffixOf('资格证书', RESULT_SUFFIXES)).toEqual({ suffix: '证书', type: '出证办结' });
    expect(suffixOf('许可证', RESULT_SUFFIXES)).toEqual({ suffix: '证', type: '出证办结' });
    expect(suffixOf('决定书', RESULT_SUFFIXES)).toBeUndefined();
  });
});

describe('typeBySuffix', () => {
  it('is the first name’s suffix when every name implies the same type', () => {
    expect(typeBySuffix('营业执照、许可证', RESULT_SUFFIXES)).toEqual({ suffix: '执照', type: '出证办结' });
  });
  it('is undefined when names disagree or one has no known ending', () => {
    expect(typeBySuffix('许可证或批复', RESULT_SUFFIXES)).toBeUndefined();
    expect(typeBySuffix('许可证、决定书', RESULT_SUFFIXES)).toBeUndefined();
    expect(typeBySuffix('（无）', RESULT_SUFFIXES)).toBeUndefined();
  });
});
