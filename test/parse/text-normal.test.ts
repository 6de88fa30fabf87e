// The normal form of a guide's text (src/parse/text-normal.ts) and which elements get it (src/model/text-kinds.ts).

import { describe, expect, it } from 'vitest';
import { elementAt, textKindOf, textNormalization } from '../../src/kit/index.js';

describe('textNormalization', () => {
  it('blanks around any text, full-width blanks included', () => {
    expect(textNormalization(' 自然人 ', false)).toEqual({ fixed: '自然人', problem: 'whitespace' });
    expect(textNormalization('\u3000申请表', false)).toEqual({ fixed: '申请表', problem: 'whitespace' });
  });
  it('full-width digits and separators between digits in digit-like text', () => {
    expect(textNormalization('０４７１－６９４５１２３', true)).toEqual({
      fixed: '0471-6945123',
      problem: 'fullWidth',
    });
    expect(textNormalization('9:00—12:00，14：00—17:30', true)).toEqual({
      fixed: '9:00-12:00，14:00-17:30',
      problem: 'separator',
    });
    expect(textNormalization(' ２０个工作日', true)?.problem).toBe('fullWidth');
  });
  it('other text keeps its full-width digits and Chinese punctuation', () => {
    expect(textNormalization('第１条（法定节假日除外）', false)).toBeUndefined();
    expect(textNormalization('上午９：００', false)).toBeUndefined();
  });
  it('nothing when the text is normal, or would be left empty', () => {
    expect(textNormalization('0471-6945123', true)).toBeUndefined();
    expect(textNormalization('   ', false)).toBeUndefined();
    expect(textNormalization('', true)).toBeUndefined();
  });
});

describe('textKindOf', () => {
  const kind = (...path: (string | number)[]) => {
    const def = elementAt(path);
    if (!def) throw new Error(`no element ${path.join('.')}`);
    return textKindOf(def);
  };
  it('digit-like: phones, time limits, codes, counts, and 办理时间', () => {
    expect(kind('咨询电话')).toBe('digits');
    expect(kind('法定办结时限')).toBe('digits');
    expect(kind('基本编码')).toBe('digits');
    expect(kind('办理时间')).toBe('digits');
    expect(kind('申请材料', 0, '份数')).toBe('digits');
  });
  it('text: names, places, enumerated values', () => {
    expect(kind('事项名称')).toBe('text');
    expect(kind('办理地点')).toBe('text');
    expect(kind('事项类型')).toBe('text');
  });
  it('not normalised: records and lists of records', () => {
    expect(kind('申请材料')).toBeNull();
    expect(kind('审批结果')).toBeNull();
  });
});
