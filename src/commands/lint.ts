// `guide-lint [paths…]`: lint, print in the asked formats, set the exit code.

import { resolve } from 'node:path';
import { lint, type LintResult } from '../engine/lint.js';
import type { ResolvedConfig } from '../engine/config.js';
import { getFormatter, isFormat } from '../format/index.js';
import type { Lang } from '../model/types.js';
import { writeAtomic } from '../util/atomic-write.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';

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
  /** --debug: say on stderr what the cache did. */
  debug?: boolean;
}

/** Pairs each --format with the --output of the same position; formats without one go to stdout. */
export function pairOutputs(formats: string[], outputs: string[]): Array<{ format: string; output?: string }> {
  const fmts = formats.length ? formats : ['stylish'];
  if (outputs.length > fmts.length) {
    // A single --output with the default format: write stylish (or the one format) there.
    if (fmts.length !== 1 || outputs.length !== 1) throw new UsageError('more --output than --format options');
  }
  const pairs = fmts.map((format, i) => ({ format, output: outputs[i] }));
  if (pairs.filter((p) => !p.output).length > 1) throw new UsageError('only one --format may print to standard output: give the others an --output');
  for (const p of pairs) if (!isFormat(p.format)) throw new UsageError(`unknown format "${p.format}"`);
  return pairs;
}

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
    const { text } = applyFixes(r.text, r.findings, r.file.toLowerCase().endsWith('.json'));
    if (text === r.text) continue;
    changed++;
    if (dryRun) process.stdout.write(fixDiff(r.file, r.text, text));
    else await writeAtomic(resolve(cwd, r.file), text);
  }
  if (dryRun) result.findings = result.findings.filter((f) => !f.fix);
  return changed;
}

/** BASELINE_FILE of src/engine/baseline.ts, which is loaded only when a baseline is used. */
const DEFAULT_BASELINE = 'guide-lint-baseline.json';
const baselineFile = (opts: LintCommandOptions, cwd: string) => resolve(cwd, opts.baseline ?? DEFAULT_BASELINE);

/** --baseline / --update-baseline: suppress (and count) the recorded findings, or record them all. */
async function applyBaselineTo(result: LintResult, opts: LintCommandOptions, cwd: string): Promise<void> {
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
  if (b.written !== undefined) out.push(lang === 'zh' ? `guide-lint: 已写入基线 ${b.file}（${b.written} 条记录）` : `guide-lint: wrote the baseline ${b.file} (${b.written} entries)`);
  // Stylish says it in its report; other formats on stdout are read by programs: say it on stderr.
  if (b.fixed.length && !stylishOnStdout) {
    out.push(lang === 'zh' ? `guide-lint: ${b.fixed.length} 条基线记录已不再出现：运行 --update-baseline 以清理` : `guide-lint: ${b.fixed.length} baseline entries no longer occur: run --update-baseline to prune`);
  }
  return out;
}

export async function runLint(paths: string[], opts: LintCommandOptions, config: ResolvedConfig): Promise<number> {
  const cwd = process.cwd();
  const pairs = pairOutputs(opts.format, opts.output);
  if (pairs.some((p) => p.format === 'xlsx' && !p.output)) throw new UsageError('--format xlsx writes a workbook: give it an --output FILE.xlsx');
  const fixing = Boolean(opts.fix || opts.fixDryRun);
  const cache = opts.cache ? { location: (await import('../engine/cache.js')).cacheLocation(cwd, opts.cacheLocation) } : undefined;
  // The run's own files are never guides.
  const exclude = [...(cache ? [cache.location] : []), ...(opts.baseline !== undefined || opts.updateBaseline ? [baselineFile(opts, cwd)] : [])];
  // The scorecard's facts of each guide are made only for the one-line score (stylish output).
  const wantsScore = opts.score !== false && pairs.some((p) => p.format === 'stylish');
  const summaries = wantsScore ? 'full' : 'ref';
  let result = await lint({ cwd, paths, config, ignorePatterns: opts.ignorePattern, threads: opts.threads, keepText: fixing, cache, exclude, summaries });
  if (fixing) {
    const changed = await fixFiles(result, cwd, Boolean(opts.fixDryRun), opts.lang);
    // Report what is left after the fixes (a dry run reports as if they were applied).
    if (changed > 0 && !opts.fixDryRun) result = await lint({ cwd, paths, config, ignorePatterns: opts.ignorePattern, threads: opts.threads, cache, exclude, summaries });
  }
  if (result.unmatched.length && result.files.length === 0) {
    throw new UsageError(`no guide files found for: ${result.unmatched.join(', ')}`);
  }
  if (result.cache) {
    const c = result.cache;
    if (c.writeError) process.stderr.write(`guide-lint: the cache ${c.location} could not be written: ${c.writeError}\n`);
    if (opts.debug) process.stderr.write(`guide-lint: cache: ${c.hits} from the cache, ${c.linted} linted${c.invalidated ? ` (all entries dropped: ${c.invalidated})` : ''} — ${c.location}\n`);
  }
  if (opts.baseline !== undefined || opts.updateBaseline) await applyBaselineTo(result, opts, cwd);
  if (opts.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
  // The one-line scorecard summary (stylish output only; --no-score turns it off).
  const scoreLine = wantsScore ? (await import('../score/line.js')).lintScoreLine(result, config, opts.lang) : undefined;
  for (const { format, output } of pairs) {
    const formatter = await getFormatter(format);
    const text = await formatter({ result, lang: opts.lang, version: VERSION, color: !output && opts.color, cwd, scoreLine, config });
    // writeAtomic creates missing folders: CI writes reports to reports/guide-lint.sarif.
    if (output) await writeAtomic(resolve(cwd, output), text);
    else process.stdout.write(text);
  }
  for (const note of baselineNotes(result, opts.lang, pairs.some((p) => p.format === 'stylish' && !p.output))) process.stderr.write(`${note}\n`);
  if (opts.annotate) await (await import('./annotate.js')).annotateInputs(result, opts.annotate, cwd, opts.lang);
  if (result.internalErrors.length) {
    for (const e of result.internalErrors) process.stderr.write(`guide-lint: internal error: ${e}\n`);
    return 2;
  }
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (errors > 0) return 1;
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
