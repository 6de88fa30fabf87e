// Quotation in messages (src/kit/helpers/quotes.ts).

import { describe, expect, it } from 'vitest';
import { quoted, quotedList } from '../../src/kit/index.js';

describe('quoted', () => {
  it('uses Chinese quotation marks in Chinese, straight ones in English', () => {
    expect(quoted('zh', '受理')).toBe('“受理”');
    expect(quoted('en', '受理')).toBe('"受理"');
    expect(quoted('zh', 5)).toBe('“5”');
  });
});

describe('quotedList', () => {
  it('runs quoted examples together in Chinese, separates them by commas in English', () => {
    expect(quotedList('zh', ['受理', '审查', '决定'])).toBe('“受理”“审查”“决定”');
    expect(quotedList('en', ['受理', '审查'])).toBe('"受理", "审查"');
    expect(quotedList('zh', ['1个工作日'])).toBe('“1个工作日”');
    expect(quotedList('en', [])).toBe('');
  });
});
