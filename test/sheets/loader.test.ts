// The spreadsheet loader on workbooks built in memory: encodings, headers and layouts, values,
// and hostile input (each a located finding, never a crash).

import iconv from 'iconv-lite';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpreadsheet, readWorkbook } from '../../src/load/spreadsheet/index.js';
import { SHEET_LIMITS } from '../../src/load/spreadsheet/types.js';
import { writeZip, ZipReader } from '../../src/load/spreadsheet/zip.js';
import { at, c, lintBuffer, rawXlsx, row, workbook } from './support.js';
import { FAST } from '../support/fast.js';

const load = (bytes: Buffer, name: string, opts = {}) => loadSpreadsheet(bytes, `/x/${name}`, opts);
const dataOf = (r: Awaited<ReturnType<typeof load>>, i = 0) => r.guides[i]!.data as Record<string, unknown>;
const msgs = (r: Awaited<ReturnType<typeof load>>) =>
  r.problems.map((p) => `${p.severity} ${p.messageId} ${p.location.sheet ?? ''}!${p.location.cell ?? ''}`);

const CSV =
  '事项名称,实施编码,办理时间,材料名称,份数\r\n食品经营许可,11150100MB0C58430T3000117012000,工作日,申请书,1\r\n,,,营业执照,"2"\r\n';

describe('CSV encodings', () => {
  it('UTF-8 without BOM, with BOM, GBK (detected) and UTF-16LE read the same', async () => {
    const variants: [string, Buffer][] = [
      ['utf8', Buffer.from(CSV, 'utf8')],
      ['bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')])],
      ['gbk', iconv.encode(CSV, 'gbk')],
      ['gb18030', iconv.encode(CSV, 'gb18030')],
      ['utf16', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CSV, 'utf-16le')])],
    ];
    for (const [name, bytes] of variants) {
      const r = await load(bytes, `${name}.csv`);
      expect(r.problems, name).toEqual([]);
      expect(dataOf(r).事项名称, name).toBe('食品经营许可');
      expect((dataOf(r).申请材料 as unknown[]).length, name).toBe(2);
    }
  });

  it('--encoding overrides detection; an unknown encoding is a finding', async () => {
    const gbk = iconv.encode(CSV, 'gbk');
    expect(dataOf(await load(gbk, 'a.csv', { encoding: 'gbk' })).事项名称).toBe('食品经营许可');
    // Forced to latin1 the names are garbage: no header row is found, which is reported, not thrown.
    const wrong = await load(gbk, 'a.csv', { encoding: 'latin1' });
    expect(wrong.guides).toEqual([]);
    const unknown = await load(gbk, 'a.csv', { encoding: 'no-such-encoding' });
    expect(msgs(unknown)).toEqual(['error undecodable !']);
  });

  it('ragged rows: cells right of the header are reported at the first extra cell', async () => {
    const r = await load(Buffer.from('事项名称,实施编码\r\nA,1,extra,more\r\nB,2\r\n'), 'r.csv');
    expect(r.guides).toHaveLength(2);
    expect(msgs(r)).toEqual(['warning ragged r!C2']);
    expect(r.problems[0]!.data).toMatchObject({ cells: 4, headers: 2 });
  });

  it('an unterminated quote is a located error, not a crash', async () => {
    const r = await load(Buffer.from('事项名称,办理时间\r\nA,"unclosed\r\nB,x\r\n'), 'q.csv');
    expect(msgs(r)).toContain('error unterminatedQuote q!B2');
  });

  it('quoted cells keep commas, quotes and line breaks; a multi-line record is one row', async () => {
    const r = await load(
      Buffer.from('事项名称,办理地点,办理形式\r\n"A, ""B""","地点一\n地点二","窗口办理、快递申请"\r\n事项二,x,y\r\n'),
      'm.csv',
    );
    expect(dataOf(r).事项名称).toBe('A, "B"');
    expect(dataOf(r).办理地点).toEqual(['地点一', '地点二']);
    expect(dataOf(r).办理形式).toEqual(['窗口办理', '快递申请']);
    expect(r.guides[1]!.sourceMap.locate(['办理地点'])).toMatchObject({ cell: 'B3', line: 3, header: '办理地点' });
  });
});

