// The scorecard's collector: registered with a lint run (LintOptions.collector) when a scorecard,
// a shard result or a cache needs each guide's summary; the engine calls it after the rules.

import type { CollectorRef, GuideCollector } from '../engine/collector.js';
import { summarize, type GuideSummary } from './summary.js';

export const summaryCollector: GuideCollector<GuideSummary> = {
  name: 'summary',
  collect: (guide, ctx) =>
    summarize(guide, ctx.file, ctx.start, {
      formOptions: ctx.config.rules['blank-form']?.options,
      statRelative: (ref) => ctx.statRelative(ref),
    }),
};

/** Where worker threads find it. */
export const SUMMARY_COLLECTOR: CollectorRef = { module: import.meta.url, export: 'summaryCollector' };
