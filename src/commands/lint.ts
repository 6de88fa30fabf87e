// `guide-lint [paths…]`: lint, print in the asked formats, set the exit code.

import { resolve } from 'node:path';
import { lint, type LintResult } from '../engine/lint.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { getFormatter, isFormat } from '../format/index.js';
import type { Lang } from '../model/types.js';
import { writeAtomic, writeAtomicChunks } from '../util/atomic-write.js';
import { buffered } from '../util/buffered-write.js';
import { countFindings } from '../format/counts.js';
import type { FormatInput } from '../format/types.js';
import type { FindingSpill } from '../engine/spill.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import type { ShardSpec } from '../engine/shard.js';
import { SUMMARY_COLLECTOR } from '../score/summary-collector.js';
import { rulesForReport } from '../engine/registry.js';
import { defined } from '../util/defined.js';
import { lap } from '../util/timing.js';

/** `--format shard`: a shard result for `guide-lint merge` (src/engine/shard-result.ts). */
export const SHARD = 'shard';

/** Formats that can print findings read back one at a time from a spill (src/engine/spill.ts). */
const STREAMED = new Set(['stylish', 'json']);

export interface LintCommandOptions {
  format: string[];
  output: string[];
  quiet?: boolean;
  maxWarnings?: number;
  lang: Lang;
  color: boolean;
  ignorePattern: string[];
  score: boolean;
  threads?: number | 'auto';
  fix?: boolean;
  fixDryRun?: boolean;
  /** Folder for annotated copies of spreadsheet inputs (--annotate). */
  annotate?: string;
  /** --baseline FILE (with --update-baseline alone: guide-lint-baseline.json). */
  baseline?: string;
  updateBaseline?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  /** --debug: say on stderr what the cache did and which files were left out. */
  debug?: boolean;
  /** --allow-empty: a run that checks no guide passes. */
  allowEmpty?: boolean;
  /** --shard i/n: lint only this shard's files. */
  shard?: ShardSpec;
}

const BY_EXTENSION: Record<string, string> = {
  '.json': 'json',
  '.sarif': 'sarif',
  '.xml': 'junit',
  '.html': 'html',
  '.htm': 'html',
  '.xlsx': 'xlsx',
};

/** The format an --output without its own --format gets: from its extension, else stylish. */
export function formatOfFile(file: string): string {
  const m = /\.[^./\\]+$/.exec(file.toLowerCase());
  return (m && BY_EXTENSION[m[0]]) ?? 'stylish';
}

/**
 * Pairs each --format with the --output of the same position; formats without one go to stdout,
 * outputs without one take the format of their extension (-o r.json writes JSON).
 */
export function pairOutputs(formats: string[], outputs: string[]): { format: string; output?: string }[] {
  const n = Math.max(formats.length, outputs.length, 1);
  const pairs = Array.from({ length: n }, (_, i) => ({
    format: formats[i] ?? (outputs[i] !== undefined ? formatOfFile(outputs[i]) : 'stylish'),
    output: outputs[i],
  }));
  if (pairs.filter((p) => !p.output).length > 1)
    throw new UsageError('only one --format may print to standard output: give the others an --output');
  for (const p of pairs)
    if (!isFormat(p.format) && p.format !== SHARD) throw new UsageError(`unknown format "${p.format}"`);
  if (pairs.some((p) => p.format === SHARD && !p.output))
    throw new UsageError(
      '--format shard writes a shard result: give it an --output such as shard-1.json (or .json.gz)',
    );
  return pairs;
}

/** --fix and --annotate say on stderr what they changed and where (stdout may carry a JSON report). */
const say = (line: string) => process.stderr.write(`guide-lint: ${line}\n`);

