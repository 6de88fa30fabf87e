import { describe, expect, it } from 'vitest';
import { departmentKeys, isCodeLike, splitOrgan } from '../../src/model/organ.js';

describe('splitOrgan', () => {
  it.each([
    ['北京市顺义区残疾人联合会', '北京市顺义区', '残疾人联合会'],
    ['呼和浩特市市场监督管理局', '呼和浩特市', '市场监督管理局'],
    ['北京市顺义区天竺镇人民政府', '北京市顺义区天竺镇', '人民政府'],
    ['广西壮族自治区人民政府', '广西壮族自治区', '人民政府'],
    ['灵山县发展和改革局', '灵山县', '发展和改革局'],
    ['顺义区残联', '顺义区', '残疾人联合会'],
    ['残联', '', '残疾人联合会'],
    ['市场监督管理局', '', '市场监督管理局'],
    ['县人民政府', '', '县人民政府'],
  ])('%s → %s + %s', (name, area, organ) => {
    expect(splitOrgan(name)).toEqual({ area, organ });
  });
});

describe('isCodeLike', () => {
  it('a name without Chinese characters is a code', () => {
    expect(isCodeLike('wjb')).toBe(true);
    expect(isCodeLike('残联')).toBe(false);
  });
});

describe('departmentKeys', () => {
  it('a bare organ joins the one department with that organ; with two candidates it stays apart', () => {
    const k = departmentKeys(['北京市顺义区残疾人联合会', '残联', '北京市顺义区民政局', '民政局', '灵山县民政局']);
    expect(k.get('残联')).toBe(k.get('北京市顺义区残疾人联合会'));
    expect(k.get('民政局')).toBe('民政局');
    expect(k.get('灵山县民政局')).not.toBe(k.get('北京市顺义区民政局'));
    const j = departmentKeys(['北京市顺义区残疾人联合会', '顺义区残联', '残联']);
    expect(new Set(j.values())).toEqual(new Set(['北京市顺义区残疾人联合会']));
  });
});
