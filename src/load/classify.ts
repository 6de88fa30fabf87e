// Is a parsed JSON/YAML document a guide? The one place that decides, so a repository's other data
// files (package.json, compose files, a previous run's report) are not linted as guides with a page
// of "missing element" errors. A document is a guide when it carries guide elements: a known
// element name or synonym at its top level, or records in the national exchange field set (bare,
// in a list, or inside an envelope such as {"data": {"list": [record…]}}).
// Readers of other record shapes extend EXCHANGE_FIELDS / EXCHANGE_TABLES (or this function).

import { elementFor } from '../model/elements.js';
import { isPlainObject } from '../util/plain-object.js';

export type Classification =
  | { guide: true; by: 'elements' | 'exchange' }
  /** A report, baseline or score that guide-lint wrote (a previous run's --output): skipped without a word. */
  | { guide: false; kind: 'own-output' }
  /** keys: the top-level keys (for the message); kind: what the document is when not a mapping. */
  | { guide: false; kind: 'mapping'; keys: string[] }
  | { guide: false; kind: 'list' | 'string' | 'number' | 'boolean' | 'null' };

/**
 * Field names of exchange records (lower case; records use lower and UPPER case): the item-level
 * names of domain/exchange/fields.md that identify an item record, plus material records.
 */
export const EXCHANGE_FIELDS: ReadonlySet<string> = new Set([
  'task_name',
  'catalog_code',
  'local_catalog_code',
  'task_code',
  'local_task_code',
  'task_handle_item',
  'ywcode',
  'task_type',
  'task_state',
  'task_version',
  'use_level',
  'dept_name',
  'dept_code',
  'anticipate_day',
  'promise_day',
  'project_type',
  'limit_scene_num',
  'transact_addr',
  'transact_time',
  'accept_condition',
  'by_law',
  'link_way',
  'supervise_way',
  'handle_type',
  'material_name',
  'materials_name',
]);

/** Child-table keys of exchange records (AUDIT_ITEM, AUDIT_MATERIAL …): a record holding one is a guide. */
const EXCHANGE_TABLE = /^audit_(item|material|qa)/i;

/** How deep envelopes are searched for records, objects and lists counted ({"STATUS":…,"data":{"list":[record]}} is 3). */
const ENVELOPE_DEPTH = 4;
/** How many elements of a list are looked at. */
const LIST_SAMPLE = 5;

function hasGuideElement(rec: Record<string, unknown>): boolean {
  for (const k of Object.keys(rec)) if (elementFor('guide', k)) return true;
  return false;
}

function isExchangeRecord(rec: Record<string, unknown>): boolean {
  for (const k of Object.keys(rec)) if (EXCHANGE_FIELDS.has(k.toLowerCase()) || EXCHANGE_TABLE.test(k)) return true;
  return false;
}

/** An exchange record here or inside an envelope (objects and the first elements of lists). */
function holdsExchangeRecords(v: unknown, depth: number): boolean {
  if (Array.isArray(v)) return depth > 0 && v.slice(0, LIST_SAMPLE).some((x) => holdsExchangeRecords(x, depth - 1));
  if (!isPlainObject(v)) return false;
  if (isExchangeRecord(v)) return true;
  if (depth <= 0) return false;
  for (const x of Object.values(v))
    if (typeof x === 'object' && x !== null && holdsExchangeRecords(x, depth - 1)) return true;
  return false;
}

/** The rule id of the finding that says a file was not linted as a guide, and why. */
export const NOT_A_GUIDE = 'not-a-guide';

/** Its messages (an info for a file found in a folder; a warning for a file named on the command line). */
export const NOT_A_GUIDE_MESSAGES = {
  noGuideElements: {
    zh: '不是办事指南：文件中没有指南要素（顶层键：{keys}），未作为指南检查',
    en: 'not a guide: the file holds no guide elements (top-level keys: {keys}); it was not linted as a guide',
  },
  noGuideContent: {
    zh: '不是办事指南：文件内容是{kindZh}，不是含指南要素的键值映射，未作为指南检查',
    en: 'not a guide: the file holds a {kindEn}, not a mapping of guide elements; it was not linted as a guide',
  },
  notAGuideTable: {
    zh: '不是办事指南表格：没有一个工作表的表头含“事项名称”或“实施编码”，未作为指南检查',
    en: 'not a guide table: no sheet has a header with 事项名称 or 实施编码; it was not linted as a guide',
  },
  noItemRows: {
    zh: '表格有表头行，但没有事项行：没有可检查的指南',
    en: 'the table has a header row but no item rows: no guide to check',
  },
  noGuideInFile: { zh: '文件中没有可检查的办事指南', en: 'the file yields no guide to check' },
} satisfies Record<string, { zh: string; en: string }>;

const TOOL = 'guide-lint';

/** A JSON report, baseline, score, SARIF log or GitLab code-quality report written by guide-lint. */
function isOwnOutput(data: unknown): boolean {
  if (Array.isArray(data)) return isPlainObject(data[0]) && data[0].engine_name === TOOL;
  if (!isPlainObject(data)) return false;
  if (data.tool === TOOL || data.engine_name === TOOL || (isPlainObject(data.tool) && data.tool.name === TOOL))
    return true;
  const run: unknown = Array.isArray(data.runs) ? data.runs[0] : undefined;
  return (
    isPlainObject(run) && isPlainObject(run.tool) && isPlainObject(run.tool.driver) && run.tool.driver.name === TOOL
  );
}

/** Whether one parsed document (a YAML document, a JSON file's value or one element of its top-level list) is a guide. */
export function classifyDocument(data: unknown): Classification {
  if (isOwnOutput(data)) return { guide: false, kind: 'own-output' };
  if (isPlainObject(data)) {
    if (hasGuideElement(data)) return { guide: true, by: 'elements' };
    if (holdsExchangeRecords(data, ENVELOPE_DEPTH)) return { guide: true, by: 'exchange' };
    return { guide: false, kind: 'mapping', keys: Object.keys(data) };
  }
  if (Array.isArray(data))
    return holdsExchangeRecords(data, ENVELOPE_DEPTH)
      ? { guide: true, by: 'exchange' }
      : { guide: false, kind: 'list' };
  if (data === null || data === undefined) return { guide: false, kind: 'null' };
  const t = typeof data;
  return { guide: false, kind: t === 'number' || t === 'bigint' ? 'number' : t === 'boolean' ? 'boolean' : 'string' };
}
