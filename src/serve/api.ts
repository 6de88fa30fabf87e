// The JSON side of the page: start a job from an upload, follow it (status and server-sent events),
// read its findings, a workbook row, a rule's documentation, the downloads; rerun or drop it.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { explain } from '../format/explain.js';
import type { ResolvedConfig, PresetName } from '../config/resolved-config.js';
import type { Lang } from '../model/types.js';
import { download } from './downloads.js';
import type { Job, Jobs } from './jobs.js';
import { fill, HttpError } from './messages.js';
import { rowOf } from './row.js';
import { receiveUpload } from './upload.js';
import { unpackGuideZip } from './unzip.js';
import { buildView, slimCard } from './view.js';
import { join } from 'node:path';

export interface ServerInfo {
  version: string;
  /** Folder `serve` was started in. */
  startDir: string;
  configFile: string | null;
  preset: PresetName;
  presets: string[];
  /** Plugin modules of the start config (the only code that runs for uploads). */
  plugins: string[];
  /** The config itself is code (.mjs). */
  configCode: boolean;
  maxUploadBytes: number;
  maxUpload: string;
  /** The page's starting language. */
  lang: Lang;
}

export interface ApiContext {
  jobs: Jobs;
  info: ServerInfo;
  configFor(preset: PresetName | undefined, lang: Lang): Promise<ResolvedConfig>;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function sendError(res: ServerResponse, err: HttpError): void {
  sendJson(res, err.status, { error: err.id, message: fill(err.id, err.data) });
}

function langOf(v: string | null | undefined): Lang {
  return v === 'en' ? 'en' : 'zh';
}

function presetOf(v: string | null | undefined): PresetName | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (v !== 'recommended' && v !== 'strict') throw new HttpError(400, 'badRequest', { reason: `preset "${v}"` });
  return v;
}

async function startRun(ctx: ApiContext, job: Job, preset: PresetName | undefined, lang: Lang): Promise<void> {
  job.preset = preset;
  job.lang = lang;
  job.run(await ctx.configFor(preset, lang), job.powerList);
}

async function upload(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const job = ctx.jobs.create();
  try {
    const up = await receiveUpload(req, job.dir, ctx.info.maxUploadBytes);
    for (const f of up.files) {
      if (f.field === 'files' && f.name.toLowerCase().endsWith('.zip'))
        unpackGuideZip(f.path, join(job.inputDir, f.name.slice(0, -4)), f.name);
    }
    job.powerList = up.files.find((f) => f.field === 'powerList')?.path;
    await startRun(
      ctx,
      job,
      presetOf(up.fields.preset ?? url.searchParams.get('preset')),
      langOf(up.fields.lang ?? url.searchParams.get('lang')),
    );
    sendJson(res, 202, { id: job.id, files: up.files.map((f) => ({ field: f.field, name: f.name, size: f.size })) });
  } catch (err) {
    ctx.jobs.remove(job.id);
    if (!(err instanceof HttpError)) throw err;
    // Read the rest of a refused body (bounded), so the browser gets the answer instead of a reset.
    let drained = 0;
    req.on('data', (c: Buffer) => {
      drained += c.length;
      if (drained > 4 * ctx.info.maxUploadBytes) req.destroy();
    });
    req.resume();
    res.setHeader('Connection', 'close');
    sendError(res, err);
  }
}

function events(job: Job, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
  // The page may go away at any time: nothing is written to a closed response, and its errors are its own.
  res.on('error', () => undefined);
  const send = (type: string, data: unknown) => {
    if (!res.destroyed && !res.writableEnded) res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  const state = () => {
    if (job.outcome) send('done', job.progress);
    else if (job.error !== undefined) send('failed', { ...job.progress, error: job.error });
    else return false;
    res.end();
    return true;
  };
  send('progress', job.progress);
  if (state()) return;
  const stop = job.listen((e) => {
    if (e.type === 'progress') send('progress', e.progress);
    else if (state()) stop();
  });
  req.on('close', stop);
}

function jobStatus(job: Job) {
  return {
    id: job.id,
    state: job.outcome ? 'done' : job.error !== undefined ? 'failed' : 'running',
    progress: job.progress,
    error: job.error,
    preset: job.preset ?? null,
    lang: job.lang,
  };
}

/** Handles /api/…; returns false when no route matched. */
export async function api(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  parts: string[],
  url: URL,
): Promise<boolean> {
  const method = req.method ?? 'GET';
  const [what, id, action] = parts;
  if (what === 'info' && method === 'GET') return (sendJson(res, 200, ctx.info), true);
  if (what === 'rules' && id && action === 'doc' && method === 'GET') {
    let text: string;
    try {
      text = explain(id, langOf(url.searchParams.get('lang') ?? ctx.info.lang), false);
    } catch {
      return false;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(text);
    return true;
  }
  if (what !== 'jobs') return false;
  if (id === undefined) {
    if (method !== 'POST') return false;
    await upload(ctx, req, res, url);
    return true;
  }
  const job = ctx.jobs.get(id);
  if (!job) return false;
  if (action === undefined && method === 'GET') return (sendJson(res, 200, jobStatus(job)), true);
  if (action === undefined && method === 'DELETE') return (sendJson(res, 200, { removed: ctx.jobs.remove(id) }), true);
  if (action === 'events' && method === 'GET') return (events(job, req, res), true);
  if (action === 'rerun' && method === 'POST') {
    await startRun(
      ctx,
      job,
      presetOf(url.searchParams.get('preset')) ?? job.preset,
      langOf(url.searchParams.get('lang') ?? job.lang),
    );
    req.resume();
    return (sendJson(res, 202, jobStatus(job)), true);
  }
  if (method !== 'GET') return false;
  const o = job.outcome;
  if (!o) throw new HttpError(409, job.error !== undefined ? 'jobFailed' : 'busy', { reason: job.error ?? '' });
  if (action === 'result') return (sendJson(res, 200, { ...buildView(o), card: slimCard(o.card) }), true);
  if (action === 'row') {
    const f = o.result.findings[Number(url.searchParams.get('i'))];
    const row = f ? await rowOf(job, f) : undefined;
    if (!row) return false;
    return (sendJson(res, 200, row), true);
  }
  if (action === 'download') {
    const d = await download(job, o, url.searchParams.get('what') ?? '', url.searchParams.get('file') ?? undefined);
    if (!d) return false;
    res.writeHead(200, {
      'Content-Type': d.type,
      'Content-Disposition': `attachment; filename="${d.name.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(d.name)}`,
    });
    res.end(d.body);
    return true;
  }
  return false;
}
