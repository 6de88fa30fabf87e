// The 24 items of 《政务服务事项标准化建设重点工作任务清单》 (docs/checklist.zh.txt).
// Targets and deadlines here are the checklist preset; config `targets:` overrides them.

export interface ChecklistItem {
  item: number;
  /** 三级指标, the item's short Chinese title. */
  title: string;
  en: string;
  kind: 'measure' | 'per-guide' | 'both';
  /** Target of a measure: a fraction 0–1, or a count (item 8). */
  target?: number;
  deadline: string;
}

const D1 = '2021-12-31';
const D3 = '2021-03-31';

export const CHECKLIST: ChecklistItem[] = [
  { item: 1, title: '减时间', en: 'time reduction', kind: 'measure', target: 0.5, deadline: D1 },
  { item: 2, title: '即办程度', en: 'immediate items', kind: 'measure', target: 0.2, deadline: D1 },
  { item: 3, title: '信息发布（Ⅰ级）', en: 'published online (level I)', kind: 'measure', target: 1, deadline: D3 },
  { item: 4, title: '材料预审（Ⅱ级）', en: 'online pre-review (level II)', kind: 'both', target: 0.9, deadline: D3 },
  { item: 5, title: '材料核验（Ⅲ级）', en: 'online verification (level III)', kind: 'both', target: 0.6, deadline: D1 },
  { item: 6, title: '全程网办（Ⅳ级）', en: 'fully online (level IV)', kind: 'both', target: 0.5, deadline: D1 },
  {
    item: 7,
    title: '依申请事项办事指南发布数量',
    en: 'guides for application-based powers',
    kind: 'measure',
    target: 1,
    deadline: D1,
  },
  {
    item: 8,
    title: '公共服务事项办事指南发布数量',
    en: 'public-service guides per department',
    kind: 'measure',
    target: 20,
    deadline: D1,
  },
  {
    item: 9,
    title: '办事指南与权责清单关联度',
    en: 'power list linked to guides',
    kind: 'measure',
    target: 0.9,
    deadline: D1,
  },
  { item: 10, title: '要素规范统一', en: 'uniform basic elements', kind: 'both', target: 1, deadline: D1 },
  { item: 11, title: '精细化梳理成果推广复用', en: 'materials by situation', kind: 'both', target: 0.3, deadline: D1 },
  { item: 12, title: '法定办结时限', en: 'statutory time limit', kind: 'per-guide', deadline: D1 },
  { item: 13, title: '承诺办结时限', en: 'promised time limit', kind: 'per-guide', deadline: D1 },
  { item: 14, title: '办理地点', en: 'place of handling', kind: 'per-guide', deadline: D1 },
  { item: 15, title: '办理时间', en: 'office hours', kind: 'per-guide', deadline: D1 },
  { item: 16, title: '咨询方式', en: 'consultation phone', kind: 'per-guide', deadline: D1 },
  {
    item: 17,
    title: '中介机构或特殊环节',
    en: 'intermediaries and special procedures',
    kind: 'per-guide',
    deadline: D1,
  },
  { item: 18, title: '材料来源或出具单位', en: 'material source', kind: 'per-guide', deadline: D1 },
  { item: 19, title: '数量要求', en: 'number of copies', kind: 'per-guide', deadline: D1 },
  { item: 20, title: '类型和形式', en: 'material type and form', kind: 'per-guide', deadline: D1 },
  { item: 21, title: '流程内容详实性', en: 'process steps in full', kind: 'per-guide', deadline: D1 },
  { item: 22, title: '到办事现场次数', en: 'visits to the hall', kind: 'per-guide', deadline: D1 },
  { item: 23, title: '空表下载服务', en: 'blank forms', kind: 'both', target: 1, deadline: D1 },
  { item: 24, title: '样表下载服务', en: 'sample forms', kind: 'both', target: 1, deadline: D1 },
];

export function checklistItem(n: number): ChecklistItem | undefined {
  return CHECKLIST[n - 1];
}
