// @ts-check
// The page of `guide-lint serve`. Every text that comes from a guide or the server is put in the
// page with textContent (never as HTML); the server's Content-Security-Policy allows the page's own
// files only. All URLs are relative, so they keep the run's token (/s/TOKEN/…).

import { TEXT } from './i18n.js';

/** @typedef {'zh' | 'en'} Lang */
/** @typedef {{ zh: string, en: string }} Bilingual */
/** @typedef {{ phase: string, filesDone: number, filesTotal: number, guidesDone: number, guidesTotal: number, guidesAll: number, file?: string, error?: string }} Progress */
/** @typedef {{ i: number, group: number, ruleId: string, item: number | null, severity: 'error' | 'warning' | 'info', message: string, where: string, header?: string, suggestion?: string, row: boolean }} ViewFinding */
/** @typedef {{ guide: string | null, department: string | null, level: string | null, file: string }} ViewGroup */
/** @typedef {{ item: number, title: string, en: string, unit: string, numerator: number | null, denominator: number | null, value: number | null, target: number, met: boolean | null, note?: string, offenders: number }} Measure */
/** @typedef {{ key: string | null, label: string, guides: number, measures: Measure[] }} Breakdown */
/** @typedef {{ measures: Measure[], byDepartment?: Breakdown[], byLevel?: Breakdown[], guides: number, powerList: unknown }} Card */
/** @typedef {{ files: Array<{ file: string, spreadsheet: boolean, findings: number, guides: number, annotatable: boolean }>, groups: ViewGroup[], findings: ViewFinding[], totals: { error: number, warning: number, info: number, guides: number, files: number }, powerError?: string, preset: string, lang: string, card: Card }} Result */

const PAGE_SIZE = 200;

/** @type {{ lang: Lang, info: any, job: string | null, files: File[], result: Result | null, shown: number, filter: { item: string, severity: string, rule: string, department: string, search: string }, source: EventSource | null }} */
const state = { lang: 'zh', info: null, job: null, files: [], result: null, shown: PAGE_SIZE, filter: { item: '', severity: '', rule: '', department: '', search: '' }, source: null };

/** @param {string} id @returns {HTMLElement} */
function $(id) {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el;
}

/** @template {keyof HTMLElementTagNameMap} K @param {K} tag @param {string | null} [text] @param {string} [cls] @returns {HTMLElementTagNameMap[K]} */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/** @returns {typeof TEXT.zh} */
function t() {
  return /** @type {typeof TEXT.zh} */ (TEXT[state.lang]);
}

function applyLang() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  for (const node of document.querySelectorAll('[data-i18n]')) {
    const key = /** @type {keyof typeof TEXT.zh} */ (node.getAttribute('data-i18n'));
    const v = t()[key];
    if (typeof v === 'string') node.textContent = v;
  }
  $('lang-switch').textContent = state.lang === 'zh' ? 'English' : '中文';
  document.title = `guide-lint · ${t().title}`;
  if (state.info) showInfo();
}

function showInfo() {
  const i = state.info;
  $('version').textContent = `guide-lint ${i.version}`;
  $('config-line').textContent = t().config(i.configFile ?? t().noConfig, i.preset, i.startDir);
  $('code-line').textContent = t().code(i.plugins.length, i.configCode);
  $('limit-line').textContent = t().limit(i.maxUpload);
}

/** @param {Bilingual | string} m */
function showError(m) {
  const e = $('error');
  e.textContent = typeof m === 'string' ? m : m[state.lang];
  e.hidden = false;
}

/** @param {Progress} p */
function showProgress(p) {
  const bar = /** @type {HTMLProgressElement} */ ($('progress'));
  bar.hidden = false;
  const files = p.filesTotal || 1;
  const within = p.guidesTotal ? p.guidesDone / p.guidesTotal : 0;
  bar.value = Math.min(1, (p.filesDone + within) / files);
  $('status-text').textContent = p.phase === 'score' ? t().scoring : p.guidesTotal === 0 && p.file ? `${t().linting(p)} · ${t().reading(p.file)}` : t().linting(p);
  document.body.dataset.state = 'running';
}

