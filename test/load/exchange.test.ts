// Exported records in the national exchange field set: envelopes, cases and spellings, locations at
// the source field, windows, code lists, placeholders, versions and bad input. Built from the real
// Guangxi record in fixtures/exchange (see its SOURCES.md).

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetConfig, type ResolvedConfig } from '../../src/config/resolved-config.js';
import { lintFile, type FileResult } from '../../src/engine/lint-file.js';
import { builtinRules } from '../../rules/index.js';
import { detectExport } from '../../src/load/exchange-detect.js';

const ROOT = join(import.meta.dirname, '..', '..');
const REAL = join(ROOT, 'fixtures', 'exchange', 'gx-lingshan-taskitem-a.json');
const realText = readFileSync(REAL, 'utf8');
// The tests reshape the export's JSON freely (an object wrapped in an array, fields renamed or
// deleted, nested rows edited in place) to reach the loader's tolerance paths; no static shape fits.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- deliberately untyped JSON under edit (see above)
type Rec = Record<string, any>;
/** A fresh copy of the real record (list[0]). */
const record = (): Rec => JSON.parse(realText).list[0];

const dir = mkdtempSync(join(tmpdir(), 'exchange-'));
let n = 0;
async function lint(
  text: string,
  ext = '.json',
  extra: Partial<ResolvedConfig> = {},
): Promise<FileResult & { text: string }> {
  const file = join(dir, `t${n++}${ext}`);
  writeFileSync(file, text);
  const config = { ...presetConfig(builtinRules), ...extra };
  return { ...(await lintFile(file, { cwd: dir, config, rules: builtinRules })), text };
}
const triples = (r: FileResult) => r.findings.map((f) => `${f.ruleId}|${f.item}|${f.message}`).sort();
/** 1-based column of the first occurrence of `needle` (one-line payloads). */
const col = (text: string, needle: string) => text.indexOf(needle) + 1;

describe('exchange reader: envelopes and shapes', () => {
  const base = async () => triples(await lint(realText));
  it('reads the real one-line record and lints one guide', async () => {
    const r = await lint(realText);
    expect(r.guides).toHaveLength(1);
    expect(r.guides[0]!.name).toBe('固定资产投资项目节能审查');
    expect(r.findings.length).toBeGreaterThan(3);
    expect(r.findings.every((f) => f.line === 1)).toBe(true);
  });
  it('gives the same findings in every envelope', async () => {
    const want = await base();
    const rec = record();
    const envelopes = [
      { STATUS: { CODE: '00', TEXT: '' }, data: { list: [rec] } },
      { CUSTOM: rec },
      rec,
      [rec],
      { state: 1, data: [rec], total: 1, message: '接口调用成功' },
    ];
    for (const env of envelopes) expect(triples(await lint(JSON.stringify(env)))).toEqual(want);
    expect(
      triples(await lint(readFileSync(join(ROOT, 'fixtures/exchange/gx-lingshan-taskitem-a.repaired.json'), 'utf8'))),
    ).toEqual(want);
  });
  it('reads one-row tables as objects or one-element arrays, numbers as strings or numbers', async () => {
    const want = await base();
    const rec = record();
    rec.AUDIT_ITEM = [rec.AUDIT_ITEM];
    rec.AUDIT_ITEM_EXTEND = [rec.AUDIT_ITEM_EXTEND];
    rec.AUDIT_ITEM_WINDOW = rec.AUDIT_ITEM_WINDOW[0];
    rec.AUDIT_ITEM.task_version = 13;
    rec.AUDIT_ITEM.limit_scene_num = 1;
    rec.AUDIT_ITEM.anticipate_day = 20;
    rec.AUDIT_MATERIAL[0].original_amount = '1';
    expect(triples(await lint(JSON.stringify({ list: [rec] })))).toEqual(want);
  });
  it('reads UPPER-case field names and the national DDL spellings', async () => {
    const want = await base();
    const upper = (o: Rec): Rec =>
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [
          k.toUpperCase(),
          Array.isArray(v)
            ? v.map((x) => (typeof x === 'object' ? upper(x) : x))
            : v && typeof v === 'object'
              ? upper(v)
              : v,
        ]),
      );
    // The same findings; messages name the fields as the file writes them.
    const got = triples(await lint(JSON.stringify({ list: [upper(record())] })));
    expect(got.map((t) => t.toLowerCase())).toEqual(want.map((t) => t.toLowerCase()));
    expect(got.join()).toContain('办理地点（TRANSACT_ADDR）');
    const rec = record();
    const rename = (o: Rec, a: string, b: string) => {
      o[b] = o[a];
      Reflect.deleteProperty(o, a);
    };
    rename(rec.AUDIT_ITEM, 'serve_type', 'server_type');
    rename(rec.AUDIT_ITEM, 'ywcode', 'task_handle_item');
    rename(rec.AUDIT_ITEM_EXTEND, 'handle_online_address', 'online_handle_url');
    for (const m of rec.AUDIT_MATERIAL) rename(m, 'material_form', 'material_format');
    expect(triples(await lint(JSON.stringify({ list: [rec] })))).toEqual(want);
  });
  it('detects exports by content, and --input-format guide turns it off', async () => {
    expect(detectExport(realText)).toBe('national');
    expect(detectExport('{"事项名称":"x","task_name":"only one"}')).toBeUndefined();
    const r = await lint(realText, '.json', { inputFormat: 'guide' });
    expect(r.findings.some((f) => f.ruleId === 'unknown-element')).toBe(true);
  });
});