async function fixFiles(result: LintResult, cwd: string, dryRun: boolean, lang: Lang): Promise<number> {
  // Loaded only when fixing: the diff library is ~20 modules a plain lint need not load.
  const { applyFixes, fixDiff } = await import('../engine/fix.js');
  let changed = 0;
  for (const r of result.files) {
    if (r.exported) {
      // A platform's export is the platform's data: fixes belong in the 事项管理系统 (or in converted guides).
      process.stderr.write(
        lang === 'zh'
          ? `guide-lint: --fix 不改写平台导出文件 ${r.file}：请在事项管理系统中修改，或先用 guide-lint convert 转为指南文件再修复\n`
          : `guide-lint: --fix does not rewrite the platform export ${r.file}: correct the records in the matter-management system, or run guide-lint convert and fix the guides\n`,
      );
      continue;
    }
    if (r.text === undefined || !r.findings.some((f) => f.fix)) continue;
    const { text, applied } = applyFixes(r.text, r.findings, r.file.toLowerCase().endsWith('.json'));
    if (text === r.text) continue;
    changed++;
    if (dryRun) process.stdout.write(fixDiff(r.file, r.text, text));
    else {
      await writeAtomic(resolve(cwd, r.file), text);
      say(
        lang === 'zh'
          ? `${r.file}：已应用 ${applied} 处修复并写回该文件`
          : `${r.file}: ${applied} fix${applied === 1 ? '' : 'es'} applied, file rewritten`,
      );
    }
  }
  if (!dryRun && changed === 0)
    say(lang === 'zh' ? '没有可自动修复的问题，未修改任何文件' : 'nothing to fix: no file changed');
  if (dryRun) result.findings = result.findings.filter((f) => !f.fix);
  return changed;
}

/** BASELINE_FILE of src/engine/baseline.ts, which is loaded only when a baseline is used. */
const DEFAULT_BASELINE = 'guide-lint-baseline.json';
const baselineFile = (opts: Pick<LintCommandOptions, 'baseline'>, cwd: string) =>
  resolve(cwd, opts.baseline ?? DEFAULT_BASELINE);

/** --baseline / --update-baseline: suppress (and count) the recorded findings, or record them all. */
export async function applyBaselineTo(
  result: LintResult,
  opts: Pick<LintCommandOptions, 'baseline' | 'updateBaseline'>,
  cwd: string,
): Promise<void> {
  const { applyBaseline, readBaseline, serializeBaseline, updateBaseline } = await import('../engine/baseline.js');
  const given = opts.baseline ?? DEFAULT_BASELINE;
  const file = baselineFile(opts, cwd);
  const linted = new Set(result.files.map((r) => resolve(cwd, r.file)));
  let baseline = readBaseline(file, Boolean(opts.updateBaseline));
  let written: number | undefined;
  if (opts.updateBaseline) {
    baseline = updateBaseline(baseline, result.findings, cwd, linted);
    await writeAtomic(file, serializeBaseline(baseline));
    written = baseline.entries.length;
  }
  const { kept, suppressed, fixed } = applyBaseline(result.findings, baseline, cwd, linted);
  result.findings = kept;
  result.suppressed += suppressed;
  result.baseline = { file: given, suppressed, fixed, ...(written !== undefined ? { written } : {}) };
}

function baselineNotes(result: LintResult, lang: Lang, stylishOnStdout: boolean): string[] {
  const b = result.baseline;
  if (!b) return [];
  const out: string[] = [];
  if (b.written !== undefined)
    out.push(
      lang === 'zh'
        ? `guide-lint: 已写入基线 ${b.file}（${b.written} 条记录）`
        : `guide-lint: wrote the baseline ${b.file} (${b.written} entries)`,
    );
  // Stylish says it in its report; other formats on stdout are read by programs: say it on stderr.
  if (b.fixed.length && !stylishOnStdout) {
    out.push(
      lang === 'zh'
        ? `guide-lint: ${b.fixed.length} 条基线记录已不再出现：运行 --update-baseline 以清理`
        : `guide-lint: ${b.fixed.length} baseline entries no longer occur: run --update-baseline to prune`,
    );
  }
  return out;
}

