// A 样表 that is the 空表 itself (src/model/forms.ts sampleIsBlank): no filled-in example (item 24).

import { describe, expect, it } from 'vitest';
import { parseFileRef, sampleIsBlank, type RecordAt } from '../../src/kit/index.js';

const material = (blank: unknown): RecordAt => ({
  data: { 材料名称: '申请表', 空表: blank },
  path: ['申请材料', 0],
  index: 0,
});
const ref = (s: string) => parseFileRef(s)!;

describe('sampleIsBlank', () => {
  it('is true when the 样表 refers to the same file or address as the 空表', () => {
    expect(sampleIsBlank(material('forms/申请表.docx'), ref('forms/申请表.docx'))).toBe(true);
    expect(sampleIsBlank(material('forms\\申请表.docx'), ref('./forms/申请表.docx'))).toBe(true);
    expect(sampleIsBlank(material('https://a.gov.cn/f/表.docx'), ref('https://A.gov.cn/f/表.docx'))).toBe(true);
    expect(sampleIsBlank(material('attachment:AB12'), ref('attachment:ab12'))).toBe(true);
  });
  it('is false for another file, or when there is no 空表 reference', () => {
    expect(sampleIsBlank(material('forms/申请表.docx'), ref('forms/申请表-样表.docx'))).toBe(false);
    expect(sampleIsBlank(material(undefined), ref('forms/申请表.docx'))).toBe(false);
    expect(sampleIsBlank(material('  '), ref('forms/申请表.docx'))).toBe(false);
    expect(sampleIsBlank(material(3), ref('forms/申请表.docx'))).toBe(false);
  });
});