/** Uploads the chosen files (and the power list) with upload progress; resolves to the job id. */
function upload() {
  const form = new FormData();
  form.append('preset', /** @type {HTMLSelectElement} */ ($('preset')).value);
  form.append('lang', state.lang);
  const power = /** @type {HTMLInputElement} */ ($('power-list')).files?.[0];
  if (power) form.append('powerList', power, power.name);
  for (const f of state.files) form.append('files', f, f.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', 'api/jobs');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const bar = /** @type {HTMLProgressElement} */ ($('progress'));
      bar.hidden = false;
      bar.value = e.loaded / e.total;
      $('status-text').textContent = t().uploading(Math.round((100 * e.loaded) / e.total));
    };
    xhr.onload = () => (xhr.status === 202 ? resolve(xhr.response.id) : reject(xhr.response?.message ?? `HTTP ${xhr.status}`));
    xhr.onerror = () => reject('network error');
    xhr.send(form);
  });
}

async function start() {
  if (!state.files.length) return;
  $('error').hidden = true;
  document.body.dataset.state = 'uploading';
  await dropJob();
  try {
    state.job = /** @type {string} */ (await upload());
    follow();
  } catch (err) {
    document.body.dataset.state = 'failed';
    showError(/** @type {Bilingual | string} */ (err));
  }
}

async function dropJob() {
  state.source?.close();
  if (state.job) await fetch(`api/jobs/${state.job}`, { method: 'DELETE' }).catch(() => undefined);
  state.job = null;
}

/** Follows the job's progress over server-sent events until it is done. */
function follow() {
  state.source?.close();
  const source = new EventSource(`api/jobs/${state.job}/events`);
  state.source = source;
  source.addEventListener('progress', (e) => showProgress(JSON.parse(/** @type {MessageEvent} */ (e).data)));
  source.addEventListener('done', () => {
    source.close();
    void loadResult();
  });
  source.addEventListener('failed', (e) => {
    source.close();
    document.body.dataset.state = 'failed';
    showError(t().failed + JSON.parse(/** @type {MessageEvent} */ (e).data).error);
  });
}

async function rerun() {
  if (!state.job) return;
  const preset = /** @type {HTMLSelectElement} */ ($('preset')).value;
  const r = await fetch(`api/jobs/${state.job}/rerun?preset=${encodeURIComponent(preset)}&lang=${state.lang}`, { method: 'POST' });
  if (r.status === 202) follow();
  else showError((await r.json()).message);
}

async function loadResult() {
  const r = await fetch(`api/jobs/${state.job}/result`);
  if (!r.ok) return showError((await r.json()).message);
  state.result = await r.json();
  state.shown = PAGE_SIZE;
  const res = /** @type {Result} */ (state.result);
  /** @type {HTMLProgressElement} */ ($('progress')).value = 1;
  $('status-text').textContent = t().done(res.totals);
  if (res.powerError) showError(t().powerError + res.powerError);
  if (!res.totals.files) showError(t().noGuides);
  $('tabs').hidden = false;
  $('clear').hidden = false;
  fillFilters();
  renderCounts();
  renderFindings();
  renderScore();
  renderDownloads();
  showTab(document.querySelector('.tab.active')?.getAttribute('data-tab') ?? 'findings');
  document.body.dataset.state = 'done';
}

/** @param {HTMLSelectElement} select @param {Array<[string, string]>} options @param {string} value */
function setOptions(select, options, value) {
  select.replaceChildren(...[['', t().all], ...options].map(([v, label]) => {
    const o = el('option', label);
    o.value = v;
    return o;
  }));
  select.value = options.some(([v]) => v === value) ? value : '';
}

