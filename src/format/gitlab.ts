// GitLab Code Quality report (a JSON array, `artifacts: reports: codequality:`): one issue per
// finding, shown in merge request widgets and diffs. The fingerprint is stable when lines move:
// the baseline fingerprint (file, rule, element path, value) and which of identical findings in
// the file it is, hashed. Severity mapping (docs/formats.md#gitlab):
//   internal-error → blocker · parse-error → critical · error → major · warning → minor · info → info

import { createHash } from 'node:crypto';
import { fingerprint } from '../engine/baseline.js';
import { INTERNAL_ERROR, PARSE_ERROR } from '../engine/lint-file.js';
import type { Finding, Lang } from '../model/types.js';
import type { Formatter } from './types.js';

export type CodeQualitySeverity = 'blocker' | 'critical' | 'major' | 'minor' | 'info';

export function severityOf(f: Finding): CodeQualitySeverity {
  if (f.ruleId === INTERNAL_ERROR) return 'blocker';
  if (f.ruleId === PARSE_ERROR) return 'critical';
  return f.severity === 'error' ? 'major' : f.severity === 'warning' ? 'minor' : 'info';
}

function description(f: Finding, lang: Lang): string {
  const item = f.item === null ? '' : lang === 'zh' ? `（第${f.item}项）` : ` (item ${f.item})`;
  const where = f.sheet !== undefined ? ` [${f.sheet}!${f.cell}]` : '';
  const guide = f.guide !== null ? (lang === 'zh' ? `【${f.guide}】` : `[${f.guide}] `) : '';
  return `${guide}${f.message}${where}${item}`;
}

const gitlab: Formatter = ({ result, lang }) => {
  const seen = new Map<string, number>();
  const issues = result.findings.map((f) => {
    const base = fingerprint(f.file, f.ruleId, f.path, f.value);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      type: 'issue',
      engine_name: 'guide-lint',
      check_name: f.ruleId,
      description: description(f, lang),
      categories: ['Style'],
      fingerprint: createHash('md5').update(`${base}:${n}`).digest('hex'),
      severity: severityOf(f),
      location: { path: f.file, lines: { begin: Math.max(1, f.line), end: Math.max(1, f.line, f.endLine) } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