describe('headers and layouts', () => {
  it('finds the header below title rows; maps synonyms and config columns; reports unmapped headers once, as info', async () => {
    const bytes = workbook({
      Sheet1: [
        ['XX局政务服务事项实施清单'],
        [],
        ['事项名称', '承诺期限', '咨询方式', '自定义列', '承诺办结时间', '本地时限'],
        ['A', '5个工作日', '0471-1234567', 'x', 'y', '3个工作日'],
        ['B', '6个工作日', '0471-7654321', 'x', 'y', '4个工作日'],
      ],
    });
    const r = await load(bytes, 'h.xlsx', { columns: { 本地时限: '法定办结时限' } });
    expect(dataOf(r)).toMatchObject({
      事项名称: 'A',
      承诺办结时限: '5个工作日',
      咨询电话: '0471-1234567',
      法定办结时限: '3个工作日',
    });
    expect(msgs(r)).toEqual(['info unmapped Sheet1!D3', 'info unmappedDidYouMean Sheet1!E3']);
    expect(r.problems[1]!.data).toMatchObject({ suggestion: '承诺办结时限' });
    expect(r.guides[1]!.sourceMap.locate(['承诺办结时限'])).toMatchObject({
      sheet: 'Sheet1',
      cell: 'B5',
      header: '承诺期限',
      line: 5,
      column: 2,
    });
  });

  it('relational: sub-sheets joined by 事项名称 when there is no code column; orphan and keyless rows are findings', async () => {
    const bytes = workbook({
      事项清单: [
        ['事项名称', '办理时间'],
        ['A', 't'],
        ['B', 't'],
      ],
      材料: [
        ['事项名称', '材料名称', '份数'],
        ['B', 'm1', '1'],
        ['C', 'm2', 1],
        [undefined, 'm3', 1],
        ['A', 'm4', 2],
      ],
    });
    const r = await load(bytes, 'j.xlsx');
    expect((dataOf(r, 0).申请材料 as Record<string, unknown>[]).map((m) => m.材料名称)).toEqual(['m4']);
    expect(dataOf(r, 1).申请材料).toEqual([{ 材料名称: 'm1', 份数: 1 }]);
    expect(msgs(r)).toEqual(['error orphan 材料!A3', 'error noKey 材料!A4']);
    expect(r.guides[0]!.sourceMap.locate(['申请材料', 0, '份数'])).toMatchObject({
      sheet: '材料',
      cell: 'C5',
      header: '份数',
    });
    expect(r.guides[0]!.sourceMap.locate(['申请材料', 0, '来源渠道'])).toMatchObject({
      sheet: '材料',
      cell: 'B5',
      header: '材料名称',
    });
  });

  it('flat with merges: rows under a merged key belong to the guide; missing elements point at the key cell', async () => {
    const bytes = workbook(
      {
        清单: [
          ['事项名称', '实施编码', '材料名称', '份数', '环节名称'],
          ['A', 'code-a', 'm1', 1, '受理'],
          [undefined, undefined, 'm2', 2, '审查'],
          [],
          ['B', 'code-b', 'm3', 1],
        ],
      },
      (wb) => {
        wb.Sheets['清单']!['!merges'] = [
          { s: { r: 1, c: 0 }, e: { r: 3, c: 0 } },
          { s: { r: 1, c: 1 }, e: { r: 3, c: 1 } },
        ];
      },
    );
    const r = await load(bytes, 'f.xlsx');
    expect(r.guides).toHaveLength(2);
    expect((dataOf(r).申请材料 as unknown[]).length).toBe(2);
    expect((dataOf(r).办理流程 as unknown[]).length).toBe(2);
    expect(r.guides[0]!.sourceMap.locate(['办理时间'])).toMatchObject({ cell: 'B2', header: '实施编码' });
    expect(r.guides[0]!.sourceMap.locate(['申请材料', 1, '份数'])).toMatchObject({ cell: 'D3' });
    expect(r.guides[1]!.sourceMap.locate([])).toMatchObject({ cell: 'B5' });
  });

  it('a flat sheet named like nothing is recognised by its headers; its notes are given once', async () => {
    const bytes = workbook({
      Sheet1: [
        ['事项名称', '材料名称', '份数', '自定义'],
        ['A', 'm1', 1, 'x'],
        [undefined, 'm2', 2],
        ['B', 'm3', 1],
      ],
    });
    const r = await load(bytes, 'flat.xlsx');
    expect(r.guides.map((g) => (g.data as Record<string, unknown[]>).申请材料!.length)).toEqual([2, 1]);
    expect(msgs(r)).toEqual(['info unmapped Sheet1!D1']);
  });

  it('hidden rows and sheets are read, and reported as info', async () => {
    const bytes = workbook(
      {
        事项: [
          ['事项名称', '实施编码'],
          ['A', '1'],
          ['B', '2'],
        ],
        申请材料: [
          ['实施编码', '材料名称'],
          ['1', 'm'],
        ],
      },
      (wb) => {
        wb.Sheets['事项']!['!rows'] = [undefined as never, undefined as never, { hidden: true }];
        wb.Workbook = {
          Sheets: [
            { name: '事项', Hidden: 0 },
            { name: '申请材料', Hidden: 1 },
          ],
        };
      },
    );
    const r = await load(bytes, 'hidden.xlsx');
    expect(r.guides).toHaveLength(2);
    expect(msgs(r).sort()).toEqual(['info hiddenRows 事项!A3', 'info hiddenSheet 申请材料!A1']);
  });

  it('the lint-ignore column silences the listed rules for that row only', async () => {
    const rows = [
      ['事项名称', '实施编码', '到办事现场次数', 'lint-ignore'],
      ['A', '1', '一次', 'guide-schema'],
      ['B', '2', '一次', ''],
    ];
    const fs = await lintBuffer(workbook({ 事项: rows }), 'ignore.xlsx');
    expect(
      fs
        .filter((f) => f.ruleId === 'guide-schema')
        .map((f) => f.guide)
        .every((g) => g === 'B'),
    ).toBe(true);
    expect(fs.some((f) => f.guide === 'B' && f.ruleId === 'guide-schema' && at(f) === '事项!C3')).toBe(true);
  });
});

