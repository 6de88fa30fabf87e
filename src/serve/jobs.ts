// The jobs of a server: one per upload, each with its own private folder and worker thread, so
// uploads made at the same time never share files or results. A job's folder lives while its
// results can still be downloaded: until the page replaces or clears it, it sits unused for
// IDLE_MS, or the server stops.

import { mkdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT_DIR } from '../version.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import type { LintResult } from '../engine/lint.js';
import type { Lang } from '../model/types.js';
import type { PresetName } from '../config/resolved-config.js';
import type { Scorecard } from '../score/types.js';
import type { JobProgress, WorkerOut } from './job-types.js';
import type { JobInit } from './job-worker.js';

export const JOB_WORKER = join(ROOT_DIR, 'dist', 'src', 'serve', 'job-worker.js');
export const IDLE_MS = 60 * 60 * 1000;

export interface JobOutcome {
  result: LintResult;
  card: Scorecard;
  config: ResolvedConfig;
  powerError?: string;
}

export type JobEvent =
  { type: 'progress'; progress: JobProgress } | { type: 'done' } | { type: 'failed'; error: string };

export class Job {
  readonly id = randomBytes(9).toString('base64url');
  readonly dir: string;
  progress: JobProgress = { phase: 'upload', filesDone: 0, filesTotal: 0, guidesDone: 0, guidesTotal: 0, guidesAll: 0 };
  outcome?: JobOutcome;
  error?: string;
  preset?: PresetName;
  lang: Lang = 'zh';
  /** The uploaded power list, if any. */
  powerList?: string;
  usedAt = Date.now();
  /** Downloads of the current run (annotated copies, reports), made once. */
  downloads = new Map<string, Promise<import('./downloads.js').Download | undefined>>();
  /** Download processes running for this job. */
  readonly processes = new Set<{ kill(signal?: NodeJS.Signals): boolean }>();
  private worker?: Worker;
  private listeners = new Set<(e: JobEvent) => void>();

  constructor(root: string) {
    this.dir = join(root, this.id);
    mkdirSync(this.dir, { mode: 0o700 });
  }

  get inputDir(): string {
    return join(this.dir, 'in');
  }

  get running(): boolean {
    return this.worker !== undefined;
  }

  listen(fn: (e: JobEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(e: JobEvent): void {
    for (const fn of this.listeners) fn(e);
  }

  /** Lints the job's folder again with this config (a new upload, or the page switched preset or language). */
  run(config: ResolvedConfig, powerList: string | undefined): void {
    void this.worker?.terminate();
    this.outcome = undefined;
    this.error = undefined;
    this.downloads.clear();
    this.progress = { phase: 'lint', filesDone: 0, filesTotal: 0, guidesDone: 0, guidesTotal: 0, guidesAll: 0 };
    const init: JobInit = { cwd: this.inputDir, config, powerList, lang: config.lang };
    const worker = new Worker(JOB_WORKER, { workerData: init });
    this.worker = worker;
    const finish = (error?: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (error !== undefined) {
        this.error = error;
        this.progress = { ...this.progress, phase: 'failed' };
        this.emit({ type: 'failed', error });
      }
      void worker.terminate();
    };
    worker.on('message', (m: WorkerOut) => {
      if (this.worker !== worker) return;
      if (m.type === 'progress') {
        this.progress = m.progress;
        this.emit({ type: 'progress', progress: m.progress });
      } else if (m.type === 'done') {
        this.outcome = { result: m.result, card: m.card, config, powerError: m.powerError };
        this.progress = { ...this.progress, phase: 'done', filesDone: this.progress.filesTotal };
        finish();
        this.emit({ type: 'done' });
      } else finish(m.error);
    });
    worker.on('error', (err) => {
      finish(err.message);
    });
    worker.on('exit', (code) => {
      finish(`the worker stopped (exit code ${code})`);
    });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    for (const p of this.processes) p.kill('SIGKILL');
    this.listeners.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class Jobs {
  private jobs = new Map<string, Job>();
  private sweeper: NodeJS.Timeout;

  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true, mode: 0o700 });
    this.sweeper = setInterval(() => {
      this.sweep();
    }, 60_000);
    this.sweeper.unref();
  }

  create(): Job {
    const job = new Job(this.root);
    this.jobs.set(job.id, job);
    return job;
  }

  get(id: string): Job | undefined {
    const job = this.jobs.get(id);
    if (job) job.usedAt = Date.now();
    return job;
  }

  remove(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    this.jobs.delete(id);
    job.dispose();
    return true;
  }

  get size(): number {
    return this.jobs.size;
  }

  private sweep(): void {
    const now = Date.now();
    for (const job of this.jobs.values()) if (!job.running && now - job.usedAt > IDLE_MS) this.remove(job.id);
  }

  /** Every job and the root folder: on shutdown. */
  disposeAll(): void {
    clearInterval(this.sweeper);
    for (const id of [...this.jobs.keys()]) this.remove(id);
    rmSync(this.root, { recursive: true, force: true });
  }
}
