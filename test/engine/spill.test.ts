// A JSON Lines export's findings stream to a spill in report order while the file is read, and the
// stylish and JSON reports read back from it are the reports the in-memory run prints.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../../src/engine/lint.js';
import { FindingSpill, OrderedSink } from '../../src/engine/spill.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import type { ResolvedConfig } from '../../src/config/resolved-config.js';
import json, { streamJson } from '../../src/format/json.js';
import stylish, { streamStylish } from '../../src/format/stylish.js';
import type { FormatInput } from '../../src/format/types.js';
import type { Finding } from '../../src/model/types.js';
import { finding as made } from '../../harness/finding.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// A real record of the national field set (fixtures/exchange/SOURCES.md), varied line by line.
const REAL = JSON.parse(readFileSync(join(ROOT, 'fixtures/exchange/gx-lingshan-taskitem-a.json'), 'utf8')) as {
  list: Record<string, unknown>[];
};

function record(handleItem: string, version: string): Record<string, unknown> {
  const rec = structuredClone(REAL.list[0]!);
  const items = rec.AUDIT_ITEM;
  const item = (Array.isArray(items) ? items[0] : items) as Record<string, unknown>;
  item.task_handle_item = handleItem;
  item.task_version = version;
  return rec;
}

/** Units a, b, c…: older versions, a broken line, a blank line, a duplicate, a record without guide fields, an envelope of two. */
function exportFile(units: number): string {
  const lines = [JSON.stringify(record('a', '1')), JSON.stringify(record('a', '2')), '{"broken": ', ''];
  for (let i = 0; i < units; i++) lines.push(JSON.stringify(record(`u${i}`, '1')));
  lines.push(JSON.stringify(record('u0', '1'))); // the same unit and version again
  lines.push('{"foo": 1}');
  lines.push(JSON.stringify({ list: [record('e1', '1'), record('e2', '1')] }));
  lines.push(JSON.stringify(record('a', '0'))); // an older version of a, far from the others
  const dir = mkdtempSync(join(tmpdir(), 'gl-spill-'));
  const file = join(dir, 'export.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const input = (result: LintResult, lang: 'zh' | 'en' = 'zh'): FormatInput => ({
  result,
  lang,
  version: '0.0.0',
  color: false,
  cwd: ROOT,
  rules: [],
});

function streamed(result: LintResult, format: typeof streamJson): string {
  let out = '';
  format(input(result), result.spill!, (s) => (out += s));
  return out;
}

async function both(file: string, config: ResolvedConfig, quiet = false) {
  const opts = { cwd: ROOT, paths: [file], config };
  const memory = await lint(opts);
  const sink = new OrderedSink(new FindingSpill());
  const spilled = await lint({ ...opts, sink, countGuides: true });
  if (quiet) {
    memory.findings = memory.findings.filter((f) => f.severity === 'error');
    if (spilled.spill) spilled.spill.onlyErrors = true;
  }
  return { memory, spilled, sink };
}

describe('streamed findings of a JSON Lines export', () => {
  it('are written to the spill while the file is still being read, in report order', async () => {
    const file = exportFile(40);
    const config = await resolveConfig({ cwd: ROOT, discover: false });
    const sink = new OrderedSink(new FindingSpill());
    const seen: number[] = [];
    const r = await lint({
      cwd: ROOT,
      paths: [file],
      config,
      sink,
      countGuides: true,
      onGuide: () => seen.push(sink.spill.length),
    });
    expect(r.spill).toBe(sink.spill);
    expect(r.findings).toEqual([]);
    expect(r.guides).toEqual([]);
    expect(r.guideCount).toBe(43);
    const total = sink.spill.length;
    expect(total).toBeGreaterThan(100);
    // Halfway through the records, the earlier records' findings are already out of memory.
    expect(seen[20]!).toBeGreaterThan(total / 4);
    expect(seen[20]!).toBeLessThan(total);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const back = [...sink.spill.read()];
    expect(back).toHaveLength(total);
    const memory = await lint({ cwd: ROOT, paths: [file], config });
    expect(back.map((f) => [f.line, f.column, f.ruleId, f.message, f.unit])).toEqual(
      memory.findings.map((f) => [f.line, f.column, f.ruleId, f.message, f.unit]),
    );
    sink.spill.dispose();
    expect(existsSync(sink.spill.path)).toBe(false);
  });

  it('print the same JSON and stylish reports as the in-memory run (versions, quiet, a record group split by --all-versions)', async () => {
    const file = exportFile(5);
    const base = await resolveConfig({ cwd: ROOT, discover: false });
    for (const [config, quiet] of [
      [base, false],
      [base, true],
      [{ ...base, allVersions: true }, false],
    ] as const) {
      const { memory, spilled, sink } = await both(file, config, quiet);
      expect(spilled.spill).toBeDefined();
      expect(streamed(spilled, streamJson)).toBe(String(await json(input(memory))));
      expect(streamed(spilled, streamStylish)).toBe(String(await stylish(input(memory))));
      sink.spill.dispose();
    }
  });

  it('are not spilled for a file that is not streamed (a single JSON export), nor for several files', async () => {
    const config = await resolveConfig({ cwd: ROOT, discover: false });
    const sink = new OrderedSink(new FindingSpill());
    const r = await lint({
      cwd: ROOT,
      paths: [join(ROOT, 'fixtures/exchange/gx-lingshan-taskitem-a.json')],
      config,
      sink,
      countGuides: true,
    });
    expect(r.spill).toBeUndefined();
    expect(sink.used).toBe(false);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.guides.length).toBe(1);
    const yaml = join(ROOT, 'fixtures/guides/clean/civil-affairs-horqin-right-front-banner.yaml');
    const one = await lint({ cwd: ROOT, paths: [yaml], config, sink, countGuides: true });
    expect(one).toEqual(await lint({ cwd: ROOT, paths: [yaml], config }));
    const two = await lint({ cwd: ROOT, paths: [exportFile(2), exportFile(2)], config, sink, countGuides: true });
    expect(two.spill).toBeUndefined();
    expect(two.guides).toHaveLength(10);
    sink.spill.dispose();
  });
});

describe('OrderedSink', () => {
  const finding = (line: number, column: number, ruleId = 'r'): Finding =>
    made({ ruleId, file: 'f.jsonl', line, column });

  it('merges the queued problems with the guides’ findings and holds back what may still come before', () => {
    const sink = new OrderedSink(new FindingSpill());
    sink.queueAll([
      { f: finding(2, 1, 'parse-error'), seq: 2 ** 40 },
      { f: finding(9, 1, 'exchange'), seq: 2 ** 40 + 1 },
    ]);
    sink.add(finding(1, 9), 0);
    sink.add(finding(1, 3), 1);
    sink.release(3);
    expect(sink.spill.length).toBe(3);
    sink.add(finding(5, 1), 2);
    sink.release();
    expect([...sink.spill.read()].map((f) => `${f.line}:${f.column}`)).toEqual(['1:3', '1:9', '2:1', '5:1', '9:1']);
    expect(sink.ordered).toBe(true);
    sink.spill.dispose();
  });

  it('says when a finding arrives behind what it has written (the run then sorts in memory)', () => {
    const sink = new OrderedSink(new FindingSpill());
    sink.queueAll([]);
    sink.add(finding(4, 1), 0);
    sink.release(5);
    sink.add(finding(1, 1), 1);
    expect(sink.ordered).toBe(false);
    sink.spill.dispose();
  });
});
