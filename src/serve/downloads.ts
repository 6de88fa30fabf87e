// What the page offers to download, made by the CLI's own code: the annotated copy of a workbook
// (--annotate), the findings as xlsx, JSON and SARIF (--format), and the scorecard dashboard
// (score --format html). Each is made on first request and kept with the job's run.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateInputs } from '../commands/annotate.js';
import { getFormatter } from '../format/index.js';
import { getScoreFormatter } from '../format/score-formats.js';
import { VERSION } from '../version.js';
import type { Job, JobOutcome } from './jobs.js';

export interface Download {
  name: string;
  type: string;
  body: Buffer | string;
}

const REPORTS: Record<string, { format: string; type: string }> = {
  'findings.xlsx': { format: 'xlsx', type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  'findings.json': { format: 'json', type: 'application/json; charset=utf-8' },
  'findings.sarif': { format: 'sarif', type: 'application/sarif+json; charset=utf-8' },
};

async function cached(job: Job, key: string, make: () => Promise<Buffer | string | undefined>): Promise<Buffer | string | undefined> {
  const hit = job.cache.get(key);
  if (hit !== undefined) return hit;
  const made = await make();
  if (made !== undefined) job.cache.set(key, made);
  return made;
}

export async function download(job: Job, o: JobOutcome, what: string, file?: string): Promise<Download | undefined> {
  const report = REPORTS[what];
  if (report) {
    const body = await cached(job, what, async () => (await getFormatter(report.format))({ result: o.result, lang: o.config.lang, version: VERSION, color: false, cwd: job.inputDir, config: o.config }));
    return body === undefined ? undefined : { name: what, type: report.type, body };
  }
  if (what === 'score.html') {
    const body = await cached(job, what, async () => (await getScoreFormatter('html'))({ card: o.card, color: false }));
    return body === undefined ? undefined : { name: 'scorecard.html', type: 'text/html; charset=utf-8', body };
  }
  if (what === 'annotated' && file !== undefined) {
    const fr = o.result.files.find((r) => r.file === file);
    if (!fr) return undefined;
    const body = await cached(job, `annotated\u0000${file}`, async () => {
      const one = { ...o.result, files: [fr], findings: o.result.findings.filter((f) => f.file === file) };
      const out = join(job.dir, 'annotated');
      const [written] = await annotateInputs(one, out, job.inputDir, o.config.lang);
      return written === undefined ? undefined : readFileSync(join(job.inputDir, written));
    });
    if (body === undefined) return undefined;
    const base = file.split('/').pop()!;
    const name = base.toLowerCase().endsWith('.xlsx') ? base.replace(/\.xlsx$/i, '.annotated.xlsx') : `${base}.annotated.xlsx`;
    return { name, type: REPORTS['findings.xlsx']!.type, body };
  }
  return undefined;
}
