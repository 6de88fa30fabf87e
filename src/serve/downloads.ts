// What the page offers to download, made by the CLI's own code: the annotated copy of a workbook
// (--annotate), the findings as xlsx, JSON and SARIF (--format), and the scorecard dashboard
// (score --format html). Each is made once per run in a child process of its own: annotating a
// 20,000-guide workbook takes SheetJS minutes and over 1 GB, and the server must stay responsive,
// small (that memory goes back to the system when the child exits) and alive (running out of
// memory fails that download only).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { annotateInputs } from '../format/annotate.js';
import { getFormatter } from '../format/index.js';
import { getScoreFormatter } from '../format/score-formats.js';
import { ROOT_DIR, VERSION } from '../version.js';
import type { Job, JobOutcome } from './jobs.js';
import { rulesForReport } from '../engine/registry.js';
import { defined } from '../util/defined.js';

export const DOWNLOAD_CHILD = join(ROOT_DIR, 'dist', 'src', 'serve', 'download-child.js');
/** Heap cap of a download's process. */
export const DOWNLOAD_HEAP_MB = 4096;

export interface Download {
  name: string;
  type: string;
  body: Buffer | string;
}

export interface DownloadRequest {
  /** The job's folder and the folder of its uploaded files. */
  dir: string;
  inputDir: string;
  outcome: JobOutcome;
  what: string;
  file?: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const REPORTS: Record<string, { format: string; type: string }> = {
  'findings.xlsx': { format: 'xlsx', type: XLSX_TYPE },
  'findings.json': { format: 'json', type: 'application/json; charset=utf-8' },
  'findings.sarif': { format: 'sarif', type: 'application/sarif+json; charset=utf-8' },
};

/** Whether `what` (and `file`) name a download of this run, before any work is started. */
export function isDownload(o: JobOutcome, what: string, file?: string): boolean {
  if (REPORTS[what] || what === 'score.html') return true;
  return what === 'annotated' && file !== undefined && o.result.files.some((r) => r.file === file);
}

/** Makes a download (in the download process). */
export async function makeDownload(r: DownloadRequest): Promise<Download | undefined> {
  const o = r.outcome;
  const report = REPORTS[r.what];
  if (report) {
    const rules = await rulesForReport(o.config.plugins);
    const body = await (
      await getFormatter(report.format)
    )({
      result: o.result,
      lang: o.config.lang,
      version: VERSION,
      color: false,
      cwd: r.inputDir,
      config: o.config,
      rules,
    });
    return { name: r.what, type: report.type, body };
  }
  if (r.what === 'score.html')
    return {
      name: 'scorecard.html',
      type: 'text/html; charset=utf-8',
      body: await (await getScoreFormatter('html'))({ card: o.card, color: false }),
    };
  if (r.what !== 'annotated' || r.file === undefined) return undefined;
  const fr = o.result.files.find((f) => f.file === r.file);
  if (!fr) return undefined;
  const one = { ...o.result, files: [fr], findings: o.result.findings.filter((f) => f.file === r.file) };
  const [written] = await annotateInputs(one, join(r.dir, 'annotated'), r.inputDir, o.config.lang);
  if (written === undefined) return undefined;
  const base = defined(r.file.split('/').pop());
  const name = base.toLowerCase().endsWith('.xlsx')
    ? base.replace(/\.xlsx$/i, '.annotated.xlsx')
    : `${base}.annotated.xlsx`;
  return { name, type: XLSX_TYPE, body: readFileSync(join(r.inputDir, written.output)) };
}

function inChild(job: Job, r: DownloadRequest): Promise<Download | undefined> {
  return new Promise((resolve, reject) => {
    const child = fork(DOWNLOAD_CHILD, [], {
      serialization: 'advanced',
      execArgv: [`--max-old-space-size=${DOWNLOAD_HEAP_MB}`],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // Dropping the job (or stopping the server) stops the child before the job's folder goes.
    job.processes.add(child);
    child.once('exit', () => job.processes.delete(child));
    let settled = false;
    child.once('message', (m: { ok: true; download?: Download } | { ok: false; error: string }) => {
      settled = true;
      // A Buffer arrives as a plain Uint8Array: view the same bytes as a Buffer again.
      const body = m.ok && m.download ? m.download.body : '';
      if (m.ok)
        resolve(
          m.download && {
            ...m.download,
            body: typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength),
          },
        );
      else reject(new Error(m.error));
      child.disconnect();
    });
    child.once('error', (err) => {
      if (settled) return;
      settled = true;
      reject(err);
    });
    child.once('exit', (code, signal) => {
      if (settled) return;
      settled = true;
      reject(new Error(`the download process stopped (${signal ?? `exit code ${String(code)}`})`));
    });
    child.send(r);
  });
}

/** A download of the job's current run: made once (concurrent requests share the work), then kept. */
export function download(job: Job, o: JobOutcome, what: string, file?: string): Promise<Download | undefined> {
  if (!isDownload(o, what, file)) return Promise.resolve(undefined);
  const key = `${what}\u0000${file ?? ''}`;
  let made = job.downloads.get(key);
  if (!made) {
    made = inChild(job, { dir: job.dir, inputDir: job.inputDir, outcome: o, what, file });
    job.downloads.set(key, made);
    made.catch(() => job.downloads.delete(key));
  }
  return made;
}
