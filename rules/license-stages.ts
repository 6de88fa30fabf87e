import { compact, compactAll, defineRule, joinList, stepsOf, textOf, typeAmong, VALUE_SETS } from '../src/kit/index.js';

interface Stage {
  name: string;
  /** Words a 环节名称 contains when the step belongs to the stage. */
  synonyms: string[];
}

const stageName = (s: Stage) => s.name;

// 《行政许可法》第四章：第一节 申请与受理，第二节 审查与决定，第四十四条 颁发、送达。
const DEFAULT_STAGES: Stage[] = [
  { name: '受理', synonyms: ['受理', '收件', '接件', '收案'] },
  {
    name: '审查',
    synonyms: ['审查', '审核', '初审', '复审', '复核', '核查', '核实', '审验', '查验', '审理', '勘验', '踏勘'],
  },
  { name: '决定', synonyms: ['决定', '审批', '批准', '核准', '审定', '签发'] },
  { name: '制证', synonyms: ['制证', '办结', '缮证', '印证', '打证', '出证', '证照制作', '制作证', '发证', '颁证'] },
  { name: '送达', synonyms: ['送达', '送证', '领证', '领取', '寄送', '寄递', '邮寄', '发放', '交付', '发证', '颁证'] },
];

export default defineRule({
  meta: {
    id: 'license-stages',
    item: null,
    severity: 'info',
    strictSeverity: 'warning',
    source: 'standard',
    description: '行政许可的办理流程至少 5 个环节，涵盖受理、审查（审核）、决定（审批）、制证（办结）、送达',
    messages: {
      tooFew: '事项类型为“{type}”，办理流程只有{count}个环节，应至少{min}个，依次写明{all}等环节',
      missingStages:
        '办理流程缺少{missing}环节；行政许可一般包括{all}（《行政许可法》第四章），应补上，或在环节名称中写明（如“审查”“送达”）',
    },
    options: {
      type: 'object',
      properties: {
        types: { type: 'array', items: { type: 'string', enum: VALUE_SETS.事项类型.values.map((v) => v.label) } },
        minSteps: { type: 'integer', minimum: 0 },
        stages: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              name: { type: 'string', minLength: 1 },
              synonyms: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
            },
            required: ['name', 'synonyms'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { types: ['行政许可'], minSteps: 5, stages: DEFAULT_STAGES },
  },
  check(guide, ctx) {
    const type = typeAmong(guide, ctx.options.types);
    if (!type) return;
    if (!Array.isArray(guide.data['办理流程'])) return; // absent or not a list: guide-schema
    const steps = stepsOf(guide);
    const min = ctx.options.minSteps;
    const stages = ctx.options.stages;
    const stageNames = (list: readonly Stage[]) => joinList(ctx.lang, list.map(stageName));
    const all = stageNames(stages);
    if (steps.length < min) {
      ctx.report({ path: ['办理流程'], at: 'key', messageId: 'tooFew', data: { type, count: steps.length, min, all } });
    }
    const names = steps.map((s) => compact(textOf(s.data['环节名称']) ?? '')).filter(Boolean);
    if (names.length === 0) return; // no step names at all: guide-schema
    const missing = stages.filter((st) => !names.some((n) => compactAll(st.synonyms).some((w) => n.includes(w))));
    if (missing.length > 0) {
      ctx.report({
        path: ['办理流程'],
        at: 'key',
        messageId: 'missingStages',
        data: { missing: stageNames(missing), all },
      });
    }
  },
});
