// Nothing runs unasked (issue 8): guide-lint opens no network connection, resolves no host name and
// starts no program — whatever URLs the guides hold, whatever format or command is asked for, in
// worker threads too. (There is no link-checking flag yet; when one comes, it is the only exception.)
//
// Proof: the CLI runs with a preload (NODE_OPTIONS) that replaces every way out — net.Socket#connect,
// net/tls connect, http(s).request/get, http2.connect, dns lookups and resolvers, dgram sockets,
// fetch/WebSocket/EventSource, child_process — with stubs that log the attempt and throw. The
// preload is a CommonJS `--require` module, not an `--import` one: Node 20 runs `--require`
// preloads in every worker thread but `--import` ones only in the main thread (checked below).

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const PRELOAD = String.raw`
'use strict';
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');
const LOG = process.env.GUIDE_LINT_NET_LOG;
// Which threads ran with the stubs in place (proof that worker threads were covered).
if (process.env.GUIDE_LINT_THREAD_LOG) fs.appendFileSync(process.env.GUIDE_LINT_THREAD_LOG, (isMainThread ? 'main' : 'worker') + '\n');
function stub(owner, name, label) {
  const original = owner && owner[name];
  if (typeof original !== 'function') return;
  const f = function () {
    const first = arguments[0];
    let what = '';
    try { what = typeof first === 'string' ? first : first instanceof URL ? first.href : first && typeof first === 'object' ? JSON.stringify(first).slice(0, 200) : String(first); } catch { what = '?'; }
    fs.appendFileSync(LOG, (isMainThread ? 'main' : 'worker') + ' ' + label + ' ' + what + '\n');
    throw new Error('guide-lint test: ' + label + ' attempted');
  };
  try { Object.defineProperty(owner, name, { value: f, writable: true, configurable: true }); } catch { owner[name] = f; }
}
const net = require('node:net');
stub(net.Socket.prototype, 'connect', 'net.Socket#connect');
for (const n of ['connect', 'createConnection']) stub(net, n, 'net.' + n);
stub(require('node:tls'), 'connect', 'tls.connect');
for (const m of ['http', 'https']) for (const n of ['request', 'get']) stub(require('node:' + m), n, m + '.' + n);
stub(require('node:http2'), 'connect', 'http2.connect');
const dns = require('node:dns');
for (const n of Object.keys(dns)) if (/^(lookup|lookupService|resolve\w*|reverse)$/.test(n)) stub(dns, n, 'dns.' + n);
for (const n of Object.keys(dns.promises)) if (/^(lookup|lookupService|resolve\w*|reverse)$/.test(n)) stub(dns.promises, n, 'dns.promises.' + n);
stub(dns.Resolver && dns.Resolver.prototype, 'resolve', 'dns.Resolver#resolve');
stub(require('node:dgram'), 'createSocket', 'dgram.createSocket');
const cp = require('node:child_process');
for (const n of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) stub(cp, n, 'child_process.' + n);
for (const n of ['fetch', 'WebSocket', 'EventSource']) stub(globalThis, n, n);
require('node:module').syncBuiltinESMExports();
`;

let dir: string;
let preload: string;
let log: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'guide-lint-nonet-'));
  preload = join(dir, 'no-network.cjs');
  writeFileSync(preload, PRELOAD);
  log = join(dir, 'attempts.log');
  // The fixtures (guides with https addresses and form URLs, spreadsheets, power lists, scores).
  cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
  // Guides whose every reference is a network address, and enough copies for two worker threads.
  const base = readFileSync(join(ROOT, 'test/support/base-guide.yaml'), 'utf8');
  const remote = base
    .replace('forms/blank.docx', 'https://example.invalid/blank.docx')
    .replace('forms/sample.docx', 'http://127.0.0.1:9/sample.docx')
    .replace('forms/blank.pdf', 'http://127.0.0.1:9/result.pdf')
    .replace(
      '网办地址: https://zwfw.nmg.gov.cn/item/000117012000',
      '网办地址: https://zwfw.nmg.gov.cn.invalid/item/000117012000',
    );
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'many/forms'), { recursive: true });
  for (let i = 0; i < 300; i++)
    writeFileSync(join(dir, `many/g${String(i).padStart(3, '0')}.yaml`), i % 2 ? remote : base);
  // A network share: on Windows, looking it up would reach the network (SMB).
  writeFileSync(
    join(dir, 'unc.yaml'),
    base
      .replace('forms/sample.docx', String.raw`\\fileserver.invalid\share\sample.docx`)
      .replace('forms/blank.docx', '//fileserver.invalid/share/blank.docx'),
  );
  cpSync(join(ROOT, 'test/support/forms'), join(dir, 'forms'), { recursive: true });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const guarded = (args: string[], threadLog?: string) =>
  runCli(args, {
    cwd: dir,
    env: { NODE_OPTIONS: `--require=${preload}`, GUIDE_LINT_NET_LOG: log, GUIDE_LINT_THREAD_LOG: threadLog },
  });
