// The report order of findings: by file, a workbook's by sheet, then line, column, rule and message.

import type { Finding } from '../model/types.js';
import { compareSheets } from '../load/spreadsheet/sheet-names.js';

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    // A workbook's findings by sheet, then row: a sheet is read as one table.
    (a.sheet !== undefined && b.sheet !== undefined ? compareSheets(a.sheet, b.sheet) : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
