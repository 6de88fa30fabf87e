// JUnit XML, for CI systems that show test reports (GitLab, Jenkins, Azure DevOps …): one
// <testsuite> per file, one <testcase> per guide (name = the guide's name, classname = the file).
// A guide with error findings fails: one <failure> listing them. Warnings and infos do not fail
// the test case (as they do not fail the run): they are listed in its <system-out>. Findings that
// belong to no guide (the file cannot be parsed, spreadsheet layout problems) go to a test case
// named after the file. Details: docs/formats.md#junit.

import type { GuideRef } from '../model/guide-ref.js';
import type { Finding, Lang } from '../model/types.js';
import type { Formatter } from './types.js';
import { itemLabel, position, SEVERITY_LABEL } from './finding-text.js';
import { defined } from '../util/defined.js';

/** Text for XML content and attribute values: escaped, without characters XML 1.0 forbids. */
export function xmlText(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/[&<>"']/g, (ch) => defined({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }[ch]));
}

function line(f: Finding, lang: Lang): string {
  return `${f.file}:${position(f)} ${SEVERITY_LABEL[lang][f.severity]} ${f.ruleId}${itemLabel(f, lang)}: ${f.message}`;
}

interface Case {
  name: string;
  findings: Finding[];
}

/** The guide a finding belongs to: by name, and among guides of the same name by position. */
function caseOf(f: Finding, guides: GuideRef[], cases: Case[]): Case | undefined {
  if (f.guide === null) return undefined;
  const same = guides.map((g, i) => [g, i] as const).filter(([g]) => g.name === f.guide);
  if (same.length === 0) return undefined;
  if (same.length === 1) return cases[defined(same[0])[1]];
  const inSheet = same.filter(([g]) => f.sheet === undefined || g.sheet === undefined || g.sheet === f.sheet);
  const before = inSheet.filter(([g]) => g.line <= f.line);
  const pick = before.at(-1) ?? inSheet[0] ?? defined(same[0]);
  return cases[pick[1]];
}

function testcase(c: Case, classname: string, lang: Lang): string {
  const errors = c.findings.filter((f) => f.severity === 'error');
  const others = c.findings.filter((f) => f.severity !== 'error');
  const parts: string[] = [];
  if (errors.length) {
    const message =
      lang === 'zh' ? `${errors.length} 个错误` : `${errors.length} error${errors.length === 1 ? '' : 's'}`;
    const type = [...new Set(errors.map((f) => f.ruleId))].join(' ');
    parts.push(
      `      <failure message="${xmlText(message)}" type="${xmlText(type)}">${xmlText(errors.map((f) => line(f, lang)).join('\n'))}</failure>`,
    );
  }
  if (others.length)
    parts.push(`      <system-out>${xmlText(others.map((f) => line(f, lang)).join('\n'))}</system-out>`);
  const open = `    <testcase name="${xmlText(c.name)}" classname="${xmlText(classname)}"`;
  return parts.length ? `${open}>\n${parts.join('\n')}\n    </testcase>` : `${open}/>`;
}

const junit: Formatter = ({ result, lang }) => {
  const byFile = new Map<string, { guides: GuideRef[]; findings: Finding[] }>();
  for (const r of result.files) byFile.set(r.file, { guides: [], findings: [] });
  for (const g of result.guides) byFile.get(g.file)?.guides.push(g);
  for (const f of result.findings) {
    let e = byFile.get(f.file);
    if (!e) byFile.set(f.file, (e = { guides: [], findings: [] }));
    e.findings.push(f);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, { guides, findings }] of byFile) {
    const cases: Case[] = guides.map((g, i) => ({
      name: g.name ?? (lang === 'zh' ? `第 ${i + 1} 份指南` : `guide #${i + 1}`),
      findings: [],
    }));
    const fileCase: Case = { name: lang === 'zh' ? `${file}（文件）` : `${file} (file)`, findings: [] };
    for (const f of findings) (caseOf(f, guides, cases) ?? fileCase).findings.push(f);
    // A file without guides (unreadable, empty) is one test case itself.
    const all = fileCase.findings.length || cases.length === 0 ? [...cases, fileCase] : cases;
    const failed = all.filter((c) => c.findings.some((f) => f.severity === 'error')).length;
    tests += all.length;
    failures += failed;
    suites.push(
      `  <testsuite name="${xmlText(file)}" tests="${all.length}" failures="${failed}" errors="0" skipped="0">\n${all.map((c) => testcase(c, file, lang)).join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="guide-lint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
};

export default junit;
