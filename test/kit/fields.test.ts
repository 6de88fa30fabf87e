// Record fields and list wording as rules read and write them.

import { describe, expect, it } from 'vitest';
import { fieldsOf, joinAlternatives, joinList, type RecordAt } from '../../src/kit/index.js';

const at = (data: Record<string, unknown>, index = 0): RecordAt => ({ data, path: ['收费项目', index], index });

describe('fieldsOf', () => {
  it('the fields written as text or number, trimmed, with their paths, in the order asked', () => {
    expect(fieldsOf(at({ 标准: ' 10元/本 ', 名称: '工本费' }, 1), ['名称', '标准'])).toEqual([
      { field: '名称', path: ['收费项目', 1, '名称'], text: '工本费' },
      { field: '标准', path: ['收费项目', 1, '标准'], text: '10元/本' },
    ]);
    expect(fieldsOf(at({ 标准: 10 }), ['标准'])).toEqual([
      { field: '标准', path: ['收费项目', 0, '标准'], text: '10' },
    ]);
  });

  it('skips missing fields and other types (guide-schema reports them), keeps blank ones', () => {
    expect(fieldsOf(at({ 名称: ['a'], 标准: null }), ['名称', '标准', '依据'])).toEqual([]);
    expect(fieldsOf(at({ 名称: '  ' }), ['名称'])).toEqual([
      { field: '名称', path: ['收费项目', 0, '名称'], text: '' },
    ]);
  });
});

describe('joinList / joinAlternatives', () => {
  it('in the message language', () => {
    expect(joinList('zh', ['受理', '审查'])).toBe('受理、审查');
    expect(joinList('en', ['受理', 2])).toBe('受理, 2');
    expect(joinAlternatives('zh', ['01', '02'])).toBe('01或02');
    expect(joinAlternatives('en', ['01', '02'])).toBe('01 or 02');
    expect(joinList('zh', [])).toBe('');
  });
});
