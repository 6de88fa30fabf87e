// Reading 基本编码 and 实施编码 against their formats: the national ones and a local one (四川省,
// fixtures/realdata/sczwfw-guangan-itemcodes), as language-free facts.

import { describe, expect, it } from 'vitest';
import { basicFormat, implFormat } from '../../src/model/code-formats.js';
import { codeUnwritten, readBasicCode, readImplCode, typeDigitsMismatch } from '../../src/model/item-codes.js';

const NATIONAL = basicFormat(undefined)!;
const NATIONAL_IMPL = implFormat('national')!;
const SICHUAN = basicFormat({
  pattern: '^51[1-3][0-9A-Z]\\d{8}(\\d{2})?$',
  typeDigits: [3, 4],
  typeCodes: { '1A': ['01'], '1F': ['07'], '20': '20', '2B': ['20'] },
  example: '511A0138000000',
})!;
const SICHUAN_IMPL = implFormat({
  pattern: '^(?<basic>[0-9A-Z]{12,14})-\\d{12}-\\d{3}-(?<credit>[0-9A-Za-z]{18})-\\d-\\d{2}$',
})!;
const CREDIT = '11150100MB0C58430T'; // 呼和浩特市市场监督管理局

describe('readBasicCode', () => {
  it('a well-formed national code agreeing with 事项类型 is the code, no problem', () => {
    expect(readBasicCode(' 000117012000 ', NATIONAL, '行政许可')).toEqual({ code: '000117012000' });
    expect(readBasicCode('000117012000', NATIONAL, '01')).toEqual({ code: '000117012000' });
  });

  it('a number lost its leading zeros: the padded code is suggested', () => {
    expect(readBasicCode(117012000, NATIONAL, '行政许可')).toEqual({
      problem: { kind: 'number', value: 117012000, suggested: '000117012000' },
    });
    expect(readBasicCode(123456789012, NATIONAL, '行政许可')).toEqual({ code: '123456789012' });
    expect(readBasicCode(12, SICHUAN, '行政许可').problem).toMatchObject({ suggested: '511A0138000000' });
  });

  it('blank, malformed, and malformed only by width or case', () => {
    expect(readBasicCode('  ', NATIONAL, '行政许可')).toEqual({ problem: { kind: 'blank' } });
    expect(readBasicCode('0001-1701', NATIONAL, '行政许可')).toEqual({
      problem: { kind: 'format', value: '0001-1701' },
    });
    expect(readBasicCode('511ａ0138000000', SICHUAN, '行政许可').problem).toEqual({
      kind: 'format',
      value: '511ａ0138000000',
      normalized: '511A0138000000',
    });
  });

  it('digits only of another length is usable (item-code-length warns), and not typed', () => {
    expect(readBasicCode('00011701200', NATIONAL, '行政确认')).toEqual({ code: '00011701200' });
  });

  it('type digits that disagree with 事项类型', () => {
    expect(readBasicCode('000117012000', NATIONAL, '行政确认')).toEqual({
      code: '000117012000',
      problem: {
        kind: 'type',
        code: '000117012000',
        digits: '01',
        range: '3–4',
        meaning: ['01'],
        typeCode: '07',
        expected: ['07'],
      },
    });
    expect(readBasicCode('511A0138000000', SICHUAN, '行政确认').problem).toMatchObject({
      digits: '1A',
      meaning: ['01'],
      expected: ['1F'],
    });
  });

  it('absent, another type or a placeholder: nothing to read; no format: any code', () => {
    expect(readBasicCode(undefined, NATIONAL, '行政许可')).toEqual({});
    expect(readBasicCode(['x'], NATIONAL, '行政许可')).toEqual({});
    expect(readBasicCode('无', NATIONAL, '行政许可')).toEqual({});
    expect(readBasicCode('ABC', null, '行政许可')).toEqual({ code: 'ABC' });
    expect(readBasicCode(-1, null, '行政许可')).toEqual({});
  });
});

