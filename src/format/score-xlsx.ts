// The score as an .xlsx workbook, one sheet per view: the measures, each breakdown, the places to
// fix, the power list with its matches. SheetJS is loaded only for this format.

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

type Cell = string | number | null;

function measuresSheet(card: Scorecard, lang: Lang): Cell[][] {
  const l = L[lang];
  return [
    [
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
    ...card.measures.map((m) => [
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
  ];
}

function breakdownSheet(card: Scorecard, head: string, groups: Breakdown[], lang: Lang): Cell[][] {
  const l = L[lang];
  const items = card.measures.map((m) => m.item);
  return [
    [head, l.guides, l.powers, ...items.flatMap((n) => [`${n} ${l.value}`, `${n} ${l.ratio}`, `${n} ${l.met}`])],
    ...groups.map((g) => [
      g.label,
      g.guides,
      g.powers,
      ...g.measures.flatMap((m) => [m.value, ratioCell(m, lang), mark(m)]),
    ]),
  ];
}

function fixSheet(card: Scorecard, lang: Lang): Cell[][] {
  const l = L[lang];
  const rows: Cell[][] = [[l.item, l.measure, l.place, l.department, l.guide, l.reason]];
  for (const m of card.measures) {
    if (m.met !== false) continue;
    for (const o of m.offenders)
      rows.push([
        m.item,
        measureTitle(m, lang),
        offenderPlace(o),
        o.kind === 'department' ? o.department : (o.department ?? ''),
        offenderWhat(o),
        o.message,
      ]);
  }
  return rows;
}

function powerSheet(card: Scorecard, lang: Lang): Cell[][] {
  const l = L[lang];
  const pl = defined(card.powerList);
  return [
    [l.place, l.code, l.name, l.type, l.department, l.level, l.match, l.linked],
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
}

const scoreXlsx: ScoreFormatter = async ({ card }) => {
  const XLSX = await import('xlsx');
  const lang = card.lang;
  const l = L[lang];
  const wb = XLSX.utils.book_new();
  const add = (name: string, rows: Cell[][], widths: number[]) => {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!cols'] = widths.map((wch) => ({ wch }));
    XLSX.utils.book_append_sheet(wb, ws, name);
  };
  add(lang === 'zh' ? '指标' : 'Measures', measuresSheet(card, lang), [5, 30, 10, 10, 10, 12, 8, 12, 6, 50, 8]);
  if (card.byDepartment)
    add(
      lang === 'zh' ? '按实施主体' : 'By department',
      breakdownSheet(card, l.department, card.byDepartment, lang),
      [36, 8, 8],
    );
  if (card.byLevel)
    add(lang === 'zh' ? '按行使层级' : 'By level', breakdownSheet(card, l.level, card.byLevel, lang), [16, 8, 8]);
  add(lang === 'zh' ? '待整改' : 'To fix', fixSheet(card, lang), [6, 28, 50, 30, 36, 70]);
  if (card.powerList)
    add(lang === 'zh' ? '权责清单' : 'Power list', powerSheet(card, lang), [40, 18, 36, 12, 30, 8, 16, 50]);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
};

export default scoreXlsx;
