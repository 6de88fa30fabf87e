import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, quoteLike } from '../../src/engine/fix.js';
import { ROOT, runCli } from '../support/cli.js';

describe('quoteLike', () => {
  it('keeps the quoting style of the replaced value', () => {
    expect(quoteLike('原件及复印件', '原件和复印件', false)).toBe('原件和复印件');
    expect(quoteLike('"原件及复印件"', '原件和复印件', false)).toBe('"原件和复印件"');
    expect(quoteLike("'原件及复印件'", '原件和复印件', false)).toBe("'原件和复印件'");
    expect(quoteLike('"x"', 'a"b', true)).toBe('"a\\"b"');
    expect(quoteLike('x', 'a: b', false)).toBe('"a: b"');
    // Digits, booleans and null would be read back as non-strings: quoted.
    expect(quoteLike('x', '000117012000', false)).toBe('"000117012000"');
    expect(quoteLike('x', '1.5', false)).toBe('"1.5"');
    expect(quoteLike('x', 'true', false)).toBe('"true"');
    expect(quoteLike('x', '', false)).toBe('""');
  });
  it('applies non-overlapping edits from the end', () => {
    const text = 'a: xx\nb: yy\n';
    const f = (start: number, end: number, t: string) => ({ fix: { start, end, text: t } }) as never;
    const r = applyFixes(text, [f(3, 5, 'X'), f(9, 11, 'Y'), f(4, 5, 'Z')], false);
    expect(r.text).toBe('a: X\nb: Y\n');
    expect(r.applied).toBe(2);
  });
});

describe('--fix through the CLI', () => {
  it('fixes a variant in place, keeping comments, CRLF line endings and the file mode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-lint-fix-'));
    cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
    const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
    const before =
      `# 本指南由业务处室维护\n${base.replace('    材料类型: 复印件', '    材料类型: 原件及复印件 # 待核对')}`.replace(
        /\n/g,
        '\r\n',
      );
    const file = join(dir, 'g.yaml');
    writeFileSync(file, before);
    chmodSync(file, 0o640);
    const dry = runCli(['g.yaml', '--fix-dry-run', '--no-score'], { cwd: dir });
    expect(dry.stdout).toContain('+    材料类型: 原件和复印件 # 待核对');
    expect(readFileSync(file, 'utf8')).toBe(before);
    const r = runCli(['g.yaml', '--fix', '--no-score'], { cwd: dir });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(before.replace('原件及复印件', '原件和复印件'));
    expect(after.split('\r\n').length).toBe(before.split('\r\n').length);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});
