import { describe, expect, it } from 'vitest';
import { isPlaceholder, placeholderText } from '../../src/model/placeholder.js';

describe('isPlaceholder', () => {
  it.each([
    '',
    ' ',
    '无',
    '暂无',
    '/',
    '／',
    '-',
    '—',
    '——',
    '空',
    '详见附件',
    'N/A',
    'null',
    '待补充',
    '测试',
    ' 无 ',
    '没有答案',
    '测试问题',
    'sssss ',
    'ssssssssssssss',
    'sssss ddddddddddd',
    '𝐧𝐮𝐥𝐥',
    '——————————',
  ])('"%s" is a placeholder', (t) => {
    expect(isPlaceholder(t)).toBe(true);
  });
  it.each([
    '无犯罪记录证明',
    '申请人自备',
    '1',
    '0',
    '营业执照',
    '无需提交',
    '详见附件1《申请表》填写说明及范本',
    'ss',
    'SSS公司',
    'test report of the lab',
  ])('"%s" is a value', (t) => {
    expect(isPlaceholder(t)).toBe(false);
  });
});

describe('placeholderText', () => {
  it('a placeholder text, trimmed; a list of placeholders only, joined', () => {
    expect(placeholderText(' 无 ')).toBe('无');
    expect(placeholderText(['/', '无'])).toBe('/、无');
  });

  it('blank, real text, mixed or empty lists and other types fill something (or are not written)', () => {
    for (const v of ['', '  ', '食品经营许可', ['无', '身份证'], [], ['无', 1], 0, null, undefined])
      expect(placeholderText(v)).toBeUndefined();
  });
});
