// Resource limits: each case completes in bounded time and memory. The bound is the test's own
// timeout (and the CLI's 60 s kill), never a timing assertion.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, goodStillLinted, lintFolder } from './support.js';

const otherFindings = (r: ReturnType<typeof lintFolder>) => r.findings.filter((f) => f.file !== 'good.yaml');

describe('resource limits', () => {
  it('billion laughs: alias expansion is bounded', { timeout: 20_000 }, () => {
    const lines = ['a0: &a0 [笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑, 笑]'];
    for (let i = 1; i <= 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    lines.push('事项名称: *a12');
    const r = lintFolder(folderWith({ 'laughs.yaml': `${lines.join('\n')}\n` }));
    goodStillLinted(r);
    expect(r.status).toBe(1);
    expect(otherFindings(r).map((f) => f.message)).toEqual([
      '文档过大或嵌套过深（nodes），超出处理上限，已停止检查该指南',
    ]);
  });

  it('a long merge-key chain is bounded', { timeout: 20_000 }, () => {
    const lines = ['b0: &b0 {k0: 1}'];
    for (let i = 1; i < 200; i++) lines.push(`b${i}: &b${i}\n  <<: *b${i - 1}\n  k${i}: 1`);
    const r = lintFolder(folderWith({ 'merge.yaml': `${lines.join('\n')}\n` }));
    goodStillLinted(r);
    expect(r.status).toBe(1);
  });

  it('deeply nested YAML and JSON are a parse-error, not a stack overflow', { timeout: 20_000 }, () => {
    const r = lintFolder(
      folderWith({
        'deep.yaml': `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
        'deep.json': `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      }),
    );
    goodStillLinted(r);
    expect(r.status).toBe(1);
    expect(otherFindings(r).map((f) => `${f.file} ${f.ruleId}`)).toEqual([
      'deep.json parse-error',
      'deep.yaml parse-error',
    ]);
  });

  it('a 1 MB single-line string is linted', { timeout: 20_000 }, () => {
    const r = lintFolder(folderWith({ 'long.yaml': `事项名称: ${'长'.repeat(1_000_000)}\n` }));
    goodStillLinted(r);
    expect(r.summary.guides).toBe(2);
  });

  it('a file over the size limit is skipped with a finding', { timeout: 30_000 }, () => {
    const dir = folderWith({});
    writeFileSync(join(dir, 'huge.yaml'), `事项名称: x\n# ${'x'.repeat(21 * 1024 * 1024)}\n`);
    const r = lintFolder(dir);
    goodStillLinted(r);
    expect(r.status).toBe(1);
    expect(otherFindings(r)[0]!.message).toMatch(/^文件过大（\d+ 字节，上限 20971520 字节），已跳过$/);
  });
});
