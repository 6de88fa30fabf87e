import { defineRule, type RuleContext } from '../src/engine/rule.js';
import { materialsOf, textOf, type RecordAt } from '../src/model/guide.js';
import { CHINESE_NUMERAL_CHARS, parseNumberToken } from '../src/parse/numbers.js';
import { normalizeWidth } from '../src/parse/text.js';
import { labelOf } from '../src/model/channels.js';
import { VALUE_SETS } from '../src/model/values.js';

/** What a count value says: a number (maybe ≤ 0 or fractional), split by kind when written so. */
export interface CopyCount {
  total: number;
  /** Set when the value names the kinds ("原件1份，复印件2份"): the kind not named is 0. */
  original?: number;
  copy?: number;
}

const NUM = `(-?\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+)`;
// Units a count is written with: 份 (copies), 张 (photos), 套 / 本 / 册 / 件.
const UNIT = '(?:份|张|套|本|册|件)?';
const PLAIN = new RegExp(`^${NUM}${UNIT}$`);
// One kind with its number, either way round: "原件1份", "原件：1份", "1份复印件".
const KIND = new RegExp(`(?:(原件|复印件)[:：]?${NUM}${UNIT}|${NUM}${UNIT}(原件|复印件))[,，、;；及和另]*`, 'y');
// Both kinds, one number: "原件、复印件各1份".
const EACH = new RegExp(`^(原件|复印件)[,，、及和与]?(原件|复印件)各${NUM}${UNIT}$`);

/**
 * Parses a 份数 / 原件份数 / 复印件份数 value: 2, "2", "２", "2份", "二份", "两份", "1份（加盖公章）",
 * and (when `kinds`) "原件1份，复印件2份", "1份原件、1份复印件", "原件、复印件各1份". undefined when it
 * states no number ("若干", "按需", "").
 */
export function parseCount(v: unknown, kinds = true): CopyCount | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? { total: v } : undefined;
  if (typeof v !== 'string') return undefined;
  // Drop spaces and a trailing remark in brackets: "1 份（需加盖公章）" → "1份".
  const s = normalizeWidth(v).replace(/\s+/g, '').replace(/[（(][^（）()]*[）)]$/, '');
  const plain = PLAIN.exec(s);
  if (plain) return number(plain[1]!);
  if (!kinds) return undefined;
  const each = EACH.exec(s);
  if (each) {
    const n = number(each[3]!);
    return each[1] !== each[2] && n ? { total: 2 * n.total, original: n.total, copy: n.total } : undefined;
  }
  const out = { total: 0, original: 0, copy: 0 };
  const seen = new Set<string>();
  KIND.lastIndex = 0;
  while (KIND.lastIndex < s.length) {
    const m = KIND.exec(s);
    const kind = m?.[1] ?? m?.[4];
    const n = m && number(m[2] ?? m[3]!);
    if (!kind || !n || seen.has(kind)) return undefined;
    seen.add(kind);
    if (kind === '原件') out.original = n.total;
    else out.copy = n.total;
    out.total += n.total;
  }
  return seen.size ? out : undefined;
}

function number(token: string): CopyCount | undefined {
  const n = parseNumberToken(token);
  return n === undefined ? undefined : { total: n };
}

const isCount = (n: number, min: number) => Number.isInteger(n) && n >= min;

/**
 * The numbers of originals and photocopies a material states, from 原件份数 / 复印件份数 or from a
 * 份数 such as "原件1份，复印件2份" (where the kind not named is 0). A kind is undefined when the
 * material does not state it as a whole number ≥ 0.
 */
export function kindCounts(material: Record<string, unknown>): { original?: number; copy?: number } {
  const split = parseCount(material['份数']);
  if (split?.original !== undefined && isCount(split.original, 0) && isCount(split.copy!, 0)) return { original: split.original, copy: split.copy };
  const whole = (v: unknown) => {
    const c = parseCount(v, false);
    return c && isCount(c.total, 0) ? c.total : undefined;
  };
  return { original: whole(material['原件份数']), copy: whole(material['复印件份数']) };
}

/** 材料类型 as written (variants by meaning), or read from the counts when it is missing (原件份数 1, 复印件份数 0 → 原件). */
export function materialType(material: Record<string, unknown>): string | undefined {
  const written = material['材料类型'];
  if (written !== undefined) return labelOf(VALUE_SETS.材料类型, written);
  const { original, copy } = kindCounts(material);
  const o = (original ?? 0) > 0;
  const c = (copy ?? 0) > 0;
  return o && c ? '原件和复印件' : o ? '原件' : c ? '复印件' : undefined;
}

