// Standard output closed early (`guide-lint … | head`) ends the run quietly with the exit code it
// would have had; Ctrl-C (SIGINT) stops a run on worker threads at once and leaves no temporary
// files. The CLI is spawned as a shell user would run it.

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/cli.js';

let dir: string;
const BASE = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
/** Files in the set: enough for two worker threads (--threads 2 needs 2 × 128) and well over a pipe's 64 KB of output. */
const FILES = 300;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-pipes-'));
  mkdirSync(join(dir, 'guides'));
  for (let i = 0; i < FILES; i++) {
    // A fixable finding (full-width digits in the phone) and an error (no holiday note) in each guide.
    const text = BASE.replace('0471-6945678', '０４７１－６９４５６７８')
      .replace('（法定节假日除外）', '')
      .replace('事项名称: 食品经营许可（新办）', `事项名称: 食品经营许可（新办${i}）`);
    writeFileSync(join(dir, 'guides', `g${String(i).padStart(3, '0')}.yaml`), text);
  }
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `( guide-lint ARGS; echo "rc=$?" >&2 ) | head -1` — the CLI's own exit code, with its stdout closed after one line. */
function throughHead(args: string[]): { rc: number; stdout: string; stderr: string } {
  const cmd = `( "${process.execPath}" "${BIN}" ${args.join(' ')}; echo "rc=$?" >&2 ) | head -1`;
  const env = { ...process.env, NO_COLOR: '1' } as NodeJS.ProcessEnv;
  delete env.FORCE_COLOR;
  const r = spawnSync('sh', ['-c', cmd], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  const rc = /rc=(\d+)/.exec(r.stderr)?.[1];
  return { rc: rc === undefined ? -1 : Number(rc), stdout: r.stdout, stderr: r.stderr.replace(/rc=\d+\n?/, '') };
}

describe.skipIf(process.platform === 'win32')('stdout closed early', () => {
  for (const args of [
    ['guides', '--no-score'],
    ['guides', '--format', 'json'],
    ['guides', '--fix-dry-run', '--no-score'],
  ]) {
    it(`guide-lint ${args.join(' ')} | head -1: quiet, the exit code of the run`, () => {
      const full = runCli(args, { cwd: dir });
      expect(full.stdout.length).toBeGreaterThan(128 * 1024);
      const r = throughHead(args);
      expect(r.stdout.split('\n').length).toBeLessThanOrEqual(2);
      expect(r.stderr).toBe('');
      expect(r.rc).toBe(full.status);
      expect(r.rc).toBe(1);
    }, 180_000);
  }
});

describe.skipIf(process.platform === 'win32')('SIGINT', () => {
  it('stops a --threads 2 --cache run at once (exit 130), workers and all, and leaves no temporary file', async () => {
    // A plugin rule that says when it runs (in a worker thread) and makes each file slow, so the
    // run is still going when the signal comes.
    writeFileSync(
      join(dir, 'slow.mjs'),
      `let said = false;
export const rules = [{
  meta: { id: 'local/slow', item: null, severity: 'info', source: 'practice', description: { zh: '慢', en: 'slow' }, messages: { hit: { zh: '慢', en: 'slow' } }, docs: { details: { zh: '', en: '' }, bad: '', good: '' } },
  check() { if (!said) { said = true; process.stderr.write('WORKING\\n'); } const end = Date.now() + 60; while (Date.now() < end); },
}];
`,
    );
    writeFileSync(join(dir, 'guide-lint.config.yaml'), 'plugins:\n  - ./slow.mjs\n');
    try {
      const env = { ...process.env, NO_COLOR: '1' } as NodeJS.ProcessEnv;
      delete env.GUIDE_LINT_LANG;
      const child = spawn(
        process.execPath,
        [BIN, 'guides', '--threads', '2', '--cache', '-f', 'json', '-o', 'out/report.json'],
        { cwd: dir, env },
      );
      let stderr = '';
      const working = new Promise<void>((started) => {
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          if (stderr.includes('WORKING')) started();
        });
      });
      const exited = new Promise<{ code: number | null; at: number }>((done) =>
        child.on('exit', (code) => {
          done({ code, at: Date.now() });
        }),
      );
      await working;
      const sent = Date.now();
      child.kill('SIGINT');
      const { code, at } = await exited;
      expect(code).toBe(130);
      // 300 files × 60 ms on two threads would take ≥ 9 s more.
      expect(at - sent).toBeLessThan(5000);
      expect(stderr).toContain('guide-lint: 已中断（SIGINT）');
      expect(stderr).not.toContain('internal error');
      const leftovers = (d: string): string[] =>
        readdirSync(d, { withFileTypes: true }).flatMap((e) =>
          e.isDirectory() ? leftovers(join(d, e.name)) : e.name.endsWith('.tmp') ? [join(d, e.name)] : [],
        );
      expect(leftovers(dir)).toEqual([]);
    } finally {
      rmSync(join(dir, 'guide-lint.config.yaml'), { force: true });
    }
  }, 120_000);
});
