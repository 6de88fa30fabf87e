// Compact per-guide facts for the scorecard and cross-guide checks: the scorecard never keeps
// whole documents (100,000 guides must fit in memory), only these. Summaries are made in worker
// threads and structured-cloned back, so they hold plain values only: numbers, booleans, short
// strings (texts the scorecard compares but never shows, such as 设定依据, are kept as a hash).
// What each fact means for its measure is docs/scorecard.md.

import { createHash } from 'node:crypto';
import type { Guide } from '../model/guide.js';
import { isPresent, materialsOf, textList, textOf } from '../model/guide.js';
import { compact } from '../parse/text.js';
import { isRecord } from '../model/normalize.js';
import type { Location } from '../model/types.js';
import { resolveValue, variantOf, VALUE_SETS, type ValueSet } from '../model/values.js';
import { readTimeLimit } from '../model/time.js';
import { toWorkingDays } from '../parse/time-limit.js';
import { checkParsedRef, parseFileRef, type FileRef } from '../model/file-ref.js';
import { FORM_OPTIONS, needsForms, sameRef, stringsOption } from '../model/forms.js';
import { guideRef, type GuideRef } from '../model/guide-ref.js';
import { Interner } from '../util/intern.js';
import type { FileInfo } from '../engine/rule.js';

/** The scorecard's facts of a guide: made only when a scorecard is asked for (the summary collector). */
export interface GuideSummary extends GuideRef {
  basicCode: string | null;
  implCode: string | null;
  /** 事项类型 as written (a label or a code). */
  type: string | null;
  department: string | null;
  /** 行使层级 as written. */
  level: string | null;
  /** 法定办结时限 in working days (即办 = 0, 自然日 × 5/7); null when absent or not a valid limit. Item 1. */
  statutory: number | null;
  /** 承诺办结时限, likewise. Item 1. */
  promised: number | null;
  /** 办件类型 is 即办件 (or, without a readable 办件类型, the promised limit is 即办). Item 2. */
  immediate: boolean;
  /** 网办地址 is given. Item 3. */
  online: boolean;
  /** 办理深度 1–4 (Ⅰ–Ⅳ); 0 when absent or not a level. Items 4–6. */
  depth: number;
  /** The guide declares 情形 and at least one material's 适用情形 names a declared one. Item 11. */
  situations: boolean;
  /** Hash of the canonical 设定依据 (entries sorted; '' when absent). Item 10. */
  basisKey: string;
  /** 权责清单编码 the guide lists (trimmed, width-normalised); null when none. Items 7, 9. */
  powerCodes: string[] | null;
  /** Materials that are forms the applicant fills in (src/model/forms.ts). Items 23, 24. */
  forms: number;
  /** …of which have a valid 空表 (src/model/file-ref.ts: existing non-empty file or http(s) URL). Item 23. */
  blanks: number;
  /** …of which have a valid 样表 that is not the 空表 itself. Item 24. */
  samples: number;
}

export { detach } from '../util/detach.js';

// A run's summaries repeat their texts (departments, levels, types; an item's name and codes across
// its 业务办理项): each kept once, so a million-record export's scorecard fits in memory.
const shared = new Interner({ max: 1 << 14, detach: true });
const text = (v: unknown): string | null => {
  const t = textOf(v);
  return t === undefined ? null : shared.get(t);
};

/** NFKC, no white space: the form in which the scorecard compares texts and codes. */
export const canon = compact;

const labelOf = (vs: ValueSet, v: unknown): string | undefined => (resolveValue(vs, v) ?? variantOf(vs, v))?.label;

function workingDays(v: unknown): number | null {
  const t = readTimeLimit(v);
  if (!t?.ok) return null;
  return t.kind === 'immediate' ? 0 : toWorkingDays(t);
}

/** One 设定依据 entry as compared: 名称 + 条款 (a text entry as is). */
function basisEntry(x: unknown): string {
  if (isRecord(x)) return canon(`${textOf(x['名称']) ?? ''}${textOf(x['条款']) ?? ''}`);
  return canon(textOf(x) ?? '');
}

