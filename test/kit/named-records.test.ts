// Records of a 名称 and a 设定依据 (src/kit/helpers/named-records.ts), shared by intermediary-services
// (中介服务) and special-procedures (特殊环节).

import { describe, expect, it } from 'vitest';
import { recordLabel, reportBasis, reportBlankName, type RecordAt, type Report } from '../../src/kit/index.js';

const at = (data: Record<string, unknown>, index = 0): RecordAt => ({ data, path: ['中介服务', index], index });
const reported = (check: (ctx: { report: (r: Report) => void }) => void) => {
  const out: Report[] = [];
  check({ report: (r) => out.push(r) });
  return out;
};

describe('recordLabel', () => {
  it('is the trimmed 名称', () => {
    expect(recordLabel(at({ 名称: ' 房产测绘 ' }), 'zh', '项')).toBe('房产测绘');
  });
  it('is the position when 名称 is blank, absent or not text: 第N + counter, #N in English', () => {
    expect(recordLabel(at({ 名称: ' ' }, 2), 'zh', '项')).toBe('第3项');
    expect(recordLabel(at({}, 0), 'zh', '个')).toBe('第1个');
    expect(recordLabel(at({ 名称: 9 }, 1), 'en', '个')).toBe('#2');
  });
});

describe('reportBlankName', () => {
  it('reports a 名称 of blanks at the 名称 with the position', () => {
    expect(
      reported((ctx) => {
        reportBlankName(ctx, at({ 名称: '  ' }, 1));
      }),
    ).toEqual([{ path: ['中介服务', 1, '名称'], messageId: 'blankName', data: { n: 2 } }]);
  });
  it("reports nothing for a written, absent or other-typed 名称 (guide-schema's)", () => {
    for (const 名称 of ['房产测绘', undefined, null, 9])
      expect(
        reported((ctx) => {
          reportBlankName(ctx, at({ 名称 }));
        }),
      ).toEqual([]);
  });
});

describe('reportBasis', () => {
  const basis = (设定依据: unknown) =>
    reported((ctx) => {
      reportBasis(ctx, at({ 设定依据 }), '房产测绘');
    });
  it('accepts a basis naming a law in 《》', () => {
    expect(basis('《不动产登记暂行条例实施细则》第十二条')).toEqual([]);
    expect(basis('依据《公共场所卫生管理条例实施细则》')).toEqual([]);
  });
  it('reports a blank basis', () => {
    expect(basis(' ')).toEqual([
      { path: ['中介服务', 0, '设定依据'], messageId: 'blankBasis', data: { name: '房产测绘' } },
    ]);
  });
  it('reports a basis naming no law in 《》, trimmed (real: a decree number)', () => {
    expect(basis(' 中华人民共和国国家发展和改革委员会令2017年第2号 ')).toEqual([
      {
        path: ['中介服务', 0, '设定依据'],
        messageId: 'basisNoLaw',
        data: { name: '房产测绘', basis: '中华人民共和国国家发展和改革委员会令2017年第2号' },
      },
    ]);
    expect(basis('《》第三条')[0]?.messageId).toBe('basisNoLaw');
  });
  it('leaves an absent or other-typed basis to guide-schema', () => {
    for (const v of [undefined, null, ['《某法》'], { 名称: '《某法》' }]) expect(basis(v)).toEqual([]);
  });
});
