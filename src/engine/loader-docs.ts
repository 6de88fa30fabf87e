// What the finding ids that loaders report (not rule modules) document: `guide-lint explain` shows
// it and `npm run gen` writes docs/rules/parse-error.md and spreadsheet.md from it.

import type { Text } from './rule.js';
import { ENGINE_MESSAGES } from './messages.js';
import { SHEET_MESSAGES } from '../load/spreadsheet/messages.js';

export interface LoaderDoc {
  summary: Text;
  details: Text;
  messages: Record<string, Text>;
}

export const LOADER_DOCS: Record<'parse-error' | 'spreadsheet', LoaderDoc> = {
  'parse-error': {
    summary: { zh: '文件无法读取或解析：语法错误、重复的键、空文件、编码、过大、嵌套过深', en: 'a file that cannot be read or parsed: syntax errors, duplicate keys, empty files, encodings, size and nesting limits' },
    details: {
      zh: '每个无法读取的文件给出一条带位置的结果（行:列），其余文件照常检查，退出码为 1。YAML 与 JSON 须为 UTF-8；检测到 GBK/GB18030 或 UTF-16 时结果写明编码。大小上限默认 20 MB（配置 maxFileSize），YAML 别名展开与嵌套深度有上限。',
      en: 'Each file that cannot be read is one located finding (line:column); the other files are still linted and the exit code is 1. YAML and JSON must be UTF-8; GBK/GB18030 or UTF-16 is named in the message. Files over the size limit (20 MB by default, config `maxFileSize`) are skipped; YAML alias expansion and nesting depth are bounded.',
    },
    messages: ENGINE_MESSAGES,
  },
  spreadsheet: {
    summary: { zh: '电子表格的结构问题：表头、关联、隐藏行与表、数字格式、损坏或加密的文件', en: 'structural problems of spreadsheets: headers, joins, hidden rows and sheets, number formats, corrupt or encrypted files' },
    details: {
      zh: '电子表格（xlsx/xls/csv）读取时发现的问题，位置为工作表和单元格（如 事项!F12）。未识别的表头、隐藏行和隐藏工作表为提示；前导零丢失等为警告；子表中找不到对应事项的行、损坏或加密的文件为错误。见 docs/spreadsheets.md。',
      en: 'Problems found while reading a spreadsheet (xlsx/xls/csv), located by sheet and cell (e.g. 事项!F12). Unmapped headers, hidden rows and hidden sheets are info; lost leading zeros and similar are warnings; record rows that join no item, and corrupt or encrypted files, are errors. See docs/spreadsheets.md.',
    },
    messages: SHEET_MESSAGES,
  },
};
