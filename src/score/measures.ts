// The measures of the scorecard: one definition per checklist item, each the only place its formula
// is written (docs/scorecard.md explains each one and its reading of the checklist). A definition
// computes numerator, denominator and value over a set of guides (and of powers), so the whole set,
// a department and a level are measured by the same code.

import type { Lang } from '../model/types.js';
import { resolveValue, VALUE_SETS } from '../model/values.js';
import type { Coverage } from './coverage.js';
import { EPSILON, num, pct } from './numbers.js';
import type { Power } from './power-list.js';
import { type GuideSummary } from './summary.js';
import { departmentKeys } from '../model/organ.js';
import type { Target } from './targets.js';
import type { GuideOffender, Measure, Offender } from './types.js';
import type { Deviation, Uniformity } from './uniformity.js';
import { lazyList, lazyPick } from '../util/lazy-list.js';
import { defined } from '../util/defined.js';

export interface MeasureContext {
  /** The guides measured (the whole set, a department's, a level's). */
  guides: GuideSummary[];
  /** The power-list rows of the same scope (all types); null without a power list. */
  powers: Power[] | null;
  /** Over the whole set: a power is covered by any guide, wherever it is. */
  coverage: Coverage | null;
  /** Over the whole set: a guide deviates from its item's majority across all guides. */
  uniformity: Uniformity;
  target: Target;
  lang: Lang;
}

type Result = Pick<Measure, 'numerator' | 'denominator' | 'value' | 'offenders'> &
  Partial<Pick<Measure, 'mean' | 'excluded' | 'note'>>;

export interface MeasureDef {
  item: number;
  unit: 'fraction' | 'count';
  compute(ctx: MeasureContext): Result;
}

const t = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** The 实施主体 that guides and powers name, trimmed (for departmentKeys: no list of a million names is made). */
export function* departmentNames(...lists: (readonly { department: string | null }[])[]): Generator<string> {
  for (const list of lists)
    for (const x of list) {
      const d = x.department?.trim();
      if (d) yield d;
    }
}

export function guideOffender(g: GuideSummary, message: string): GuideOffender {
  // Two literals, no spread: on Node 20 an object with a spread inside gets a hidden class of its own,
  // and hidden classes live in the old generation: a national scorecard's millions of offenders,
  // each made to be written and dropped, would fill it.
  const { file, line, column, sheet } = g;
  if (sheet === undefined)
    return { kind: 'guide', file, line, column, guide: g.name, department: g.department, level: g.level, message };
  return {
    kind: 'guide',
    file,
    line,
    column,
    sheet,
    cell: g.cell,
    guide: g.name,
    department: g.department,
    level: g.level,
    message,
  };
}

/**
 * Item 10's offender: the guide, at the place of its deviating element, with the element and both
 * values. One literal, no leading spread: V8 (Node 20) gives every `{ ...offender, more }` a hidden
 * class of its own, and hidden classes live in the old generation; a national scorecard writes
 * hundreds of thousands of these and drops each at once.
 */
function deviationOffender(x: Deviation, lang: Lang): GuideOffender {
  const g = x.guide;
  const located = x.sheet !== undefined;
  return {
    kind: 'guide',
    file: g.file,
    line: x.line,
    column: x.column,
    sheet: located ? x.sheet : g.sheet,
    cell: located ? x.cell : g.cell,
    guide: g.name,
    department: g.department,
    level: g.level,
    message: uniformMessage(lang, x.element, x.code, x.value, x.expected, x.majorityCount, x.groupSize),
    element: x.element,
    value: x.value,
    expected: x.expected,
    basicCode: g.basicCode ?? x.code,
  };
}

/** met: value ≥ target (with EPSILON); null when there is no value. */
export function isMet(value: number | null, target: number): boolean | null {
  return value === null ? null : value + EPSILON >= target;
}

/** A share of guides: those for which `counts` holds ÷ all; the others are the offenders when it misses. */
function share(ctx: MeasureContext, counts: (g: GuideSummary) => boolean, why: (g: GuideSummary) => string): Result {
  let n = 0;
  for (const g of ctx.guides) if (counts(g)) n++;
  return ratio(ctx, n, ctx.guides.length, (g) => !counts(g), why, noGuides(ctx.lang));
}

