// GitLab Code Quality report (a JSON array, `artifacts: reports: codequality:`): one issue per
// finding, shown in merge request widgets and diffs. The fingerprint is stable when lines move:
// the baseline fingerprint (file, rule, element path, value) and which of identical findings in
// the file it is, hashed. Severity mapping (docs/formats.md#gitlab):
//   internal-error → blocker · parse-error → critical · error → major · warning → minor · info → info

import { createHash } from 'node:crypto';
import { INTERNAL_ERROR, PARSE_ERROR } from '../engine/lint-file.js';
import type { Finding, Lang } from '../model/types.js';
import type { Formatter } from './types.js';
import { itemLabel, mapWithFingerprint, messageInContext } from './finding-text.js';

export type CodeQualitySeverity = 'blocker' | 'critical' | 'major' | 'minor' | 'info';

export function severityOf(f: Finding): CodeQualitySeverity {
  if (f.ruleId === INTERNAL_ERROR) return 'blocker';
  if (f.ruleId === PARSE_ERROR) return 'critical';
  return f.severity === 'error' ? 'major' : f.severity === 'warning' ? 'minor' : 'info';
}

const description = (f: Finding, lang: Lang): string => `${messageInContext(f, lang)}${itemLabel(f, lang)}`;

const gitlab: Formatter = ({ result, lang }) => {
  const issues = mapWithFingerprint(result.findings, (f, key) => {
    return {
      type: 'issue',
      engine_name: 'guide-lint',
      check_name: f.ruleId,
      description: description(f, lang),
      categories: ['Style'],
      fingerprint: createHash('md5').update(key).digest('hex'),
      severity: severityOf(f),
      location: { path: f.file, lines: { begin: Math.max(1, f.line), end: Math.max(1, f.line, f.endLine) } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};

export default gitlab;
