// issuerState (src/model/issuer.ts): what a material's 出具单位 says (checklist item 18).

import { describe, expect, it } from 'vitest';
import { APPLICANT_NAMES, issuerState } from '../../src/kit/index.js';

describe('issuerState', () => {
  it('absent: missing', () => {
    expect(issuerState(undefined, APPLICANT_NAMES)).toBe('missing');
  });

  it.each(['', '  ', '无', '/', '详见附件2', '见申请表', '不涉及'])('“%s” names nobody: blank', (v) => {
    expect(issuerState(v, APPLICANT_NAMES)).toBe('blank');
  });

  it.each(['申请人', ' 申请人本人 ', '申请人（男女双方）', '申请人(法定代表人)', '自备', '申请单位。'])(
    '“%s” is the applicant',
    (v) => {
      expect(issuerState(v, APPLICANT_NAMES)).toBe('applicant');
    },
  );

  it.each(['户口所在地派出所', '市场监督管理部门', '申请人所在单位', '公安机关'])('“%s” names an issuer', (v) => {
    expect(issuerState(v, APPLICANT_NAMES)).toBe('named');
  });

  it('reads the applicant names it is given, compared without width, spaces or a bracketed remark', () => {
    expect(issuerState('本人', ['申请者'])).toBe('named');
    expect(issuerState('经办人', ['经办人（本人）'])).toBe('applicant');
  });

  it('leaves other types to guide-schema: undefined', () => {
    for (const v of [null, 3, ['申请人'], { 名称: '申请人' }]) expect(issuerState(v, APPLICANT_NAMES)).toBeUndefined();
  });
});
