// The per-guide collector hook: the engine hands each guide to the run's collector (by default the
// plain reference); score registers its summary collector and reads guides without running rules.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint } from '../../src/engine/lint.js';
import { loadCollector, REF_COLLECTOR } from '../../src/engine/collector.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { SUMMARY_COLLECTOR, summaryCollector } from '../../src/score/summary-collector.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const paths = [join(ROOT, 'fixtures/guides/defective'), join(ROOT, 'fixtures/guides/clean')];

describe('guide collectors', () => {
  it('keeps only where each guide is and its name by default', async () => {
    const config = await resolveConfig({ cwd: ROOT, discover: false });
    const r = await lint({ cwd: ROOT, paths, config });
    expect(r.guides.length).toBeGreaterThan(5);
    for (const g of r.guides)
      expect(Object.keys(g).sort()).toEqual(expect.arrayContaining(['column', 'file', 'index', 'line', 'name']));
    expect(r.guides.some((g) => 'basisKey' in g)).toBe(false);
  });

  it("makes the summary collector's records when it is registered, the same references first", async () => {
    const config = await resolveConfig({ cwd: ROOT, discover: false });
    const plain = await lint({ cwd: ROOT, paths, config });
    const full = await lint({ cwd: ROOT, paths, config, collector: SUMMARY_COLLECTOR });
    expect(full.guides.map((g) => [g.file, g.index, g.line, g.name])).toEqual(
      plain.guides.map((g) => [g.file, g.index, g.line, g.name]),
    );
    expect(full.guides.every((g) => 'basisKey' in g && 'forms' in g)).toBe(true);
  });

  it('collectOnly runs no rule: the same records and load problems, no rule findings', async () => {
    const config = await resolveConfig({ cwd: ROOT, discover: false });
    const linted = await lint({ cwd: ROOT, paths, config, collector: SUMMARY_COLLECTOR });
    const collected = await lint({ cwd: ROOT, paths, config, collector: SUMMARY_COLLECTOR, collectOnly: true });
    expect(collected.guides).toEqual(linted.guides);
    const ruleIds = new Set(linted.findings.map((f) => f.ruleId));
    expect(ruleIds.size).toBeGreaterThan(5);
    const left = new Set(collected.findings.map((f) => f.ruleId));
    for (const id of left) expect(['parse-error', 'not-a-guide', 'internal-error']).toContain(id);
    expect(collected.findings.length).toBeLessThan(linted.findings.length);
  });

  it('loads a collector by module and export, and refuses an export that is none', async () => {
    expect(await loadCollector(undefined)).toBe(REF_COLLECTOR);
    expect(await loadCollector(SUMMARY_COLLECTOR)).toBe(summaryCollector);
    await expect(loadCollector({ module: SUMMARY_COLLECTOR.module, export: 'nothing' })).rejects.toThrow(
      /does not export a guide collector named nothing/,
    );
  });
});
