// Deterministic generator of realistic service guides (see docs/guide-format.md).
// Same seed → byte-identical files. Guide i is the same in every set size (sets are prefixes).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { dump } from 'js-yaml';
import * as XLSX from 'xlsx';
import { cn, creditCode } from './codes.js';
import * as W from './words.js';
import { at } from '../src/util/at.js';
import { EXPORT_COLUMNS } from '../src/model/export-columns.js';

/** Bump when the output changes, so cached data sets are regenerated. */
export const GENERATOR_VERSION = 4;

export type Rng = () => number;
export type Guide = Record<string, unknown>;
type Obj = Record<string, unknown>;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Independent stream for guide i, so guide i does not depend on the set size. */
export const guideRng = (seed: number, i: number): Rng =>
  mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35));

const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rng, a: readonly T[]): T => at(a, Math.floor(r() * a.length));
const chance = (r: Rng, p: number) => r() < p;
function sample<T>(r: Rng, a: readonly T[], k: number): T[] {
  const c = a.slice();
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(r() * (c.length - i));
    [c[i], c[j]] = [at(c, j), at(c, i)];
  }
  return c.slice(0, k);
}

// Guide i ↦ (place, item) by an affine permutation: 实施编码 are unique for the first COMBOS guides.
export const COMBOS = W.PLACES.length * W.ITEMS.length;
const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
let STRIDE = 7919;
while (gcd(STRIDE, COMBOS) !== 1) STRIDE += 2;

const limitText = (n: number) => (n === 0.5 ? '0.5' : String(n)) + '个工作日';
const article = (n: number) => `第${cn(n)}条`;
const phone = (r: Rng, area: string) => `${area}-${int(r, 2, 8)}${String(int(r, 0, 999999)).padStart(6, '0')}`;
const DEFECTS = [
  'bare-days-statutory',
  'bare-days-promised',
  'address-no-window',
  'material-no-copies',
  'material-type-nonstandard',
  'step-no-standard',
  'phone-no-area-code',
  'material-no-issuer',
  'form-no-sample',
  'visits-depth-mismatch',
  'promised-exceeds-statutory',
  'code-type-mismatch',
  'missing-visits',
  'same-phones',
] as const;
export type Defect = (typeof DEFECTS)[number];

function address(r: Rng, place: W.Place, withWindow: boolean): string {
  const floor = int(r, 1, 4);
  const win = int(r, 1, 30);
  const window = chance(r, 0.05) && win <= 20 ? `${at(W.CIRCLED, win - 1)}号窗口` : `${win}号窗口`;
  const hall = place.isRegion ? '内蒙古自治区政务服务中心' : pick(r, W.HALLS);
  const base = `${place.addr}${pick(r, W.STREETS)}${int(r, 1, 399)}号${hall}${at(W.FLOORS, floor - 1)}楼${floor * 100 + int(r, 1, 30)}室`;
  return withWindow ? base + window : base;
}

function steps(r: Rng, n: number, promised: number, item: W.Item, result: string): Obj[] {
  const names = at(
    [
      ['受理', '审查', '决定'],
      ['受理', '审查', '决定', '送达'],
      ['受理', '审查', '决定', '制证', '送达'],
      ['申请', '受理', '审查', '决定', '制证', '送达'],
    ],
    n - 3,
  );
  const std: Record<string, string> = {
    申请: '申请人按要求提交申请材料',
    受理: '申请材料齐全、符合法定形式',
    审查: `申请材料真实有效，符合${item.law}规定的条件`,
    决定: '符合法定条件、标准的，依法作出准予办理的决定',
    制证: '证照信息准确、完整',
    送达: '按申请人选择的方式送达办理结果',
  };
  const out: Record<string, string> = {
    申请: '申请材料',
    受理: '受理通知书',
    审查: '审查意见',
    送达: '送达回证',
    决定: item.type === '01' ? '准予（不予）行政许可决定书' : '办理决定',
    制证: result,
  };
  const each = promised >= n; // every step gets a day, 审查 the rest; else 审查 gets all
  return names.map((name) => {
    let limit = '即办';
    if (promised > 0 && name === '审查') limit = limitText(each ? promised - (n - 1) : promised);
    else if (promised > 0 && each) limit = '1个工作日';
    else if (promised === 0 && chance(r, 0.3)) limit = '当场办结';
    return { 环节名称: name, 办理时限: limit, 审批标准: std[name], 办理结果: out[name] };
  });
}

