import {
  approvalResult,
  defineRule,
  labelSchema,
  optionsSchema,
  recordsSchema,
  RESULT_SUFFIXES,
  typeBySuffix,
  VALUE_SETS,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'result-type',
    item: null,
    severity: 'info',
    strictSeverity: 'warning',
    source: 'practice',
    description:
      '审批结果类型与结果名称相符：以“证”结尾为出证办结，以“文”结尾为出文办结，以“批复”结尾为审批办结（推断）',
    messages: {
      mismatch:
        '审批结果“{name}”以“{suffix}”结尾，类型通常应为“{expected}”，而不是“{type}”；请核实后改为“{expected}”，或修正结果名称',
    },
    options: optionsSchema({
      suffixes: recordsSchema({ suffix: { type: 'string', minLength: 1 }, type: labelSchema(VALUE_SETS.审批结果类型) }),
    }),
    defaultOptions: { suffixes: RESULT_SUFFIXES },
  },
  check(guide, ctx) {
    const result = approvalResult(guide);
    if (!result?.name || !result.type) return;
    const implied = typeBySuffix(result.name, ctx.options.suffixes);
    if (!implied || implied.type === result.type) return;
    const written = String(result.data['类型']);
    const data = { name: result.name, suffix: implied.suffix, expected: implied.type, type: written };
    ctx.report({ path: ['审批结果', '类型'], messageId: 'mismatch', data, suggestion: implied.type });
  },
});
