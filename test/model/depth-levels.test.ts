// 办理深度 levels and paper originals (src/model/depth-levels.ts).

import { describe, expect, it } from 'vitest';
import { depthLevel, paperOriginal } from '../../src/kit/index.js';

describe('depthLevel', () => {
  it('Ⅱ–Ⅳ with their item, name and most visits', () => {
    expect(depthLevel('Ⅱ级')).toMatchObject({ code: '2', item: 4, name: '材料预审', max: 2 });
    expect(depthLevel('Ⅲ级')).toMatchObject({ code: '3', item: 5, name: '材料核验', max: 1 });
    expect(depthLevel('Ⅳ级')).toMatchObject({ code: '4', item: 6, name: '全程网办', max: 0 });
  });
  it('none for Ⅰ级, no label or another text', () => {
    expect(depthLevel('Ⅰ级')).toBeUndefined();
    expect(depthLevel(undefined)).toBeUndefined();
    expect(depthLevel('全程网办')).toBeUndefined();
  });
});

describe('paperOriginal', () => {
  it('paper originals, the type written or read from the counts', () => {
    expect(paperOriginal({ 材料形式: '纸质', 材料类型: '原件' })).toBe('原件');
    expect(paperOriginal({ 材料形式: '纸质', 材料类型: '原件和复印件' })).toBe('原件和复印件');
    expect(paperOriginal({ 材料形式: '纸质', 原件份数: 1, 复印件份数: 0 })).toBe('原件');
  });
  it('none for copies, electronic materials or no form', () => {
    expect(paperOriginal({ 材料形式: '纸质', 材料类型: '复印件' })).toBeUndefined();
    expect(paperOriginal({ 材料形式: '电子', 材料类型: '原件' })).toBeUndefined();
    expect(paperOriginal({ 材料形式: '纸质和电子', 材料类型: '原件' })).toBeUndefined();
    expect(paperOriginal({ 材料类型: '原件' })).toBeUndefined();
  });
});
