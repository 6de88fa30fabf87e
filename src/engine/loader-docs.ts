// What the finding ids that loaders report (not rule modules) document: `guide-lint explain` shows
// it and `npm run gen` writes docs/rules/parse-error.md and spreadsheet.md from it.

import type { Text } from './rule.js';
import { ENGINE_MESSAGES } from './messages.js';
import { SHEET_MESSAGES } from '../load/spreadsheet/messages.js';
import { NOT_A_GUIDE_MESSAGES } from '../load/classify.js';

export interface LoaderDoc {
  summary: Text;
  details: Text;
  messages: Record<string, Text>;
  /** When not "error, or as given per message". */
  severity?: Text;
  /** Whether it can be turned off, when it can. */
  off?: Text;
}

export const LOADER_DOCS: Record<'parse-error' | 'spreadsheet' | 'not-a-guide', LoaderDoc> = {
  'parse-error': {
    summary: {
      zh: '文件无法读取或解析：语法错误、重复的键、空文件、编码、过大、嵌套过深',
      en: 'a file that cannot be read or parsed: syntax errors, duplicate keys, empty files, encodings, size and nesting limits',
    },
    details: {
      zh: '每个无法读取的文件给出一条带位置的结果（行:列），其余文件照常检查，退出码为 1。YAML 与 JSON 须为 UTF-8；检测到 GBK/GB18030 或 UTF-16 时结果写明编码。大小上限默认 20 MB（配置 maxFileSize），YAML 别名展开与嵌套深度有上限。',
      en: 'Each file that cannot be read is one located finding (line:column); the other files are still linted and the exit code is 1. YAML and JSON must be UTF-8; GBK/GB18030 or UTF-16 is named in the message. Files over the size limit (20 MB by default, config `maxFileSize`) are skipped; YAML alias expansion and nesting depth are bounded.',
    },
    messages: ENGINE_MESSAGES,
  },
  spreadsheet: {
    summary: {
      zh: '电子表格的结构问题：表头、关联、隐藏行与表、数字格式、损坏或加密的文件',
      en: 'structural problems of spreadsheets: headers, joins, hidden rows and sheets, number formats, corrupt or encrypted files',
    },
    details: {
      zh: '电子表格（xlsx/xls/csv）读取时发现的问题，位置为工作表和单元格（如 事项!F12）。未识别的表头、隐藏行和隐藏工作表为提示；前导零丢失等为警告；子表中找不到对应事项的行、损坏或加密的文件为错误。见 docs/spreadsheets.md。',
      en: 'Problems found while reading a spreadsheet (xlsx/xls/csv), located by sheet and cell (e.g. 事项!F12). Unmapped headers, hidden rows and hidden sheets are info; lost leading zeros and similar are warnings; record rows that join no item, and corrupt or encrypted files, are errors. See docs/spreadsheets.md.',
    },
    messages: SHEET_MESSAGES,
  },
  'not-a-guide': {
    summary: {
      zh: '文件不含办事指南，未作为指南检查（并说明原因）',
      en: 'a file that holds no guide and was not linted as one, and why',
    },
    details: {
      zh: '可解析但没有指南要素（顶层的要素名称或同义词，或全国交换字段记录如 task_name、catalog_code）的 YAML/JSON 文件，以及没有事项表的工作簿，不作为指南检查，只给出一条提示说明原因（--quiet 不显示）。在命令行上直接指定的文件则为警告（--max-warnings 0 时失败）。package.json、tsconfig.json、compose 文件、CI 配置、锁文件、guide-lint 自己的文件和报告、指南引用的空白表格和示例样表不给任何结果（--debug 列出）。见 docs/ci.md。',
      en: "A YAML/JSON file that parses but carries no guide elements (a known element name or synonym at the top level, or national exchange records such as task_name, catalog_code), and a workbook without an items sheet, are not linted as guides: one info says why (--quiet hides it). For a file named on the command line it is a warning (so --max-warnings 0 fails). package.json, tsconfig.json, compose files, CI configs, lockfiles, guide-lint's own files and reports, and the blank and sample forms guides reference get no finding at all (--debug lists them). See docs/ci.md.",
    },
    messages: NOT_A_GUIDE_MESSAGES,
    severity: { zh: '提示；命令行上直接指定的文件为警告', en: 'info; warning for a file named on the command line' },
    off: { zh: '否：--quiet 不显示提示', en: 'no: `--quiet` hides the info' },
  },
};
