// The streaming xlsx writer (src/format/xlsx-stream.ts) and its ZIP writer: what it writes reads
// back through SheetJS with the same cells (any text, numbers), a sheet continues past the row
// limit with its header, the package is a valid ZIP (CRCs and sizes checked), and it is written
// while the rows are being made, not at the end.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { escapeText, writeXlsx, type Cell, type SheetSpec } from '../../src/format/xlsx-stream.js';
import { ZipReader, writeZip } from '../../src/load/spreadsheet/zip.js';
import { ROOT } from '../support/cli.js';

const LIMITS = { maxEntryBytes: 64 << 20, maxTotalBytes: 256 << 20 };

function book(sheets: SheetSpec[], maxRows?: number): { bytes: Buffer; chunks: number } {
  const chunks: Buffer[] = [];
  writeXlsx((c) => void chunks.push(c), sheets, maxRows ? { maxRows } : {});
  return { bytes: Buffer.concat(chunks), chunks: chunks.length };
}

/** Every entry of the directory (as the repository's reader parses it), its data checked against the CRC and sizes given. */
function checkZip(buf: Buffer): string[] {
  expect(buf.readUInt32LE(buf.length - 22)).toBe(0x06054b50);
  const names: string[] = [];
  for (const e of new ZipReader(buf, LIMITS).entries.values()) {
    const at = e.localOffset;
    expect(buf.readUInt32LE(at)).toBe(0x04034b50);
    expect(buf.toString('utf8', at + 30, at + 30 + buf.readUInt16LE(at + 26))).toBe(e.name);
    const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
    const data = inflateRawSync(buf.subarray(start, start + e.compressedSize));
    expect(data.length).toBe(e.size);
    expect(crc32(data) >>> 0).toBe(e.crc);
    const dd = start + e.compressedSize;
    if (e.flags & 8)
      // The data descriptor after the data says the same as the directory.
      expect([0, 4, 8, 12].map((o) => buf.readUInt32LE(dd + o))).toEqual([0x08074b50, e.crc, e.compressedSize, e.size]);
    else expect([buf.readUInt32LE(at + 14), buf.readUInt32LE(at + 18)]).toEqual([e.crc, e.compressedSize]);
    names.push(e.name);
  }
  return names;
}

/** A cell as SheetJS reads it back: text (its \r\n read as \n, a SheetJS rule), a number, or no cell. */
function expected(v: Cell): { t: string; v: unknown } | undefined {
  if (v === null) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? { t: 'n', v: v === 0 ? 0 : v } : { t: 'e', v: 0x24 };
  return { t: 's', v: v.replace(/\r\n/g, '\n') };
}

function readBack(ws: XLSX.WorkSheet, r: number, c: number) {
  const cell = ws[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
  return cell && { t: cell.t, v: cell.v };
}

// Text a guide's report can hold: CJK, emoji, XML's specials, control characters, what looks like
// Excel's _xHHHH_ escape, lone surrogates, spaces at the ends, nothing at all.
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(
      '许',
      '可',
      '😀',
      '&',
      '<',
      '>',
      '"',
      "'",
      '\r',
      '\n',
      '\t',
      '\0',
      '\x1f',
      '_',
      'x',
      '0',
      '0041',
      '\ud800',
      '\udc00',
      '\ufffe',
      ' ',
    ),
  }),
  fc.constant(''),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);
const rows = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });

