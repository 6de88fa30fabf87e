// What the spreadsheet loader itself reports (zh/en templates; LoadProblem.text). Problems about a
// row or a cell carry its sheet, cell and header like every other finding.

import type { LoadProblem, Location, Severity } from '../../model/types.js';

interface Text {
  zh: string;
  en: string;
}

export const SHEET_RULE = 'spreadsheet';

export const SHEET_MESSAGES = {
  corrupt: { zh: '不是有效的 {format} 文件：{reason}', en: 'not a valid {format} file: {reason}' },
  encrypted: {
    zh: '工作簿有密码保护（已加密），无法读取；请去除密码后另存再检查',
    en: 'the workbook is password-protected (encrypted) and cannot be read; remove the password and save it again',
  },
  limit: {
    zh: '工作簿超出处理上限（{reason}），未读取',
    en: 'the workbook exceeds a safety limit ({reason}); it was not read',
  },
  cellLimit: {
    zh: '单元格数超过上限 {limit}：从此处起的内容未读取',
    en: 'more than {limit} cells: nothing from here on was read',
  },
  guideLimit: {
    zh: '事项数超过上限 {limit}：从此行起的事项未检查',
    en: 'more than {limit} items: items from this row on were not checked',
  },
  rowLimit: {
    zh: '行号 {row} 超出工作表最大行数 {limit}，已忽略',
    en: 'row number {row} exceeds the sheet maximum of {limit}; ignored',
  },
  undecodable: {
    zh: 'CSV 文件无法按 {encoding} 解码：{reason}',
    en: 'the CSV file cannot be decoded as {encoding}: {reason}',
  },
  ragged: {
    zh: '该行有 {cells} 个单元格，多于表头的 {headers} 列：多出的单元格未读取',
    en: 'the row has {cells} cells, more than the {headers} header columns: the extra cells were not read',
  },
  unterminatedQuote: {
    zh: '引号未闭合：从此处到文件末尾被读作一个单元格',
    en: 'unterminated quote: everything from here to the end of the file was read as one cell',
  },
  noHeader: {
    zh: '工作表“{sheet}”的前 {rows} 行中找不到表头行（没有可识别的要素名称），该表未读取',
    en: 'no header row in the first {rows} rows of sheet "{sheet}" (no known element names); the sheet was not read',
  },
  wrongEncoding: {
    zh: '找不到表头行，疑似编码错误：按 {encoding} 解码，首行为“{cells}”；请尝试 --encoding {suggest}',
    en: 'no header row found; wrong encoding suspected: decoded as {encoding}, the first row reads "{cells}"; try --encoding {suggest}',
  },
  noItems: {
    zh: '工作簿中没有事项（找不到含“事项名称”或“实施编码”列的工作表）',
    en: 'the workbook holds no items (no sheet has a 事项名称 or 实施编码 column)',
  },
  unmapped: {
    zh: '表头“{header}”不是指南要素，该列未读取（可在配置 columns: 中映射）',
    en: 'header "{header}" is not a guide element; the column was not read (map it with columns: in the config)',
  },
  unmappedDidYouMean: {
    zh: '表头“{header}”不是指南要素，该列未读取；是否应为“{suggestion}”？',
    en: 'header "{header}" is not a guide element; the column was not read. Did you mean "{suggestion}"?',
  },
  duplicateHeader: {
    zh: '表头“{header}”与“{first}”（{firstCell}）是同一要素，该列未读取',
    en: 'header "{header}" is the same element as "{first}" ({firstCell}); the column was not read',
  },
  orphan: {
    zh: '{sheet}中的{key}“{value}”在事项表中找不到对应事项：该行未被检查',
    en: '{key} "{value}" in {sheet} matches no item of the items sheet: the row was not checked',
  },
  noKey: {
    zh: '该行没有填写{key}，无法关联到事项：该行未被检查',
    en: 'the row has no {key}, so it cannot be joined to an item: the row was not checked',
  },
  duplicateKey: {
    zh: '{key}“{value}”与第 {row} 行重复：子表各行归入第 {row} 行的事项',
    en: '{key} "{value}" repeats row {row}: sub-sheet rows are joined to the item of row {row}',
  },
  hiddenRows: {
    zh: '工作表“{sheet}”有 {count} 个隐藏行（首个为第 {row} 行），隐藏行照常检查',
    en: 'sheet "{sheet}" has {count} hidden rows (the first is row {row}); hidden rows are checked like the others',
  },
  hiddenSheet: {
    zh: '工作表“{sheet}”是隐藏的，照常读取检查',
    en: 'sheet "{sheet}" is hidden; it is read and checked like the others',
  },
  ignoredSheet: {
    zh: '工作表“{sheet}”不是事项表，也不是申请材料、办理流程、特殊环节、中介服务表，未读取',
    en: 'sheet "{sheet}" is neither the items sheet nor a 申请材料 / 办理流程 / 特殊环节 / 中介服务 sheet; it was not read',
  },
  leadingZeros: {
    zh: '“{header}”以数字存储，前导零已丢失（读到 {value}）；请将该列设为文本格式后重新导出',
    en: '"{header}" is stored as a number and lost its leading zeros (read {value}); format the column as text and export again',
  },
  precision: {
    zh: '“{header}”以数字存储，超出数字精度（读到 {value}），原值已无法恢复；请将该列设为文本格式后重新导出',
    en: '"{header}" is stored as a number beyond its precision (read {value}); the original digits are lost. Format the column as text and export again',
  },
  errorValue: { zh: '单元格是错误值 {error}，按空值处理', en: 'the cell holds the error value {error}; read as empty' },
  formulaNoValue: {
    zh: '公式单元格没有缓存值（文件未经表格软件计算保存），按空值处理；公式不会被计算',
    en: 'the formula cell has no cached value (the file was not saved by a spreadsheet program); read as empty. Formulas are never evaluated',
  },
} satisfies Record<string, Text>;

export type SheetMessageId = keyof typeof SHEET_MESSAGES;

/** Problems with the file as a whole (unreadable, or over a safety limit): rule id parse-error. */
const FILE_LEVEL = new Set<SheetMessageId>(['corrupt', 'encrypted', 'limit', 'undecodable', 'cellLimit', 'guideLimit']);

const FILE_START: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export function sheetProblem(
  id: SheetMessageId,
  severity: Severity,
  data: Record<string, string | number> = {},
  location: Location = FILE_START,
  ruleId = FILE_LEVEL.has(id) ? 'parse-error' : SHEET_RULE,
): LoadProblem {
  return { messageId: id, text: SHEET_MESSAGES[id], severity, data, location, ruleId };
}