/** One realistic guide, clean or with 1–3 defects (about 10% of guides). */
export function generateGuide(i: number, r: Rng): { guide: Guide; defects: Defect[] } {
  const idx = (i * STRIDE) % COMBOS;
  const placeIdx = idx % W.PLACES.length;
  const place = at(W.PLACES, placeIdx);
  const item = at(W.ITEMS, Math.floor(idx / W.PLACES.length));
  const dept = at(W.DEPTS, item.dept);
  const body = place.isRegion ? `${place.name}${dept.region}` : `${place.name}${dept.local}`;
  const credit = creditCode(
    place.division,
    'MB' + String((placeIdx * 7919 + item.dept * 104729 + 12345) % 1e6).padStart(6, '0'),
  );
  const implCode = credit + place.levelCode + item.basicCode;
  const typeLabel = W.typeLabel(item.type);
  const statutory = at([20, 20, 20, 15, 10, item.type === '01' ? 20 : 30], item.basicCode.charCodeAt(8) % 6); // 行政许可法 art. 42: 20 days
  const immediate = chance(r, 0.25);
  const promised = immediate
    ? 0
    : chance(r, 0.8)
      ? int(r, 1, Math.floor(statutory / 2))
      : int(r, Math.floor(statutory / 2) + 1, statutory);
  const depth = pick(r, ['Ⅳ级', 'Ⅳ级', 'Ⅳ级', 'Ⅳ级', 'Ⅳ级', 'Ⅲ级', 'Ⅲ级', 'Ⅱ级', 'Ⅱ级', 'Ⅰ级']);
  const visits = depth === 'Ⅳ级' ? 0 : depth === 'Ⅲ级' || immediate ? 1 : int(r, 1, 2); // 即办件: one visit at most
  const result =
    item.cert ?? (item.type === '05' ? '给付决定通知书' : item.type === '01' ? '准予行政许可决定书' : '办理结果告知单');
  const situations = chance(r, 0.3) ? pick(r, W.SITUATIONS).slice() : undefined;

  const g: Guide = {
    事项名称: item.name,
    基本编码: item.basicCode,
    实施编码: implCode,
    事项类型: chance(r, 0.1) ? item.type : typeLabel,
    实施主体: body,
    行使层级: place.level,
    设定依据: [
      { 名称: item.law, 条款: article(item.article) },
      ...(item.type === '01' ? [{ 名称: '《中华人民共和国行政许可法》', 条款: '第二十九条' }] : []),
    ],
  };
  if (chance(r, 0.7) && W.TYPE_ABBR[item.type])
    g.权责清单编码 = [`${place.division}-${W.TYPE_ABBR[item.type]}-${String(int(r, 1, 300)).padStart(4, '0')}`];
  const textForm = chance(r, 0.4);
  g.法定办结时限 = textForm
    ? chance(r, 0.25)
      ? `${cn(statutory)}个工作日`
      : limitText(statutory)
    : { 数值: statutory, 单位: '工作日' };
  g.承诺办结时限 =
    promised === 0
      ? pick(r, ['即办', '当场办结', { 数值: 0, 单位: '工作日' }])
      : textForm
        ? limitText(promised)
        : { 数值: promised, 单位: '工作日' };
  g.办件类型 = immediate ? '即办件' : '承诺件';
  g.办理深度 = depth === 'Ⅳ级' && chance(r, 0.15) ? '全程网办（Ⅳ级）' : depth;
  g.到办事现场次数 = visits;
  if (visits > 0) g.必须现场办理原因 = pick(r, W.VISIT_REASONS);
  g.办理形式 = [
    '窗口办理',
    '电脑端网上办理',
    ...(depth === 'Ⅳ级' && chance(r, 0.6) ? ['移动端网上申请'] : []),
    ...(chance(r, 0.5) ? ['快递申请'] : []),
  ];
  g.网办地址 = `https://zwfw.nmg.gov.cn/bsfw/item/${implCode}`;
  g.办理地点 = chance(r, 0.1) ? [address(r, place, true), address(r, place, true)] : address(r, place, true);
  g.办理时间 = pick(r, W.HOURS);
  g.咨询电话 = phone(r, place.areaCode);
  g.监督电话 = chance(r, 0.5) ? '12345' : phone(r, place.areaCode);
  if (g.监督电话 === g.咨询电话) g.监督电话 = '12345';
  g.中介服务 = '否'; // decided with the materials below
  if (chance(r, 0.25))
    g.特殊环节 = [
      { 名称: pick(r, W.SPECIAL_STEPS), 时限: limitText(int(r, 3, 20)), 设定依据: item.law + article(item.article) },
    ];
  if (situations) g.情形 = situations;
  g.服务对象 = []; // decided with the materials below
  if (chance(r, 0.15)) {
    Object.assign(g, {
      是否收费: '是',
      收费依据: '《行政事业性收费标准》第三条',
      收费项目: [{ 名称: '工本费', 标准: `${int(r, 1, 4) * 5}元/本` }],
      支持网上支付: pick(r, ['是', '否']),
    });
  } else if (chance(r, 0.6)) g.是否收费 = '否';
  const resultType = item.cert
    ? '出证办结'
    : item.type === '05'
      ? '审批办结'
      : item.type === '01'
        ? '出文办结'
        : '其他';
  g.审批结果 = { 名称: result, 类型: resultType, 样本: `https://zwfw.nmg.gov.cn/files/sample/${item.basicCode}.pdf` };
  if (item.type === '01' || chance(r, 0.4)) g.常见问题 = sample(r, W.FAQ, int(r, 1, 3)).map(([问, 答]) => ({ 问, 答 }));
  const formName = `${item.base}${pick(r, ['申请书', '申请表'])}`;
  const form = (k: number) => ({
    空表: `https://zwfw.nmg.gov.cn/files/form/${item.basicCode}-${k}.docx`,
    样表: `https://zwfw.nmg.gov.cn/files/form/${item.basicCode}-${k}-sample.docx`,
  });
  const materials: Obj[] = [
    {
      材料名称: formName,
      来源渠道: '申请人自备',
      出具单位: '申请人',
      份数: 1,
      材料类型: '原件',
      材料形式: '纸质和电子',
      必要性: '必要',
      填写表格: '是',
      ...form(1),
    },
  ];
  const pool = W.MATERIALS.filter((x) => x[6] === '*' || x[6].includes(dept.code));
  for (const [name, source, issuer, type, medium, fill] of sample(r, pool, int(r, 4, 11))) {
    const m: Obj = {
      材料名称: name,
      来源渠道: source,
      出具单位: issuer,
      份数: chance(r, 0.8) ? 1 : int(r, 2, 3),
      材料类型: type,
      材料形式: medium,
      必要性: pick(r, ['必要', '必要', '必要', '必要', '必要', '必要', '非必要', '容缺后补']),
      填写表格: fill,
    };
    if (depth === 'Ⅳ级' && medium === '纸质') m.材料形式 = '纸质和电子'; // fully online: no paper-only originals
    if (fill === '是') Object.assign(m, form(materials.length + 1));
    materials.push(m);
  }
  const names = materials.map((m) => m.材料名称 as string);
  const person = W.PERSON_MATERIALS.some((x) => names.some((n) => n.includes(x)));
  const org = W.ORGANISATION_MATERIALS.some((x) => names.some((n) => n.includes(x)));
  g.服务对象 =
    person && org
      ? ['自然人', '企业法人']
      : person
        ? ['自然人']
        : org
          ? pick(r, W.ORGANISATIONS).slice()
          : pick(r, W.SUBJECTS).slice();
  const needed: (readonly string[])[] = names.flatMap((x) => {
    const agency = W.MATERIAL_AGENCY[x];
    return agency ? [agency] : [];
  });
  const agencies = W.INTERMEDIARIES.filter((x) => x[2].includes(dept.code));
  if (!needed.length && agencies.length && chance(r, 0.2)) needed.push(pick(r, agencies));
  if (needed.length) g.中介服务 = needed.map(([名称, 设定依据]) => ({ 名称, 设定依据 }));
  if (situations)
    for (const m of materials) m.适用情形 = m.材料名称 === '授权委托书' ? situations.slice(-1) : situations.slice();
  g.申请材料 = materials;
  g.办理流程 = steps(r, item.type === '01' ? int(r, 5, 6) : int(r, 3, 6), promised, item, result); // licences: 受理…制证、送达
  const defects = chance(r, 0.1) ? sample(r, DEFECTS, int(r, 1, 3)) : [];
  for (const d of defects) injectDefect(g, d, r, statutory);
  return { guide: g, defects };
}

