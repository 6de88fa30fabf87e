// Nothing lost (issue 8): inputs are written only by --fix, through a temporary file and a rename,
// so a run killed at any point leaves each file either as it was or fully fixed; --output reports
// are written the same way; a normal run leaves every input byte-identical; a worker thread that
// dies does not take the other files' findings with it; internal errors exit 2, never 0.
//
// The kills are real: the CLI is started asynchronously and sent SIGKILL at seeded random moments,
// half of them timed by watching the folder for the first temporary file (so they land while the
// run is writing). Mode (0640) and CRLF line endings are checked on every fixed file here; the
// uninterrupted --fix case is in test/engine/fix.test.ts.

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../../src/load/discover.js';
import { lintInPool } from '../../src/engine/pool.js';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { BIN, ROOT, runCli } from '../support/cli.js';
import { mulberry32 } from '../../bench/generate.js';

const BASE = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function project(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-lost-'));
  dirs.push(dir);
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A seeded PRNG (the bench generator's mulberry32): the kill moments are reproducible up to the machine's timing. */
const rng = mulberry32;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from start to the first and last temporary file seen in the folder. */
  firstTmp?: number;
  lastTmp?: number;
  elapsed: number;
}

/**
 * Runs the CLI; with `kill`, sends SIGKILL `afterMs` after the start, or `afterTmpMs` after the first
 * temporary file (`.NAME.XXXXXXXX.tmp`, src/util/atomic-write.ts) appears in `watchDir`.
 */
function run(
  args: string[],
  cwd: string,
  opts: { kill?: { afterMs?: number; afterTmpMs?: number }; watchDir?: string } = {},
): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let firstTmp: number | undefined;
    let lastTmp: number | undefined;
    const kill = () => child.kill('SIGKILL');
    const watcher = opts.watchDir
      ? watch(opts.watchDir, (_event, name) => {
          if (!name || !/^\..*\.[0-9a-f]{8}\.tmp$/.test(name)) return;
          const t = performance.now() - started;
          lastTmp = t;
          if (firstTmp === undefined) {
            firstTmp = t;
            if (opts.kill?.afterTmpMs !== undefined) setTimeout(kill, opts.kill.afterTmpMs);
          }
        })
      : undefined;
    const timer = opts.kill?.afterMs !== undefined ? setTimeout(kill, opts.kill.afterMs) : undefined;
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // Late events of the watcher still count for the timing of an uninterrupted run.
      setTimeout(() => {
        watcher?.close();
        resolve({ code, signal, stdout, stderr, firstTmp, lastTmp, elapsed: performance.now() - started });
      }, 20);
    });
  });
}

const tmpFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('--fix killed mid-run', () => {
  const FILES = 40;
  // ~120 KB of comments per guide, so writing the fixed files takes a while.
  const PAD = Array.from({ length: 1500 }, (_, i) => `# 备注 ${i}：本行仅用于加大文件，${'内容'.repeat(30)}`).join(
    '\n',
  );
  const name = (i: number) => `g${String(i).padStart(3, '0')}.yaml`;
  const before = (i: number) =>
    `${BASE.replace('事项名称: 食品经营许可（新办）', `事项名称: 食品经营许可（新办${i}）`).replace('    材料类型: 复印件', '    材料类型: 原件及复印件 # 待核对')}${PAD}\n`.replace(
      /\n/g,
      '\r\n',
    );
  const inputs = () => {
    const dir = project();
    for (let i = 0; i < FILES; i++) {
      writeFileSync(join(dir, name(i)), before(i));
      chmodSync(join(dir, name(i)), 0o640);
    }
    return dir;
  };

  it(
    'every file is the original or fully fixed, keeps its mode and CRLF, and leftovers are never linted',
    { timeout: 240_000 },
    async () => {
      // An uninterrupted run: the fixed content and how long the write phase lasts.
      const refDir = inputs();
      const ref = await run(['.', '--fix', '--no-score', '-f', 'json'], refDir, { watchDir: refDir });
      expect(ref.code, ref.stderr).toBe(0);
      const fixed = Array.from({ length: FILES }, (_, i) => readFileSync(join(refDir, name(i)), 'utf8'));
      for (let i = 0; i < FILES; i++) expect(fixed[i]).toBe(before(i).replace('原件及复印件', '原件和复印件'));
      expect(ref.firstTmp).toBeDefined();
      const writePhase = Math.max(5, (ref.lastTmp ?? ref.firstTmp!) - ref.firstTmp!);

      const random = rng(8);
      const outcomes: string[] = [];
      let mixed = 0;
      let lastDir = '';
      for (let k = 0; k < 16 && (k < 6 || mixed < 2); k++) {
        const dir = inputs();
        lastDir = dir;
        // Even runs: killed during the writes; odd runs: at any moment of the run.
        const kill = k % 2 === 0 ? { afterTmpMs: random() * writePhase } : { afterMs: random() * ref.elapsed };
        const r = await run(['.', '--fix', '--no-score', '-f', 'json'], dir, { kill, watchDir: dir });
        let nFixed = 0;
        for (let i = 0; i < FILES; i++) {
          const file = join(dir, name(i));
          const now = readFileSync(file, 'utf8');
          if (now === fixed[i]) nFixed++;
          else expect(now, `${name(i)} after kill ${k} is neither the original nor the fixed file`).toBe(before(i));
          expect(statSync(file).mode & 0o777).toBe(0o640);
        }
        const left = tmpFiles(dir);
        if (nFixed > 0 && nFixed < FILES) mixed++;
        outcomes.push(
          `${r.signal ?? r.code}: ${nFixed}/${FILES} fixed, ${left.length} temp files left ${r.stderr.slice(0, 300)}`,
        );
      }
      if (process.env.GUIDE_LINT_TEST_VERBOSE) console.log(outcomes.join('\n'));
      // The kills did land while files were being written (else this test would prove nothing).
      expect(mixed, outcomes.join('\n')).toBeGreaterThanOrEqual(1);

      // A temporary file left by a kill (made here too, in case no kill left one): never linted.
      writeFileSync(join(lastDir, `.${name(0)}.0badc0de.tmp`), before(0).slice(0, 1000));
      writeFileSync(join(lastDir, `.report.json.deadbeef.tmp`), '{"tool": ');
      const after = runCli(['.', '-f', 'json', '--no-score'], { cwd: lastDir });
      const report = JSON.parse(after.stdout) as { summary: { files: number }; findings: { file: string }[] };
      expect(report.summary.files).toBe(FILES);
      expect(report.findings.filter((f) => f.file.endsWith('.tmp'))).toEqual([]);
      // A later --fix finishes the job.
      const again = runCli(['.', '--fix', '--no-score'], { cwd: lastDir });
      expect(again.status, again.stderr).toBe(0);
      for (let i = 0; i < FILES; i++) expect(readFileSync(join(lastDir, name(i)), 'utf8')).toBe(fixed[i]);
    },
  );

  it('discovery never returns temporary files (walked folders, explicit globs, dot folders)', async () => {
    const dir = project({
      'a.yaml': BASE,
      '.a.yaml.0badc0de.tmp': BASE,
      'sub/.b.json.12345678.tmp': '{}',
      'sub/b.json': '{}',
      '.hidden/c.yaml': BASE,
    });
    const rel = async (args: string[]) =>
      (await discover(args, { cwd: dir })).files.map((f) => relative(dir, f).split('\\').join('/'));
    expect(await rel(['.'])).toEqual(['a.yaml', 'sub/b.json']);
    expect(await rel(['**/*'])).toEqual(['a.yaml', 'sub/b.json']);
    expect(await rel(['sub'])).toEqual(['sub/b.json']);
  });
});

