// `guide-lint score` in the terminal: the measures with ✔/✘, the breakdowns as matrices, then what to
// fix. Columns are aligned by display width (CJK characters are two columns wide).

import { Chalk } from 'chalk';
import { displayWidth as stringWidth } from '../util/width.js';
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
  shortCell,
  targetCell,
  valueCell,
} from '../score/labels.js';
import type { Breakdown, Scorecard } from '../score/types.js';
import type { Lang } from '../model/types.js';
import { defined } from '../util/defined.js';

/** Display width; ✔ and ✘ are one column in terminals (string-width counts ✔, an emoji-capable character, as two). */
const width = (s: string) => stringWidth(s.replace(/[✔✘]/g, '-'));

const pad = (s: string, w: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
};

type Paint = (s: string) => string;

/** Rows of cells → aligned lines; `right` marks right-aligned columns; `paint` colours a cell after padding. */
function grid(
  rows: string[][],
  right: Set<number>,
  paint?: (s: string, row: number, col: number) => string,
  sep = '  ',
): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  return rows.map((r, ri) =>
    r
      .map((c, i) => {
        const last = i === r.length - 1;
        const s = last && !right.has(i) ? c : pad(c, defined(widths[i]), right.has(i));
        return paint ? paint(s, ri, i) : s;
      })
      .join(sep)
      .trimEnd(),
  );
}

function matrix(
  card: Scorecard,
  title: string,
  groups: Breakdown[],
  lang: Lang,
  c: { ok: Paint; bad: Paint; dim: Paint; bold: Paint },
): string[] {
  const l = L[lang];
  const items = card.measures.map((m) => m.item);
  const head = [title, l.guides, ...items.map(String)];
  const rows = [head, ...groups.map((g) => [g.label, String(g.guides), ...g.measures.map(shortCell)])];
  const lines = grid(
    rows,
    new Set(head.map((_, i) => i).filter((i) => i > 0)),
    (s, r, col) => {
      if (r === 0) return c.bold(s);
      if (col < 2) return s;
      return s.includes('✘') ? c.bad(s) : s.includes('✔') ? c.ok(s) : c.dim(s);
    },
    ' ',
  );
  return lines;
}

const scoreTable: ScoreFormatter = ({ card, color, limit = 10 }) => {
  const lang = card.lang;
  const l = L[lang];
  const ch = new Chalk({ level: color ? 1 : 0 });
  const c = { ok: ch.green, bad: ch.red, dim: ch.dim, bold: ch.bold };
  const out: string[] = [];
  out.push(ch.bold(`guide-lint ${lang === 'zh' ? '评分' : 'score'} · ${l.scope(card)}`), '');

  const head = [l.item, l.measure, l.ratio, l.value, l.target, l.deadline, l.met, l.note];
  const rows = [
    head,
    ...card.measures.map((m) => [
      String(m.item),
      measureTitle(m, lang),
      ratioCell(m, lang),
      valueCell(m, lang),
      targetCell(m),
      m.deadline,
      mark(m),
      noteCell(m, lang),
    ]),
  ];
  out.push(
    ...grid(rows, new Set([0, 2, 3, 4]), (s, r, col) => {
      if (r === 0) return c.bold(s);
      if (col !== 6) return s;
      const m = defined(card.measures[r - 1]);
      return m.met === null ? c.dim(s) : m.met ? c.ok(s) : c.bad(s);
    }),
  );
  const valued = card.measures.filter((m) => m.met !== null);
  out.push('', l.summary(valued.filter((m) => m.met).length, valued.length, card.measures.length));

  if (card.byDepartment)
    out.push('', ch.bold(l.byDepartment), ...matrix(card, l.department, card.byDepartment, lang, c));
  if (card.byLevel) out.push('', ch.bold(l.byLevel), ...matrix(card, l.level, card.byLevel, lang, c));

  const missed = card.measures.filter((m) => m.met === false && m.offenders.length);
  if (missed.length) {
    out.push('', ch.bold(l.toFix));
    for (const m of missed) {
      const count = lang === 'zh' ? `（${l.offenderCount(m)}）` : ` (${l.offenderCount(m)})`;
      out.push(`${ch.bold(`${l.itemN(m.item)} ${measureTitle(m, lang)}`)}${count}`);
      if (m.unit === 'count') out.push(c.dim(`  ${l.wholeSet}`));
      const shown = m.offenders.slice(0, limit);
      out.push(
        ...grid(
          shown.map((o) => ['  ' + offenderPlace(o), offenderWhat(o), o.message]),
          new Set(),
          (s, _r, col) => (col === 0 ? c.dim(s) : s),
        ),
      );
      if (m.offenders.length > limit) out.push(c.dim(`  ${l.more(m.offenders.length - limit)}`));
    }
  }

  const pl = card.powerList;
  if (pl?.unknownCodes.length) {
    out.push('', ch.bold(l.unknownCodes));
    out.push(
      ...grid(
        pl.unknownCodes.map((u) => ['  ' + placeText(u.file, u), u.guide ?? '', u.code]),
        new Set(),
        (s, _r, col) => (col === 0 ? c.dim(s) : s),
      ),
    );
  }
  if (pl?.problems.length) {
    out.push('', ch.bold(l.problems));
    for (const p of pl.problems.slice(0, limit)) out.push(`  ${p}`);
    if (pl.problems.length > limit) out.push(c.dim(`  ${l.more(pl.problems.length - limit)}`));
  }
  return `${out.join('\n')}\n`;
};

export default scoreTable;