describe('writeXlsx', () => {
  it('SheetJS reads back the cells written, whatever their text or number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ header: fc.array(cell, { maxLength: 6 }), rows }), { minLength: 1, maxLength: 3 }),
        (sheets) => {
          const specs = sheets.map((s, i) => ({ name: `表${i}`, header: s.header, rows: s.rows }));
          const { bytes } = book(specs);
          const wb = XLSX.read(bytes, { type: 'buffer' });
          expect(wb.SheetNames).toEqual(specs.map((s) => s.name));
          const zip = new ZipReader(bytes, LIMITS);
          specs.forEach((s, i) => {
            // Only characters XML 1.0 allows, and no \r (an XML reader would read it as \n).
            const xml = zip.text(`xl/worksheets/sheet${i + 1}.xml`) ?? '';
            expect(xml).not.toMatch(/[^\t\n\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
            const ws = wb.Sheets[s.name]!;
            [s.header, ...s.rows].forEach((row, r) => {
              row.forEach((v, c) => {
                expect(readBack(ws, r, c)).toEqual(expected(v));
              });
            });
            // Nothing more than was written.
            const cells = Object.keys(ws).filter((k) => !k.startsWith('!')).length;
            expect(cells).toBe([s.header, ...s.rows].flat().filter((v) => v !== null).length);
          });
        },
      ),
      // The first: `_x0041` before a lone surrogate once read back as "AxDC00_".
      { numRuns: 150, examples: [[[{ header: [], rows: [['_x0041\udc00', '_x00aF\r']] }]]] },
    );
  });

  it('the package is a valid ZIP: the repository reader and the directory CRCs agree with every part', () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const { bytes } = book([{ name: 'a', header: ['h'], rows: rs, widths: [10, 20], filter: true }]);
        const names = checkZip(bytes);
        expect(names.sort()).toEqual(
          [
            '[Content_Types].xml',
            '_rels/.rels',
            'xl/_rels/workbook.xml.rels',
            'xl/styles.xml',
            'xl/workbook.xml',
            'xl/worksheets/sheet1.xml',
          ].sort(),
        );
        const z = new ZipReader(bytes, LIMITS);
        for (const n of names) expect(z.read(n)?.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('a sheet past the row limit continues in further sheets, each with its header', () => {
    const data: Cell[][] = Array.from({ length: 13 }, (_, i) => [i, `行${i}`]);
    const { bytes } = book(
      [
        { name: '待整改', header: ['序号', '说明'], rows: data, filter: true },
        { name: '指标', header: ['x'], rows: [[1]] },
      ],
      5,
    );
    const wb = XLSX.read(bytes, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['待整改', '待整改 (2)', '待整改 (3)', '待整改 (4)', '指标']);
    const all = wb.SheetNames.slice(0, 4).map((n) => XLSX.utils.sheet_to_json<Cell[]>(wb.Sheets[n]!, { header: 1 }));
    for (const s of all) expect(s[0]).toEqual(['序号', '说明']);
    expect(all.map((s) => s.length)).toEqual([5, 5, 5, 2]);
    expect(all.flatMap((s) => s.slice(1))).toEqual(data);
    // Each part's filter covers its own rows.
    expect(wb.SheetNames.map((n) => wb.Sheets[n]!['!autofilter']?.ref)).toEqual([
      'A1:B5',
      'A1:B5',
      'A1:B5',
      'A1:B2',
      undefined,
    ]);
  });

  it('a limit exactly filled makes no empty continuation; an empty sheet keeps its header', () => {
    const wb = XLSX.read(
      book(
        [
          { name: 'a', header: ['h'], rows: [[1], [2], [3], [4]] },
          { name: 'b', header: ['h'], rows: [] },
        ],
        5,
      ).bytes,
    );
    expect(wb.SheetNames).toEqual(['a', 'b']);
    expect(XLSX.utils.sheet_to_json(wb.Sheets.b!, { header: 1 })).toEqual([['h']]);
  });

  it('sheet names stay unique and within 31 characters, continuations included', () => {
    const long = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五';
    const wb = XLSX.read(
      book(
        [
          { name: long, header: ['h'], rows: [[1], [2]] },
          { name: 'A', header: ['h'], rows: [] },
          { name: 'a', header: ['h'], rows: [] },
          { name: 'x/y:z?', header: ['h'], rows: [] },
        ],
        2,
      ).bytes,
    );
    expect(wb.SheetNames).toEqual([long.slice(0, 31), `${long.slice(0, 27)} (2)`, 'A', 'a (2)', 'x_y_z_']);
  });

  it('widths, a bold frozen header and the filter are in the sheet', () => {
    const z = new ZipReader(
      book([{ name: 's', header: ['a', 'b'], rows: [['1', 2]], widths: [28, 6], filter: true }]).bytes,
      LIMITS,
    );
    const xml = z.text('xl/worksheets/sheet1.xml') ?? '';
    expect(xml).toContain('<col min="1" max="1" width="28.83203125" customWidth="1"/>');
    expect(xml).toContain('state="frozen"');
    expect(xml).toMatch(/<c r="A1" s="1" t="inlineStr">/);
    expect(xml).toContain('<autoFilter ref="A1:B2"/>');
    expect(z.text('xl/workbook.xml')).toContain(
      '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'s\'!$A$1:$B$2</definedName>',
    );
    // SheetJS reads the width back as it would have written it.
    const wb = XLSX.read(book([{ name: 's', header: ['a'], rows: [], widths: [28, 6] }]).bytes, { cellStyles: true });
    expect(wb.Sheets.s!['!cols']?.map((c) => c.wch)).toEqual([28, 6]);
  });

  it('text longer than an Excel cell holds is cut with an ellipsis', () => {
    const wb = XLSX.read(book([{ name: 's', header: ['x'.repeat(40_000)], rows: [] }]).bytes);
    const v = wb.Sheets.s!.A1!.v as string;
    expect(v).toHaveLength(32_767);
    expect(v.endsWith('x…')).toBe(true);
  });

  it('writes as the rows are made: many small chunks, the first long before the last row', () => {
    let received = 0;
    let atHalf = -1;
    const n = 100_000;
    function* made(): Generator<Cell[]> {
      for (let i = 0; i < n; i++) {
        if (i === n / 2) atHalf = received;
        yield [i, `呼和浩特市市场监督管理局 ${i}`, 'fixtures/guides/clean/food-business-license-hohhot.yaml'];
      }
    }
    let chunks = 0;
    let largest = 0;
    writeXlsx(
      (c) => {
        received += c.length;
        chunks++;
        largest = Math.max(largest, c.length);
      },
      [{ name: 's', header: ['n', 'text', 'file'], rows: { [Symbol.iterator]: made } }],
    );
    expect(atHalf).toBeGreaterThan(received / 4);
    expect(chunks).toBeGreaterThan(20);
    expect(largest).toBeLessThan(1 << 20);
  });
  it('in a process of its own, 150 MB of sheet XML is written with a few MB of memory beyond the start', () => {
    // The built writer (dist/, as the CLI tests use), a sink that only counts: the memory the
    // process holds (heap and buffers) is sampled as chunks arrive.
    const script = `
      const { writeXlsx } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist/src/format/xlsx-stream.js')).href)});
      const held = () => { const m = process.memoryUsage(); return m.heapUsed + m.external; };
      const start = held();
      let peak = start, bytes = 0;
      function* rows() {
        for (let i = 0; i < 500000; i++)
          yield [i, 'guides/p' + (i % 1000) + '/guide-' + i + '.yaml:1:1', '第' + (i % 400) + '市场监督管理局', '事项' + i, '没有网办地址（未在政务服务网发布）'];
      }
      writeXlsx((c) => { bytes += c.length; peak = Math.max(peak, held()); }, [{ name: 's', header: ['n', 'a', 'b', 'c', 'd'], rows: { [Symbol.iterator]: rows } }]);
      console.log(JSON.stringify({ grew: peak - start, bytes }));`;
    const r = spawnSync(process.execPath, ['--max-old-space-size=48', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    const { grew, bytes } = JSON.parse(r.stdout) as { grew: number; bytes: number };
    expect(bytes).toBeGreaterThan(5 << 20); // deflated from ~150 MB of XML
    expect(grew).toBeLessThan(40 << 20);
  });
});

describe('escapeText', () => {
  it('escapes XML specials as entities and what XML cannot hold as _xHHHH_', () => {
    expect(escapeText('a&b<c>"d\'')).toBe("a&amp;b&lt;c&gt;&quot;d'");
    expect(escapeText('\0\x08\x0b\x1f\r')).toBe('_x0000__x0008__x000B__x001F__x000D_');
    expect(escapeText('\t\n许可😀')).toBe('\t\n许可😀');
    expect(escapeText('_x0041_ _x12_ _xZZZZ_')).toBe('_x005F_x0041_ _x12_ _xZZZZ_');
    expect(escapeText('\ud800a\udc00\ufffe')).toBe('_xD800_a_xDC00__xFFFE_');
    // The escape of what follows would complete an `_xHHHH_` (a counterexample fast-check found).
    expect(escapeText('_x0041\udc00')).toBe('_x005F_x0041_xDC00_');
    expect(escapeText('_x0041\r _x0041\x01 _x0041 _x0041\t')).toBe(
      '_x005F_x0041_x000D_ _x005F_x0041_x0001_ _x0041 _x0041\t',
    );
  });
});

describe('writeZip', () => {
  it('writes whole parts that read back', () => {
    const parts: [string, Buffer][] = [
      ['a.xml', Buffer.from('<a/>')],
      ['目录/b.txt', Buffer.from('许可'.repeat(1000))],
    ];
    const buf = writeZip(parts);
    expect(checkZip(buf)).toEqual(['a.xml', '目录/b.txt']);
    const z = new ZipReader(buf, LIMITS);
    for (const [name, data] of parts) expect(z.read(name)).toEqual(data);
  });
});