describe('writes that must not replace the wrong file', () => {
  it('--fix on a guide reached through a symbolic link fixes the file it names and keeps the link', () => {
    const before = BASE.replace('    材料类型: 复印件', '    材料类型: 原件及复印件');
    const dir = project({ 'real/g.yaml': before });
    cpSync(join(dir, 'forms'), join(dir, 'guides/forms'), { recursive: true });
    symlinkSync(join('..', 'real', 'g.yaml'), join(dir, 'guides/g.yaml'));
    const r = runCli(['guides/g.yaml', '--fix', '--no-score'], { cwd: dir });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(lstatSync(join(dir, 'guides/g.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/g.yaml'), 'utf8')).toBe(before.replace('原件及复印件', '原件和复印件'));
    expect(readdirSync(join(dir, 'guides')).sort()).toEqual(['forms', 'g.yaml']);
  });

  it('--annotate refuses to replace another input with an annotated copy (a.csv → copies/a.csv.xlsx)', () => {
    const dir = project({ 'a.csv': '事项名称,事项类型,办件类型\n测试事项,行政许可,承诺\n' });
    mkdirSync(join(dir, 'copies'));
    cpSync(join(ROOT, 'fixtures/power-list/clean.xlsx'), join(dir, 'copies/a.csv.xlsx'));
    const input = readFileSync(join(dir, 'copies/a.csv.xlsx'));
    const r = runCli(['.', '--annotate', 'copies', '--no-score', '-f', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'guide-lint: --annotate would overwrite the input copies/a.csv.xlsx: choose another folder\n',
    );
    expect(readFileSync(join(dir, 'copies/a.csv.xlsx')).equals(input)).toBe(true);
    // The report of the run was still printed, with every file.
    expect(JSON.parse(r.stdout).summary.files).toBe(2);
  });
});

describe('--output killed mid-write', () => {
  it('the report file holds the old report or the whole new one, never part of it', { timeout: 180_000 }, async () => {
    // Many findings, so the JSON report is a few megabytes.
    const files: Record<string, string> = {};
    const bad = BASE.replace('咨询电话: 0471-6945678', '咨询电话: 6945678')
      .replace('    材料类型: 复印件', '    材料类型: 复印')
      .replace('到办事现场次数: 1', '到办事现场次数: 一次');
    for (let i = 0; i < 400; i++)
      files[`guides/g${String(i).padStart(3, '0')}.yaml`] = bad.replace(
        '食品经营许可（新办）',
        `食品经营许可（新办${i}）`,
      );
    const dir = project(files);
    const OLD = '{"old": "report"}\n';
    const refRun = await run(['guides', '-f', 'json', '-o', 'report.json', '--no-score'], dir, { watchDir: dir });
    expect(refRun.code, refRun.stderr).toBe(1);
    const reference = readFileSync(join(dir, 'report.json'), 'utf8');
    expect(Buffer.byteLength(reference)).toBeGreaterThan(1_000_000);
    expect(JSON.parse(reference).summary.files).toBe(400);

    const random = rng(3);
    const outcomes: string[] = [];
    let interrupted = 0;
    for (let k = 0; k < 20 && (k < 6 || interrupted < 1); k++) {
      writeFileSync(join(dir, 'report.json'), OLD);
      for (const t of tmpFiles(dir)) rmSync(join(dir, t));
      const kill =
        k % 3 === 2 ? { afterMs: random() * refRun.elapsed } : { afterTmpMs: k % 3 === 0 ? 0 : random() * 3 };
      const r = await run(['guides', '-f', 'json', '-o', 'report.json', '--no-score'], dir, { kill, watchDir: dir });
      const now = readFileSync(join(dir, 'report.json'), 'utf8');
      const state = now === OLD ? 'old' : now === reference ? 'new' : 'PARTIAL';
      expect(state, `kill ${k}: ${now.length} characters`).not.toBe('PARTIAL');
      // A temporary report left behind: the kill landed between writing it and the rename.
      if (tmpFiles(dir).length) interrupted++;
      outcomes.push(
        `${r.signal ?? r.code}: ${state}, temp files: ${tmpFiles(dir).join(' ')} ${r.stderr.slice(0, 300)}`,
      );
    }
    if (process.env.GUIDE_LINT_TEST_VERBOSE) console.log(outcomes.join('\n'));
    expect(interrupted, outcomes.join('\n')).toBeGreaterThanOrEqual(1);
  });
});

describe('a normal run writes nothing', () => {
  const hashTree = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else {
          const st = statSync(p);
          out[relative(dir, p)] =
            `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${st.mode.toString(8)} ${st.mtimeMs}`;
        }
      }
    };
    walk(dir);
    return out;
  };

  it(
    'every fixture file is byte-identical (and untouched) after lint, --fix-dry-run, threads, reports and score',
    { timeout: 120_000 },
    () => {
      const dir = project();
      cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
      const out = mkdtempSync(join(tmpdir(), 'guide-lint-out-'));
      dirs.push(out);
      const beforeHashes = hashTree(join(dir, 'fixtures'));
      expect(Object.keys(beforeHashes).length).toBeGreaterThan(50);
      const runs: [string[], number[]][] = [
        [['fixtures/guides'], [1]],
        [['fixtures/guides', '-f', 'json', '--threads', '2', '--no-score'], [1]],
        [['fixtures/guides', '--fix-dry-run', '--no-score'], [1]],
        [
          [
            'fixtures/guides',
            '--report-unused-disable-directives',
            '--preset',
            'strict',
            '-f',
            'json',
            '-o',
            join(out, 'r.json'),
          ],
          [1],
        ],
        [
          ['score', 'fixtures/score', '--power-list', 'fixtures/power-list/clean.xlsx', '--format', 'json'],
          [0, 1],
        ],
      ];
      for (const [args, codes] of runs) {
        const r = runCli(args, { cwd: dir });
        expect(codes, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`).toContain(r.status);
      }
      expect(hashTree(join(dir, 'fixtures'))).toEqual(beforeHashes);
      // Nothing new beside the inputs either.
      expect(readdirSync(dir).sort()).toEqual(['fixtures', 'forms']);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// Crashes: a plugin (config `plugins:`) whose rule misbehaves on one guide, chosen by its name.

const PLUGIN = `
import { isMainThread } from 'node:worker_threads';
const text = (s) => ({ zh: s, en: s });
export const rules = [{
  meta: { id: 'crash/probe', item: null, severity: 'info', source: 'practice', description: text('misbehaves on purpose'), messages: {}, docs: { details: text(''), bad: '', good: '' } },
  check(guide) {
    globalThis.crashProbeChecks = (globalThis.crashProbeChecks ?? 0) + 1; // guides this thread linted
    const name = String(guide.data['事项名称'] ?? '');
    if (name.includes('EXIT-WORKER') && !isMainThread) process.exit(0);
    if (name.includes('EXIT-ANYWHERE')) process.exit(0);
    if (name.includes('THROW-LATER')) setTimeout(() => { throw new Error('boom from a timer'); }, 0);
    if (name.includes('REJECT-LATER')) Promise.reject(new Error('a rejected promise nobody awaited'));
    if (name.includes('THROW-NOW')) throw new Error('thrown by the rule');
  },
}];
`;

/** 300 guides (enough for two worker threads), each with one variant value (an enum-values error). */
function crashProject(special: Record<number, string>): string {
  const files: Record<string, string> = {
    'guide-lint.config.yaml': 'plugins:\n  - ./crash-plugin.mjs\n',
    'crash-plugin.mjs': PLUGIN,
  };
  const bad = BASE.replace('    材料类型: 复印件', '    材料类型: 原件及复印件');
  for (let i = 0; i < 300; i++)
    files[`guides/g${String(i).padStart(3, '0')}.yaml`] = bad.replace(
      '食品经营许可（新办）',
      `食品经营许可（新办${i}）${special[i] ?? ''}`,
    );
  return project(files);
}

interface JsonReport {
  summary: { files: number };
  findings: { ruleId: string; file: string; message: string; line: number }[];
}

function lintJson(dir: string, args: string[]): { status: number | null; stderr: string; report?: JsonReport } {
  const r = runCli(['guides', '-f', 'json', '--no-score', ...args], { cwd: dir });
  let report: JsonReport | undefined;
  try {
    report = JSON.parse(r.stdout);
  } catch {
    report = undefined;
  }
  return { status: r.status, stderr: r.stderr, report };
}

/** Files that have their enum-values finding: every guide was linted. */
const linted = (r: JsonReport) => new Set(r.findings.filter((f) => f.ruleId === 'enum-values').map((f) => f.file));
const g = (i: number) => `guides/g${String(i).padStart(3, '0')}.yaml`;

describe('a worker thread that dies', () => {
  it(
    'process.exit() in a worker on one file: the other 299 files are reported, that file has an internal error, exit 2',
    { timeout: 60_000 },
    () => {
      const dir = crashProject({ 100: 'EXIT-WORKER' });
      const r = lintJson(dir, ['--threads', '2']);
      expect(r.status, r.stderr).toBe(2);
      const report = r.report!;
      expect(report.summary.files).toBe(300);
      const ok = linted(report);
      expect(ok.size).toBe(299);
      expect(ok.has(g(100))).toBe(false);
      const internal = report.findings.filter((f) => f.ruleId === 'internal-error');
      expect(internal.map((f) => f.file)).toEqual([g(100)]);
      expect(internal[0]!.message).toMatch(
        /^内部错误：a worker thread stopped while linting this file, twice \(the worker thread exited with code 0/,
      );
      expect(r.stderr).toContain(
        `guide-lint: internal error: ${g(100)}: a worker thread stopped while linting this file, twice`,
      );
    },
  );

  it(
    'results posted per batch (built-in rules only): files finished before the crash are linted again, none lost or doubled',
    { timeout: 60_000 },
    async () => {
      const dir = crashProject({ 100: 'EXIT-WORKER' });
      const config = await resolveConfig({ cwd: dir });
      const files = (await discover(['guides'], { cwd: dir })).files;
      const results = await lintInPool(files, { cwd: dir, config, threads: 2, flush: 'batch' });
      expect(results.map((r) => r.file)).toEqual(files.map((_, i) => g(i)));
      // Every file was linted in a worker: none was left over for this thread to lint.
      expect((globalThis as { crashProbeChecks?: number }).crashProbeChecks ?? 0).toBe(0);
      // g100 is the 37th file of its batch (64–127): the 36 before it died with the worker, unposted.
      for (const [i, r] of results.entries()) {
        if (i === 100) {
          expect(r.findings.map((f) => f.ruleId)).toEqual(['internal-error']);
          expect(r.internalErrors[0]).toMatch(/a worker thread stopped while linting this file, twice/);
        } else {
          expect(
            r.findings.filter((f) => f.ruleId === 'enum-values'),
            g(i),
          ).toHaveLength(1);
          expect(r.internalErrors, g(i)).toEqual([]);
        }
      }
    },
  );

  it(
    'an exception thrown from a timer in a worker: every file is still reported, exit 2 naming the error',
    { timeout: 60_000 },
    () => {
      // In the middle of a batch, and on the very last file. Which file the timer interrupts depends on
      // the machine: usually the next one (linted again alone), or, when it fires in the event-loop
      // turn before the file counts as done, the file that set it, which is then linted again alone
      // and sets it again (a second note). Every note names the timer's error.
      const NOTE =
        /^guide-lint: internal error: guides\/g(\d{3})\.yaml: a worker thread (?:stopped \(Error: boom from a timer\) while linting this file or just after the one before it; it was linted again in a new worker|failed just after linting this file \(Error: boom from a timer\))$/;
      for (const [at, first] of [
        [70, (n: number) => n >= 70 && n <= 127],
        [299, (n: number) => n === 299],
      ] as const) {
        const dir = crashProject({ [at]: 'THROW-LATER' });
        const r = lintJson(dir, ['--threads', '2']);
        expect(r.status, r.stderr).toBe(2);
        expect(r.report!.summary.files).toBe(300);
        expect(linted(r.report!).size).toBe(300);
        const notes = r.stderr.trimEnd().split('\n');
        expect(notes.length, r.stderr).toBeGreaterThanOrEqual(1);
        expect(notes.length, r.stderr).toBeLessThanOrEqual(2);
        for (const line of notes) expect(line).toMatch(NOTE);
        expect(first(Number(NOTE.exec(notes[0]!)![1])), r.stderr).toBe(true);
      }
    },
  );

  it(
    'a promise a rule leaves rejected in a worker: that file is named (an internal-error finding), the other 299 are reported, exit 2',
    { timeout: 60_000 },
    () => {
      const dir = crashProject({ 150: 'REJECT-LATER' });
      const r = lintJson(dir, ['--threads', '2']);
      expect(r.status, r.stderr).toBe(2);
      const ok = linted(r.report!);
      expect(ok.size).toBe(299);
      expect(ok.has(g(150))).toBe(false);
      expect(r.report!.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.file)).toEqual([g(150)]);
      expect(r.stderr).toMatch(
        /^guide-lint: internal error: guides\/g150\.yaml: a worker thread stopped while linting this file, twice \(Error: a rejected promise nobody awaited; alone: Error: a rejected promise nobody awaited\)\n$/,
      );
    },
  );

  it(
    'the same files without threads: the timer exception ends the run with exit 2, never 0 or 1',
    { timeout: 60_000 },
    () => {
      const dir = crashProject({ 70: 'THROW-LATER' });
      const r = lintJson(dir, []);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('guide-lint: internal error: boom from a timer');
    },
  );

  it('process.exit(0) called by a rule in the main thread: exit 2, never 0', { timeout: 60_000 }, () => {
    const dir = crashProject({ 5: 'EXIT-ANYWHERE' });
    const r = lintJson(dir, []);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'guide-lint: internal error: the process was ended before the command finished (exit code 0)',
    );
  });
});

describe('exit code 2 for an internal error', () => {
  it("a guide the engine itself fails on (not a rule) is an internal error for that guide; the file's other guides are linted", async () => {
    const { loadYaml } = await import('../../src/load/yaml.js');
    const { lintLoaded } = await import('../../src/engine/lint-file.js');
    const { presetConfig } = await import('../../src/config/resolved-config.js');
    const { builtinRules } = await import('../../rules/index.js');
    const loaded = loadYaml(`${BASE}---\n${BASE.replace('食品经营许可（新办）', '第二份')}`);
    expect(loaded.guides).toHaveLength(2);
    const broken = loaded.guides[0]!;
    broken.sourceMap = {
      ...broken.sourceMap,
      start: () => {
        throw new Error('source map exploded');
      },
    };
    const dir = join(ROOT, 'test/support');
    const r = lintLoaded(join(dir, 'two.yaml'), loaded, {
      cwd: dir,
      config: presetConfig(builtinRules),
      rules: builtinRules,
    });
    expect(r.internalErrors).toEqual(['two.yaml: guide 1 could not be linted: source map exploded']);
    expect(r.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([
      '内部错误：guide 1 could not be linted: source map exploded',
    ]);
    expect(r.guides.map((g) => g.name)).toEqual(['第二份']);
  });

  it(
    'a rule that throws: exit 2 with the file and rule named, in this thread and in workers; the other files are reported',
    { timeout: 60_000 },
    () => {
      const dir = crashProject({ 42: 'THROW-NOW' });
      for (const threads of [[], ['--threads', '2']]) {
        const r = lintJson(dir, threads);
        expect(r.status, r.stderr).toBe(2);
        const report = r.report!;
        expect(linted(report).size).toBe(300);
        const internal = report.findings.filter((f) => f.ruleId === 'internal-error');
        expect(internal.map((f) => `${f.file}: ${f.message}`)).toEqual([
          `${g(42)}: 内部错误：rule crash/probe crashed: thrown by the rule`,
        ]);
        expect(r.stderr).toBe(`guide-lint: internal error: ${g(42)}: rule crash/probe crashed: thrown by the rule\n`);
      }
    },
  );
});