function injectDefect(g: Guide, d: Defect, r: Rng, statutory: number): void {
  const mats = g.申请材料 as Obj[];
  const steps = g.办理流程 as Obj[];
  switch (d) {
    case 'bare-days-statutory':
      g.法定办结时限 = `${statutory}天`;
      break;
    case 'bare-days-promised':
      g.承诺办结时限 = `${Math.max(1, Math.floor(statutory / 2))}日`;
      g.办件类型 = '承诺件';
      break;
    case 'address-no-window': {
      const place = Array.isArray(g.办理地点) ? at(g.办理地点 as string[], 0) : (g.办理地点 as string);
      const bare = place.replace(/[\d①-⑳]+号窗口$/, '');
      g.办理地点 = Array.isArray(g.办理地点) ? [bare, (g.办理地点 as string[])[1]] : bare;
      break;
    }
    case 'material-no-copies':
      delete pick(r, mats).份数;
      break;
    case 'material-type-nonstandard':
      pick(r, mats).材料类型 = '原件及复印件';
      break;
    case 'step-no-standard':
      delete pick(r, steps).审批标准;
      break;
    case 'phone-no-area-code':
      g.咨询电话 = (g.咨询电话 as string).split('-')[1];
      break;
    case 'material-no-issuer': {
      const m = pick(r, mats.slice(1));
      m.来源渠道 = '政府部门核发';
      delete m.出具单位;
      break;
    }
    case 'form-no-sample':
      delete at(mats, 0).样表;
      break;
    case 'visits-depth-mismatch':
      g.办理深度 = 'Ⅳ级';
      g.到办事现场次数 = 2;
      delete g.必须现场办理原因;
      break;
    case 'promised-exceeds-statutory':
      g.承诺办结时限 = { 数值: statutory + 10, 单位: '工作日' };
      g.办件类型 = '承诺件';
      break;
    case 'code-type-mismatch': {
      const basic = g.基本编码 as string;
      const wrong = basic.slice(2, 4) === '07' ? '01' : '07';
      const swapped = basic.slice(0, 2) + wrong + basic.slice(4);
      g.基本编码 = swapped;
      g.实施编码 = (g.实施编码 as string).slice(0, 19) + swapped;
      break;
    }
    case 'missing-visits':
      delete g.到办事现场次数;
      break;
    case 'same-phones':
      g.监督电话 = g.咨询电话;
      break;
  }
}