describe('values', () => {
  it('numbers as text, text as numbers, booleans, dates, multi-line lists, hyperlinks', async () => {
    const bytes = workbook({
      事项: [
        ['事项名称', '基本编码', '到办事现场次数', '监督电话', '办理形式', '支持网上支付', '办理地点', '网办地址'],
        [
          'A',
          { t: 'n', v: 117012000, z: '000000000000' },
          '2',
          { t: 'n', v: 12345 },
          '窗口办理\n快递申请',
          { t: 'b', v: true },
          '地点一；地点二',
          { t: 's', v: '网上办理', l: { Target: 'https://zwfw.example/item/1' } },
        ],
      ],
      申请材料: [
        ['事项名称', '材料名称', '份数', '填写表格', '样表'],
        ['A', '申请书', { t: 'n', v: 1 }, { t: 'n', v: 1 }, { t: 'n', v: 45000, z: 'yyyy-mm-dd' }],
      ],
    });
    const r = await load(bytes, 'v.xlsx');
    const d = dataOf(r);
    expect(d).toMatchObject({
      基本编码: '000117012000',
      到办事现场次数: 2,
      监督电话: '12345',
      办理形式: ['窗口办理', '快递申请'],
      支持网上支付: '是',
      办理地点: ['地点一', '地点二'],
      网办地址: 'https://zwfw.example/item/1',
    });
    expect(d.申请材料).toEqual([{ 材料名称: '申请书', 份数: 1, 填写表格: 1, 样表: '2023-03-15' }]);
    expect(r.problems).toEqual([]);
  });

  it('multi-line cells holding lists: materials, steps, fees and FAQs in the items sheet become records', async () => {
    const bytes = workbook({
      事项: [
        ['事项名称', '申请材料', '办理流程', '收费项目', '常见问题', '中介服务'],
        [
          'A',
          '申请书\n营业执照；身份证',
          '受理；审查',
          '工本费：10元/本',
          '问：要多久？答：5个工作日\n问：收费吗？答：不收费',
          '检测报告\n评估报告',
        ],
      ],
    });
    const r = await load(bytes, 'lists.xlsx');
    expect(dataOf(r)).toMatchObject({
      申请材料: [{ 材料名称: '申请书' }, { 材料名称: '营业执照' }, { 材料名称: '身份证' }],
      办理流程: [{ 环节名称: '受理' }, { 环节名称: '审查' }],
      收费项目: [{ 名称: '工本费', 标准: '10元/本' }],
      常见问题: [
        { 问: '要多久？', 答: '5个工作日' },
        { 问: '收费吗？', 答: '不收费' },
      ],
      中介服务: [{ 名称: '检测报告' }, { 名称: '评估报告' }],
    });
    // Every record from one cell is located at that cell.
    expect(r.guides[0]!.sourceMap.locate(['申请材料', 2, '份数'])).toMatchObject({ cell: 'B2', header: '申请材料' });
  });

  it('a code stored as a number without format lost its zeros: a warning at the cell; beyond 2^53 an error', async () => {
    const bytes = workbook({
      事项: [
        ['事项名称', '基本编码', '实施编码'],
        ['A', 117012000, 1.1150100123456789e30],
      ],
    });
    const r = await load(bytes, 'z.xlsx');
    expect(dataOf(r).基本编码).toBe('117012000');
    expect(msgs(r)).toEqual(['warning leadingZeros 事项!B2', 'error precision 事项!C2']);
  });

  it('formulas are never evaluated: the cached value, or a note when there is none; error cells are notes', async () => {
    const bytes = rawXlsx(
      row(1, c('A1', '事项名称') + c('B1', '到办事现场次数') + c('C1', '办理时间') + c('D1', '咨询电话')) +
        row(
          2,
          c('A2', 'A') +
            '<c r="B2"><f>1+1</f><v>1</v></c><c r="C2" t="str"><f>WEBSERVICE("http://evil.example")</f></c><c r="D2" t="e"><v>#N/A</v></c>',
        ),
    );
    const r = await load(bytes, 'f.xlsx');
    expect(dataOf(r).到办事现场次数).toBe(1);
    expect(dataOf(r).办理时间).toBeUndefined();
    expect(msgs(r)).toEqual(['warning formulaNoValue 事项!C2', 'warning errorValue 事项!D2']);
  });
});