function fillFilters() {
  const res = /** @type {Result} */ (state.result);
  const f = state.filter;
  const items = [...new Set(res.findings.map((x) => (x.item === null ? 'none' : String(x.item))))].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : Number(a) - Number(b)));
  setOptions(/** @type {HTMLSelectElement} */ ($('f-item')), items.map((i) => [i, i === 'none' ? t().noItem : t().item(Number(i))]), f.item);
  setOptions(/** @type {HTMLSelectElement} */ ($('f-severity')), ['error', 'warning', 'info'].map((s) => [s, t()[/** @type {'error'} */ (s)]]), f.severity);
  const rules = [...new Set(res.findings.map((x) => x.ruleId))].sort();
  setOptions(/** @type {HTMLSelectElement} */ ($('f-rule')), rules.map((r) => [r, r]), f.rule);
  const depts = [...new Set(res.groups.map((g) => g.department ?? ''))].sort();
  setOptions(/** @type {HTMLSelectElement} */ ($('f-department')), depts.map((d) => [d === '' ? '\u0000' : d, d === '' ? t().noDepartment : d]), f.department);
}

function renderCounts() {
  const res = /** @type {Result} */ (state.result);
  $('totals').textContent = t().done(res.totals);
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const f of res.findings) {
    const k = f.item === null ? 'none' : String(f.item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort((a, b) => (a === 'none' ? 1 : b === 'none' ? -1 : Number(a) - Number(b)));
  $('item-counts').replaceChildren(...keys.map((k) => {
    const chip = el('button', `${k === 'none' ? t().noItem : t().item(Number(k))}: ${counts.get(k)}`, `chip${state.filter.item === k ? ' on' : ''}`);
    chip.type = 'button';
    chip.dataset.item = k;
    chip.dataset.count = String(counts.get(k));
    chip.addEventListener('click', () => {
      state.filter.item = state.filter.item === k ? '' : k;
      /** @type {HTMLSelectElement} */ ($('f-item')).value = state.filter.item;
      state.shown = PAGE_SIZE;
      renderCounts();
      renderFindings();
    });
    return chip;
  }));
}

/** @param {ViewFinding} x */
function passes(x) {
  const res = /** @type {Result} */ (state.result);
  const f = state.filter;
  const g = /** @type {ViewGroup} */ (res.groups[x.group]);
  if (f.item && (x.item === null ? 'none' : String(x.item)) !== f.item) return false;
  if (f.severity && x.severity !== f.severity) return false;
  if (f.rule && x.ruleId !== f.rule) return false;
  if (f.department && (g.department ?? '\u0000') !== f.department) return false;
  if (f.search) {
    const hay = `${x.message} ${x.ruleId} ${x.where} ${x.header ?? ''} ${g.guide ?? ''} ${g.department ?? ''} ${g.file}`.toLowerCase();
    if (!hay.includes(f.search.toLowerCase())) return false;
  }
  return true;
}

function renderFindings() {
  const res = /** @type {Result} */ (state.result);
  const matching = res.findings.filter(passes);
  const visible = matching.slice(0, state.shown);
  $('shown').textContent = t().shown(visible.length, matching.length);
  /** @type {Map<number, ViewFinding[]>} */
  const byGroup = new Map();
  for (const x of visible) {
    const list = byGroup.get(x.group);
    if (list) list.push(x);
    else byGroup.set(x.group, [x]);
  }
  const out = [];
  for (const [gi, list] of byGroup) {
    const g = /** @type {ViewGroup} */ (res.groups[gi]);
    const box = el('section', null, 'group');
    box.dataset.group = String(gi);
    const h = el('h3', g.guide ?? t().fileLevel);
    h.append(el('span', g.department ?? (g.guide === null ? '' : t().noDepartment), 'dept'), el('span', g.file, 'file'));
    const table = el('table');
    const head = el('tr');
    for (const c of [t().severity, t().itemCol, t().rule, t().location, t().message]) head.append(el('th', c));
    table.append(head);
    for (const x of list) table.append(findingRow(x));
    box.append(h, table);
    out.push(box);
  }
  $('groups').replaceChildren(...out);
  $('more').hidden = matching.length <= visible.length;
}

/** @param {ViewFinding} x */
function findingRow(x) {
  const tr = el('tr');
  tr.dataset.finding = String(x.i);
  tr.append(el('td', t()[x.severity], `sev-${x.severity}`), el('td', x.item === null ? '—' : String(x.item)));
  const ruleCell = el('td');
  const ruleBtn = el('button', x.ruleId, 'link rule-doc');
  ruleBtn.type = 'button';
  ruleBtn.addEventListener('click', () => void showDoc(x.ruleId));
  ruleCell.append(ruleBtn);
  const whereCell = el('td');
  if (x.row) {
    const b = el('button', x.where, 'link where');
    b.type = 'button';
    b.addEventListener('click', () => void showRow(x));
    whereCell.append(b);
  } else whereCell.append(el('span', x.where, 'where'));
  if (x.header) whereCell.append(el('div', x.header, 'note'));
  const msg = el('td', x.message);
  if (x.suggestion) msg.append(el('div', t().suggestion + x.suggestion, 'suggestion'));
  tr.append(ruleCell, whereCell, msg);
  return tr;
}

/** @param {string} id */
async function showDoc(id) {
  const r = await fetch(`api/rules/${encodeURIComponent(id)}/doc?lang=${state.lang}`);
  $('detail').hidden = false;
  $('doc-title').textContent = id;
  $('doc').textContent = r.ok ? await r.text() : '—';
}

/** @param {ViewFinding} x */
async function showRow(x) {
  const r = await fetch(`api/jobs/${state.job}/row?i=${x.i}`);
  $('detail').hidden = false;
  const box = $('row-view');
  if (!r.ok) return void box.replaceChildren();
  /** @type {{ file: string, sheet: string, row: number, cells: Array<{ col: string, header: string, text: string }>, mark: number }} */
  const row = await r.json();
  // One line per column (a guide row is wide): letter, header, the cell's text; the finding's cell marked.
  const table = el('table', null, 'row-view');
  row.cells.forEach((c, i) => {
    const tr = el('tr', null, i === row.mark ? 'mark' : '');
    const td = el('td', c.text);
    td.dataset.cell = `${c.col}${row.row}`;
    if (i === row.mark) td.className = 'mark';
    tr.append(el('th', `${c.col}${row.row}`), el('th', c.header), td);
    table.append(tr);
  });
  const wrap = el('div', null, 'row-view');
  wrap.append(el('h3', `${row.file} · ${t().rowTitle(row.sheet, row.row)}`), table);
  box.replaceChildren(wrap);
  await showDoc(x.ruleId);
  box.scrollIntoView({ block: 'nearest' });
}

/** @param {number} n */
function round(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** @param {Measure} m */
function shownValue(m) {
  if (m.value === null) return t().na;
  return m.unit === 'count' ? String(m.value) : `${(m.value * 100).toFixed(1)}%`;
}

/** @param {Measure} m */
function shownTarget(m) {
  return m.unit === 'count' ? `≥ ${m.target}` : `≥ ${(m.target * 100).toFixed(0)}%`;
}

function renderScore() {
  const card = /** @type {Result} */ (state.result).card;
  $('score-note').textContent = t().scoreNote(card.guides, Boolean(card.powerList));
  const head = el('tr');
  for (const c of [t().itemCol, t().measure, t().value, t().target, t().met, t().toFix]) head.append(el('th', c));
  const rows = card.measures.map((m) => {
    const tr = el('tr');
    tr.id = `measure-${m.item}`;
    tr.append(el('td', String(m.item)), el('td', state.lang === 'zh' ? m.title : m.en), el('td', `${shownValue(m)}${m.numerator !== null && m.unit !== 'count' ? ` (${round(m.numerator)}/${round(/** @type {number} */ (m.denominator))})` : ''}`), el('td', shownTarget(m)));
    tr.append(m.met === null ? el('td', t().na) : el('td', m.met ? t().yes : t().no, m.met ? 'met' : 'missed'), el('td', m.offenders ? String(m.offenders) : ''));
    return tr;
  });
  $('measures').replaceChildren(head, ...rows);
  breakdown($('by-department'), card.byDepartment ?? [], card.measures);
  breakdown($('by-level'), card.byLevel ?? [], card.measures);
}

/** @param {HTMLElement} table @param {Breakdown[]} groups @param {Measure[]} measures */
function breakdown(table, groups, measures) {
  const head = el('tr');
  head.append(el('th', ''), el('th', t().guides));
  for (const m of measures) {
    const th = el('th', String(m.item));
    th.title = state.lang === 'zh' ? m.title : m.en;
    head.append(th);
  }
  const rows = groups.map((g) => {
    const tr = el('tr');
    tr.append(el('th', g.label), el('td', String(g.guides)));
    for (const m of g.measures) tr.append(el('td', shownValue(m), m.met === null ? '' : m.met ? 'met' : 'missed'));
    return tr;
  });
  table.replaceChildren(head, ...rows);
}

/** @param {string} label @param {string} what @param {string} [file] */
function link(label, what, file) {
  const a = el('a', label);
  a.href = `api/jobs/${state.job}/download?what=${encodeURIComponent(what)}${file ? `&file=${encodeURIComponent(file)}` : ''}`;
  a.setAttribute('download', '');
  a.dataset.download = what;
  if (file) a.dataset.file = file;
  const li = el('li');
  li.append(a);
  return li;
}

function renderDownloads() {
  const res = /** @type {Result} */ (state.result);
  const items = res.files.filter((f) => f.annotatable).map((f) => link(t().dlAnnotated(f.file), 'annotated', f.file));
  items.push(link(t().dlXlsx, 'findings.xlsx'), link(t().dlJson, 'findings.json'), link(t().dlSarif, 'findings.sarif'), link(t().dlScore, 'score.html'));
  $('download-list').replaceChildren(...items);
}

/** @param {string} name */
function showTab(name) {
  for (const b of document.querySelectorAll('.tab')) b.classList.toggle('active', b.getAttribute('data-tab') === name);
  for (const p of ['findings', 'score', 'downloads']) $(`tab-${p}`).hidden = p !== name;
}

/** @param {FileList | null | undefined} list */
function choose(list) {
  if (!list || !list.length) return;
  state.files = [...list];
  void start();
}

function wire() {
  const input = /** @type {HTMLInputElement} */ ($('files'));
  input.addEventListener('change', () => choose(input.files));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    choose(e.dataTransfer?.files);
  });
  drop.addEventListener('click', (e) => {
    if (e.target !== input) input.click();
  });
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') input.click();
  });
  $('power-list').addEventListener('change', () => void start());
  $('preset').addEventListener('change', () => void rerun());
  $('lang-switch').addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    applyLang();
    if (state.job) void rerun();
  });
  for (const b of document.querySelectorAll('.tab')) b.addEventListener('click', () => showTab(b.getAttribute('data-tab') ?? 'findings'));
  /** @type {Array<[string, keyof typeof state.filter]>} */
  const filters = [['f-item', 'item'], ['f-severity', 'severity'], ['f-rule', 'rule'], ['f-department', 'department'], ['f-search', 'search']];
  for (const [id, key] of filters) {
    $(id).addEventListener('input', () => {
      state.filter[key] = /** @type {HTMLInputElement} */ ($(id)).value;
      state.shown = PAGE_SIZE;
      if (state.result) {
        renderCounts();
        renderFindings();
      }
    });
  }
  $('more').addEventListener('click', () => {
    state.shown += PAGE_SIZE;
    renderFindings();
  });
  $('detail-close').addEventListener('click', () => ($('detail').hidden = true));
  $('clear').addEventListener('click', async () => {
    await dropJob();
    state.result = null;
    state.files = [];
    input.value = '';
    for (const id of ['tabs', 'clear', 'tab-findings', 'tab-score', 'tab-downloads']) $(id).hidden = true;
    $('status-text').textContent = '';
    /** @type {HTMLProgressElement} */ ($('progress')).hidden = true;
    document.body.dataset.state = '';
  });
}

async function init() {
  wire();
  const r = await fetch('api/info');
  state.info = await r.json();
  state.lang = state.info.lang === 'en' ? 'en' : 'zh';
  /** @type {HTMLSelectElement} */ ($('preset')).value = state.info.preset === 'strict' ? 'strict' : 'recommended';
  applyLang();
  document.body.dataset.ready = '1';
}

void init();
