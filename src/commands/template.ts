// `guide-lint template [-o 实施清单模板.xlsx]`: an empty workbook in the relational layout that
// the linter reads back with no unmapped header — every element as a header (from the element
// dictionary), a notes row above the headers, the allowed values of each enumerated element on an
// options sheet, and dropdown validation on single-valued enumerated columns.

import { ELEMENTS, type ElementDef, type Scope } from '../model/elements.js';
import type { Lang } from '../model/types.js';
import { colName } from '../load/spreadsheet/cells.js';
import { readAllEntries, writeZip } from '../load/spreadsheet/zip.js';
import { writeAtomic } from '../util/atomic-write.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { defined } from '../util/defined.js';

interface Column {
  header: string;
  def?: ElementDef;
  note: string;
}

interface SheetSpec {
  name: string;
  title: string;
  columns: Column[];
}

export const OPTIONS_SHEET = '选项';
const RECORD_SHEETS: [string, Scope][] = [
  ['申请材料', 'material'],
  ['办理流程', 'step'],
  ['特殊环节', 'special'],
  ['中介服务', 'intermediary'],
];

function note(def: ElementDef | undefined, text: string, lang: Lang): string {
  const req = def?.required ? (lang === 'zh' ? '【必填】' : '[required] ') : '';
  const values = def?.values
    ? `${lang === 'zh' ? '可选值：' : 'values: '}${def.values.values.map((v) => v.label).join('、')}`
    : '';
  const list =
    def && (def.type === 'enumList' || def.type === 'textList' || def.type === 'places' || def.type === 'basisList')
      ? lang === 'zh'
        ? '多个值用换行或“；”分隔。'
        : 'Several values: one per line or separated by "；". '
      : '';
  return `${req}${text}${list}${values}`;
}

export function templateSheets(lang: Lang = 'zh'): SheetSpec[] {
  const items: Column[] = [];
  for (const d of ELEMENTS.guide) {
    if (RECORD_SHEETS.some(([name]) => name === d.key && name !== '中介服务')) continue;
    if (d.key === '审批结果') {
      const r = ELEMENTS.result;
      items.push({ header: '审批结果', def: r[0], note: note(r[0], '审批结果名称。', lang) });
      items.push({ header: '审批结果类型', def: r[1], note: note(r[1], defined(r[1]).description, lang) });
      items.push({ header: '结果样本', def: r[2], note: note(r[2], defined(r[2]).description, lang) });
      continue;
    }
    let text = d.description;
    if (d.key === '中介服务')
      text +=
        lang === 'zh'
          ? '有中介服务时写“是”，并在“中介服务”表逐项填写。'
          : ' Write 是 and list them on the 中介服务 sheet.';
    if (d.key === '收费项目') text += lang === 'zh' ? '每项写作“名称：标准”。' : ' Each as "name：standard".';
    if (d.key === '常见问题') text += lang === 'zh' ? '每行写作“问：……答：……”。' : ' One per line: "问：…答：…".';
    items.push({ header: d.key, def: d, note: note(d, text, lang) });
  }
  items.push({
    header: 'lint-ignore',
    note:
      lang === 'zh'
        ? '本行不检查的规则编号，多个用逗号分隔（可留空）。'
        : 'Rule ids not to check for this row, comma-separated (may be empty).',
  });
  const join = (): Column => ({
    header: '实施编码',
    def: ELEMENTS.guide.find((d) => d.key === '实施编码'),
    note:
      lang === 'zh'
        ? '【必填】所属事项的实施编码（与“事项”表一致）。'
        : '[required] 实施编码 of the item (as on the 事项 sheet).',
  });
  const title = (s: string) =>
    lang === 'zh'
      ? `政务服务事项实施清单 — ${s}（第 3 行为表头，从第 4 行起每行一条）`
      : `Implementation list — ${s} (headers on row 3, one record per row from row 4)`;
  return [
    { name: '事项', title: title('事项'), columns: items },
    ...RECORD_SHEETS.map(([name, scope]) => ({
      name,
      title: title(name),
      columns: [join(), ...ELEMENTS[scope].map((d) => ({ header: d.key, def: d, note: note(d, d.description, lang) }))],
    })),
  ];
}

