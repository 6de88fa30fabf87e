import {
  approvalResult,
  defineRule,
  isPlaceholder,
  missingAt,
  notGiven,
  optionsSchema,
  reportFileRef,
  RESULT_SAMPLE_EXTENSIONS,
} from '../src/kit/index.js';

export default defineRule({
  meta: {
    id: 'result-sample',
    item: null,
    severity: 'info',
    strictSeverity: 'error',
    source: 'practice',
    description: '审批结果写明结果样本，样本是存在的文件（PDF、OFD、Word、图片等）或有效的 http(s) 地址',
    messages: {
      missing: '审批结果“{name}”未提供结果样本，应填写“样本”，如“forms/{name}-样本.pdf”或 http(s) 下载地址',
      notFound: '结果样本“{ref}”不存在（路径相对于指南文件所在目录），应指向已有的样本文件，或写 http(s) 下载地址',
      badUrl:
        '结果样本“{ref}”不是有效的 http(s) 地址，应写完整地址，如“https://zwfw.nmg.gov.cn/files/样本.pdf”，或写相对路径',
      extension: '结果样本“{ref}”的文件类型（{ext}）不可下载查看，应为 {allowed} 之一',
      empty: '结果样本“{ref}”是空文件（0 字节），应提供有内容的样本',
    },
    options: optionsSchema({ extensions: { type: 'array', items: { type: 'string' }, minItems: 1 } }),
    defaultOptions: { extensions: [...RESULT_SAMPLE_EXTENSIONS] },
  },
  check(guide, ctx) {
    const result = approvalResult(guide);
    if (!result) return; // absent (strict: guide-schema) or not a mapping (guide-schema)
    const sample = result.data['样本'];
    const path = ['审批结果', '样本'];
    if (notGiven(sample)) {
      // A placeholder name ("无") states no result: nothing to ask a sample of, and no file name to build.
      if (result.name && !isPlaceholder(result.name))
        ctx.report({ path: missingAt(sample, path), messageId: 'missing', data: { name: result.name } });
      return;
    }
    reportFileRef(ctx, sample, path, ctx.options.extensions);
  },
});
