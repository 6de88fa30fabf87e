import {
  defineRule,
  itemTypesOptions,
  joinList,
  LICENSE_STAGES,
  missingStages,
  STAGES_OPTION,
  stepsOf,
  typeAmong,
} from '../src/kit/index.js';

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
    options: itemTypesOptions({ minSteps: { type: 'integer', minimum: 0 }, stages: STAGES_OPTION }),
    defaultOptions: { types: ['行政许可'], minSteps: 5, stages: LICENSE_STAGES },
  },
  check(guide, ctx) {
    const type = typeAmong(guide, ctx.options.types);
    if (!type || !Array.isArray(guide.data['办理流程'])) return; // absent or not a list: guide-schema
    const steps = stepsOf(guide);
    const { minSteps: min, stages } = ctx.options;
    const names = (list: typeof stages): string =>
      joinList(
        ctx.lang,
        list.map((s) => s.name),
      );
    const all = names(stages);
    const at = { path: ['办理流程'], at: 'key' as const };
    if (steps.length < min) ctx.report({ ...at, messageId: 'tooFew', data: { type, count: steps.length, min, all } });
    const missing = missingStages(steps, stages); // undefined: no step names at all (guide-schema)
    if (missing?.length) ctx.report({ ...at, messageId: 'missingStages', data: { missing: names(missing), all } });
  },
});