export async function runLint(paths: string[], opts: LintCommandOptions, config: ResolvedConfig): Promise<number> {
  lap('start-up');
  const cwd = process.cwd();
  const all = pairOutputs(opts.format, opts.output);
  const shardOutputs = all.filter((p) => p.format === SHARD);
  const pairs = all.filter((p) => p.format !== SHARD);
  if (pairs.some((p) => p.format === 'xlsx' && !p.output))
    throw new UsageError('--format xlsx writes a workbook: give it an --output FILE.xlsx');
  const fixing = Boolean(opts.fix) || Boolean(opts.fixDryRun);
  const cache = opts.cache
    ? { location: (await import('../engine/cache.js')).cacheLocation(cwd, opts.cacheLocation, opts.shard) }
    : undefined;
  // The run's own files are never guides: its reports (shard results too), baseline and cache.
  const outputs = all.flatMap((p) => (p.output ? [resolve(cwd, p.output)] : []));
  const exclude = [
    ...outputs,
    ...(cache ? [cache.location] : []),
    ...(opts.baseline !== undefined || opts.updateBaseline ? [baselineFile(opts, cwd)] : []),
  ];
  // The scorecard's facts of each guide are made only for the one-line score (stylish output), shard
  // results and the cache (whose results serve later runs, which may want a scorecard).
  const wantsScore = opts.score && pairs.some((p) => p.format === 'stylish');
  const collector = wantsScore || shardOutputs.length || cache ? SUMMARY_COLLECTOR : undefined;
  // One JSON Lines export can hold a million records: its findings stream to a temporary file in report
  // order and the formatters read them back (src/engine/spill.ts), when nothing needs them all at once.
  const streams =
    !fixing &&
    !cache &&
    !opts.shard &&
    !shardOutputs.length &&
    !opts.annotate &&
    opts.baseline === undefined &&
    !opts.updateBaseline &&
    pairs.every((p) => STREAMED.has(p.format));
  const spills = streams ? await import('../engine/spill.js') : undefined;
  const sink = spills ? new spills.OrderedSink(new spills.FindingSpill()) : undefined;
  const run = {
    cwd,
    paths,
    config,
    ignorePatterns: opts.ignorePattern,
    threads: opts.threads,
    cache,
    exclude,
    collector,
    shard: opts.shard,
    sink,
    countGuides: !collector,
  } as const;
  try {
    return await lintAndReport();
  } finally {
    sink?.spill.dispose();
  }

  async function lintAndReport(): Promise<number> {
    let result = await lint({ ...run, keepText: fixing });
    if (fixing) {
      const changed = await fixFiles(result, cwd, Boolean(opts.fixDryRun), opts.lang);
      // Report what is left after the fixes (a dry run reports as if they were applied).
      if (changed > 0 && !opts.fixDryRun) result = await lint(run);
    }
    const inputs = await import('./inputs.js');
    process.stderr.write(inputs.inputNotes(result, opts.lang, Boolean(opts.debug)));
    // A shard may hold none of the files its set has.
    inputs.checkInputs(result, paths, opts.lang, Boolean(opts.allowEmpty) || (result.shard?.discovered ?? 0) > 0);
    if (result.cache) {
      const c = result.cache;
      if (c.writeError)
        process.stderr.write(`guide-lint: the cache ${c.location} could not be written: ${c.writeError}\n`);
      if (opts.debug)
        process.stderr.write(
          `guide-lint: cache: ${c.hits} from the cache, ${c.linted} linted${c.invalidated ? ` (all entries dropped: ${c.invalidated})` : ''} — ${c.location}\n`,
        );
    }
    if (shardOutputs.length) {
      // The findings as linted: the baseline and --quiet are merge's to apply, over the whole set.
      const { buildShard } = await import('../engine/shard-result.js');
      const { writeShard } = await import('../engine/shard-write.js');
      const baseline =
        opts.baseline !== undefined || opts.updateBaseline
          ? { file: opts.baseline ?? DEFAULT_BASELINE, update: Boolean(opts.updateBaseline) }
          : null;
      const shard = buildShard(result, { kind: 'lint', paths, config, cwd, baseline });
      lap('build shard result');
      for (const { output } of shardOutputs) await writeShard(resolve(cwd, defined(output)), shard);
      lap('write shard result');
      // The verdict is merge's: a shard that wrote its result succeeded (its internal errors are in it).
      if (!pairs.length) return 0;
    }
    if (opts.baseline !== undefined || opts.updateBaseline) await applyBaselineTo(result, opts, cwd);
    const code = await reportLint(result, { ...opts, wantsScore, paths }, pairs, config, cwd);
    lap('report');
    return code;
  }
}

