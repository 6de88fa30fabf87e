// GitHub workflow commands: one annotation per finding, the right command per severity, and the
// runner's escaping (%, CR, LF in the message; also ":" and "," in properties).

import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/format/github.js';
import { input, text } from './support.js';

const lines = (lang: 'zh' | 'en' = 'en') =>
  text(github(input(lang)))
    .split('\n')
    .filter(Boolean);

describe('github', () => {
  it('one command per finding: error, warning, notice', () => {
    const out = lines();
    expect(out).toHaveLength(5);
    expect(out.map((l) => /^::(\w+) /.exec(l)![1])).toEqual(['error', 'warning', 'notice', 'error', 'error']);
  });

  it('file, line, col, endLine, endColumn and a title with rule and item', () => {
    expect(lines()[0]).toBe(
      '::error file=guides/食品 许可.yaml,line=15,col=11,endLine=15,endColumn=17,title=enum-values (item 20)::[食品经营许可（新办）] “材料类型”的值“原件及复印件”应写作标准值“原件和复印件”',
    );
    expect(lines('zh')[0]).toContain('title=enum-values（第20项）::【食品经营许可（新办）】');
    // Spreadsheet findings say where in the workbook.
    expect(lines()[3]).toContain('file=sheets/实施清单.xlsx,line=3,col=11');
    expect(lines()[3]).toMatch(/\[实施清单!K3\]$/);
  });

  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('100% a:b,c\r\nx')).toBe('100%25 a:b,c%0D%0Ax');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const nasty = lines()[1]!;
    // One line per command whatever the message holds; the message part keeps ":" and ",".
    expect(nasty.split('::')).toHaveLength(3);
    expect(nasty).toContain('100%25 a:b,c%0D%0Aline2');
    const r = input('en');
    r.result.findings = [{ ...r.result.findings[0]!, file: 'a,b:c.yaml' }];
    expect(text(github(r))).toContain('file=a%2Cb%3Ac.yaml,');
  });

  it('no findings: no output', () => {
    const r = input();
    r.result.findings = [];
    expect(github(r)).toBe('');
  });
});