export default defineRule({
  meta: {
    id: 'material-copies',
    item: 19,
    severity: 'error',
    source: 'checklist',
    description: {
      zh: '每份申请材料注明份数（正整数），或分别注明原件份数、复印件份数',
      en: 'every material states its number of copies (a positive integer), or its numbers of originals and photocopies',
    },
    messages: {
      missing: {
        zh: '申请材料“{name}”未注明份数，应写明如“份数: 1”，或分别写“原件份数: 1”“复印件份数: 1”',
        en: 'material "{name}" does not state the number of copies: write e.g. "份数: 1", or "原件份数: 1" and "复印件份数: 1"',
      },
      blank: {
        zh: '申请材料“{name}”的“{element}”为空，应写明份数，如 1 或“2份”',
        en: 'material "{name}": "{element}" is blank; state the number of copies, e.g. 1 or "2份"',
      },
      invalid: {
        zh: '申请材料“{name}”的“{element}”为“{value}”，未写明具体份数；应写正整数，如 1 或“2份”',
        en: 'material "{name}": "{element}" is "{value}", which is not a number of copies; write a positive integer such as 1 or "2份"',
      },
      notPositive: {
        zh: '申请材料“{name}”的“{element}”为“{value}”，不是正整数；需要提交的材料至少1份，应写如 1 或“2份”（无需提交的材料应从清单中删除）',
        en: 'material "{name}": "{element}" is "{value}", not a positive integer; a material to submit has at least 1 copy, e.g. 1 or "2份" (remove materials not to be submitted)',
      },
      notCount: {
        zh: '申请材料“{name}”的“{element}”为“{value}”，不是非负整数；应写如 0、1 或“2份”',
        en: 'material "{name}": "{element}" is "{value}", not a whole number; write e.g. 0, 1 or "2份"',
      },
      noCopies: {
        zh: '申请材料“{name}”的原件份数和复印件份数都为0，应至少一项为正整数，如“原件份数: 1”',
        en: 'material "{name}" has 0 originals and 0 photocopies; at least one must be a positive integer, e.g. "原件份数: 1"',
      },
    },
  },
  check(guide, ctx) {
    for (const m of materialsOf(guide)) {
      const name = textOf(m.data['材料名称']) || `#${m.index + 1}`;
      const hasCopies = '份数' in m.data;
      const hasOriginal = '原件份数' in m.data;
      const hasCopy = '复印件份数' in m.data;
      if (!hasCopies && !hasOriginal && !hasCopy) {
        ctx.report({ path: m.path, messageId: 'missing', data: { name } });
        continue;
      }
      if (hasCopies) checkValue(ctx, m, name, '份数', 1);
      const original = hasOriginal ? checkValue(ctx, m, name, '原件份数', 0) : undefined;
      const copy = hasCopy ? checkValue(ctx, m, name, '复印件份数', 0) : undefined;
      // Without 份数 the kind counts are the count: they must not all be 0.
      if (!hasCopies && (!hasOriginal || original?.total === 0) && (!hasCopy || copy?.total === 0)) {
        ctx.report({ path: [...m.path, hasOriginal ? '原件份数' : '复印件份数'], messageId: 'noCopies', data: { name } });
      }
    }
  },
});

/**
 * Checks one count element of material `m` (`min`: 1 for 份数, 0 for the kind counts) and returns
 * what it says when it is a valid count. A value that is not a string or a number (null, a list …)
 * is a type error for guide-schema. Paths and messages are made only when reporting.
 */
function checkValue(ctx: RuleContext, m: RecordAt, name: string, element: string, min: number): CopyCount | undefined {
  const v = m.data[element];
  if (typeof v === 'number' && !Number.isInteger(v)) return undefined;
  if (typeof v === 'string' && v.trim() === '') {
    ctx.report({ path: [...m.path, element], messageId: 'blank', data: { name, element } });
    return undefined;
  }
  if (typeof v !== 'string' && typeof v !== 'number') return undefined;
  const c = parseCount(v, min > 0);
  if (!c) {
    ctx.report({ path: [...m.path, element], messageId: 'invalid', data: { name, element, value: String(v) } });
    return undefined;
  }
  if (!Number.isInteger(c.total) || c.total < min || !isCount(c.original ?? 0, 0) || !isCount(c.copy ?? 0, 0)) {
    ctx.report({ path: [...m.path, element], messageId: min > 0 ? 'notPositive' : 'notCount', data: { name, element, value: String(v) } });
    return undefined;
  }
  return c;
}
