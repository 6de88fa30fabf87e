// What the exchange reader itself reports (rule id `exchange`), zh/en.

import type { LoadProblem, Location, Severity } from '../../model/types.js';

export const EXCHANGE_RULE = 'exchange';

export const EXCHANGE_MESSAGES = {
  unknownCode: {
    zh: '{field} 的代码“{code}”不在代码表“{list}”中（{values}），该要素未读取',
    en: 'code "{code}" of {field} is not in the code list "{list}" ({values}); the element was not read',
  },
  noGuideField: {
    zh: '第 {index} 条记录没有任何指南字段（如 task_name、task_code、AUDIT_ITEM），未检查',
    en: 'record {index} has no guide field (such as task_name, task_code, AUDIT_ITEM); it was not checked',
  },
  notRecord: {
    zh: '第 {index} 条记录不是对象（实际为 {kind}），未检查',
    en: 'record {index} is not an object (found {kind}); it was not checked',
  },
  noRecords: {
    zh: '文件中找不到事项记录（按导入配置“{profile}”查找 {where}）',
    en: 'no item records found (import profile "{profile}" looks in {where})',
  },
  duplicateUnit: {
    zh: '第 {index} 条记录与第 {first} 条是同一事项的同一版本（{unit}，版本 {version}）：只检查第 {first} 条',
    en: 'record {index} is the same item and version as record {first} ({unit}, version {version}): only record {first} is checked',
  },
  orphan: {
    zh: '{table} 中的行的 {key}“{value}”找不到对应的事项记录：该行未被检查',
    en: 'a row of {table} has {key} "{value}", which matches no item record: the row was not checked',
  },
  listOnly: {
    zh: '文件只有 {count} 行“{element}”（导入配置“{profile}”中 {table} 的行），没有事项记录，行中也没有关联事项的编码：未检查。请检查含这些行（{table}）的完整事项记录',
    en: 'the file holds only {count} rows of {element} ({table} rows of import profile "{profile}"), no item record, and no code joining them to one: not checked. Lint the full item record that holds them ({table})',
  },
  noKey: {
    zh: '{table} 中的行没有填写 {keys}，无法关联到事项记录：该行未被检查',
    en: 'a row of {table} has none of {keys}, so it cannot be joined to an item record: the row was not checked',
  },
} satisfies Record<string, { zh: string; en: string }>;

export type ExchangeMessageId = keyof typeof EXCHANGE_MESSAGES;

export function exchangeProblem(
  id: ExchangeMessageId,
  severity: Severity,
  data: Record<string, string | number>,
  location: Location,
): LoadProblem {
  return { messageId: id, text: EXCHANGE_MESSAGES[id], severity, data, location, ruleId: EXCHANGE_RULE };
}

/** How a source field is named in messages: the field, and why when the value is derived. */
export function fieldLabel(field: string, note: 'flowImage' | 'counts' | undefined, lang: 'zh' | 'en'): string {
  if (note === 'flowImage')
    return lang === 'zh'
      ? `${field}，仅为流程图附件，未以文字写明环节`
      : `${field}: only a flow-chart image, no steps stated in text`;
  if (note === 'counts')
    return lang === 'zh' ? `${field}，由原件/复印件份数得出` : `${field}: derived from the original/copy counts`;
  return field;
}
