// docs/import.md's worked example: the vendor profile it writes, run on the export it shows, gives
// the findings it promises — and config overrides of the built-in profiles work.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

/** A finding as the JSON report prints it: the fields these tests read. */
interface ReportFinding {
  ruleId: string;
  message: string;
  line: number;
  column: number;
  path: (string | number)[];
  sourceField?: string;
  unit?: string;
}
/** A SARIF result: the fields these tests read. */
interface SarifResult {
  ruleId: string;
  locations: { physicalLocation: { region: Record<string, unknown> } }[];
}

const doc = readFileSync(join(ROOT, 'docs', 'import.md'), 'utf8');
/** The fenced block after an HTML comment marker. */
const block = (marker: string) => {
  const m = new RegExp(`<!-- ${marker} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\`\`\``).exec(doc);
  if (!m) throw new Error(`no block ${marker}`);
  return m[1]!;
};

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-docs-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('docs/import.md worked example', () => {
  it('the vendor profile reads the vendor export, findings at the vendor fields', () => {
    const exportText = block('vendor-export');
    const dir = project({ 'guide-lint.config.yaml': block('vendor-profile'), 'export.json': exportText });
    const r = runCli(['export.json', '-f', 'json', '--no-score'], { cwd: dir });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary.guides).toBe(1);
    const findings = report.findings as ReportFinding[];
    const lines = exportText.split('\n');
    const where = (needle: string) => {
      const line = lines.findIndex((l) => l.includes(needle));
      return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
    };
    const place = findings.find((f) => f.ruleId === 'place-address' && f.message.includes('房间号'));
    expect(place).toMatchObject({ sourceField: 'dz', ...where('"某市新华东街1号') });
    expect(place!.message.startsWith('办理地点（dz）')).toBe(true);
    const code = findings.find((f) => f.ruleId === 'exchange');
    expect(code).toMatchObject({
      message: 'ly 的代码“Q”不在代码表“来源渠道”中（A 申请人自备，B 政府部门核发，Z 其他），该要素未读取',
      ...where('"Q"'),
    });
    const missing = findings.find((f) => f.message.includes('缺少必填要素“办件类型”'));
    expect(missing).toMatchObject(where('{"sxmc"'));
    // 事项类型 XK decoded, the blank form's attachment id counts as given (only the sample is missing), 材料类型 from the counts.
    expect(findings.some((f) => f.ruleId !== 'license-faq' && f.message.includes('事项类型'))).toBe(false);
    expect(findings.some((f) => f.ruleId === 'blank-form')).toBe(false);
    expect(findings.some((f) => f.path.includes('材料类型'))).toBe(false);
  });
});

describe('config import: overrides', () => {
  const real = readFileSync(join(ROOT, 'fixtures/exchange/gx-lingshan-taskitem-a.json'), 'utf8');
  it('a code list given in config replaces the unknown one; a field name is overridden', () => {
    const config = [
      'import:',
      '  fields:',
      '    事项名称: [pre_task_name]',
      '  codes:',
      '    online_handle_depth:',
      '      name: 网上办理深度',
      '      values: { "6,1": Ⅳ级 }',
    ].join('\n');
    const dir = project({ 'guide-lint.config.yaml': config, 'export.json': real });
    const findings = JSON.parse(runCli(['export.json', '-f', 'json', '--no-score'], { cwd: dir }).stdout)
      .findings as ReportFinding[];
    expect(
      findings.some((f) => f.ruleId === 'exchange' || (f.ruleId === 'guide-schema' && f.message.includes('办理深度'))),
    ).toBe(false);
    expect(findings.some((f) => f.message.includes('全程网办（Ⅳ级）'))).toBe(true);
    // pre_task_name is "无": a placeholder, so 事项名称 is missing — at that field, named.
    const name = findings.find((f) => f.message.includes('事项名称（pre_task_name）'))!;
    expect(name.column).toBe(real.indexOf('"无"', real.indexOf('"pre_task_name"')) + 1);
  });
  it('a bad import section is a config error naming it', () => {
    const dir = project({ 'guide-lint.config.yaml': 'import:\n  profile: nowhere\n', 'export.json': real });
    const r = runCli(['export.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('import');
  });
  it("the Guangzhou getItem response is read with its profile, its materials being getApplyList's rows", () => {
    const item = JSON.parse(readFileSync(join(ROOT, 'fixtures/exchange/gd-guangzhou-getItem.json'), 'utf8'));
    const list = JSON.parse(readFileSync(join(ROOT, 'fixtures/exchange/gd-guangzhou-getApplyList.json'), 'utf8'));
    expect(item.submit_documents).toEqual(list.data);
    const r = runCli(['fixtures/exchange/gd-guangzhou-getItem.json', '-f', 'json', '--no-score']);
    const report = JSON.parse(r.stdout);
    expect(report.summary.guides).toBe(1);
    const findings = report.findings as ReportFinding[];
    expect(findings.find((f) => f.ruleId === 'place-address')).toMatchObject({ sourceField: 'address' });
    expect(findings.find((f) => f.ruleId === 'exchange')?.message).toContain('service_item_type 的代码“TC”');
    // Reported once, at the field: guide-schema does not add "missing 事项类型" there.
    const atCode = findings.filter((f) => f.sourceField === 'service_item_type');
    expect(atCode.map((f) => f.ruleId)).toEqual(['exchange']);
    expect(atCode[0]!.message).toContain('代码表“事项类型（广东）”');
    expect(findings.every((f) => f.unit === '114401134554137174444TC12049000')).toBe(true);
  });
  it('a getApplyList response alone (materials rows, no item, no key to one) is one finding at the file, not a guide', () => {
    const r = runCli(['fixtures/exchange/gd-guangzhou-getApplyList.json', '-f', 'json', '--no-score']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.summary.guides).toBe(0);
    const findings = report.findings as ReportFinding[];
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'exchange',
      severity: 'error',
      file: 'fixtures/exchange/gd-guangzhou-getApplyList.json',
      line: 1,
      column: 1,
    });
    expect(findings[0]!.message).toContain('10 行“申请材料”');
    expect(findings[0]!.message).toContain('submit_documents');
    const en = runCli(['fixtures/exchange/gd-guangzhou-getApplyList.json', '--lang', 'en', '--no-score']);
    expect(en.stdout).toContain('holds only 10 rows of 申请材料');
  });
});

