// Sheet names that say a sheet's role in a relational export, and the order findings are listed in
// per workbook: the items sheet, then its record sheets in the format contract's order. Kept apart
// from layout.ts so the sort of every lint run does not load the spreadsheet reader.

import { defined } from '../../util/defined.js';

export type SheetRole = 'items' | 'material' | 'step' | 'special' | 'intermediary' | 'skip';

export const SHEET_NAMES: Record<string, SheetRole> = {
  事项: 'items',
  事项清单: 'items',
  实施清单: 'items',
  事项目录: 'items',
  事项信息: 'items',
  基本信息: 'items',
  办事指南: 'items',
  指南: 'items',
  申请材料: 'material',
  材料: 'material',
  材料清单: 'material',
  申请材料清单: 'material',
  申请材料目录: 'material',
  办理流程: 'step',
  流程: 'step',
  办理环节: 'step',
  环节: 'step',
  办理步骤: 'step',
  特殊环节: 'special',
  特别程序: 'special',
  特殊程序: 'special',
  中介服务: 'intermediary',
  中介服务事项: 'intermediary',
  中介: 'intermediary',
  选项: 'skip',
  可选值: 'skip',
  填写说明: 'skip',
  说明: 'skip',
  代码表: 'skip',
  字典: 'skip',
};

const RANK: Record<SheetRole, number> = { items: 0, material: 1, step: 2, special: 3, intermediary: 4, skip: 5 };

/** Orders sheet names: known roles in the contract's order, then any other sheet by name. */
export function compareSheets(a: string, b: string): number {
  if (a === b) return 0;
  const ra = Object.hasOwn(SHEET_NAMES, a.trim()) ? RANK[defined(SHEET_NAMES[a.trim()])] : 6;
  const rb = Object.hasOwn(SHEET_NAMES, b.trim()) ? RANK[defined(SHEET_NAMES[b.trim()])] : 6;
  return ra - rb || (a < b ? -1 : 1);
}