/** The options sheet: one column per enumerated element (its labels), keyed for validation ranges. */
function optionColumns(sheets: SheetSpec[]): Map<ElementDef, { col: number; count: number; header: string }> {
  const out = new Map<ElementDef, { col: number; count: number; header: string }>();
  for (const s of sheets) {
    for (const c of s.columns) {
      if (!c.def?.values || out.has(c.def)) continue;
      out.set(c.def, { col: out.size, count: c.def.values.values.length, header: c.header });
    }
  }
  return out;
}

export async function buildTemplate(lang: Lang = 'zh'): Promise<Buffer> {
  const XLSX = await import('xlsx');
  const sheets = templateSheets(lang);
  const options = optionColumns(sheets);
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet([[s.title], s.columns.map((c) => c.note), s.columns.map((c) => c.header)]);
    ws['!cols'] = s.columns.map((c) => ({ wch: Math.max(10, Math.min(40, c.header.length * 2 + 4)) }));
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: Math.min(8, s.columns.length - 1) } }];
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  const optRows: string[][] = [[...options.values()].map((o) => o.header)];
  for (const [def, o] of options)
    defined(def.values).values.forEach((v, i) => ((optRows[i + 1] ??= [])[o.col] = v.label));
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet(optRows.map((r) => Array.from({ length: options.size }, (_, i) => r[i] ?? null))),
    OPTIONS_SHEET,
  );
  const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
  return addValidations(bytes, sheets, options);
}

/** SheetJS does not write data validation: add <dataValidations> to each sheet part. */
function addValidations(bytes: Buffer, sheets: SheetSpec[], options: ReturnType<typeof optionColumns>): Buffer {
  const entries = readAllEntries(bytes);
  sheets.forEach((s, i) => {
    const list: string[] = [];
    s.columns.forEach((c, col) => {
      if (!c.def?.values || c.def.type !== 'enum') return; // multi-valued columns take free text
      const o = defined(options.get(c.def));
      const letter = colName(o.col);
      list.push(
        `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="warning" sqref="${colName(col)}4:${colName(col)}1048576">` +
          `<formula1>'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${o.count + 1}</formula1></dataValidation>`,
      );
    });
    if (!list.length) return;
    const entry = entries.find(([name]) => name === `xl/worksheets/sheet${i + 1}.xml`);
    if (!entry) return;
    const xml = entry[1].toString('utf8');
    const block = `<dataValidations count="${list.length}">${list.join('')}</dataValidations>`;
    const at = xml.search(
      /<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)\b|<\/worksheet>/,
    );
    entry[1] = Buffer.from(xml.slice(0, at) + block + xml.slice(at), 'utf8');
  });
  return writeZip(entries);
}

export async function writeTemplate(file: string, lang: Lang = 'zh'): Promise<void> {
  await writeAtomic(file, await buildTemplate(lang));
}

export const DEFAULT_TEMPLATE = '实施清单模板.xlsx';

/**
 * `guide-lint template [-o FILE]`: writes the workbook and says where. The default name never
 * replaces an existing file (it may be a filled-in list); a file named with -o is replaced.
 */
export async function runTemplate(cwd: string, output: string | undefined, lang: Lang): Promise<string> {
  const file = output ?? DEFAULT_TEMPLATE;
  const abs = resolve(cwd, file);
  if (output === undefined && existsSync(abs)) {
    throw new UsageError(
      lang === 'zh'
        ? `${file} 已存在：用 -o 指定另一个文件名（或指定它本身以覆盖）`
        : `${file} already exists: name another file with -o (or name it to overwrite it)`,
    );
  }
  await writeTemplate(abs, lang);
  return lang === 'zh' ? `已写入 ${file}\n` : `wrote ${file}\n`;
}
