// The score as one self-contained HTML page: inline CSS and SVG, a few lines of inline script (table
// sorting), no network at all (a Content-Security-Policy forbids every fetch). A bar per measure
// against its target line, the breakdown tables, the guides and powers to fix.
//
// The page records script errors in <html data-errors> (test/score/dashboard.test.ts renders it in
// headless Chromium and checks there are none) and sets <body data-ready> when its script has run.

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
import { targetText } from '../score/numbers.js';
import type { Breakdown, Measure, Scorecard } from '../score/types.js';
import type { Lang } from '../model/types.js';
import { defined } from '../util/defined.js';

const esc = (s: string | number) =>
  String(s).replace(/[&<>"']/g, (ch) =>
    defined({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch]),
  );

const CSS = `
:root{--ok:#2e7d32;--bad:#c62828;--na:#9e9e9e;--line:#e0e0e0;--ink:#212121;--muted:#616161;--bg:#fafafa}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.5 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif;color:var(--ink);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:2px solid var(--line);padding-bottom:4px}
.scope{color:var(--muted);margin:0}.summary{font-size:16px;margin:8px 0 0}
table{border-collapse:collapse;background:#fff;margin:4px 0 8px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:middle}
th{background:#f1f3f4;font-weight:600;white-space:nowrap}
th.sortable{cursor:pointer}th.sortable:after{content:" ⇅";color:var(--na);font-weight:400}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.ok,.ok{color:var(--ok)}td.bad,.bad{color:var(--bad)}td.na,.na{color:var(--na)}
td.mark{text-align:center;font-weight:700}
.bar svg{display:block}
.legend{color:var(--muted);font-size:12px}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
.place{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;white-space:nowrap}
footer{margin-top:32px;color:var(--muted);font-size:12px}
`;

// Runs first: any script error ends up in <html data-errors>, where a test can see it.
const TRAP = `(function(){var d=document.documentElement;function note(m){d.setAttribute('data-errors',(d.getAttribute('data-errors')||'')+m+'\\n')}
window.addEventListener('error',function(e){note(String(e.message||e))});
window.addEventListener('unhandledrejection',function(e){note(String(e.reason))});
var ce=console.error;console.error=function(){note(Array.prototype.join.call(arguments,' '));return ce.apply(console,arguments)}})();`;

// Click a header to sort its table (numbers by value, texts by the Chinese collation).
const SORT = `(function(){var coll=new Intl.Collator('zh-Hans-CN',{numeric:true});
function key(td){var v=td.getAttribute('data-v');return v===null?td.textContent:v}
document.querySelectorAll('table.sortable').forEach(function(t){t.querySelectorAll('th').forEach(function(th,i){th.classList.add('sortable');var asc=true;
th.addEventListener('click',function(){var body=t.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(a,b){var x=key(a.cells[i]),y=key(b.cells[i]);var nx=parseFloat(x),ny=parseFloat(y);
var r=(!isNaN(nx)&&!isNaN(ny))?nx-ny:coll.compare(x,y);return asc?r:-r});asc=!asc;rows.forEach(function(r){body.appendChild(r)})})})});
document.body.setAttribute('data-ready','1')})();`;

const cls = (m: Pick<Measure, 'met'>) => (m.met === null ? 'na' : m.met ? 'ok' : 'bad');

/** A bar of the value with the target as a vertical line; counts (item 8) on a scale of 1.5 × target. */
function bar(m: Measure, lang: Lang): string {
  const W = 320;
  const H = 22;
  const scale = m.unit === 'count' ? Math.max(m.target * 1.5, m.value ?? 0, 1) : 1;
  const frac = m.value === null ? 0 : Math.max(0, Math.min(1, m.value / scale));
  const tx = Math.round((Math.min(m.target, scale) / scale) * W);
  const colour = m.met === null ? 'var(--na)' : m.met ? 'var(--ok)' : 'var(--bad)';
  const label = `${lang === 'zh' ? '目标' : 'target'} ${targetText(m)}`;
  return `<svg width="${W + 2}" height="${H}" viewBox="0 0 ${W + 2} ${H}" role="img" aria-label="${esc(`${valueCell(m, lang)} / ${label}`)}">
<rect x="1" y="4" width="${W}" height="${H - 8}" fill="#eceff1" rx="2"/>
<rect x="1" y="4" width="${(frac * W).toFixed(1)}" height="${H - 8}" fill="${colour}" rx="2"/>
<line x1="${tx + 1}" y1="0" x2="${tx + 1}" y2="${H}" stroke="#212121" stroke-width="2" stroke-dasharray="3,2"><title>${esc(label)}</title></line>
</svg>`;
}

function measuresTable(card: Scorecard, lang: Lang): string {
  const l = L[lang];
  const rows = card.measures
    .map(
      (m) => `<tr id="item-${m.item}" data-item="${m.item}" data-met="${m.met ?? 'na'}">
<td class="num">${m.item}</td><td>${esc(measureTitle(m, lang))}</td><td class="bar">${bar(m, lang)}</td>
<td class="num ${cls(m)}" data-v="${m.value ?? ''}">${esc(valueCell(m, lang))}</td><td class="num">${esc(ratioCell(m, lang))}</td>
<td class="num">${esc(targetCell(m))}</td><td class="num">${esc(m.deadline)}</td><td class="mark ${cls(m)}">${mark(m)}</td><td>${esc(noteCell(m, lang))}</td></tr>`,
    )
    .join('\n');
  return `<table id="measures" class="sortable"><thead><tr><th>${l.item}</th><th>${l.measure}</th><th>${lang === 'zh' ? '值与目标线' : 'value vs target'}</th><th>${l.value}</th><th>${l.ratio}</th><th>${l.target}</th><th>${l.deadline}</th><th>${l.met}</th><th>${l.note}</th></tr></thead>
<tbody>${rows}</tbody></table>
<p class="legend">${lang === 'zh' ? '条形为实际值，虚线为目标；第 8 项为每个部门公共服务事项指南数的最小值（刻度为目标的 1.5 倍）。' : 'Bars are values, dashed lines the targets; item 8 is the smallest number of public-service guides of a department (scale: 1.5 × target).'}</p>`;
}

function breakdownTable(card: Scorecard, id: string, head: string, groups: Breakdown[], lang: Lang): string {
  const l = L[lang];
  const items = card.measures.map((m) => m.item);
  const th = items
    .map((n) => `<th title="${esc(measureTitle(defined(card.measures.find((m) => m.item === n)), lang))}">${n}</th>`)
    .join('');
  const rows = groups
    .map(
      (g) =>
        `<tr><td>${esc(g.label)}</td><td class="num">${g.guides}</td><td class="num">${g.powers}</td>${g.measures
          .map(
            (m) =>
              `<td class="num ${cls(m)}" data-v="${m.value ?? ''}" title="${esc(`${ratioCell(m, lang)}${m.note ? ` · ${m.note}` : ''}`)}">${esc(shortCell(m))}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table id="${id}" class="sortable"><thead><tr><th>${esc(head)}</th><th>${l.guides}</th><th>${l.powers}</th>${th}</tr></thead><tbody>${rows}</tbody></table>`;
}

/** Offenders listed per measure in the page (a page with 70,000 rows helps nobody; json and xlsx have them all). */
const HTML_LIMIT = 1000;

function offendersSection(card: Scorecard, lang: Lang, limit: number): string {
  const l = L[lang];
  const missed = card.measures.filter((m) => m.met === false && m.offenders.length);
  if (!missed.length) return `<p>${l.none}</p>`;
  return missed
    .map((m) => {
      const more = m.offenders.length > limit ? `<p class="legend">${esc(l.more(m.offenders.length - limit))}</p>` : '';
      const rows = m.offenders
        .slice(0, limit)
        .map(
          (o) =>
            `<tr><td class="place">${esc(offenderPlace(o))}</td><td>${esc(o.kind === 'guide' ? (o.department ?? '') : o.kind === 'power' ? (o.department ?? '') : o.department)}</td><td>${esc(offenderWhat(o))}</td><td>${esc(o.message)}</td></tr>`,
        )
        .join('\n');
      const note = m.unit === 'count' ? `<p class="legend">${esc(l.wholeSet)}</p>` : '';
      return `<details open id="fix-${m.item}"><summary>${esc(`${l.itemN(m.item)} ${measureTitle(m, lang)}`)} — ${esc(l.offenderCount(m))}</summary>${note}
<table class="sortable"><thead><tr><th>${l.place}</th><th>${l.department}</th><th>${l.guide}</th><th>${l.reason}</th></tr></thead><tbody>${rows}</tbody></table>${more}</details>`;
    })
    .join('\n');
}

function powerSection(card: Scorecard, lang: Lang): string {
  const l = L[lang];
  const pl = card.powerList;
  if (!pl)
    return `<p>${lang === 'zh' ? '未提供权责清单：第 7、9 项需 --power-list。' : 'No power list: items 7 and 9 need --power-list.'}</p>`;
  const rows = pl.rows
    .map((r) => {
      const place = placeText(r.source.file, r.source);
      const match = !r.counted ? l.notCounted : r.match ? defined(l.matchKind[r.match]) : '✘';
      const guides = [...r.linked, ...r.matched].map((g) => esc(`${g.file}:${g.line}`)).join('<br>');
      const c = !r.counted ? 'na' : r.linked.length ? 'ok' : 'bad';
      return `<tr><td class="place">${esc(place)}</td><td>${esc(r.code)}</td><td>${esc(r.name)}</td><td>${esc(r.type ?? '')}</td><td>${esc(r.department ?? '')}</td><td>${esc(r.level ?? '')}</td><td class="${c}">${esc(match)}</td><td class="place">${guides}</td></tr>`;
    })
    .join('\n');
  const unknown = pl.unknownCodes.length
    ? `<h3>${esc(l.unknownCodes)}</h3><table><thead><tr><th>${l.place}</th><th>${l.guide}</th><th>${l.code}</th></tr></thead><tbody>${pl.unknownCodes
        .map(
          (u) =>
            `<tr><td class="place">${esc(placeText(u.file, u))}</td><td>${esc(u.guide ?? '')}</td><td class="bad">${esc(u.code)}</td></tr>`,
        )
        .join('\n')}</tbody></table>`
    : '';
  const problems = pl.problems.length
    ? `<h3>${esc(l.problems)}</h3><ul>${pl.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`
    : '';
  return `<p class="scope">${esc(pl.file)}</p><table id="powers" class="sortable"><thead><tr><th>${l.place}</th><th>${l.code}</th><th>${l.name}</th><th>${l.type}</th><th>${l.department}</th><th>${l.level}</th><th>${l.match}</th><th>${l.linked}</th></tr></thead><tbody>${rows}</tbody></table>${unknown}${problems}`;
}

const scoreHtml: ScoreFormatter = ({ card, limit = HTML_LIMIT }) => {
  const lang = card.lang;
  const l = L[lang];
  const valued = card.measures.filter((m) => m.met !== null);
  const met = valued.filter((m) => m.met).length;
  const parts = [
    `<header><h1>${esc(l.title)}</h1><p class="scope">${esc(l.scope(card))}</p><p class="summary"><strong class="${met === valued.length ? 'ok' : 'bad'}">${esc(l.summary(met, valued.length, card.measures.length))}</strong></p></header>`,
    `<section><h2>${lang === 'zh' ? '指标' : 'Measures'}</h2>${measuresTable(card, lang)}</section>`,
  ];
  if (card.byDepartment)
    parts.push(
      `<section><h2>${esc(l.byDepartment)}</h2>${breakdownTable(card, 'by-department', l.department, card.byDepartment, lang)}</section>`,
    );
  if (card.byLevel)
    parts.push(
      `<section><h2>${esc(l.byLevel)}</h2>${breakdownTable(card, 'by-level', l.level, card.byLevel, lang)}</section>`,
    );
  parts.push(`<section id="to-fix"><h2>${esc(l.toFix)}</h2>${offendersSection(card, lang, limit)}</section>`);
  parts.push(`<section id="power-list"><h2>${esc(l.powerList)}</h2>${powerSection(card, lang)}</section>`);
  parts.push(
    `<footer>guide-lint ${esc(card.tool.version)} · ${lang === 'zh' ? '目标与期限来自《政务服务事项标准化建设重点工作任务清单》（可在配置 targets: 中修改）' : 'targets and deadlines from the standardization checklist (config targets: overrides them)'}</footer>`,
  );
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(l.title)} · guide-lint</title>
<script>${TRAP}</script>
<style>${CSS}</style>
</head>
<body>
${parts.join('\n')}
<script>${SORT}</script>
</body>
</html>
`;
};

export default scoreHtml;