const attempts = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');

describe('no network access, no programs started', () => {
  it('the stubs catch attempts in the main thread and in worker threads (the check of the check)', () => {
    const script = [
      "const { Worker } = require('node:worker_threads');",
      "try { require('node:https').get('https://example.invalid/'); } catch {}",
      "try { require('node:dns').lookup('example.invalid', () => {}); } catch {}",
      "new Worker(\"try { fetch('https://example.invalid/w'); } catch {} try { new (require('node:net').Socket)().connect(9, '127.0.0.1'); } catch {}\", { eval: true });",
    ].join('\n');
    const probeLog = join(dir, 'probe.log');
    const r = spawnSync(process.execPath, ['-e', script], {
      env: { ...process.env, NODE_OPTIONS: `--require=${preload}`, GUIDE_LINT_NET_LOG: probeLog },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(probeLog, 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' ').slice(0, 2).join(' '));
    expect(lines).toEqual(['main https.get', 'main dns.lookup', 'worker fetch', 'worker net.Socket#connect']);
  });

  it(
    'lint, every report format, worker threads, --fix-dry-run, score, rules, explain, schema: the usual exit codes, no attempt',
    { timeout: 120_000 },
    () => {
      const out = join(dir, 'out');
      mkdirSync(out, { recursive: true });
      const runs: [string[], number][] = [
        [['fixtures/guides/clean', '--no-score'], 0],
        [['fixtures/guides/clean', 'fixtures/guides/strict', '--preset', 'strict'], 1],
        [
          [
            'fixtures/guides',
            '--preset',
            'strict',
            '-f',
            'json',
            '-o',
            `${out}/r.json`,
            '-f',
            'sarif',
            '-o',
            `${out}/r.sarif`,
            '-f',
            'junit',
            '-o',
            `${out}/r.xml`,
            '-f',
            'html',
            '-o',
            `${out}/r.html`,
            '-f',
            'xlsx',
            '-o',
            `${out}/r.xlsx`,
          ],
          1,
        ],
        [['fixtures/guides', '-f', 'github'], 1],
        [['fixtures/guides', '-f', 'gitlab'], 1],
        [['fixtures/guides', '--fix-dry-run', '--no-score'], 1],
        [['many', '--threads', '2', '-f', 'json'], 0],
        [
          [
            'score',
            'fixtures/score/mixed/guides',
            '--power-list',
            'fixtures/score/mixed/power-list.yaml',
            '--format',
            'html',
            '-o',
            `${out}/score.html`,
          ],
          0,
        ],
        [
          [
            'score',
            'fixtures/guides/clean',
            '--power-list',
            'fixtures/power-list/clean.xlsx',
            '--format',
            'xlsx',
            '-o',
            `${out}/score.xlsx`,
          ],
          0,
        ],
        [['rules'], 0],
        [['explain', 'blank-form'], 0],
        [['schema'], 0],
      ];
      const threads = join(dir, 'threads.log');
      for (const [args, code] of runs) {
        const r = guarded(args, args.includes('--threads') ? threads : undefined);
        expect(r.status, `guide-lint ${args.join(' ')}\n${r.stderr}`).toBe(code);
        expect(r.stderr, `guide-lint ${args.join(' ')}`).not.toMatch(/internal error|attempted/);
      }
      expect(attempts()).toBe('');
      expect(readFileSync(threads, 'utf8').split('\n').filter(Boolean).sort()).toEqual(['main', 'worker', 'worker']);
      for (const f of ['r.json', 'r.sarif', 'r.xml', 'r.html', 'r.xlsx', 'score.html', 'score.xlsx'])
        expect(existsSync(join(out, f)), f).toBe(true);
    },
  );

  it('forms at network addresses are judged by their text only: a well-formed URL passes, a network share is reported, nothing is fetched', () => {
    const r = guarded(['many/g001.yaml', '-f', 'json', '--no-score']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).summary.guides).toBe(1);
    const unc = guarded(['unc.yaml', '-f', 'json', '--no-score', '--lang', 'en']);
    expect(unc.status, unc.stderr).toBe(1);
    const findings = (JSON.parse(unc.stdout) as { findings: { ruleId: string; message: string; line: number }[] })
      .findings;
    expect(findings.map((f) => `${f.line} ${f.ruleId}`)).toEqual(['43 blank-form', '44 sample-form']);
    expect(findings.every((f) => f.message.includes('is not a valid http(s) URL'))).toBe(true);
    expect(attempts()).toBe('');
  });
});
