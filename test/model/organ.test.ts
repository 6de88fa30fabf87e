import { describe, expect, it } from 'vitest';
import { departmentKeys, isCodeLike, issuerInName, splitOrgan } from '../../src/model/organ.js';

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

describe('issuerInName', () => {
  it.each([
    ['城市规划行政主管部门出具的城市规划意见', '城市规划行政主管部门'],
    [
      '项目可行性研究报告审批的申请项目所在地县级以上人民政府出具的社会稳定风险评估意见',
      '申请项目所在地县级以上人民政府',
    ],
    ['由相应工程咨询资格的机构出具的评估报告', '相应工程咨询资格的机构'],
    ['项目资本金、有关地方配套、自筹资金及金融机构出具的筹资、贷款承诺书', '金融机构'],
    ['户籍所在地派出所开具的无犯罪记录证明', '户籍所在地派出所'],
  ])('%s → %s', (name, issuer) => {
    expect(issuerInName(name)).toBe(issuer);
  });

  it.each(['有关部门出具的证明', '营业执照', '申请人出具的承诺书', '', '的出具的'])('%s → none', (name) => {
    expect(issuerInName(name)).toBeUndefined();
  });
});