export type ReportOptions = Pick<
  LintCommandOptions,
  'quiet' | 'maxWarnings' | 'lang' | 'color' | 'annotate' | 'allowEmpty'
> & { wantsScore: boolean; paths: string[] };

/** A spilled run's report in a streamed format, to its --output (atomically) or to standard output. */
async function reportSpilled(
  spill: FindingSpill,
  format: string,
  output: string | undefined,
  input: FormatInput,
): Promise<void> {
  const stream =
    format === 'json'
      ? (await import('../format/json.js')).streamJson
      : (await import('../format/stylish.js')).streamStylish;
  if (output) {
    await writeAtomicChunks(resolve(input.cwd, output), (write) => {
      const out = buffered((chunk) => {
        write(Buffer.from(chunk));
      });
      stream(input, spill, out.write);
      out.flush();
    });
    return;
  }
  const out = buffered((chunk) => process.stdout.write(chunk));
  stream(input, spill, out.write);
  out.flush();
}

/** Prints a lint result (a run's, or merged shards') in the asked formats; gives the exit code. */
export async function reportLint(
  result: LintResult,
  opts: ReportOptions,
  pairs: { format: string; output?: string }[],
  config: ResolvedConfig,
  cwd: string,
): Promise<number> {
  if (opts.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
  if (opts.quiet && result.spill) result.spill.onlyErrors = true;
  // The one-line scorecard summary (stylish output only; --no-score turns it off).
  const scoreLine = opts.wantsScore
    ? (await import('../score/lint-line.js')).lintScoreLine(result, config, opts.lang)
    : undefined;
  const rules = await rulesForReport(config.plugins);
  for (const { format, output } of pairs) {
    const input = {
      result,
      lang: opts.lang,
      version: VERSION,
      color: !output && opts.color,
      cwd,
      scoreLine,
      config,
      rules,
    };
    if (result.spill) {
      await reportSpilled(result.spill, format, output, input);
      continue;
    }
    const formatter = await getFormatter(format);
    // Written atomically (folders created: CI writes reports to reports/guide-lint.sarif); a
    // format that streams (xlsx) writes through the sink as it goes.
    if (output)
      await writeAtomicChunks(resolve(cwd, output), async (write) => {
        const out = await formatter({ ...input, sink: write });
        if (out.length) write(typeof out === 'string' ? Buffer.from(out) : out);
      });
    else process.stdout.write(await formatter(input));
  }
  for (const note of baselineNotes(
    result,
    opts.lang,
    pairs.some((p) => p.format === 'stylish' && !p.output),
  ))
    process.stderr.write(`${note}\n`);
  if (opts.annotate) {
    const written = await (await import('../format/annotate.js')).annotateInputs(result, opts.annotate, cwd, opts.lang);
    for (const w of written)
      say(
        opts.lang === 'zh'
          ? `${w.input}：${w.findings} 个问题批注在 ${w.cells} 个单元格，写入 ${w.output}`
          : `${w.input}: ${w.findings} finding${w.findings === 1 ? '' : 's'} on ${w.cells} cell${w.cells === 1 ? '' : 's'}, written to ${w.output}`,
      );
    if (!written.length)
      say(
        opts.lang === 'zh'
          ? `没有需要批注的电子表格，未写入 ${opts.annotate}`
          : `no spreadsheet with findings: nothing written to ${opts.annotate}`,
      );
  }
  if (result.internalErrors.length) {
    for (const e of result.internalErrors) process.stderr.write(`guide-lint: internal error: ${e}\n`);
    return 2;
  }
  const { errors, warnings, guides } = countFindings(result);
  if (errors > 0) return 1;
  // Never a silent green: a run that checked no guide fails unless that is expected.
  if (guides === 0 && !opts.allowEmpty) {
    process.stderr.write((await import('./inputs.js')).noGuideLine(opts.paths, opts.lang));
    return 2;
  }
  if (opts.maxWarnings !== undefined && opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    process.stderr.write(
      opts.lang === 'zh'
        ? `guide-lint: 警告数 ${warnings} 超过 --max-warnings ${opts.maxWarnings}\n`
        : `guide-lint: ${warnings} warnings exceed --max-warnings ${opts.maxWarnings}\n`,
    );
    return 1;
  }
  return 0;
}
