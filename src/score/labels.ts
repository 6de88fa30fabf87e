// Texts the score formats share (table, HTML, xlsx), in both report languages.

import type { Lang } from '../model/types.js';
import { num, pct, pctOf, ratioText, targetText, valueText } from './numbers.js';
import type { Measure, Offender, Scorecard } from './types.js';

export const L = {
  zh: {
    title: '政务服务事项标准化评分',
    item: '项',
    measure: '指标',
    ratio: '分子/分母',
    value: '值',
    target: '目标',
    deadline: '期限',
    met: '达标',
    note: '说明',
    guides: '指南',
    powers: '权力事项',
    department: '实施主体',
    level: '行使层级',
    byDepartment: '按实施主体',
    byLevel: '按行使层级',
    toFix: '待整改',
    powerList: '权责清单',
    unknownCodes: '指南中的权责清单编码在权责清单中不存在',
    problems: '权责清单读取提示',
    file: '文件',
    place: '位置',
    guide: '指南',
    reason: '原因',
    code: '权力编码',
    name: '权力名称',
    type: '权力类型',
    match: '对应方式',
    linked: '关联指南',
    more: (n: number) => `…… 另有 ${n} 条（完整列表见 --format json 或 xlsx）`,
    scope: (c: Scorecard) =>
      `${c.guides} 份指南（${c.files} 个文件）${c.powerList ? `；权责清单 ${c.powerList.file}：${c.powerList.powers} 项，其中依申请六类行政权力 ${c.powerList.counted} 项` : '；未提供权责清单（第 7、9 项需 --power-list）'}`,
    mean: (m: Measure) =>
      `按指南平均 ${m.mean === null || m.mean === undefined ? '—' : pct(m.mean)}${m.excluded ? `；${m.excluded} 份指南缺少法定或承诺时限，未计入` : ''}`,
    deptRatio: (m: Measure) => `${ratioText(m)} 个部门`,
    minCount: (m: Measure) => (m.value === null ? '—' : `最少 ${m.value} 个`),
    itemN: (n: number) => `第 ${n} 项`,
    offenderCount: (m: Measure) =>
      `${m.offenders.length} ${m.offenders[0]?.kind === 'power' ? '项权力事项' : m.offenders[0]?.kind === 'department' ? '个部门' : '处'}`,
    matchKind: { code: '权责清单编码', basicCode: '基本编码', name: '事项名称' } as Record<string, string>,
    none: '无',
    notCounted: '不计入（非依申请六类）',
    summary: (met: number, valued: number, all: number) => `已测 ${valued} 项指标（共 ${all} 项）中 ${met} 项达标`,
    wholeSet:
      '本项按每个部门的全部公共服务事项指南计数：只对部门的部分指南（如一次改动的几个文件）评分时，未达标不说明问题',
  },
  en: {
    title: 'Service item standardization scorecard',
    item: '#',
    measure: 'measure',
    ratio: 'num/den',
    value: 'value',
    target: 'target',
    deadline: 'deadline',
    met: 'met',
    note: 'note',
    guides: 'guides',
    powers: 'powers',
    department: '实施主体 (department)',
    level: '行使层级 (level)',
    byDepartment: 'By department (实施主体)',
    byLevel: 'By level (行使层级)',
    toFix: 'To fix',
    powerList: 'Power list',
    unknownCodes: 'Guides listing a 权责清单编码 the power list does not have',
    problems: 'Power list notes',
    file: 'file',
    place: 'place',
    guide: 'guide',
    reason: 'reason',
    code: 'code',
    name: 'name',
    type: 'type',
    match: 'match',
    linked: 'linked guides',
    more: (n: number) => `… and ${n} more (all of them: --format json or xlsx)`,
    scope: (c: Scorecard) =>
      `${c.guides} guide${c.guides === 1 ? '' : 's'} in ${c.files} file${c.files === 1 ? '' : 's'}${c.powerList ? `; power list ${c.powerList.file}: ${c.powerList.powers} powers, ${c.powerList.counted} of the six application-based types` : '; no power list (items 7 and 9 need --power-list)'}`,
    mean: (m: Measure) =>
      `per-guide mean ${m.mean === null || m.mean === undefined ? '—' : pct(m.mean)}${m.excluded ? `; ${m.excluded} guide${m.excluded === 1 ? '' : 's'} without both limits not counted` : ''}`,
    deptRatio: (m: Measure) => `${ratioText(m)} depts`,
    minCount: (m: Measure) => (m.value === null ? '—' : `min ${m.value}`),
    itemN: (n: number) => `Item ${n}`,
    offenderCount: (m: Measure) =>
      `${m.offenders.length} ${m.offenders[0]?.kind === 'power' ? 'powers' : m.offenders[0]?.kind === 'department' ? 'departments' : 'places'}`,
    matchKind: { code: '权责清单编码', basicCode: '基本编码', name: 'name' } as Record<string, string>,
    none: 'none',
    notCounted: 'not counted (not application-based)',
    summary: (met: number, valued: number, all: number) => `${met} of ${valued} measured items met (${all} in all)`,
    wholeSet:
      "counted over each department's whole set of public-service guides: scored on part of a department's guides (a few changed files), a miss says nothing",
  },
} satisfies Record<Lang, unknown>;

export const measureTitle = (m: Measure, lang: Lang) => (lang === 'zh' ? m.title : m.en);

export const mark = (m: Pick<Measure, 'met'>) => (m.met === null ? '—' : m.met ? '✔' : '✘');

export function ratioCell(m: Measure, lang: Lang): string {
  return m.item === 8 ? L[lang].deptRatio(m) : ratioText(m);
}

export function valueCell(m: Measure, lang: Lang): string {
  return m.item === 8 ? L[lang].minCount(m) : valueText(m);
}

export const targetCell = (m: Measure) => `≥${targetText(m)}`;

export function noteCell(m: Measure, lang: Lang): string {
  if (m.item === 1 && m.value !== null) return L[lang].mean(m);
  return m.note ?? '';
}

/** A compact cell of a breakdown matrix: "72%✔", "4✘", "—". */
export function shortCell(m: Measure): string {
  if (m.value === null) return '—';
  const v = m.unit === 'count' ? String(m.value) : pctOf(m.value, m.target, 0);
  return `${v}${mark(m)}`;
}

/** "file:line:col", or "file sheet!A1" in a spreadsheet. */
export function placeText(file: string, at: { line: number; column?: number; sheet?: string; cell?: string }): string {
  if (at.sheet !== undefined) return `${file} ${at.sheet}!${at.cell}`;
  return at.column !== undefined ? `${file}:${at.line}:${at.column}` : `${file}:${at.line}`;
}

/** Where an offender is: "file:line:col", "file sheet!A1", a power's row, or a department. */
export function offenderPlace(o: Offender): string {
  if (o.kind === 'guide') return placeText(o.file, o);
  if (o.kind === 'power') return placeText(o.source.file, o.source);
  return o.department;
}

export function offenderWhat(o: Offender): string {
  if (o.kind === 'guide') return o.guide ?? '';
  if (o.kind === 'power') return `${o.code} ${o.name}`;
  return '';
}

export { num };
