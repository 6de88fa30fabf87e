// Regenerates fixtures/sheets/: the same guides as spreadsheets (relational .xlsx, flat .xlsx with
// merged cells and a title row, GBK and UTF-8-BOM .csv, legacy .xls) and as YAML, so tests can
// check that a spreadsheet gives the same findings as its YAML equivalent, at the right cells.
//   npm run build && node dist/scripts/make-sheet-fixtures.js
// Deterministic: the same sources give byte-identical YAML and CSV files (workbooks carry no dates).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { dump, load } from 'js-yaml';
import * as XLSX from 'xlsx';
import { ROOT_DIR } from '../src/version.js';
import { defined } from '../src/util/defined.js';
import { EXPORT_COLUMNS } from '../src/model/export-columns.js';

type Obj = Record<string, unknown>;

const ROOT = ROOT_DIR;
const OUT = join(ROOT, 'fixtures', 'sheets');
const CLEAN = join(ROOT, 'fixtures', 'guides', 'clean');

const {
  items: ITEM_COLUMNS,
  material: MATERIAL_COLUMNS,
  step: STEP_COLUMNS,
  special: SPECIAL_COLUMNS,
  intermediary: INTERMEDIARY_COLUMNS,
} = EXPORT_COLUMNS;

const limitText = (v: unknown) => {
  if (typeof v !== 'object' || v === null) return v;
  const t = v as Obj;
  return Number(t.数值) === 0 ? '即办' : `${String(t.数值)}个${String(t.单位)}`;
};
const formPath = (v: unknown) =>
  typeof v === 'string' && v.startsWith('../forms/') ? `../guides/forms/${v.slice(9)}` : v;

/** A guide in the form a spreadsheet can hold (what the loader gives back): texts for time limits and bases. */
function sheetForm(g: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(g)) {
    if (k === '法定办结时限' || k === '承诺办结时限') out[k] = limitText(v);
    else if (k === '设定依据') {
      const list = (v as Obj[]).map((b) => (typeof b === 'string' ? b : `${String(b.名称)}${String(b.条款)}`));
      out[k] = list.length === 1 ? list[0] : list;
    } else if (k === '审批结果') out[k] = { ...(v as Obj), 样本: formPath((v as Obj).样本) };
    else if (k === '申请材料')
      out[k] = (v as Obj[]).map((m) => ({ ...m, 空表: formPath(m.空表), 样表: formPath(m.样表) })).map(dropUndefined);
    else if (k === '办理流程' || k === '特殊环节')
      out[k] = (v as Obj[]).map((s) =>
        dropUndefined({
          ...s,
          ...(s.办理时限 ? { 办理时限: limitText(s.办理时限) } : {}),
          ...(s.时限 ? { 时限: limitText(s.时限) } : {}),
        }),
      );
    else out[k] = v;
  }
  return out;
}
const dropUndefined = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function source(name: string): Obj {
  return load(readFileSync(join(CLEAN, name), 'utf8')) as Obj;
}

/** A clean guide of fixtures/guides/clean in the form a spreadsheet holds (forms relative to fixtures/sheets). */
export function cleanSheetGuide(name: string): Obj {
  return sheetForm(source(name));
}

/** The fixture guides: three clean guides with known defects added. */
export function fixtureGuides(): { guide: Obj; ignore?: string[] }[] {
  const a = sheetForm(source('food-business-license-hohhot.yaml'));
  a.承诺办结时限 = '5日'; // a bare "日" (item 13)
  const am = a.申请材料 as Obj[];
  defined(am[1]).材料类型 = '原件及复印件'; // a variant spelling (enum-values, fixable)
  delete defined(am[2]).份数; // a missing count (guide-schema)
  const b = sheetForm(source('work-injury-recognition-chifeng.yaml'));
  b.咨询电话 = '8823651'; // no area code
  delete defined((b.办理流程 as Obj[])[1]).审批标准;
  const c = sheetForm(source('public-place-hygiene-license-dalad-banner.yaml'));
  c.办理地点 = String(c.办理地点).replace(/\d+号窗口$/, ''); // no window number
  c.到办事现场次数 = '一次'; // text where a number is required
  return [{ guide: a }, { guide: b, ignore: ['consultation-phone'] }, { guide: c }];
}

