// End-to-end scenarios (Spectral's .scenario shape): each test/scenarios/*.scenario file holds the
// input files, the command, the expected exit code and the expected output, together.
//
//   ====test====        one line: what a user would call the scenario
//   ====files====       "--- name" starts a file; "--- name < path" copies a repo file
//   ====command====     the command line, starting with guide-lint ({dir} = the scenario folder)
//   ====status====      the exit code
//   ====stdout====      exact standard output (optional)
//   ====contains====    lines that must each appear in stdout (optional)
//   ====stderr====      lines that must each appear in stderr (optional)
//   ====stderr_exact==== exact standard error (optional)

import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

interface Scenario {
  test: string;
  files: { name: string; content?: string; from?: string }[];
  command: string[];
  status: number;
  stdout?: string;
  contains?: string[];
  stderr?: string[];
  stderrExact?: string;
}

function parse(text: string): Scenario {
  const sections: Record<string, string> = {};
  const parts = text.split(/^====(\w+)====\n/m);
  for (let i = 1; i < parts.length; i += 2) sections[parts[i]!] = parts[i + 1] ?? '';
  const files: Scenario['files'] = [];
  for (const chunk of (sections.files ?? '').split(/^--- /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    const head = chunk.slice(0, nl === -1 ? undefined : nl).trim();
    const m = /^(.+?)\s*<\s*(.+)$/.exec(head);
    if (m) files.push({ name: m[1]!, from: m[2]! });
    else files.push({ name: head, content: nl === -1 ? '' : chunk.slice(nl + 1) });
  }
  const lines = (s?: string) =>
    (s ?? '')
      .split('\n')
      .map((l) => l.trimEnd())
      .filter(Boolean);
  return {
    test: (sections.test ?? '').trim(),
    files,
    command: (sections.command ?? '').trim().split(/\s+/).slice(1),
    status: Number((sections.status ?? '0').trim()),
    stdout: sections.stdout,
    contains: sections.contains !== undefined ? lines(sections.contains) : undefined,
    stderr: sections.stderr !== undefined ? lines(sections.stderr) : undefined,
    stderrExact: sections.stderr_exact,
  };
}

const DIR = join(ROOT, 'test', 'scenarios');

describe('scenarios', () => {
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.scenario'))
    .sort()) {
    const sc = parse(readFileSync(join(DIR, file), 'utf8'));
    it(`${file}: ${sc.test}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'guide-lint-scenario-'));
      for (const f of sc.files) {
        const target = join(dir, f.name);
        mkdirSync(dirname(target), { recursive: true });
        if (f.from) copyFileSync(join(ROOT, f.from), target);
        else writeFileSync(target, f.content ?? '');
      }
      const r = runCli(
        sc.command.map((a) => a.replace('{dir}', dir)),
        { cwd: dir },
      );
      const ctx = `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
      expect(r.status, ctx).toBe(sc.status);
      if (sc.stdout !== undefined) expect(r.stdout).toBe(sc.stdout);
      for (const line of sc.contains ?? []) expect(r.stdout, ctx).toContain(line);
      for (const line of sc.stderr ?? []) expect(r.stderr, ctx).toContain(line);
      if (sc.stderrExact !== undefined) expect(r.stderr, ctx).toBe(sc.stderrExact);
    });
  }
});