describe('html report on exports', () => {
  it('each finding in the html report names its record and source field; the unknown code appears once', () => {
    const r = runCli(['fixtures/exchange/gx-lingshan-taskitem-a.json', '-f', 'html', '--no-score']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('固定资产投资项目节能审查</td><td>办理地点（transact_addr）“灵山县三海街道江南路5号');
    expect(r.stdout.split('wsblsd 的代码“6”不在代码表“网上办理深度”中')).toHaveLength(2);
  });
});

describe('score on exports', () => {
  it('scores the real export: its one guide, the blank form and sample ids counted as provided (items 23, 24)', () => {
    const r = runCli(['score', 'fixtures/exchange/gx-lingshan-taskitem-a.json', '-f', 'json']);
    const score = JSON.parse(r.stdout);
    expect(score.guides).toBe(1);
    const item = (n: number) => score.measures.find((m: { item: number }) => m.item === n);
    expect(item(23)).toMatchObject({ numerator: 1, denominator: 1 });
    expect(item(24)).toMatchObject({ numerator: 1, denominator: 1 });
    expect(item(1)).toMatchObject({ numerator: 15, denominator: 20 });
    expect(item(2).offenders[0]).toMatchObject({ line: 1, column: 61, department: '灵山县行政审批局', level: '县级' });
  });
});

describe('exports through the other outputs', () => {
  const real = readFileSync(join(ROOT, 'fixtures/exchange/gx-lingshan-taskitem-a.json'), 'utf8');
  it("SARIF results at the source field; a baseline suppresses an export's findings; the cache keeps them", () => {
    const dir = project({ 'e.json': real });
    runCli(['e.json', '-f', 'sarif', '-o', 'r.sarif', '--no-score'], { cwd: dir });
    const sarif = JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8'));
    const results = sarif.runs[0].results as SarifResult[];
    expect(results).toHaveLength(10); // the unknown TC code once, not again as a missing 事项类型
    expect(results.find((r) => r.ruleId === 'place-address')?.locations[0]?.physicalLocation.region).toMatchObject({
      startLine: 1,
      startColumn: 2342,
    });
    expect(runCli(['e.json', '--update-baseline', '--no-score'], { cwd: dir }).status).toBe(0);
    const base = runCli(['e.json', '--baseline', 'guide-lint-baseline.json', '--no-score'], { cwd: dir });
    expect(base.status).toBe(0);
    expect(base.stdout).toContain('抑制了 10 个');
    runCli(['e.json', '--cache', '--no-score'], { cwd: dir });
    const cached = runCli(['e.json', '--cache', '--no-score', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(cached.stdout).findings.filter((f: ReportFinding) => f.sourceField)).toHaveLength(10);
  });
});