/** A guide value as the text of one cell. */
export function cellText(k: string, v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) {
    if (k === '常见问题') return (v as Obj[]).map((q) => `问：${String(q.问)}答：${String(q.答)}`).join('\n');
    if (k === '收费项目') return (v as Obj[]).map((f) => `${String(f.名称)}：${String(f.标准)}`).join('；');
    if (k === '设定依据' || k === '办理地点') return v.join('\n');
    return v.join('、');
  }
  return v;
}

/** The items-sheet cell of a guide under a header (审批结果 is spread over three columns). */
export function itemCell(g: Obj, k: string): unknown {
  const res = (g.审批结果 ?? {}) as Obj;
  if (k === '审批结果') return res.名称;
  if (k === '审批结果类型') return res.类型;
  if (k === '结果样本') return res.样本;
  if (k === '中介服务') return Array.isArray(g.中介服务) ? '是' : g.中介服务;
  return cellText(k, g[k]);
}
const itemRow = (g: Obj): unknown[] => ITEM_COLUMNS.map((k) => itemCell(g, k));
export const recordRow = (r: Obj, cols: string[]) => cols.map((k) => cellText(k, r[k]));
const list = (g: Obj, k: string) => (Array.isArray(g[k]) ? (g[k] as Obj[]) : []);

/** Array of rows → sheet; undefined cells stay empty; every value is written as is. */
function sheet(rows: unknown[][]): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => (v === undefined ? null : v))));
}

function writeYaml(file: string, guides: { guide: Obj; ignore?: string[] }[]): void {
  const docs = guides.map(({ guide, ignore }) => {
    const body = dump(guide, { lineWidth: -1, noRefs: true });
    return ignore
      ? `# guide-lint-disable ${ignore.join(', ')}\n${body}# guide-lint-enable ${ignore.join(', ')}\n`
      : body;
  });
  writeFileSync(
    join(OUT, file),
    `# Generated by scripts/make-sheet-fixtures.ts: the YAML equivalent of ${file.replace(/\.yaml$/, '')}.*\n${docs.join('---\n')}`,
  );
}