/** n ÷ d; when the target is missed the offenders are the guides `offends` picks, each with `why`. */
function ratio(
  ctx: MeasureContext,
  n: number,
  d: number,
  offends: (g: GuideSummary) => boolean,
  why: (g: GuideSummary) => string,
  none: string,
): Result {
  const value = d === 0 ? null : n / d;
  const missed = isMet(value, ctx.target.target) === false;
  return {
    numerator: n,
    denominator: d,
    value,
    offenders: missed ? lazyPick(ctx.guides, offends, (g) => guideOffender(g, why(g))) : [],
    ...(d === 0 ? { note: none } : {}),
  };
}

const noGuides = (lang: Lang) => t(lang, '没有指南', 'no guides');
const noPowerList = (lang: Lang) => t(lang, '需要 --power-list 权责清单', 'needs --power-list');
const DEPTH = ['', 'Ⅰ级', 'Ⅱ级', 'Ⅲ级', 'Ⅳ级'];

function depthShare(level: 2 | 3 | 4) {
  return (ctx: MeasureContext) =>
    share(
      ctx,
      (g) => g.depth >= level,
      (g) =>
        g.depth === 0
          ? t(
              ctx.lang,
              `未注明办理深度（应达到${DEPTH[level]}${level < 4 ? '及以上' : ''}）`,
              `no 办理深度 (needs ${DEPTH[level]}${level < 4 ? ' or above' : ''})`,
            )
          : t(
              ctx.lang,
              `办理深度为${DEPTH[g.depth]}，未达到${DEPTH[level]}`,
              `办理深度 ${DEPTH[g.depth]}, below ${DEPTH[level]}`,
            ),
    );
}

/** Powers of the six application-based types in scope; null without a power list. */
const counted = (ctx: MeasureContext) => (ctx.powers ? ctx.powers.filter((p) => p.counted) : null);

function powerShare(ctx: MeasureContext, ok: (p: Power) => boolean, why: (p: Power) => string): Result {
  const powers = counted(ctx);
  if (!powers || !ctx.coverage)
    return { numerator: null, denominator: null, value: null, offenders: [], note: noPowerList(ctx.lang) };
  const bad = powers.filter((p) => !ok(p));
  const d = powers.length;
  const value = d === 0 ? null : (d - bad.length) / d;
  const missed = isMet(value, ctx.target.target) === false;
  const offenders: Offender[] = missed
    ? lazyList(bad, (p) => ({
        kind: 'power',
        code: p.code,
        name: p.name,
        type: p.type,
        department: p.department,
        level: p.level,
        source: p.source,
        message: why(p),
      }))
    : [];
  return {
    numerator: d - bad.length,
    denominator: d,
    value,
    offenders,
    ...(d === 0
      ? { note: t(ctx.lang, '权责清单中没有依申请六类行政权力事项', 'no application-based powers in the power list') }
      : {}),
  };
}

function formShare(ctx: MeasureContext, valid: (g: GuideSummary) => number, element: '空表' | '样表'): Result {
  let n = 0;
  let d = 0;
  for (const g of ctx.guides) {
    d += g.forms;
    n += valid(g);
  }
  const why = (g: GuideSummary) =>
    t(
      ctx.lang,
      `${g.forms} 份需填写的表格中 ${g.forms - valid(g)} 份没有有效的${element}`,
      `${g.forms - valid(g)} of ${g.forms} forms have no valid ${element}`,
    );
  const none = t(ctx.lang, '没有需要申请人填写的表格', 'no forms to fill in');
  return ratio(ctx, n, d, (g) => valid(g) < g.forms, why, none);
}

const PUBLIC_SERVICE = '公共服务';
const collator = new Intl.Collator('zh-Hans-CN');