export interface Manifest {
  kind: 'yaml' | 'xlsx';
  n: number;
  seed: number;
  version: number;
  files: number;
  bytes: number;
  defective: number;
  defects: Record<string, number>;
}

function readManifest(file: string, kind: string, n: number, seed: number): Manifest | undefined {
  if (!existsSync(file)) return undefined;
  const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  return m.kind === kind && m.n === n && m.seed === seed && m.version === GENERATOR_VERSION ? m : undefined;
}
function tally(m: Manifest, defects: Defect[]): void {
  if (defects.length) m.defective++;
  for (const d of defects) m.defects[d] = (m.defects[d] ?? 0) + 1;
}

/** n YAML files, one guide each, in sub-folders of ≤ 1,000 files; reused when `<dir>.manifest.json` matches. */
export function writeYamlSet(dir: string, n: number, seed: number): { manifest: Manifest; reused: boolean } {
  const mfile = `${dir}.manifest.json`; // beside the set, never inside it: a .json file would be linted
  const cached = readManifest(mfile, 'yaml', n, seed);
  if (cached && existsSync(dir)) return { manifest: cached, reused: true };
  rmSync(mfile, { force: true });
  rmSync(dir, { recursive: true, force: true });
  const m: Manifest = {
    kind: 'yaml',
    n,
    seed,
    version: GENERATOR_VERSION,
    files: 0,
    bytes: 0,
    defective: 0,
    defects: {},
  };
  for (let i = 0; i < n; i++) {
    const sub = join(dir, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const { guide, defects } = generateGuide(i, guideRng(seed, i));
    const text = dump(guide, { lineWidth: -1, noRefs: true });
    writeFileSync(join(sub, `guide-${String(i).padStart(6, '0')}.yaml`), text);
    m.files++;
    m.bytes += Buffer.byteLength(text);
    tally(m, defects);
  }
  writeFileSync(mfile, JSON.stringify(m, null, 1));
  return { manifest: m, reused: false };
}

const { items: ITEM_COLS, material: MATERIAL_COLS, step: STEP_COLS } = EXPORT_COLUMNS;

/** A guide's value as one spreadsheet cell. */
function cell(g: Guide, col: string): unknown {
  const v = g[col];
  const res = g.审批结果 as Obj;
  switch (col) {
    case '设定依据':
      return (v as Obj[]).map((b) => `${String(b.名称)}${String(b.条款)}`).join('；');
    case '法定办结时限':
    case '承诺办结时限':
      return typeof v === 'object' ? limitText((v as Obj).数值 as number).replace(/^0个工作日$/, '即办') : v;
    case '中介服务':
      return Array.isArray(v) ? '是' : v;
    case '收费项目':
      return Array.isArray(v) ? (v as Obj[]).map((f) => `${String(f.名称)}：${String(f.标准)}`).join('；') : undefined;
    case '审批结果':
      return res.名称;
    case '审批结果类型':
      return res.类型;
    case '结果样本':
      return res.样本;
    case '常见问题':
      return Array.isArray(v)
        ? (v as Obj[]).map((q) => `问：${String(q.问)}答：${String(q.答)}`).join('\n')
        : undefined;
    default:
      return Array.isArray(v) ? v.join(col === '办理地点' || col === '权责清单编码' ? '；' : '、') : v;
  }
}
const row = (o: Obj, cols: string[]) =>
  cols.map((c) => (Array.isArray(o[c]) ? (o[c] as string[]).join('、') : o[c]) ?? null);

/** The same n guides as a relational workbook: 事项, 申请材料, 办理流程 (+ 中介服务, 特殊环节) joined by 实施编码. */
export function writeRelationalXlsx(file: string, n: number, seed: number): { manifest: Manifest; reused: boolean } {
  const mfile = file + '.manifest.json';
  const cached = readManifest(mfile, 'xlsx', n, seed);
  if (cached && existsSync(file)) return { manifest: cached, reused: true };
  const m: Manifest = {
    kind: 'xlsx',
    n,
    seed,
    version: GENERATOR_VERSION,
    files: 1,
    bytes: 0,
    defective: 0,
    defects: {},
  };
  const sheets: Record<'事项' | '申请材料' | '办理流程' | '中介服务' | '特殊环节', unknown[][]> = {
    事项: [ITEM_COLS],
    申请材料: [['实施编码', ...MATERIAL_COLS]],
    办理流程: [['实施编码', ...STEP_COLS]],
    中介服务: [['实施编码', '名称', '设定依据']],
    特殊环节: [['实施编码', '名称', '时限', '设定依据']],
  };
  for (let i = 0; i < n; i++) {
    const { guide: g, defects } = generateGuide(i, guideRng(seed, i));
    const code = g.实施编码;
    sheets.事项.push(ITEM_COLS.map((c) => cell(g, c) ?? null));
    for (const mat of g.申请材料 as Obj[]) sheets.申请材料.push([code, ...row(mat, MATERIAL_COLS)]);
    for (const s of g.办理流程 as Obj[]) sheets.办理流程.push([code, ...row(s, STEP_COLS)]);
    if (Array.isArray(g.中介服务))
      for (const s of g.中介服务 as Obj[]) sheets.中介服务.push([code, s.名称, s.设定依据]);
    for (const s of (g.特殊环节 as Obj[] | undefined) ?? []) sheets.特殊环节.push([code, s.名称, s.时限, s.设定依据]);
    tally(m, defects);
  }
  const wb = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets))
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows, { dense: true }), name);
  const buf = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, buf);
  m.bytes = buf.length;
  writeFileSync(mfile, JSON.stringify(m, null, 1));
  return { manifest: m, reused: false };
}

// node dist/bench/generate.js yaml|xlsx <n> <out> [seed]
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [kind, n, out, seed = '42'] = process.argv.slice(2);
  if (out === undefined) throw new Error('usage: node dist/bench/generate.js yaml|xlsx <n> <out> [seed]');
  const t = performance.now();
  const res =
    kind === 'xlsx' ? writeRelationalXlsx(out, Number(n), Number(seed)) : writeYamlSet(out, Number(n), Number(seed));
  console.log(JSON.stringify({ ...res, ms: Math.round(performance.now() - t) }));
}
