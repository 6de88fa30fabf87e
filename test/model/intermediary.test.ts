// Intermediary products among material names, and a 中介服务 that declares none (src/model/intermediary.ts).

import { describe, expect, it } from 'vitest';
import { declaresNoIntermediary, INTERMEDIARY_WORDS, intermediaryWord } from '../../src/kit/index.js';

describe('declaresNoIntermediary', () => {
  it('否, 无, false, blank, absent or an empty list', () => {
    for (const v of ['否', ' 无 ', '', false, null, undefined, []])
      expect(declaresNoIntermediary(v), String(v)).toBe(true);
  });
  it('a declared service, or 是', () => {
    for (const v of ['是', [{ 名称: '环境影响评价' }], { 名称: '检测' }]) expect(declaresNoIntermediary(v)).toBe(false);
  });
});

describe('intermediaryWord', () => {
  it('a word of the list, the first listed that the name contains', () => {
    expect(intermediaryWord('建设项目环境影响报告书', INTERMEDIARY_WORDS)).toBe('环境影响报告');
    expect(intermediaryWord('不动产权籍调查表、宗地图', INTERMEDIARY_WORDS)).toBe('权籍调查');
  });
  it('an intermediary named as issuer', () => {
    expect(intermediaryWord('具有资质的评估机构出具的意见', INTERMEDIARY_WORDS)).toBe('评估机构');
    expect(intermediaryWord('会计师事务所出具的证明', [])).toBe('会计师事务所');
  });
  it('none when a public body issues it or it is a medical record', () => {
    expect(intermediaryWord('县级人民政府出具的评估报告', INTERMEDIARY_WORDS)).toBeUndefined();
    expect(intermediaryWord('医院开具的检验报告', INTERMEDIARY_WORDS)).toBeUndefined();
    expect(intermediaryWord('诊断证明及检验报告', INTERMEDIARY_WORDS)).toBeUndefined();
  });
  it('none for other names, and the configured words only', () => {
    expect(intermediaryWord('营业执照', INTERMEDIARY_WORDS)).toBeUndefined();
    expect(intermediaryWord('检测报告', ['审计报告'])).toBeUndefined();
  });
});
