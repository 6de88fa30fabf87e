// citesExtension (src/model/extension.ts): a guide citing an extension of a licence's decision period
// (行政许可法 art. 42), in its special procedures or in its 设定依据.

import { describe, expect, it } from 'vitest';
import {
  citesExtension,
  definitelyExceeds,
  isDays,
  LICENSE_DECISION_LIMIT,
  parseTimeLimit,
} from '../../src/kit/index.js';
import type { Guide } from '../../src/model/guide.js';

const guide = (data: Record<string, unknown>): Guide => ({ data }) as unknown as Guide;
const special = (fields: Record<string, unknown>) => guide({ 特殊环节: [{ 名称: '现场核查', ...fields }] });

describe('citesExtension', () => {
  it('a special procedure of 种类 延长审批, by label, code or variant', () => {
    expect(citesExtension(special({ 种类: '延长审批' }))).toBe(true);
    expect(citesExtension(special({ 种类: '1' }))).toBe(true);
    expect(citesExtension(special({ 种类: '其他' }))).toBe(false);
  });

  it('a special procedure whose 名称 or 设定依据 names an extension or joint handling', () => {
    expect(citesExtension(special({ 名称: '延期审批' }))).toBe(true);
    expect(citesExtension(special({ 名称: '联合办理' }))).toBe(true);
    expect(citesExtension(special({ 设定依据: '《某某条例》第九条：可以延长十个工作日' }))).toBe(true);
    expect(citesExtension(guide({ 特殊环节: { 名称: '集中办理' } }))).toBe(true);
    expect(citesExtension(special({ 名称: '专家评审', 设定依据: '《某某条例》第九条' }))).toBe(false);
  });

  it("the guide's 设定依据 citing art. 42 of the 行政许可法, as text or record, Chinese or Arabic numerals", () => {
    expect(citesExtension(guide({ 设定依据: '《中华人民共和国行政许可法》第四十二条' }))).toBe(true);
    expect(citesExtension(guide({ 设定依据: '《中华人民共和国行政许可法》第４２条' }))).toBe(true);
    expect(citesExtension(guide({ 设定依据: [{ 名称: '《中华人民共和国行政许可法》', 条款: '第42条' }] }))).toBe(true);
    expect(citesExtension(guide({ 设定依据: '《中华人民共和国食品安全法》第四十二条' }))).toBe(false);
    expect(citesExtension(guide({ 设定依据: '《中华人民共和国行政许可法》第三十八条' }))).toBe(false);
  });

  it('a 设定依据 quoting an extension', () => {
    expect(citesExtension(guide({ 设定依据: '《某某条例》第十条 经负责人批准，可以延长五个工作日' }))).toBe(true);
  });

  it('nothing cited: no special procedures, no basis, values of other types', () => {
    expect(citesExtension(guide({}))).toBe(false);
    expect(citesExtension(guide({ 特殊环节: '无', 设定依据: 42 }))).toBe(false);
  });
});

describe('LICENSE_DECISION_LIMIT', () => {
  it('is 20 working days: 28 calendar days may fit, 29 cannot', () => {
    expect(LICENSE_DECISION_LIMIT).toEqual({ value: 20, unit: '工作日' });
    const exceeds = (s: string) => {
      const t = parseTimeLimit(s);
      return isDays(t) && definitelyExceeds(t, LICENSE_DECISION_LIMIT);
    };
    expect(exceeds('28个自然日')).toBe(false);
    expect(exceeds('29个自然日')).toBe(true);
    expect(exceeds('20个工作日')).toBe(false);
  });
});
