// Every output format through the built CLI, on YAML and spreadsheet guides: SARIF valid against
// the official 2.1.0 schema, JSON valid against schemas/report.schema.json, JUnit well-formed with
// a test case per guide, GitHub workflow commands, GitLab Code Quality, the HTML page; and several
// --format/--output pairs in one run.

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';
import { errorsOf, reportValidator, sarifValidator } from '../formats/schema.js';
import { parseXml } from '../formats/xml.js';

let dir: string;
const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
const ARGS = ['defects.yaml', 'clean.yaml', 'list.csv', '--no-score'];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-formats-'));
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
  writeFileSync(join(dir, 'clean.yaml'), base);
  writeFileSync(
    join(dir, 'defects.yaml'),
    base
      .replace('到办事现场次数: 1', '到办事现场次数: 一次')
      .replace('    材料类型: 复印件', '    材料类型: 原件及复印件')
      .replace('监督电话: "12345"', '监督电话: "12345"\n承诺办结时间: 3'),
  );
  writeFileSync(join(dir, 'list.csv'), readFileSync(join(ROOT, 'fixtures/sheets/export-utf8-bom.csv')));
});

const lint = (args: string[]) => runCli([...ARGS, ...args], { cwd: dir });

describe('formats through the CLI', () => {
  it('sarif: valid SARIF 2.1.0 with rule metadata, help URLs and spreadsheet cells', () => {
    const r = lint(['-f', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), errorsOf(validate)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('guide-lint');
    expect(run.results.length).toBeGreaterThan(5);
    const rule = run.tool.driver.rules.find((x: { id: string }) => x.id === 'guide-schema');
    expect(rule.helpUri).toMatch(/docs\/rules\/guide-schema\.md$/);
    expect(rule.shortDescription.text).toMatch(/[\u4e00-\u9fff]/);
    const cell = run.results.find((x: { properties: { sheet?: string } }) => x.properties.sheet);
    expect(cell.properties).toMatchObject({ sheet: 'list', cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    expect(cell.locations[0].physicalLocation.artifactLocation.uri).toBe('list.csv');
    const en = JSON.parse(lint(['-f', 'sarif', '--lang', 'en']).stdout);
    expect(validate(en), errorsOf(validate)).toBe(true);
    expect(
      en.runs[0].tool.driver.rules.find((x: { id: string }) => x.id === 'guide-schema').shortDescription.text,
    ).toMatch(/^[\x20-\x7e]+$/);
  });

  it('json: valid against schemas/report.schema.json', () => {
    const out = JSON.parse(lint(['-f', 'json']).stdout);
    const validate = reportValidator();
    expect(validate(out), errorsOf(validate)).toBe(true);
    expect(out.findings.some((f: { sheet?: string }) => f.sheet)).toBe(true);
  });

  it('junit: a suite per file, a case per guide, failures for errors', () => {
    const r = lint(['-f', 'junit']);
    expect(r.status).toBe(1);
    const root = parseXml(r.stdout);
    const suites = root.children;
    expect(suites.map((s) => s.attrs.name)).toEqual(['clean.yaml', 'defects.yaml', 'list.csv']);
    expect(suites[0]!.children.map((c) => [c.attrs.name, c.children.length])).toEqual([['食品经营许可（新办）', 0]]);
    expect(suites[1]!.children[0]!.children.map((c) => c.name)).toEqual(['failure', 'system-out']);
    // Three guides in the CSV, named by 事项名称.
    expect(suites[2]!.children.filter((c) => c.name === 'testcase')).toHaveLength(3);
    expect(root.attrs.failures).toBe(
      String(suites.flatMap((s) => s.children).filter((c) => c.children.some((x) => x.name === 'failure')).length),
    );
  });

  it('github: one workflow command per finding', () => {
    const r = lint(['-f', 'github', '--lang', 'en']);
    const lines = r.stdout.trim().split('\n');
    const count = JSON.parse(lint(['-f', 'json']).stdout).findings.length;
    expect(lines).toHaveLength(count);
    for (const l of lines)
      expect(l).toMatch(
        /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::\S/,
      );
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=defects\.yaml,.*title=unknown-element::/));
    expect(lines).toContainEqual(
      expect.stringMatching(/^::error file=list\.csv,line=\d+,col=\d+,.*\[list![A-Z]+\d+\]$/),
    );
  });

  it('gitlab: Code Quality issues with unique fingerprints', () => {
    const issues = JSON.parse(lint(['-f', 'gitlab']).stdout) as {
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
      check_name: string;
      description: string;
    }[];
    expect(issues.length).toBeGreaterThan(5);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const i of issues) {
      expect(['blocker', 'critical', 'major', 'minor', 'info']).toContain(i.severity);
      expect(i.location.lines.begin).toBeGreaterThanOrEqual(1);
      expect(i.description.length).toBeGreaterThan(0);
    }
    expect(issues.find((i) => i.check_name === 'unknown-element')!.severity).toBe('minor');
  });

  it('html: one self-contained page in Chinese, grouped by file', () => {
    const page = lint(['-f', 'html']).stdout;
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).not.toMatch(/<script|<link|\bsrc=/i);
    expect([...page.matchAll(/<section class="file" data-file="([^"]*)">/g)].map((m) => m[1])).toEqual([
      'defects.yaml',
      'list.csv',
    ]);
    expect(page).toContain('未知要素“承诺办结时间”');
  });

  it('several --format/--output pairs in one run, stylish on stdout', () => {
    // Formats and outputs pair by position; the format left without one prints to stdout.
    const r = lint([
      '-f',
      'sarif',
      '-o',
      'out/r.sarif',
      '-f',
      'junit',
      '-o',
      'r.xml',
      '-f',
      'github',
      '-o',
      'gh.txt',
      '-f',
      'gitlab',
      '-o',
      'gl.json',
      '-f',
      'html',
      '-o',
      'r.html',
      '-f',
      'json',
      '-o',
      'r.json',
      '-f',
      'stylish',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✖');
    const validate = sarifValidator();
    expect(validate(JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8'))), errorsOf(validate)).toBe(true);
    parseXml(readFileSync(join(dir, 'r.xml'), 'utf8'));
    expect(readFileSync(join(dir, 'gh.txt'), 'utf8')).toMatch(/^::error /);
    expect(Array.isArray(JSON.parse(readFileSync(join(dir, 'gl.json'), 'utf8')))).toBe(true);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(reportValidator()(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')))).toBe(true);
    // Each file holds the same findings.
    const n = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')).findings.length;
    expect(JSON.parse(readFileSync(join(dir, 'out/r.sarif'), 'utf8')).runs[0].results).toHaveLength(n);
    expect(JSON.parse(readFileSync(join(dir, 'gl.json'), 'utf8'))).toHaveLength(n);
  });
});