export const MEASURES: MeasureDef[] = [
  {
    // 1 − Σpromised ÷ Σstatutory over guides with both limits (working days; 即办 = 0).
    item: 1,
    unit: 'fraction',
    compute(ctx) {
      let s = 0;
      let p = 0;
      let sumRatio = 0;
      let nRatio = 0;
      let both = 0;
      for (const g of ctx.guides) {
        if (g.statutory === null || g.promised === null) continue;
        both++;
        s += g.statutory;
        p += g.promised;
        if (g.statutory > 0) {
          sumRatio += 1 - g.promised / g.statutory;
          nRatio++;
        }
      }
      const value = s > 0 ? 1 - p / s : null;
      const mean = nRatio ? sumRatio / nRatio : null;
      const missed = isMet(value, ctx.target.target) === false;
      // A guide's own compression; a statutory 即办 promised 即办 cannot be cut and is no offender.
      const own = (g: GuideSummary) =>
        defined(g.statutory) > 0
          ? 1 - defined(g.promised) / defined(g.statutory)
          : defined(g.promised) > 0
            ? -Infinity
            : null;
      const offenders = missed
        ? lazyPick(
            ctx.guides,
            (g) => {
              if (g.statutory === null || g.promised === null) return false;
              const o = own(g);
              return o !== null && o + EPSILON < ctx.target.target;
            },
            (g) =>
              guideOffender(
                g,
                t(
                  ctx.lang,
                  `承诺时限 ${num(defined(g.promised))} ÷ 法定时限 ${num(defined(g.statutory))} 个工作日，缩减 ${Number.isFinite(own(g)) ? pct(defined(own(g))) : '—'}`,
                  `promised ${num(defined(g.promised))} ÷ statutory ${num(defined(g.statutory))} working days: cut by ${Number.isFinite(own(g)) ? pct(defined(own(g))) : '—'}`,
                ),
              ),
          )
        : [];
      return {
        numerator: +(s - p).toFixed(4),
        denominator: +s.toFixed(4),
        value,
        mean,
        excluded: ctx.guides.length - both,
        offenders,
        ...(value === null
          ? {
              note: t(
                ctx.lang,
                '没有同时写明法定和承诺时限（法定时限大于0）的指南',
                'no guide with both time limits (and a statutory limit above 0)',
              ),
            }
          : {}),
      };
    },
  },
  {
    item: 2,
    unit: 'fraction',
    compute: (ctx) =>
      share(
        ctx,
        (g) => g.immediate,
        () => t(ctx.lang, '不是即办件', 'not an immediate item (即办件)'),
      ),
  },
  {
    item: 3,
    unit: 'fraction',
    compute: (ctx) =>
      share(
        ctx,
        (g) => g.online,
        () => t(ctx.lang, '没有网办地址（未在政务服务网发布）', 'no 网办地址 (not published online)'),
      ),
  },
  { item: 4, unit: 'fraction', compute: depthShare(2) },
  { item: 5, unit: 'fraction', compute: depthShare(3) },
  { item: 6, unit: 'fraction', compute: depthShare(4) },
  {
    item: 7,
    unit: 'fraction',
    compute: (ctx) =>
      powerShare(
        ctx,
        (p) => defined(ctx.coverage).byPower.get(p)?.match != null,
        () =>
          t(
            ctx.lang,
            '没有对应的办事指南（按权责清单编码、基本编码、事项名称均未匹配）',
            'no guide (matched by none of code, 基本编码, name)',
          ),
      ),
  },
  {
    // The number of public-service guides per department; the whole set's value is the smallest.
    item: 8,
    unit: 'count',
    compute(ctx) {
      const depts = new Map<string, { label: string; n: number }>();
      const keys = departmentKeys(departmentNames(ctx.guides, ctx.powers ?? []));
      const add = (d: string | null, n: number) => {
        if (d === null || d.trim() === '') return;
        const k = defined(keys.get(d.trim()));
        const e = depts.get(k);
        if (!e) depts.set(k, { label: d.trim(), n });
        else {
          e.n += n;
          if (d.trim().length > e.label.length) e.label = d.trim(); // the full name rather than "残联"
        }
      };
      for (const g of ctx.guides)
        add(g.department, resolveValue(VALUE_SETS.事项类型, g.type)?.label === PUBLIC_SERVICE ? 1 : 0);
      for (const p of ctx.powers ?? []) add(p.department, 0);
      const list = [...depts.values()];
      const target = ctx.target.target;
      const below = list.filter((e) => e.n < target).sort((a, b) => a.n - b.n || collator.compare(a.label, b.label));
      const value = list.length ? Math.min(...list.map((e) => e.n)) : null;
      return {
        numerator: list.length - below.length,
        denominator: list.length,
        value,
        offenders: below.map((e) => ({
          kind: 'department' as const,
          department: e.label,
          count: e.n,
          message: t(
            ctx.lang,
            `公共服务事项办事指南 ${e.n} 个，少于 ${target} 个`,
            `${e.n} public-service guide${e.n === 1 ? '' : 's'}, fewer than ${target}`,
          ),
        })),
        ...(value === null ? { note: t(ctx.lang, '没有注明实施主体的指南', 'no guide names its 实施主体') } : {}),
      };
    },
  },
  {
    item: 9,
    unit: 'fraction',
    compute: (ctx) =>
      powerShare(
        ctx,
        (p) => (defined(ctx.coverage).byPower.get(p)?.linked.length ?? 0) > 0,
        (p) => {
          const c = defined(ctx.coverage).byPower.get(p);
          if (c?.match === 'basicCode' || c?.match === 'name') {
            const by = c.match === 'basicCode' ? t(ctx.lang, '基本编码', '基本编码') : t(ctx.lang, '事项名称', 'name');
            return t(
              ctx.lang,
              `有按${by}对应的指南，但没有指南在权责清单编码中列出 ${p.code}`,
              `a guide matches by ${by}, but none lists ${p.code} in 权责清单编码`,
            );
          }
          return t(ctx.lang, `没有指南在权责清单编码中列出 ${p.code}`, `no guide lists ${p.code} in 权责清单编码`);
        },
      ),
  },
  {
    // Items (distinct 基本编码) whose guides all agree with the item's majority ÷ items.
    item: 10,
    unit: 'fraction',
    compute(ctx) {
      const codes = new Set<string>();
      const bad = new Set<string>();
      // The deviating guides of this scope (few): its offenders are their deviations.
      const mine = new Set<GuideSummary>();
      for (const g of ctx.guides) {
        const k = ctx.uniformity.codeOf(g);
        if (k === null) continue;
        codes.add(k);
        if (ctx.uniformity.deviating.has(g)) {
          bad.add(k);
          mine.add(g);
        }
      }
      const d = codes.size;
      const value = d === 0 ? null : (d - bad.size) / d;
      const missed = isMet(value, ctx.target.target) === false;

      const offenders: Offender[] = missed
        ? lazyList(
            ctx.uniformity.deviations.filter((x) => mine.has(x.guide)),
            (x) => deviationOffender(x, ctx.lang),
          )
        : [];
      return {
        numerator: d - bad.size,
        denominator: d,
        value,
        offenders,
        ...(d === 0 ? { note: t(ctx.lang, '没有写明基本编码的指南', 'no guide has a 基本编码') } : {}),
      };
    },
  },
  {
    item: 11,
    unit: 'fraction',
    compute: (ctx) =>
      share(
        ctx,
        (g) => g.situations,
        () =>
          t(
            ctx.lang,
            '申请材料未按情形分类（未声明情形，或材料的适用情形未对应已声明的情形）',
            'materials not shown by 情形 (none declared, or no material tied to one)',
          ),
      ),
  },
  { item: 23, unit: 'fraction', compute: (ctx) => formShare(ctx, (g) => g.blanks, '空表') },
  { item: 24, unit: 'fraction', compute: (ctx) => formShare(ctx, (g) => g.samples, '样表') },
];

export function uniformMessage(
  lang: Lang,
  element: string,
  code: string,
  value: string,
  expected: string,
  majority: number,
  size: number,
): string {
  const v = value === '' ? t(lang, '（未填写）', '(none)') : value;
  const e = expected === '' ? t(lang, '（未填写）', '(none)') : expected;
  return t(
    lang,
    `同一事项（基本编码 ${code}）的${element}应在各层级统一：此处为“${v}”，该事项 ${size} 份指南中 ${majority} 份为“${e}”`,
    `the same item (基本编码 ${code}) has one ${element} at every level: here "${v}", while ${majority} of its ${size} guides have "${e}"`,
  );
}
