// One measured `guide-lint serve` run on a big workbook: start the real CLI, upload the file,
// follow the progress events, read the findings view (and with --annotate the annotated copy),
// stop it with SIGINT, and print the server's peak RSS (process-wide, workers included) with
// the progress it reported.
//
//   node dist/bench/serve.js bench/.data/xlsx-20000-s42.xlsx [--annotate]

import { spawn } from 'node:child_process';
import { mkdtempSync, openAsBlob, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ROOT_DIR } from '../src/version.js';
import { defined } from '../src/util/defined.js';

const file = process.argv[2];
if (!file) throw new Error('usage: node dist/bench/serve.js WORKBOOK.xlsx [--annotate]');
const annotate = process.argv.includes('--annotate');
const tmp = mkdtempSync(join(tmpdir(), 'guide-lint-bench-serve-'));
const rssFile = join(tmp, 'rss');
const child = spawn(
  process.execPath,
  ['--import', join(ROOT_DIR, 'dist/bench/rss-hook.js'), join(ROOT_DIR, 'bin/guide-lint.js'), 'serve', '--port', '0'],
  {
    cwd: tmp,
    env: { ...process.env, TMPDIR: tmp, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let out = '';
const url = await new Promise<string>((resolve) =>
  child.stdout.on('data', (c: Buffer) => {
    out += c.toString();
    if (/http:\/\/\S+/.test(out)) resolve(defined(/http:\/\/\S+/.exec(out))[0]);
  }),
);
const t0 = Date.now();
const form = new FormData();
form.append('files', await openAsBlob(file), basename(file));
const { id } = (await (await fetch(`${url}api/jobs`, { method: 'POST', body: form })).json()) as { id: string };
const uploaded = Date.now() - t0;
// Server-sent events, read as text.
const events: { t: number; type: string; data: Record<string, unknown> }[] = [];
const res = await fetch(`${url}api/jobs/${id}/events`);
const reader = defined(res.body).getReader();
let buf = '';
for (;;) {
  const { value, done } = await reader.read();
  if (done) break;
  buf += Buffer.from(value).toString('utf8');
  let at;
  while ((at = buf.indexOf('\n\n')) >= 0) {
    const block = buf.slice(0, at);
    buf = buf.slice(at + 2);
    const type = /^event: (.*)$/m.exec(block)?.[1] ?? '';
    events.push({
      t: Date.now() - t0,
      type,
      data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? '{}') as Record<string, unknown>,
    });
  }
}
const linted = Date.now() - t0;
const view = await (await fetch(`${url}api/jobs/${id}/result`)).text();
const viewed = Date.now() - t0;
let annotated = 0;
if (annotate)
  annotated = (
    await (
      await fetch(`${url}api/jobs/${id}/download?what=annotated&file=${encodeURIComponent(basename(file))}`)
    ).arrayBuffer()
  ).byteLength;
const done = Date.now() - t0;
await new Promise<void>(
  (resolve) => (
    child.on('exit', () => {
      resolve();
    }),
    child.kill('SIGINT')
  ),
);
const rssKiB = Number(readFileSync(rssFile, 'utf8'));
const progress = events.filter((e) => e.type === 'progress');
const guideTicks = progress.filter((e) => Number(e.data.guidesDone) > 0);
const last = defined(events.at(-1));
console.log(
  JSON.stringify(
    {
      file: basename(file),
      uploadMs: uploaded,
      lintAndScoreMs: linted,
      resultMs: viewed - linted,
      resultBytes: view.length,
      ...(annotate ? { annotateMs: done - viewed, annotatedBytes: annotated } : {}),
      progressEvents: progress.length,
      guideProgressEvents: guideTicks.length,
      firstGuideProgressMs: guideTicks[0]?.t ?? null,
      lastEvent: last,
      peakRssMiB: Math.round(rssKiB / 1024),
      tempLeft: readdirSync(tmp).filter((d) => d.startsWith('guide-lint-serve-')).length,
    },
    null,
    2,
  ),
);
rmSync(tmp, { recursive: true, force: true });