describe('prototype safety', () => {
  it('__proto__, constructor and prototype as headers, values and sheet names never reach object prototypes', async () => {
    const csv = Buffer.from(
      '事项名称,__proto__,constructor,prototype,实施编码\r\n__proto__,{"polluted":1},x,y,constructor\r\n',
    );
    const columns = JSON.parse('{"__proto__": "办理时间", "constructor": "办理地点"}') as Record<string, string>;
    const r = await load(csv, '__proto__.csv', { columns });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const d = dataOf(r);
    expect(Object.getPrototypeOf(d)).toBe(null);
    expect(d.事项名称).toBe('__proto__');
    expect(d.办理时间).toBe('{"polluted":1}');
    expect(d.办理地点).toBe('x');
    const xlsx = workbook(
      Object.fromEntries([
        [
          '__proto__',
          [
            ['事项名称', 'prototype', '实施编码'],
            ['A', 'b', '1'],
          ],
        ],
        [
          'constructor',
          [
            ['实施编码', '材料名称'],
            ['1', 'm'],
          ],
        ],
      ]),
    );
    const w = await load(xlsx, 'p.xlsx');
    expect(w.guides).toHaveLength(1);
    expect(Object.keys(dataOf(w))).toEqual(['事项名称', '实施编码', '申请材料']);
    expect(({} as Record<string, unknown>).b).toBeUndefined();
    expect(msgs(w)).toContain('info unmapped __proto__!B1');
  });
});

