// The score as an .xlsx workbook, one sheet per view: the measures, each breakdown, the places to
// fix, the power list with its matches. Streamed (src/format/xlsx-stream.ts): the places to fix of
// a national set run to millions of rows, made as they are written, continued past Excel's row limit.

import type { ScoreFormatter } from './score-formats.js';
import {
  L,
  mark,
  measureTitle,
  noteCell,
  offenderPlace,
  offenderWhat,
  placeText,
  ratioCell,
  valueCell,
} from '../score/labels.js';
import type { Breakdown, Scorecard } from '../score/types.js';
import type { Lang } from '../model/types.js';
import { defined } from '../util/defined.js';
import { xlsxBytes, type Cell, type SheetSpec } from './xlsx-stream.js';

type Rows = Pick<SheetSpec, 'header' | 'rows'>;

function measuresSheet(card: Scorecard, lang: Lang): Rows {
  const l = L[lang];
  return {
    header: [
      l.item,
      l.measure,
      lang === 'zh' ? '分子' : 'numerator',
      lang === 'zh' ? '分母' : 'denominator',
      l.value,
      lang === 'zh' ? '值（文字）' : 'value (text)',
      l.target,
      l.deadline,
      l.met,
      l.note,
      lang === 'zh' ? '待整改数' : 'to fix',
    ],
    rows: card.measures.map((m) => [
      m.item,
      measureTitle(m, lang),
      m.numerator,
      m.denominator,
      m.value,
      valueCell(m, lang),
      m.target,
      m.deadline,
      mark(m),
      noteCell(m, lang),
      m.offenders.length,
    ]),
  };
}

function breakdownSheet(card: Scorecard, head: string, groups: Breakdown[], lang: Lang): Rows {
  const l = L[lang];
  const items = card.measures.map((m) => m.item);
  return {
    header: [
      head,
      l.guides,
      l.powers,
      ...items.flatMap((n) => [`${n} ${l.value}`, `${n} ${l.ratio}`, `${n} ${l.met}`]),
    ],
    rows: groups.map((g) => [
      g.label,
      g.guides,
      g.powers,
      ...g.measures.flatMap((m) => [m.value, ratioCell(m, lang), mark(m)]),
    ]),
  };
}

/** Every offender of every missed measure: made one by one as the sheet is written. */
function* fixRows(card: Scorecard, lang: Lang): Generator<Cell[]> {
  for (const m of card.measures) {
    if (m.met !== false) continue;
    const title = measureTitle(m, lang);
    for (const o of m.offenders)
      yield [
        m.item,
        title,
        offenderPlace(o),
        o.kind === 'department' ? o.department : (o.department ?? ''),
        offenderWhat(o),
        o.message,
      ];
  }
}

function powerSheet(card: Scorecard, lang: Lang): Rows {
  const l = L[lang];
  const pl = defined(card.powerList);
  const rows: Cell[][] = [
    ...pl.rows.map((r) => [
      placeText(r.source.file, r.source),
      r.code,
      r.name,
      r.type,
      r.department,
      r.level,
      !r.counted ? l.notCounted : r.match ? defined(l.matchKind[r.match]) : '✘',
      [...r.linked, ...r.matched].map((g) => `${g.file}:${g.line}`).join('\n'),
    ]),
    ...(pl.unknownCodes.length
      ? [[], [l.unknownCodes], ...pl.unknownCodes.map((u) => [placeText(u.file, u), u.code, u.guide])]
      : []),
  ];
  return { header: [l.place, l.code, l.name, l.type, l.department, l.level, l.match, l.linked], rows };
}

const scoreXlsx: ScoreFormatter = ({ card, sink }) => {
  const lang = card.lang;
  const l = L[lang];
  const zh = lang === 'zh';
  const sheets: SheetSpec[] = [
    { name: zh ? '指标' : 'Measures', ...measuresSheet(card, lang), widths: [5, 30, 10, 10, 10, 12, 8, 12, 6, 50, 8] },
  ];
  if (card.byDepartment)
    sheets.push({
      name: zh ? '按实施主体' : 'By department',
      ...breakdownSheet(card, l.department, card.byDepartment, lang),
      widths: [36, 8, 8],
    });
  if (card.byLevel)
    sheets.push({
      name: zh ? '按行使层级' : 'By level',
      ...breakdownSheet(card, l.level, card.byLevel, lang),
      widths: [16, 8, 8],
    });
  sheets.push({
    name: zh ? '待整改' : 'To fix',
    header: [l.item, l.measure, l.place, l.department, l.guide, l.reason],
    rows: { [Symbol.iterator]: () => fixRows(card, lang) },
    widths: [6, 28, 50, 30, 36, 70],
    filter: true,
  });
  if (card.powerList)
    sheets.push({
      name: zh ? '权责清单' : 'Power list',
      ...powerSheet(card, lang),
      widths: [40, 18, 36, 12, 30, 8, 16, 50],
    });
  return xlsxBytes(sheets, sink);
};

export default scoreXlsx;
