// A lint result with every kind of finding the formatters must render: errors, warnings and infos,
// two guides of one file, a spreadsheet finding (sheet/cell/header), a file-level parse error,
// a suggestion, a fix, non-ASCII file names, and texts full of characters each format must escape.

import type { LintResult } from '../../src/engine/lint.js';
import type { FileResult } from '../../src/engine/lint-file.js';
import type { Finding } from '../../src/model/types.js';
import type { GuideSummary } from '../../src/score/summary.js';
import { presetConfig } from '../../src/config/resolved-config.js';
import { builtinRules } from '../../rules/index.js';
import type { FormatInput } from '../../src/format/types.js';

export const NASTY = `<script>alert("x&y")</script> 100% a:b,c\r\nline2 'q' \u0001`;

function guide(
  file: string,
  index: number,
  name: string | null,
  line: number,
  extra: Partial<GuideSummary> = {},
): GuideSummary {
  return {
    file,
    index,
    line,
    column: 1,
    name,
    basicCode: null,
    implCode: null,
    type: null,
    department: null,
    level: null,
    statutory: null,
    promised: null,
    immediate: false,
    online: false,
    depth: 0,
    situations: false,
    basisKey: '',
    powerCodes: null,
    forms: 0,
    blanks: 0,
    samples: 0,
    ...extra,
  };
}

const at = (line: number, column: number, endColumn = column + 2) => ({ line, column, endLine: line, endColumn });

export function sampleFindings(): Finding[] {
  return [
    {
      ruleId: 'enum-values',
      item: 20,
      severity: 'error',
      message: '“材料类型”的值“原件及复印件”应写作标准值“原件和复印件”',
      file: 'guides/食品 许可.yaml',
      ...at(15, 11, 17),
      path: ['申请材料', 1, '材料类型'],
      guide: '食品经营许可（新办）',
      value: '原件及复印件',
      suggestion: '原件和复印件',
    },
    {
      ruleId: 'unknown-element',
      item: null,
      severity: 'warning',
      message: NASTY,
      file: 'guides/食品 许可.yaml',
      ...at(20, 1, 7),
      path: ['承诺办结时间'],
      guide: '食品经营许可（新办）',
      value: '3',
    },
    {
      ruleId: 'office-hours',
      item: 15,
      severity: 'info',
      message: '办理时间未注明法定节假日',
      file: 'guides/食品 许可.yaml',
      ...at(80, 7),
      path: ['办理时间'],
      guide: '公共场所卫生许可',
      fix: { start: 10, end: 12, text: 'x' },
    },
    {
      ruleId: 'promised-time-limit',
      item: 13,
      severity: 'error',
      message: '承诺办结时限“5日”未注明是工作日还是自然日',
      file: 'sheets/实施清单.xlsx',
      ...at(3, 11, 12),
      path: ['承诺办结时限'],
      guide: '食品经营许可（新办）',
      sheet: '实施清单',
      cell: 'K3',
      header: '承诺办结时限',
      value: '5日',
    },
    {
      ruleId: 'parse-error',
      item: null,
      severity: 'error',
      message: 'YAML 语法错误：缩进不一致',
      file: 'bad.yaml',
      ...at(1, 1, 1),
      path: [],
      guide: null,
    },
  ];
}

export function sampleResult(): LintResult {
  const findings = sampleFindings();
  const guides = [
    guide('guides/食品 许可.yaml', 0, '食品经营许可（新办）', 1),
    guide('guides/食品 许可.yaml', 1, '公共场所卫生许可', 60),
    guide('sheets/实施清单.xlsx', 0, '食品经营许可（新办）', 3, { sheet: '实施清单', cell: 'A3' }),
  ];
  const files: FileResult[] = ['guides/食品 许可.yaml', 'sheets/实施清单.xlsx', 'bad.yaml', 'ok.yaml'].map((file) => ({
    file,
    findings: findings.filter((f) => f.file === file),
    guides: guides.filter((g) => g.file === file),
    internalErrors: [],
    suppressed: 0,
  }));
  files[3]!.guides.push(guide('ok.yaml', 0, null, 1));
  return {
    files,
    findings,
    guides: files.flatMap((f) => f.guides),
    unmatched: [],
    missing: [],
    ignored: [],
    skipped: [],
    internalErrors: [],
    suppressed: 2,
  };
}

export function input(lang: 'zh' | 'en' = 'zh', result: LintResult = sampleResult()): FormatInput {
  return {
    result,
    lang,
    version: '9.9.9',
    color: false,
    cwd: '/work/project',
    config: presetConfig(builtinRules, 'recommended', lang),
    rules: builtinRules,
  };
}

/**
 * A formatter's output as text. The formatters under test are synchronous, so a Promise here is a
 * bug; a Buffer is decoded as UTF-8 (exactly what `String(buffer)` did).
 */
export function text(out: string | Buffer | Promise<string | Buffer>): string {
  if (typeof out === 'string') return out;
  if (Buffer.isBuffer(out)) return out.toString('utf8');
  throw new Error('formatter returned a Promise; expected synchronous output');
}