describe('hostile workbooks: each a located finding, never a crash', () => {
  const saved = { ...SHEET_LIMITS };
  afterEach(() => Object.assign(SHEET_LIMITS, saved));

  it('corrupt, truncated and empty files', async () => {
    const good = workbook({ 事项: [['事项名称'], ['A']] });
    for (const bytes of [
      Buffer.from('not a workbook at all'),
      good.subarray(0, good.length - 30),
      good.subarray(0, 200),
      Buffer.alloc(0),
    ]) {
      const r = await load(bytes, 'bad.xlsx');
      expect(r.guides).toEqual([]);
      expect(r.problems.map((p) => p.messageId)).toEqual(['corrupt']);
      expect(r.problems[0]!.ruleId).toBe('parse-error');
      expect(r.problems[0]!.location.line).toBe(1);
    }
    // SheetJS reads a non-BIFF .xls as text (platforms export HTML or TSV as .xls): no guide, a note.
    const xls = await load(Buffer.from('garbage'), 'bad.xls');
    expect(xls.guides).toEqual([]);
    expect(xls.problems.length).toBeGreaterThan(0);
  });

  it('a password-protected workbook (an encrypted OLE package)', async () => {
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    const r = await load(ole, 'secret.xlsx');
    expect(r.problems.map((p) => `${p.severity} ${p.messageId}`)).toEqual(['error encrypted']);
  });

  it('a zip bomb: a part inflating past the limit stops with a clear message, whatever the directory claims', async () => {
    SHEET_LIMITS.maxEntryBytes = 1 << 20;
    const huge = `<row r="1">${c('A1', '事项名称')}</row>` + '<row r="2"/>'.repeat(200_000);
    const bytes = rawXlsx(huge);
    const r = await load(bytes, 'bomb.xlsx');
    expect(r.problems.map((p) => p.messageId)).toEqual(['limit']);
    expect(r.problems[0]!.data!.reason).toMatch(/inflates to/);
    // A directory that lies about the size: the inflater stops at the limit all the same.
    const entries: [string, Buffer][] = [['a.xml', Buffer.alloc(4 << 20, 0x20)]];
    const zip = writeZip(entries);
    zip.writeUInt32LE(10, zip.length - 22 - 46 - 5 + 24); // central directory: uncompressed size = 10
    expect(() => new ZipReader(zip, { maxEntryBytes: 1 << 20, maxTotalBytes: 1 << 30 }).read('a.xml')).toThrow(
      /inflates to more than/,
    );
    expect(deflateRawSync(Buffer.alloc(10)).length).toBeGreaterThan(0);
  });

  it('the cell-count limit stops reading at a located cell', async () => {
    SHEET_LIMITS.maxCells = 5;
    const r = await load(
      workbook({
        事项: [
          ['事项名称', '实施编码'],
          ['A', '1'],
          ['B', '2'],
          ['C', '3'],
        ],
      }),
      'many.xlsx',
    );
    expect(msgs(r)).toContain('error cellLimit 事项!B3');
    expect(r.guides.length).toBeLessThanOrEqual(2);
  });

  it('a sheet reaching row 1,048,576 keeps exact row numbers; beyond the sheet maximum is a finding', async () => {
    const data =
      row(1, c('A1', '事项名称') + c('B1', '办理时间')) +
      row(2, c('A2', 'A')) +
      row(1048576, c('A1048576', 'Z') + c('B1048576', 't')) +
      row(1048577, c('A1048577', 'beyond'));
    const r = await load(rawXlsx(data), 'tall.xlsx');
    expect(r.guides).toHaveLength(2);
    expect(r.guides[1]!.sourceMap.locate(['办理时间'])).toMatchObject({ cell: 'B1048576', line: 1048576 });
    expect(msgs(r)).toEqual(['warning rowLimit 事项!']);
  });

  it.skipIf(FAST)(
    'a workbook with 1,048,576 filled rows is read within the limits (guide limit reported at its row)',
    async () => {
      SHEET_LIMITS.maxGuides = 100_000;
      const rows: string[] = [row(1, '<c r="A1" t="inlineStr"><is><t>事项名称</t></is></c>')];
      for (let r = 2; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
      const r = await load(rawXlsx(rows.join('')), 'million.xlsx');
      expect(r.guides).toHaveLength(100_000);
      expect(msgs(r)).toEqual(['error guideLimit 事项!A100002']);
    },
    120_000,
  );

  it('external links are never followed: a hyperlink target is kept as text', async () => {
    const bytes = workbook({
      事项: [
        ['事项名称', '网办地址'],
        ['A', { t: 's', v: 'x', l: { Target: 'file:///etc/passwd' } }],
      ],
    });
    const r = await readWorkbook(bytes, '/x/l.xlsx');
    expect(r.sheets[0]!.rows[1]!.cells[1]).toMatchObject({ link: 'file:///etc/passwd' });
  });
});
