// GitLab Code Quality: the fields GitLab reads, the severity mapping, and fingerprints that are
// unique in a report and stable when lines move.

import { describe, expect, it } from 'vitest';
import gitlab, { severityOf } from '../../src/format/gitlab.js';
import { input, sampleResult, text } from './support.js';

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}
const issues = (result = sampleResult()): Issue[] => JSON.parse(text(gitlab(input('zh', result))));

describe('gitlab', () => {
  it('an array of issues with description, check_name, fingerprint, severity, location', () => {
    const out = issues();
    expect(out).toHaveLength(5);
    for (const i of out) {
      expect(typeof i.description).toBe('string');
      expect(i.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    expect(out[0]).toMatchObject({
      check_name: 'enum-values',
      severity: 'major',
      location: { path: 'guides/食品 许可.yaml', lines: { begin: 15 } },
    });
    expect(out[0]!.description).toContain('（第20项）');
  });

  it('maps severities: internal-error blocker, parse-error critical, error major, warning minor, info info', () => {
    expect(issues().map((i) => i.severity)).toEqual(['major', 'minor', 'info', 'major', 'critical']);
    const f = sampleResult().findings[0]!;
    expect(severityOf({ ...f, ruleId: 'internal-error' })).toBe('blocker');
  });

  it('fingerprints: unique (even for identical findings), stable when lines move', () => {
    const r = sampleResult();
    const dup = { ...r.findings[0]!, line: 40, endLine: 40 };
    r.findings.splice(1, 0, dup);
    const a = issues(r).map((i) => i.fingerprint);
    expect(new Set(a).size).toBe(a.length);
    const moved = sampleResult();
    moved.findings.splice(1, 0, { ...dup });
    for (const f of moved.findings) {
      f.line += 3;
      f.endLine += 3;
    }
    expect(issues(moved).map((i) => i.fingerprint)).toEqual(a);
  });
});
