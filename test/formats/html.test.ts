// The HTML report: self-contained (no script, no external resource, a CSP that forbids fetches),
// grouped by file, escaped, Chinese by default.

import { describe, expect, it } from 'vitest';
import html from '../../src/format/html.js';
import { input, sampleResult, text } from './support.js';

const render = (lang: 'zh' | 'en' = 'zh', result = sampleResult()) => text(html(input(lang, result)));

describe('html', () => {
  it('one self-contained page: inline CSS, no script, no external resources', () => {
    const page = render();
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).toContain('<style>');
    expect(page).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
  });

  it('groups findings by file with location, severity, rule, item, guide and message', () => {
    const page = render();
    const sections = [...page.matchAll(/<section class="file" data-file="([^"]*)">/g)].map((m) => m[1]);
    expect(sections).toEqual(['guides/食品 许可.yaml', 'sheets/实施清单.xlsx', 'bad.yaml']);
    expect(page).toContain('<td class="place">15:11</td><td class="sev">错误</td>');
    expect(page).toContain(
      '>enum-values</a></td><td>第20项</td><td>食品经营许可（新办）</td><td>“材料类型”的值“原件及复印件”应写作标准值“原件和复印件”<div class="suggestion">建议：原件和复印件</div>',
    );
    expect(page).toContain('<td class="place">实施清单!K3</td>');
    expect(page).toContain('5 个问题（3 个错误，1 个警告，1 个提示），共 4 个文件、4 份指南');
    expect(page).toContain('已抑制 2 个问题');
  });

  it('escapes every text', () => {
    const page = render();
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;');
  });

  it('English with --lang en; a clean run says so', () => {
    expect(render('en')).toContain('<html lang="en">');
    expect(render('en')).toContain('5 problems (3 errors, 1 warning, 1 info) in 4 files, 4 guides');
    const clean = sampleResult();
    clean.findings = [];
    expect(render('zh', clean)).toContain('✔ 未发现问题。');
  });
});
