// Cell → element value, by the element's type in the dictionary: numbers stored as text become
// numbers where the element is numeric, numbers stored for codes become text (the formatted text
// when the cell has a format, a finding when digits were lost), dates become ISO text, booleans
// 是/否, multi-line or ；-separated cells become lists, hyperlinks give form and sample links.

import type { ElementDef, Scope } from '../../model/elements.js';
import { ELEMENTS } from '../../model/elements.js';
import { formatNumber, plainNumber } from './number-format.js';
import { isRich, type CellValue, type Scalar } from './types.js';
import type { SheetMessageId } from './messages.js';
import { defined } from '../../util/defined.js';

export interface ValueNote {
  id: SheetMessageId;
  severity: 'error' | 'warning' | 'info';
  data: Record<string, string | number>;
}

export interface Converted {
  /** undefined: the cell counts as blank (the element is left out, as in a YAML guide). */
  value: unknown;
  note?: ValueNote;
}

const LIST_SPLIT = /\s*(?:\r\n|\r|\n|[；;])\s*/;
const TEXT_LIST_SPLIT = /\s*(?:\r\n|\r|\n|[；;、，,])\s*/;
const NUMERIC = /^[+-]?\d+(?:\.\d+)?$/;

/** Expected lengths of codes (digits that a number cell would have dropped). */
const CODE_LENGTH: Record<string, number> = { 基本编码: 12 };

function split(text: string, re: RegExp): string[] {
  return text
    .split(re)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text a cell shows, for text-like elements. */
function cellText(cell: CellValue): string | undefined {
  if (cell === undefined) return undefined;
  if (isRich(cell)) {
    if (cell.w !== undefined) return cell.w.trim();
    const v = cell.v;
    if (v === null) return undefined;
    if (typeof v === 'number') return cell.fmt ? formatNumber(v, cell.fmt) : plainNumber(v);
    return typeof v === 'string' ? v.trim() : v ? '是' : '否';
  }
  if (typeof cell === 'number') return plainNumber(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return cell.trim();
}

function rawOf(cell: CellValue): Scalar | null {
  if (cell === undefined) return null;
  return isRich(cell) ? cell.v : cell;
}

function record(scope: Scope, fields: Record<string, unknown>): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(fields))
    if (fields[k] !== undefined && ELEMENTS[scope].some((d) => d.key === k)) out[k] = fields[k];
  return out;
}

/** "问：…答：…" → {问, 答}; "工本费：10元/本" → {名称, 标准}; else the name key only. */
function textRecord(scope: Scope, text: string): Record<string, unknown> {
  if (scope === 'faq') {
    const m = /^(?:问[:：]?)?([\s\S]*?)\s*答[:：]\s*([\s\S]*)$/.exec(text);
    return record('faq', m ? { 问: defined(m[1]).trim(), 答: defined(m[2]).trim() } : { 问: text });
  }
  if (scope === 'fee') {
    const m = /^([^:：]+)[:：]\s*(.+)$/.exec(text);
    return record('fee', m ? { 名称: defined(m[1]).trim(), 标准: defined(m[2]).trim() } : { 名称: text });
  }
  const nameKey = scope === 'material' ? '材料名称' : scope === 'step' ? '环节名称' : '名称';
  return record(scope, { [nameKey]: text });
}

export function convertCell(def: ElementDef, cell: CellValue, header: string): Converted {
  if (cell === undefined) return { value: undefined };
  if (isRich(cell)) {
    if (cell.error !== undefined)
      return { value: undefined, note: { id: 'errorValue', severity: 'warning', data: { error: cell.error } } };
    if (cell.v === null)
      return {
        value: undefined,
        note: cell.formula ? { id: 'formulaNoValue', severity: 'warning', data: {} } : undefined,
      };
  }
  const raw = rawOf(cell);
  const text = cellText(cell);
  if (text === undefined || text === '') return { value: undefined };
  const link = isRich(cell) ? cell.link : undefined;
  switch (def.type) {
    case 'code':
    case 'phone': {
      if (typeof raw === 'number' && !(isRich(cell) && (cell.w !== undefined || cell.fmt))) {
        const digits = plainNumber(raw);
        if (!Number.isSafeInteger(raw))
          return { value: digits, note: { id: 'precision', severity: 'error', data: { header, value: digits } } };
        const expected = CODE_LENGTH[def.key];
        const lost =
          expected !== undefined
            ? digits.length < expected
            : def.type === 'phone' && digits.length >= 9 && !digits.startsWith('1');
        if (lost)
          return { value: digits, note: { id: 'leadingZeros', severity: 'warning', data: { header, value: digits } } };
        return { value: digits };
      }
      return { value: text };
    }
    case 'integer':
    case 'count':
    case 'number':
      if (typeof raw === 'number') return { value: raw };
      return { value: NUMERIC.test(text) ? Number(text) : text };
    case 'timeLimit':
      return { value: typeof raw === 'number' ? raw : text };
    case 'enum':
      if (typeof raw === 'boolean') return { value: def.values?.id === '是否' ? (raw ? '是' : '否') : String(raw) };
      if (typeof raw === 'number') return { value: raw };
      return { value: text };
    case 'enumList':
    case 'textList':
      return { value: split(text, TEXT_LIST_SPLIT) };
    case 'places':
    case 'basisList': {
      const parts = split(text, LIST_SPLIT);
      return { value: parts.length > 1 ? parts : parts[0] };
    }
    case 'url':
    case 'fileRef':
      return { value: link && !link.startsWith('#') ? link : text };
    case 'yesNoOrList':
      if (typeof raw === 'boolean' || (typeof raw === 'number' && (raw === 0 || raw === 1)))
        return { value: raw ? '是' : '否' };
      if (/^(是|否|无)$/.test(text)) return { value: text };
      return { value: split(text, LIST_SPLIT).map((t) => textRecord(defined(def.of), t)) };
    case 'records': {
      const parts = def.of === 'faq' ? split(text, /\s*(?:\r\n|\r|\n)+\s*(?=问)/) : split(text, LIST_SPLIT);
      return { value: parts.map((t) => textRecord(defined(def.of), t)) };
    }
    case 'record':
      return { value: textRecord(defined(def.of), text) };
    default:
      return { value: typeof raw === 'number' || typeof raw === 'boolean' ? text : raw === null ? undefined : text };
  }
}
