// The per-guide collector hook: after the rules, each guide is handed to the run's collector, whose
// record (a GuideRef or more) travels in FileResult.guides through workers, the cache and shard
// results. The engine knows no collector but the plain reference; others (the scorecard's summaries)
// are registered by the layers that need them, as a module and export name, so worker threads can
// load the same collector.

import type { Guide } from '../model/guide.js';
import { guideRef, type GuideRef } from '../model/guide-ref.js';
import type { Location } from '../model/types.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import type { FileInfo } from './rule.js';

export interface CollectContext {
  /** The guide's file relative to cwd, forward slashes. */
  file: string;
  /** Where the guide starts. */
  start: Location;
  config: ResolvedConfig;
  /** A file the guide references, stat'ed once per run (recorded as a cache dependency). */
  statRelative(ref: string): FileInfo;
}

export interface GuideCollector<T extends GuideRef = GuideRef> {
  name: string;
  collect(guide: Guide, ctx: CollectContext): T;
}

/** Where a collector lives: a module URL and its export (structured-cloneable, for worker threads). */
export interface CollectorRef {
  module: string;
  export: string;
}

/** The default: where each guide is and its name, nothing more. */
export const REF_COLLECTOR: GuideCollector = {
  name: 'ref',
  collect: (guide, ctx) => guideRef(guide, ctx.file, ctx.start),
};

export async function loadCollector(ref: CollectorRef | undefined): Promise<GuideCollector> {
  if (!ref) return REF_COLLECTOR;
  const mod = (await import(ref.module)) as Record<string, unknown>;
  const c = mod[ref.export];
  if (!isCollector(c)) throw new Error(`${ref.module} does not export a guide collector named ${ref.export}`);
  return c;
}

const isCollector = (v: unknown): v is GuideCollector =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as GuideCollector).collect === 'function' &&
  typeof (v as GuideCollector).name === 'string';