/** Relational: 事项 + 申请材料 / 办理流程 / 特殊环节 / 中介服务 joined by 实施编码. */
function relational(guides: { guide: Obj; ignore?: string[] }[], opts: { extras: boolean }): XLSX.WorkBook {
  const items: unknown[][] = [[...ITEM_COLUMNS, 'lint-ignore']];
  const mats: unknown[][] = [['实施编码', ...MATERIAL_COLUMNS]];
  const steps: unknown[][] = [['实施编码', ...STEP_COLUMNS]];
  const specials: unknown[][] = [['实施编码', ...SPECIAL_COLUMNS]];
  const inter: unknown[][] = [['实施编码', ...INTERMEDIARY_COLUMNS]];
  guides.forEach(({ guide: g, ignore }, i) => {
    if (opts.extras && i === 1) items.push([]); // a blank row between items: row numbers must stay right
    items.push([...itemRow(g), ignore?.join(', ')]);
    for (const m of list(g, '申请材料')) mats.push([g.实施编码, ...recordRow(m, MATERIAL_COLUMNS)]);
    for (const s of list(g, '办理流程')) steps.push([g.实施编码, ...recordRow(s, STEP_COLUMNS)]);
    for (const s of list(g, '特殊环节')) specials.push([g.实施编码, ...recordRow(s, SPECIAL_COLUMNS)]);
    for (const s of list(g, '中介服务')) inter.push([g.实施编码, ...recordRow(s, INTERMEDIARY_COLUMNS)]);
  });
  if (opts.extras)
    mats.push([
      '11150000000000000X3000999999000',
      '不存在的事项的材料',
      '申请人自备',
      '申请人',
      1,
      '原件',
      '纸质',
      '必要',
    ]);
  const wb = XLSX.utils.book_new();
  const ws = sheet(items);
  if (opts.extras) {
    // 基本编码 of the first item stored as a number with a 12-digit format: the text keeps its zeros.
    const ref = XLSX.utils.encode_cell({ r: 1, c: ITEM_COLUMNS.indexOf('基本编码') });
    ws[ref] = { t: 'n', v: Number(defined(guides[0]).guide.基本编码), z: '000000000000' };
    // 到办事现场次数 of the first item as a formula with its cached value (never evaluated).
    const visits = XLSX.utils.encode_cell({ r: 1, c: ITEM_COLUMNS.indexOf('到办事现场次数') });
    ws[visits] = { t: 'n', v: defined(guides[0]).guide.到办事现场次数, f: '0+1' };
  }
  XLSX.utils.book_append_sheet(wb, ws, '事项');
  const mws = sheet(mats);
  if (opts.extras) {
    // The first material's blank form as a hyperlink behind the text "下载", and a hidden row.
    const col = MATERIAL_COLUMNS.indexOf('空表') + 1;
    const ref = XLSX.utils.encode_cell({ r: 1, c: col });
    const target = defined(list(defined(guides[0]).guide, '申请材料')[0]).空表 as string;
    mws[ref] = { t: 's', v: '下载', l: { Target: target } };
    mws['!rows'] = [];
    mws['!rows'][3] = { hidden: true };
  }
  XLSX.utils.book_append_sheet(wb, mws, '申请材料');
  XLSX.utils.book_append_sheet(wb, sheet(steps), '办理流程');
  XLSX.utils.book_append_sheet(wb, sheet(specials), '特殊环节');
  XLSX.utils.book_append_sheet(wb, sheet(inter), '中介服务');
  return wb;
}

/** Flat: one sheet, a title row, item columns merged down each guide's rows; one material and one step per row. */
function flatRows(
  guides: { guide: Obj; ignore?: string[] }[],
  title: boolean,
): { rows: unknown[][]; merges: XLSX.Range[] } {
  const head = [
    ...ITEM_COLUMNS,
    ...MATERIAL_COLUMNS,
    ...STEP_COLUMNS.map((k) => (k === '环节名称' ? k : `办理流程.${k}`)),
    '特殊环节.名称',
    '特殊环节.时限',
    '特殊环节.设定依据',
    '中介服务名称',
    '中介服务.设定依据',
    '中介服务.服务机构',
    'lint-ignore',
  ];
  const rows: unknown[][] = [];
  const merges: XLSX.Range[] = [];
  if (title) {
    rows.push(['内蒙古自治区政务服务事项实施清单（导出）']);
    merges.push({ s: { r: 0, c: 0 }, e: { r: 0, c: 8 } });
  }
  rows.push(head);
  for (const { guide: g, ignore } of guides) {
    const mats = list(g, '申请材料');
    const steps = list(g, '办理流程');
    const specials = list(g, '特殊环节');
    const inter = list(g, '中介服务');
    const span = Math.max(1, mats.length, steps.length, specials.length, inter.length);
    const top = rows.length;
    for (let i = 0; i < span; i++) {
      const item = i === 0 ? [...itemRow(g)] : ITEM_COLUMNS.map(() => undefined);
      const m = mats[i] ? recordRow(defined(mats[i]), MATERIAL_COLUMNS) : MATERIAL_COLUMNS.map(() => undefined);
      const s = steps[i] ? recordRow(defined(steps[i]), STEP_COLUMNS) : STEP_COLUMNS.map(() => undefined);
      const sp = specials[i] ? recordRow(defined(specials[i]), SPECIAL_COLUMNS) : SPECIAL_COLUMNS.map(() => undefined);
      const iv = inter[i]
        ? recordRow(defined(inter[i]), INTERMEDIARY_COLUMNS)
        : INTERMEDIARY_COLUMNS.map(() => undefined);
      rows.push([...item, ...m, ...s, ...sp, ...iv, i === 0 ? ignore?.join(', ') : undefined]);
    }
    if (span > 1)
      for (let c = 0; c < ITEM_COLUMNS.length; c++) merges.push({ s: { r: top, c }, e: { r: top + span - 1, c } });
  }
  return { rows, merges };
}

