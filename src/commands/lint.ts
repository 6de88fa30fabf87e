// `guide-lint [paths…]`: lint, print in the asked formats, set the exit code.

import { resolve } from 'node:path';
import { lint, type LintResult } from '../engine/lint.js';
import { applyFixes, fixDiff } from '../engine/fix.js';
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

async function fixFiles(result: LintResult, cwd: string, dryRun: boolean): Promise<number> {
  let changed = 0;
  for (const r of result.files) {
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

export async function runLint(paths: string[], opts: LintCommandOptions, config: ResolvedConfig): Promise<number> {
  const cwd = process.cwd();
  const pairs = pairOutputs(opts.format, opts.output);
  if (pairs.some((p) => p.format === 'xlsx' && !p.output)) throw new UsageError('--format xlsx writes a workbook: give it an --output FILE.xlsx');
  const fixing = Boolean(opts.fix || opts.fixDryRun);
  let result = await lint({ cwd, paths, config, ignorePatterns: opts.ignorePattern, threads: opts.threads, keepText: fixing });
  if (fixing) {
    const changed = await fixFiles(result, cwd, Boolean(opts.fixDryRun));
    // Report what is left after the fixes (a dry run reports as if they were applied).
    if (changed > 0 && !opts.fixDryRun) result = await lint({ cwd, paths, config, ignorePatterns: opts.ignorePattern, threads: opts.threads });
  }
  if (result.unmatched.length && result.files.length === 0) {
    throw new UsageError(`no guide files found for: ${result.unmatched.join(', ')}`);
  }
  if (opts.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
  // The one-line scorecard summary (stylish output only; --no-score turns it off).
  const scoreLine = opts.score !== false && pairs.some((p) => p.format === 'stylish') ? (await import('../score/index.js')).lintScoreLine(result, config, opts.lang) : undefined;
  for (const { format, output } of pairs) {
    const formatter = await getFormatter(format);
    const text = await formatter({ result, lang: opts.lang, version: VERSION, color: !output && opts.color, cwd, scoreLine });
    if (output) await writeAtomic(resolve(cwd, output), text);
    else process.stdout.write(text);
  }
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
