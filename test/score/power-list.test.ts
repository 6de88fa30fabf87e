// The power list reader: xlsx (title rows above the header), csv and yaml give the same powers.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPowerList } from '../../src/score/power-list.js';
import { UsageError } from '../../src/errors.js';
import { ROOT } from './support.js';

const strip = (p: { source: unknown }) => ({ ...p, source: undefined });

describe('readPowerList', () => {
  it('the clean fixture reads the same from xlsx, csv and yaml', async () => {
    const [x, c, y] = await Promise.all(
      ['clean.xlsx', 'clean.csv', 'clean.yaml'].map((f) => readPowerList(`fixtures/power-list/${f}`, ROOT)),
    );
    if (!x || !c || !y) throw new Error('three lists expected');
    expect(x.powers).toHaveLength(20);
    expect(c.powers.map(strip)).toEqual(x.powers.map(strip));
    expect(y.powers.map(strip)).toEqual(x.powers.map(strip));
    expect(x.problems).toEqual([]);
    // Codes and labels of 权力类型; the six application-based types count, others do not.
    expect(x.powers.find((p) => p.code === '150100-XK-0012')).toMatchObject({
      type: '行政许可',
      counted: true,
      basicCode: '000117012000',
      level: '市级',
    });
    expect(x.powers.find((p) => p.code === '152221-JF-0004')).toMatchObject({ type: '行政给付', counted: true });
    expect(x.powers.filter((p) => !p.counted).map((p) => p.type)).toEqual([
      '公共服务',
      '公共服务',
      '公共服务',
      '公共服务',
      '行政处罚',
    ]);
    // Where each power is written: the sheet and code cell (below a title row and a blank row), the CSV row, the YAML line.
    expect(x.powers[0]!.source).toEqual({
      file: 'fixtures/power-list/clean.xlsx',
      line: 4,
      sheet: '权责清单',
      cell: 'B4',
    });
    expect(c.powers[0]!.source).toEqual({ file: 'fixtures/power-list/clean.csv', line: 2, sheet: 'clean', cell: 'B2' });
    expect(y.powers[1]!.source).toEqual({ file: 'fixtures/power-list/clean.yaml', line: 9 });
  });

  it('synonym headers (职权编码, 职权名称, 职权类型, 实施部门), doubtful rows reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-lint-power-'));
    writeFileSync(
      join(dir, 'p.csv'),
      [
        'XX旗权责清单',
        '* 职权编码,职权名称（必填）,职权类型,实施部门,行使层级',
        'A-1,甲,行政许可,某局,旗级',
        ',乙,行政许可,某局,旗级',
        'A-3,丙,审批,某局,旗级',
        'A-1,甲again,07,某局,旗级',
        '',
      ].join('\n'),
    );
    const list = await readPowerList('p.csv', dir);
    expect(list.powers.map((p) => [p.code, p.name, p.type, p.department, p.counted])).toEqual([
      ['A-1', '甲', '行政许可', '某局', true],
      ['A-3', '丙', '审批', '某局', false],
      ['A-1', '甲again', '行政确认', '某局', true],
    ]);
    expect(list.problems).toEqual([
      'p.csv p!A4: no 权力编码: row skipped',
      'p.csv p!A5: 权力类型 "审批" is not a 事项类型 label or code: not counted',
      'p.csv p!A6: 权力编码 A-1 is also at p.csv p!A3',
    ]);
  });

  it('missing columns, unknown formats and missing files are usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guide-lint-power-'));
    writeFileSync(join(dir, 'no-code.csv'), '名称,类型\n甲,行政许可\n');
    writeFileSync(join(dir, 'p.txt'), 'x');
    writeFileSync(join(dir, 'scalar.yaml'), 'just text\n');
    await expect(readPowerList('no-code.csv', dir)).rejects.toThrow(UsageError);
    await expect(readPowerList('p.txt', dir)).rejects.toThrow(/expected an .xlsx/);
    await expect(readPowerList('scalar.yaml', dir)).rejects.toThrow(/list of powers/);
    await expect(readPowerList('missing.yaml', dir)).rejects.toThrow(UsageError);
  });
});