/** The canonical text of 设定依据: its entries, sorted, joined by "|" ('' when absent). */
export function basisText(v: unknown): string {
  if (v === undefined || v === null) return '';
  const list = Array.isArray(v) ? v.map(basisEntry) : isRecord(v) ? [basisEntry(v)] : textList(v).map(canon);
  return [...new Set(list.filter(Boolean))].sort().join('|');
}

export function basisKey(v: unknown): string {
  const t = basisText(v);
  return t === '' ? '' : createHash('sha1').update(t).digest('base64url').slice(0, 16);
}

function hasSituations(guide: Guide): boolean {
  const declared = new Set(textList(guide.data['情形']).map(canon));
  if (declared.size === 0) return false;
  return materialsOf(guide).some((m) => textList(m.data['适用情形']).some((s) => declared.has(canon(s))));
}

function formCounts(
  guide: Guide,
  options: Record<string, unknown>,
  statRelative: (ref: string) => FileInfo,
): { forms: number; blanks: number; samples: number } {
  let forms = 0;
  let blanks = 0;
  let samples = 0;
  const extensions = stringsOption(options.extensions, FORM_OPTIONS.extensions);
  const check = { statRelative, extensions };
  // The reference when it is a valid one (read once: the sample is compared with the blank below).
  const valid = (v: unknown): FileRef | undefined => {
    if (!isPresent(v) || typeof v !== 'string') return undefined;
    const ref = parseFileRef(v);
    return checkParsedRef(ref, check) === undefined ? ref : undefined;
  };
  for (const m of materialsOf(guide)) {
    if (!needsForms(m, options)) continue;
    forms++;
    const blank = m.data['空表'];
    if (valid(blank)) blanks++;
    const sample = valid(m.data['样表']);
    if (sample) {
      const b = parseFileRef(blank);
      if (!(b && sameRef(sample, b))) samples++;
    }
  }
  return { forms, blanks, samples };
}

export interface SummaryOptions {
  /** Options of the blank-form rule (formSuffixes, notFormSuffixes, extensions); defaults otherwise. */
  formOptions?: Record<string, unknown>;
  /** Stats a referenced form (the engine's per-run stat cache, via the collector context). */
  statRelative: (ref: string) => FileInfo;
}

/** The guides of a run made with the summary collector (throws when they are bare references: a caller's bug). */
export function fullSummaries(guides: readonly GuideRef[]): GuideSummary[] {
  for (const g of guides)
    if (!('basisKey' in g))
      throw new Error('guide summaries were not made for this run (lint with the summary collector)');
  return guides as GuideSummary[];
}

export function summarize(guide: Guide, file: string, loc: Location, opts: SummaryOptions): GuideSummary {
  const d = guide.data;
  const kind = labelOf(VALUE_SETS.办件类型, d['办件类型']);
  const promised = workingDays(d['承诺办结时限']);
  const depthCode = resolveValue(VALUE_SETS.办理深度, d['办理深度'])?.code;
  const codes = textList(d['权责清单编码'])
    .map(canon)
    .filter(Boolean)
    .map((c) => shared.get(c));
  const ref = guideRef(guide, file, loc);
  const { forms, blanks, samples } = formCounts(guide, opts.formOptions ?? {}, opts.statRelative);
  // One literal, no leading spread: V8 (Node 20) gives every `{ ...ref, more }` a hidden class of its
  // own, ≈ 0.7 KB a guide kept for as long as the summary is.
  return {
    file: ref.file,
    index: ref.index,
    line: ref.line,
    column: ref.column,
    ...(ref.sheet !== undefined ? { sheet: ref.sheet, cell: ref.cell } : {}),
    name: shared.get(ref.name),
    basicCode: text(d['基本编码']),
    implCode: text(d['实施编码']),
    type: text(d['事项类型']),
    department: text(d['实施主体']),
    level: text(d['行使层级']),
    statutory: workingDays(d['法定办结时限']),
    promised,
    immediate: kind !== undefined && kind !== '其他' ? kind === '即办件' : promised === 0,
    online: isPresent(d['网办地址']),
    depth: depthCode ? Number(depthCode) : 0,
    situations: hasSituations(guide),
    basisKey: shared.get(basisKey(d['设定依据'])),
    powerCodes: codes.length ? [...new Set(codes)] : null,
    forms,
    blanks,
    samples,
  };
}
