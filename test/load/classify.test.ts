// Which parsed documents are guides (src/load/classify.ts): guide elements at the top level, or
// exchange records (bare, in a list, in an envelope); not tool files, nor guide-lint's own reports.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsyaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/load/classify.js';
import { loadFile } from '../../src/load/index.js';
import { ROOT } from '../support/cli.js';

const real = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'fixtures/exchange', name), 'utf8'));

describe('classifyDocument', () => {
  it('guide elements at the top level, by canonical name or synonym', () => {
    expect(classifyDocument(jsyaml.load(readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8')))).toEqual({
      guide: true,
      by: 'elements',
    });
    expect(classifyDocument({ 事项名: '食品经营许可' })).toEqual({ guide: true, by: 'elements' });
    expect(classifyDocument({ 受理地点: 'x', other: 1 })).toEqual({ guide: true, by: 'elements' });
    // A full-width or padded key is still the element (as the normaliser reads it).
    expect(classifyDocument({ ' 办理时间 ': 'x' })).toMatchObject({ guide: true });
  });

  it('real exchange payloads: an enveloped national record (Guangxi), a Guangzhou item and material list', () => {
    expect(classifyDocument(real('gx-lingshan-taskitem-a.repaired.json'))).toEqual({ guide: true, by: 'exchange' });
    expect(classifyDocument(real('gd-guangzhou-getItem.json'))).toEqual({ guide: true, by: 'exchange' });
    expect(classifyDocument(real('gd-guangzhou-getApplyList.json'))).toEqual({ guide: true, by: 'exchange' });
  });

  it('exchange field names in either case, bare or in a list', () => {
    expect(classifyDocument({ TASK_NAME: '食品经营许可', CATALOG_CODE: '000117012000' })).toMatchObject({
      guide: true,
    });
    expect(classifyDocument([{ task_code: '11450721MB155808114000104002000' }])).toMatchObject({ guide: true });
    expect(classifyDocument({ state: 1, data: [{ material_name: '申请书' }] })).toMatchObject({ guide: true });
  });

  it('tool and data files are not guides; the keys are kept for the message', () => {
    expect(classifyDocument({ name: 'guides', private: true, scripts: {} })).toEqual({
      guide: false,
      kind: 'mapping',
      keys: ['name', 'private', 'scripts'],
    });
    expect(classifyDocument({ compilerOptions: { strict: true }, include: ['src'] })).toMatchObject({
      guide: false,
      kind: 'mapping',
    });
    expect(classifyDocument({ services: { web: { image: 'nginx' } } })).toMatchObject({ guide: false });
    // Names inside a record that is not a guide do not count: only the top level (and exchange envelopes).
    expect(classifyDocument({ meta: { 事项名称: 'x' } })).toMatchObject({ guide: false });
    expect(classifyDocument(['a', 'b'])).toEqual({ guide: false, kind: 'list' });
    expect(classifyDocument('text')).toEqual({ guide: false, kind: 'string' });
    expect(classifyDocument(3)).toEqual({ guide: false, kind: 'number' });
  });

  it("guide-lint's own outputs: JSON report, baseline, SARIF, GitLab code quality", () => {
    expect(classifyDocument({ tool: { name: 'guide-lint', version: '0.1.0' }, summary: {}, findings: [] })).toEqual({
      guide: false,
      kind: 'own-output',
    });
    expect(classifyDocument({ tool: 'guide-lint', version: '0.1.0', entries: [] })).toEqual({
      guide: false,
      kind: 'own-output',
    });
    expect(classifyDocument({ version: '2.1.0', runs: [{ tool: { driver: { name: 'guide-lint' } } }] })).toEqual({
      guide: false,
      kind: 'own-output',
    });
    expect(classifyDocument([{ engine_name: 'guide-lint', check_name: 'x' }])).toEqual({
      guide: false,
      kind: 'own-output',
    });
  });
});

describe('loadFile: a file with no guide document', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-classify-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const load = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return loadFile(join(dir, name));
  };

  it('a YAML file with a guide document and another document is a guide file: every document is linted', async () => {
    expect((await load('two.yaml', '事项名称: 甲\n---\nfoo: 1\n')).guides).toHaveLength(2);
  });

  it('no document is a guide: one info, at the first document, naming the keys', async () => {
    const r = await load('other.yaml', '# a comment\nfoo: 1\nbar: [1]\n---\nbaz: 2\n');
    expect(r.guides).toEqual([]);
    expect(r.problems).toMatchObject([
      {
        messageId: 'noGuideElements',
        ruleId: 'not-a-guide',
        severity: 'info',
        data: { keys: 'foo, bar' },
        location: { line: 2 },
      },
    ]);
  });

  it('an alias bomb without guide keys is still handed to the engine, which refuses it (a finding, not a note)', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 12; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const started = Date.now();
    const r = await load('bomb.yaml', `${lines.join('\n')}\n`);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.guides).toHaveLength(1);
    expect(r.problems).toEqual([]);
  });

  it('an exchange payload is a guide file', async () => {
    const r = await loadFile(join(ROOT, 'fixtures/exchange/gx-lingshan-taskitem-a.repaired.json'));
    expect(r.guides).toHaveLength(1);
    expect(r.problems).toEqual([]);
  });

  it('a report guide-lint wrote is skipped without a problem; parse errors and empty files stay as they were', async () => {
    expect(await load('r.json', '{"tool":{"name":"guide-lint","version":"0.1.0"},"findings":[]}')).toEqual({
      guides: [],
      problems: [],
      skipped: 'own-output',
    });
    expect((await load('bad.json', '{"a": ')).problems[0]).toMatchObject({ messageId: 'jsonSyntax' });
    expect((await load('empty.yaml', '')).problems[0]).toMatchObject({ messageId: 'empty' });
  });
});