function csvText(rows: unknown[][]): string {
  const esc = (v: unknown) => {
    if (v === undefined || v === null) return '';
    const cell = v as string | number | boolean; // fixture cells are primitives
    const s = String(cell);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return rows.map((r) => r.map(esc).join(',')).join('\r\n') + '\r\n';
}

export function makeSheetFixtures(): string[] {
  mkdirSync(OUT, { recursive: true });
  const guides = fixtureGuides();
  const written: string[] = [];
  const put = (file: string, data: Buffer | string) => {
    writeFileSync(join(OUT, file), data);
    written.push(file);
  };
  // Relational .xlsx (shared strings, a blank row, a number-formatted code, a formula, a hyperlink, a hidden row, an orphan row).
  put(
    'relational.xlsx',
    XLSX.write(relational(guides, { extras: true }), {
      type: 'buffer',
      bookType: 'xlsx',
      bookSST: true,
      compression: true,
    }) as Buffer,
  );
  writeYaml('relational.yaml', guides);
  // Flat .xlsx with a title row and vertically merged item cells.
  const flat = flatRows(guides, true);
  const fwb = XLSX.utils.book_new();
  const fws = sheet(flat.rows);
  fws['!merges'] = flat.merges;
  XLSX.utils.book_append_sheet(fwb, fws, '实施清单');
  put('flat-merged.xlsx', XLSX.write(fwb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
  writeYaml('flat-merged.yaml', guides);
  // CSV: the flat layout without merges (item cells blank below a guide's first row).
  const plain = flatRows(guides, false).rows;
  put('export-gbk.csv', iconv.encode(csvText(plain), 'gbk'));
  writeYaml('export-gbk.yaml', guides);
  put('export-utf8-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(plain), 'utf8')]));
  writeYaml('export-utf8-bom.yaml', guides);
  // Legacy .xls (BIFF8), relational.
  put('legacy.xls', XLSX.write(relational(guides, { extras: false }), { type: 'buffer', bookType: 'xls' }) as Buffer);
  writeYaml('legacy.yaml', guides);
  writeFileSync(
    join(OUT, 'README.md'),
    [
      '# Spreadsheet fixtures',
      '',
      'Generated by `scripts/make-sheet-fixtures.ts` (`npm run build && node dist/scripts/make-sheet-fixtures.js`); do not edit by hand.',
      'Each spreadsheet has a YAML equivalent with the same three guides (three clean guides of `fixtures/guides/clean` with known defects):',
      '',
      '| file | layout | what it exercises |',
      '|---|---|---|',
      '| `relational.xlsx` | 事项 + 申请材料 / 办理流程 / 特殊环节 / 中介服务 | shared strings, a blank row between items, 基本编码 stored as a number with a `000000000000` format, a formula with a cached value, a hyperlink (`下载`) as a blank-form link, a hidden row, a material row whose 实施编码 matches no item, a lint-ignore column |',
      '| `flat-merged.xlsx` | one sheet, title row, item cells merged down each guide | header below a title row, merged cells, dotted headers (办理流程.办理时限, 特殊环节.名称) |',
      '| `export-gbk.csv` | flat, item cells blank below the first row | GBK bytes detected and decoded, quoted multi-line cells |',
      '| `export-utf8-bom.csv` | same | UTF-8 with BOM |',
      '| `legacy.xls` | relational (BIFF8) | the SheetJS path |',
      '',
    ].join('\n'),
  );
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(makeSheetFixtures().join('\n'));
}
