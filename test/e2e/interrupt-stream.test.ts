// Ctrl-C during one long JSON Lines export: the file is linted in one call, and the run now gives the
// event loop a turn every 50 ms, so the CLI's signal handler stops it there (exit 130) and removes the
// spill of findings, instead of being heard only after the last record.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../support/cli.js';
import { writeExportLines } from '../support/export-lines.js';

const RECORDS = 3000;
const dir = mkdtempSync(join(tmpdir(), 'gl-interrupt-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('SIGINT during a streamed export', () => {
  it('stops the run within the file (exit 130) and removes the temporary spill', async () => {
    const file = writeExportLines(join(dir, 'export.jsonl'), RECORDS);
    // A plugin rule that says when it first runs, takes 5 ms a guide (the whole file ≥ 15 s) and, at
    // exit, how many guides it saw.
    writeFileSync(
      join(dir, 'slow.mjs'),
      `let seen = 0;
process.on('exit', () => process.stderr.write('SEEN ' + seen + '\\n'));
export const rules = [{
  meta: { id: 'local/slow', item: null, severity: 'info', source: 'practice', description: { zh: '慢', en: 'slow' }, messages: { hit: { zh: '慢', en: 'slow' } }, docs: { details: { zh: '', en: '' }, bad: '', good: '' } },
  check() { if (seen++ === 0) process.stderr.write('WORKING\\n'); const end = Date.now() + 5; while (Date.now() < end); },
}];
`,
    );
    writeFileSync(join(dir, 'guide-lint.config.yaml'), 'plugins:\n  - ./slow.mjs\n');
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const env = { ...process.env, NO_COLOR: '1', TMPDIR: tmp } as NodeJS.ProcessEnv;
    delete env.GUIDE_LINT_LANG;
    const child = spawn(process.execPath, [BIN, file], { cwd: dir, env });
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const working = new Promise<void>((started) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString();
        if (stderr.includes('WORKING')) started();
      });
    });
    const exited = new Promise<number | null>((done) =>
      child.on('close', (code) => {
        done(code);
      }),
    );
    await working;
    // The spill exists while the run goes on (its findings are written there, in TMPDIR).
    expect(readdirSync(tmp).filter((f) => f.startsWith('guide-lint-findings-'))).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('guide-lint: 已中断（SIGINT）');
    const seen = Number(/SEEN (\d+)/.exec(stderr)?.[1]);
    // Stopped within the file: far from every record (each is checked at least once).
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(RECORDS / 2);
    expect(stdout).toBe('');
    expect(readdirSync(tmp)).toEqual([]);
  }, 300_000);
});