describe('typeDigitsMismatch', () => {
  it('no judgement on a local code the mapping does not know, or an unknown 事项类型', () => {
    expect(typeDigitsMismatch(SICHUAN, '519Z0138000000', '行政许可')).toBeUndefined();
    expect(typeDigitsMismatch(NATIONAL, '000117012000', '不知道')).toBeUndefined();
    expect(typeDigitsMismatch(NATIONAL, '000', '行政确认')).toBeUndefined();
  });

  it('digits the value set does not know mean nothing', () => {
    expect(typeDigitsMismatch(NATIONAL, '009917012000', '行政许可')).toMatchObject({ digits: '99', meaning: [] });
  });
});

describe('readImplCode', () => {
  const good = `${CREDIT}3000117012000`;

  it('a well-formed code agreeing with 行使层级 and 基本编码', () => {
    expect(readImplCode(good, NATIONAL_IMPL, { level: '3', basic: '000117012000' })).toEqual({
      problems: [],
      basicPart: '000117012000',
    });
    expect(readImplCode(`${good}01`, NATIONAL_IMPL, { level: '7' }).problems).toEqual([]); // 分级管理 fits any level
  });

  it('number, blank, length and the first bad character of a national code', () => {
    expect(readImplCode(123, NATIONAL_IMPL, {}).problems).toEqual([{ kind: 'number', value: 123 }]);
    expect(readImplCode(' ', NATIONAL_IMPL, {}).problems).toEqual([{ kind: 'blank' }]);
    expect(readImplCode('1234', NATIONAL_IMPL, {}).problems).toEqual([{ kind: 'length', length: 4, value: '1234' }]);
    expect(readImplCode(`${CREDIT}9000117012000`, NATIONAL_IMPL, {}).problems).toMatchObject([
      { kind: 'char', pos: 19, char: '9', range: '19' },
    ]);
  });

  it('the credit code part: charset and GB 32100 check character', () => {
    expect(readImplCode(`11150100MB0C5843OT3000117012000`, NATIONAL_IMPL, {}).problems).toEqual([
      { kind: 'creditCharset', credit: '11150100MB0C5843OT', char: 'O' },
    ]);
    expect(readImplCode(`11150100MB0C58430X3000117012000`, NATIONAL_IMPL, {}).problems).toEqual([
      { kind: 'creditCheck', credit: '11150100MB0C58430X', expected: 'T', actual: 'X' },
    ]);
  });

  it('level digit and basic part against the guide, in that order', () => {
    expect(readImplCode(good, NATIONAL_IMPL, { level: '4', basic: '000117013000' }).problems).toEqual([
      { kind: 'level', digit: '3', want: '4' },
      { kind: 'basic', part: '000117012000', basic: '000117013000' },
    ]);
  });

  it('no 基本编码 written: the basic part still states the type', () => {
    const compare = { basicFormat: NATIONAL, type: '行政确认' };
    expect(readImplCode(good, NATIONAL_IMPL, { ...compare, basicWritten: '无' }).problems).toMatchObject([
      { kind: 'type', code: '000117012000', digits: '01', expected: ['07'] },
    ]);
    expect(readImplCode(good, NATIONAL_IMPL, { ...compare, basicWritten: '000117012000' }).problems).toEqual([]);
  });

  it('a local format: malformed is format, named groups are checked', () => {
    expect(readImplCode('x', SICHUAN_IMPL, {}).problems).toEqual([{ kind: 'format', value: 'x' }]);
    const impl = `511A0138000000-511602000000-000-${CREDIT}-1-00`;
    expect(readImplCode(impl, SICHUAN_IMPL, { basic: '511A0138000000' })).toEqual({
      problems: [],
      basicPart: '511A0138000000',
    });
  });
});

describe('codeUnwritten', () => {
  it('absent, null and placeholders; blank and other types are written', () => {
    expect([undefined, null, '无', '/'].map(codeUnwritten)).toEqual([true, true, true, true]);
    expect(['', '0001', 12, []].map(codeUnwritten)).toEqual([false, false, false, false]);
  });
});