describe('exchange reader: mapping', () => {
  it('decodes codes, derives 材料类型 from the counts, counts attachment ids as provided', async () => {
    const r = await lint(realText);
    const rules = r.findings.map((f) => f.ruleId);
    // 申请书 has form_guid and example_guid (GUIDs): no form finding; both materials have counts.
    expect(rules).not.toContain('blank-form');
    expect(rules).not.toContain('sample-form');
    expect(rules).not.toContain('result-sample');
    expect(r.findings.filter((f) => f.path.includes('材料类型'))).toEqual([]);
    expect(r.findings.find((f) => f.ruleId === 'result-type')?.message).toContain('“出文办结”');
  });
  it('a flow given only as image ids: item 21 finding at flow_chart, saying so', async () => {
    const r = await lint(realText);
    const f = r.findings.find((x) => x.ruleId === 'process-steps')!;
    expect(f.item).toBe(21);
    expect(f.sourceField).toBe('flow_chart');
    expect(f.message).toContain('办理流程（flow_chart，仅为流程图附件，未以文字写明环节）');
    expect(f.column).toBe(col(realText, '"a37a3835-84f8'));
  });
  it('placeholders are not values: a 无 transact_time is blank, located at the field', async () => {
    const rec = record();
    rec.AUDIT_ITEM_WINDOW[0].transact_time = '无';
    const text = JSON.stringify({ list: [rec] });
    const r = await lint(text);
    const f = r.findings.find((x) => x.sourceField === 'transact_time')!;
    expect(f.message).toContain('办理时间（transact_time）');
    expect(f.column).toBe(col(text, '"无"'));
  });
  it('scene_reason is read from AUDIT_ITEM_EXTEND when the item row leaves it empty', async () => {
    const rec = record();
    rec.AUDIT_ITEM_EXTEND.scene_reason = '';
    const r = await lint(JSON.stringify({ list: [rec] }));
    expect(r.findings.some((x) => x.ruleId === 'onsite-reason')).toBe(true);
    expect(triples(await lint(realText)).some((t) => t.startsWith('onsite-reason'))).toBe(false);
  });
  it('each window is a place: two windows get findings on each', async () => {
    const rec = record();
    const w2 = {
      ...rec.AUDIT_ITEM_WINDOW[0],
      transact_addr: '灵山县江南路5号二楼203室',
      transact_time: '上午',
      window_tel: '6428820',
      rowguid: 'w2',
    };
    rec.AUDIT_ITEM_WINDOW.push(w2);
    const text = JSON.stringify({ list: [rec] });
    const r = await lint(text);
    const places = r.findings.filter((f) => f.ruleId === 'place-address');
    expect(new Set(places.map((f) => f.column)).size).toBe(2);
    expect(places.some((f) => f.column === col(text, '"灵山县江南路5号二楼203室"'))).toBe(true);
    expect(r.findings.some((f) => f.ruleId === 'office-hours' && f.column === col(text, '"上午"'))).toBe(true);
    expect(
      r.findings.some((f) => f.item === 16 && f.sourceField === 'window_tel' && f.column === col(text, '"6428820"')),
    ).toBe(true);
    // Nothing is reported twice.
    const keys = r.findings.map((f) => `${f.ruleId}${f.column}${f.message}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('multi-value codes split on , and ^', async () => {
    const a = record();
    a.AUDIT_ITEM.serve_type = '1^9';
    a.AUDIT_ITEM.handle_type = '1^2^3';
    const b = record();
    b.AUDIT_ITEM.serve_type = '1,9';
    b.AUDIT_ITEM.handle_type = '1,2,3';
    expect(triples(await lint(JSON.stringify(a)))).toEqual(triples(await lint(JSON.stringify(b))));
    expect(triples(await lint(JSON.stringify(b))).some((t) => t.startsWith('exchange'))).toBe(true); // wsblsd only
    expect(triples(await lint(JSON.stringify(b))).filter((t) => t.startsWith('exchange'))).toHaveLength(1);
  });
});

describe('exchange reader: locations and messages', () => {
  it('points at the value of the source field, exactly, on a one-line payload', async () => {
    const r = await lint(realText);
    for (const f of r.findings) expect(f.line).toBe(1);
    const addr = r.findings.find((f) => f.ruleId === 'place-address')!;
    expect(addr.column).toBe(col(realText, '"灵山县三海街道江南路5号'));
    expect(addr.sourceField).toBe('transact_addr');
    expect(addr.message.startsWith('办理地点（transact_addr）')).toBe(true);
    expect(addr.unit).toBe('11450721MB155808114000104002000');
  });
  it("a missing element points at the record's opening brace and names the field the profile expects", async () => {
    const rec = record();
    delete rec.AUDIT_ITEM.task_name;
    const text = JSON.stringify({ list: [rec] });
    const r = await lint(text);
    const f = r.findings.find((x) => x.ruleId === 'guide-schema' && x.message.includes('事项名称'))!;
    expect(f.message).toContain('事项名称（task_name）');
    expect(f.column).toBe(col(text, '[{') + 1);
  });
  it('messages in English name the field too', async () => {
    const r = await lint(realText, '.json', { lang: 'en' });
    expect(r.findings.find((f) => f.ruleId === 'process-steps')!.message).toContain(
      'flow_chart: only a flow-chart image',
    );
  });
});

describe('exchange reader: versions', () => {
  const version = (v: string, name = '固定资产投资项目节能审查') => {
    const rec = record();
    rec.AUDIT_ITEM.task_version = v;
    rec.AUDIT_ITEM.task_name = name;
    return rec;
  };
  it('lints each (task_code, 业务办理项) at its highest version and counts the others', async () => {
    const r = await lint(JSON.stringify({ list: [version('9', '旧'), version('13'), version('11', '旧')] }));
    expect(r.guides.map((g) => g.name)).toEqual(['固定资产投资项目节能审查']);
    expect(r.skippedVersions).toBe(2);
  });
  it('another 业务办理项 is another unit', async () => {
    const b = version('2');
    b.AUDIT_ITEM.ywcode = '001';
    const r = await lint(JSON.stringify({ list: [version('13'), b] }));
    expect(r.guides).toHaveLength(2);
    expect(r.skippedVersions ?? 0).toBe(0);
  });
  it('--all-versions lints every record', async () => {
    const r = await lint(JSON.stringify({ list: [version('9'), version('13')] }), '.json', { allVersions: true });
    expect(r.guides).toHaveLength(2);
  });
  it('the same unit and version twice: a warning at the second record', async () => {
    const first = JSON.stringify(version('13'));
    const text = `{"list":[${first},${JSON.stringify(version('13'))}]}`;
    const r = await lint(text);
    const d = r.findings.find((f) => f.ruleId === 'exchange' && f.severity === 'warning')!;
    expect(d.message).toContain('第 2 条记录与第 1 条');
    expect(d.column).toBe('{"list":['.length + first.length + 2);
    expect(r.guides).toHaveLength(1);
  });
});

describe('exchange reader: bad input', () => {
  it('an unknown code: a finding at the field quoting the code and the list', async () => {
    const rec = record();
    rec.AUDIT_MATERIAL[1].material_form = '7';
    const text = JSON.stringify({ list: [rec] });
    const r = await lint(text);
    const f = r.findings.find((x) => x.ruleId === 'exchange' && x.message.includes('“7”'))!;
    expect(f.message).toBe(
      'material_form 的代码“7”不在代码表“材料形式”中（1 纸质，2 电子，3 纸质和电子，1,2 纸质和电子），该要素未读取',
    );
    expect(f.column).toBe(col(text, '"7"'));
    expect(f.guide).toBe('固定资产投资项目节能审查');
  });
  it('an unknown code of a required element is reported once, by exchange at the field, not again as missing', async () => {
    const rec = record();
    rec.AUDIT_ITEM.use_level = '9';
    const text = JSON.stringify({ list: [rec] });
    const r = await lint(text);
    const at = r.findings.filter((f) => f.sourceField === 'use_level');
    expect(at.map((f) => f.ruleId)).toEqual(['exchange']);
    expect(at[0]!.message).toContain('use_level 的代码“9”不在代码表“行使层级”中（1 国家级，2 省级');
    expect(at[0]!.column).toBe(col(text, '"9"'));
    expect(r.findings.some((f) => f.ruleId === 'guide-schema' && f.message.includes('行使层级'))).toBe(false);
  });
  it('a record with no guide field is named by its index; the others are linted', async () => {
    const text = JSON.stringify({ list: [record(), { foo: 1 }] });
    const r = await lint(text);
    expect(r.guides).toHaveLength(1);
    expect(r.findings.some((f) => f.ruleId === 'exchange' && f.message.includes('第 2 条记录没有任何指南字段'))).toBe(
      true,
    );
  });
  it('child rows whose key matches no record: an error at the key', async () => {
    const a = record();
    const b = record();
    b.AUDIT_ITEM.rowguid = 'item-b';
    b.AUDIT_ITEM.task_code = '11450721MB1558081140001040020XX';
    const orphan = { ...a.AUDIT_MATERIAL[0], task_guid: 'nobody', task_code: 'nobody', material_name: '孤儿材料' };
    const custom = {
      CUSTOM: {
        AUDIT_ITEM: [a.AUDIT_ITEM, b.AUDIT_ITEM],
        AUDIT_ITEM_EXTEND: [a.AUDIT_ITEM_EXTEND],
        AUDIT_MATERIAL: [...a.AUDIT_MATERIAL, orphan],
        AUDIT_ITEM_WINDOW: a.AUDIT_ITEM_WINDOW,
      },
    };
    const text = JSON.stringify(custom);
    const r = await lint(text);
    expect(r.guides).toHaveLength(2);
    const o = r.findings.find((f) => f.ruleId === 'exchange' && f.message.includes('nobody'))!;
    expect(o.severity).toBe('error');
    expect(o.column).toBe(col(text, '"nobody"'));
    // The second item has no materials of its own: reported as missing on it.
    expect(r.findings.some((f) => f.unit === '11450721MB1558081140001040020XX' && f.message.includes('申请材料'))).toBe(
      true,
    );
  });
  it('truncated JSON: a parse error at the place', async () => {
    const text = realText.slice(0, 5000);
    const r = await lint(text);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.ruleId).toBe('parse-error');
    expect(r.findings[0]!.column).toBeGreaterThan(4900);
  });
});

describe('exchange reader: JSON Lines', () => {
  it('one record a line; a broken line is a finding on that line, the others are linted', async () => {
    const a = record();
    const b = record();
    b.AUDIT_ITEM.task_code = 'B';
    const text = `${JSON.stringify(a)}\n{"AUDIT_ITEM": {"task_name": \n${JSON.stringify(b)}\n`;
    const r = await lint(text, '.jsonl');
    expect(r.guides).toHaveLength(2);
    const p = r.findings.find((f) => f.ruleId === 'parse-error')!;
    expect(p.line).toBe(2);
    const addr = r.findings.filter((f) => f.ruleId === 'place-address');
    expect(addr.map((f) => f.line).sort()).toEqual([1, 1, 3, 3]);
    expect(addr.find((f) => f.line === 3)!.column).toBe(col(JSON.stringify(b), '"灵山县三海街道'));
  });
  it('streams: versions across lines, duplicates named with their first line, --all-versions', async () => {
    const v = (n: string) => {
      const rec = record();
      rec.AUDIT_ITEM.task_version = n;
      return JSON.stringify(rec);
    };
    const text = [v('3'), v('13'), v('3'), v('9')].join('\n');
    const r = await lint(text, '.jsonl');
    expect(r.guides).toHaveLength(1);
    expect(r.guides[0]!.line).toBe(2);
    expect(r.skippedVersions).toBe(2);
    const dup = r.findings.find((f) => f.ruleId === 'exchange' && f.severity === 'warning')!;
    expect(dup).toMatchObject({ severity: 'warning', line: 3, column: 1 });
    expect(dup.message).toContain('第 3 条记录与第 1 条');
    expect((await lint(text, '.jsonl', { allVersions: true })).guides).toHaveLength(3);
  });
});

describe('exchange reader: reports', () => {
  it('stylish and JSON count the skipped versions; JSON adds sourceField and unit and meets its schema', async () => {
    const { collect } = await import('../../src/engine/lint.js');
    const stylish = (await import('../../src/format/stylish.js')).default;
    const json = (await import('../../src/format/json.js')).default;
    const { reportValidator } = await import('../formats/schema.js');
    const old = record();
    old.AUDIT_ITEM.task_version = '2';
    const r = await lint(JSON.stringify({ list: [old, record()] }));
    const result = collect([r], []);
    const { builtinRules } = await import('../../rules/index.js');
    const input = { result, rules: builtinRules, lang: 'zh' as const, version: '0', color: false, cwd: dir };
    expect(String(await stylish(input))).toContain('跳过 1 条旧版本记录');
    expect(String(await stylish({ ...input, lang: 'en' }))).toContain('1 older record version skipped');
    const report = JSON.parse(String(await json(input)));
    expect(report.summary.skippedVersions).toBe(1);
    expect(report.findings.find((f: Rec) => f.ruleId === 'place-address')).toMatchObject({
      sourceField: 'transact_addr',
      unit: '11450721MB155808114000104002000',
    });
    const validate = reportValidator();
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
