// One file through the pipeline: load → normalise → rules → findings with locations.
// Pure in its inputs (a path and a serialisable config), so worker threads can run it.

import { dirname, relative, resolve, sep } from 'node:path';
import { parseFileRef } from '../model/file-ref.js';
import { loadFile } from '../load/index.js';
import { normalizeGuide, getAt } from '../model/normalize.js';
import { guideName, type Guide } from '../model/guide.js';
import type { Finding, LoadedGuide, LoadProblem, LoadResult, Location, Severity, SourceField } from '../model/types.js';
import type { ResolvedConfig } from '../config/resolved-config.js';
import { ENGINE_MESSAGES, localize } from './messages.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { statRelativeTo, takeStats, type StatRecord } from './stat-cache.js';
import type { GuideRef } from '../model/guide-ref.js';
import { REF_COLLECTOR, type GuideCollector } from './collector.js';
import { applyDirectives, parseDirectives, unusedDirectives } from './suppress.js';
import { configForFile } from '../config/per-file.js';
import { detach } from '../util/detach.js';
import type { OrderedSink } from './spill.js';
import { defined } from '../util/defined.js';
import { errorMessage } from '../util/error-message.js';

export interface FileResult {
  /** Relative to cwd, forward slashes. */
  file: string;
  findings: Finding[];
  /** Per guide: what the run's collector made of it (its reference at least). */
  guides: GuideRef[];
  /** Rule crashes or loader failures that must make the exit code 2. */
  internalErrors: string[];
  /** Original text of text formats (for --fix), only when asked. */
  text?: string;
  /** Findings removed by inline suppression comments. */
  suppressed: number;
  /** Files other than this one that rules and summaries stat'ed (forms), as seen: the lint cache's dependencies. */
  stats?: StatRecord[];
  /** Absolute paths of the spreadsheets (xlsx, xls, csv) its guides reference as forms or samples: not linted as workbooks. */
  refs?: string[];
  /** Not a guide and not reported at all (a report guide-lint wrote). */
  skipped?: 'own-output';
  /** Exported records: older versions of units not linted. */
  skippedVersions?: number;
  /** The file is a platform export (never rewritten by --fix). */
  exported?: boolean;
  /** Guides linted but not kept in `guides` (a streamed file's run that needs no record of each): their number. */
  guideCount?: number;
}

export interface LintFileOptions {
  cwd: string;
  config: ResolvedConfig;
  rules: Rule[];
  keepText?: boolean;
  /** Makes each guide's record in FileResult.guides (default: its reference only). */
  collector?: GuideCollector;
  /** Called after each guide of the file with (guides done, guides in the file): progress for `serve`. */
  onGuide?: (done: number, total: number) => void;
  /** A streamed file's findings go here in report order, not into FileResult.findings (src/engine/spill.ts). */
  sink?: OrderedSink;
  /** With a sink a streamed file uses: its guides are counted (FileResult.guideCount), their records not kept. */
  countGuides?: boolean;
}

export const PARSE_ERROR = 'parse-error';

/** A finding saying a file or a guide could not be read (its guides are in no scorecard). */
export const unreadable = (f: Pick<Finding, 'severity' | 'ruleId' | 'guide'>): boolean =>
  f.severity === 'error' && (f.ruleId === PARSE_ERROR || f.guide === null);
export const INTERNAL_ERROR = 'internal-error';

/** A "." or ".." path segment (either separator): path.relative normalises those. Hidden folders are fine. */
const DOT_SEGMENT = /[\\/]\.\.?(?:[\\/]|$)/;

export function displayPath(cwd: string, abs: string): string {
  // The common case, a file below cwd, without path.relative's normalisation work.
  if (abs.startsWith(cwd) && abs[cwd.length] === sep && !DOT_SEGMENT.test(abs))
    return sep === '/'
      ? abs.slice(cwd.length + 1)
      : abs
          .slice(cwd.length + 1)
          .split(sep)
          .join('/');
  return relative(cwd, abs).split(sep).join('/');
}

export async function lintFile(absFile: string, opts: LintFileOptions): Promise<FileResult> {
  const { config } = opts;
  let loaded: LoadResult;
  try {
    loaded = await loadFile(absFile, {
      maxBytes: config.maxBytes,
      columns: config.columns,
      encoding: config.encoding,
      inputFormat: config.inputFormat,
      import: config.import,
      allVersions: config.allVersions,
    });
  } catch (err) {
    const file = displayPath(opts.cwd, absFile);
    const out: FileResult = {
      file,
      findings: [],
      guides: [],
      internalErrors: [`${file}: ${(err as Error).message}`],
      suppressed: 0,
    };
    out.findings.push(fileFinding(file, INTERNAL_ERROR, 'internal', { reason: (err as Error).message }, config));
    return out;
  }
  try {
    return await lintLoadedYielding(absFile, loaded, opts);
  } catch (err) {
    // Never lose the run to one file: an internal error (exit code 2) with the file named.
    const file = displayPath(opts.cwd, absFile);
    const reason = errorMessage(err);
    return {
      file,
      findings: [fileFinding(file, INTERNAL_ERROR, 'internal', { reason }, config)],
      guides: [],
      internalErrors: [`${file}: ${reason}`],
      suppressed: 0,
    };
  }
}

/** Lints what a loader produced (also used by tests and the RuleTester on in-memory text). */
export function lintLoaded(absFile: string, loaded: LoadResult, opts: LintFileOptions): FileResult {
  const steps = lintSteps(absFile, loaded, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** As lintLoaded, with a turn of the event loop now and then while a streamed file is linted, so that
 * Ctrl-C (a signal handler) is heard during a million-record export, not only after it. */
async function lintLoadedYielding(absFile: string, loaded: LoadResult, opts: LintFileOptions): Promise<FileResult> {
  const steps = lintSteps(absFile, loaded, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((done) => setImmediate(done));
  }
}

/** Time a streamed file is linted between two turns of the event loop (ms). The signal handler loads
 * its modules in several turns: a turn every few hundred guides left it seconds behind. */
const TURN_EVERY_MS = 50;

/** lintLoaded's work; it pauses (yields) every TURN_EVERY_MS while it lints a streamed file. */
function* lintSteps(absFile: string, loaded: LoadResult, opts: LintFileOptions): Generator<void, FileResult> {
  // Config `overrides:` matching this file (the same config object when none does).
  const config = configForFile(opts.config, absFile);
  if (config !== opts.config) opts = { ...opts, config };
  const file = displayPath(opts.cwd, absFile);
  const out: FileResult = { file, findings: [], guides: [], internalErrors: [], suppressed: 0 };
  if (loaded.skipped) return { ...out, skipped: loaded.skipped };
  if (loaded.skippedVersions) out.skippedVersions = loaded.skippedVersions;
  if (loaded.exported) out.exported = true;
  const lintOne = (lg: LoadedGuide) => {
    try {
      lintGuide(absFile, file, lg, opts, out);
    } catch (err) {
      // Normalising, locating or summarising crashed (rule crashes are caught per rule): an internal
      // error for this guide; the file's other guides and the run's other files go on.
      const reason = `guide ${lg.index + 1} could not be linted: ${errorMessage(err)}`;
      out.internalErrors.push(`${file}: ${reason}`);
      out.findings.push(fileFinding(file, INTERNAL_ERROR, 'internal', { reason }, config));
    }
    opts.onGuide?.(lg.index + 1, loaded.guides.length);
  };
  for (const lg of loaded.guides) lintOne(lg);
  if (loaded.stream && opts.sink) yield* streamToSink(loaded, loaded.stream, opts.sink, file, config, out, lintOne);
  else {
    if (loaded.stream) yield* pausing(loaded.stream(), lintOne);
    // After the guides: a streamed load finds some of its problems while it runs.
    for (const p of loaded.problems) out.findings.push(problemFinding(file, p, config));
  }
  if (loaded.text !== undefined) {
    const directives = parseDirectives(loaded.text);
    const { kept, suppressed } = applyDirectives(out.findings, directives);
    out.findings = kept;
    out.suppressed = suppressed;
    if (config.reportUnusedDisableDirectives) out.findings.push(...unusedDirectives(directives, file, config.lang));
    if (opts.keepText) out.text = loaded.text;
  }
  const stats = takeStats(absFile);
  if (stats.length) out.stats = stats;
  return out;
}

/** Ties after the guides' findings, as the loader's problems are in a whole-run sort. */
const PROBLEM_SEQ = 2 ** 40;

/**
 * A streamed file's guides linted one at a time, their findings handed to the sink as they are made:
 * before each guide, what lies on earlier lines is final and is written out.
 */
function* streamToSink(
  loaded: LoadResult,
  stream: () => Iterable<LoadedGuide>,
  sink: OrderedSink,
  file: string,
  config: ResolvedConfig,
  out: FileResult,
  lintOne: (lg: LoadedGuide) => void,
): Generator<void> {
  const problem = (p: LoadProblem, i: number) => ({ f: problemFinding(file, p, config), seq: PROBLEM_SEQ + i });
  sink.queueAll(loaded.problems.map(problem));
  let seen = loaded.problems.length;
  let made = 0;
  const take = () => {
    for (const f of out.findings) sink.add(f, made++);
    out.findings = [];
    for (const p of loaded.problems.slice(seen).map((x, i) => problem(x, seen + i))) sink.add(p.f, p.seq);
    seen = loaded.problems.length;
  };
  yield* pausing(stream(), (lg) => {
    take();
    sink.release(lg.sourceMap.start().line);
    lintOne(lg);
  });
  take();
  sink.release();
}

/** Each guide of a stream handed to `each`, with a pause every TURN_EVERY_MS. */
function* pausing(guides: Iterable<LoadedGuide>, each: (lg: LoadedGuide) => void): Generator<void> {
  let last = performance.now();
  for (const lg of guides) {
    each(lg);
    if (performance.now() - last >= TURN_EVERY_MS) {
      yield;
      last = performance.now();
    }
  }
}

function lintGuide(absFile: string, file: string, lg: LoadedGuide, opts: LintFileOptions, out: FileResult): void {
  const { config } = opts;
  const norm = normalizeGuide(lg.data);
  const name = guideName(norm.data);
  if (norm.overflow) {
    out.findings.push({
      ...fileFinding(file, PARSE_ERROR, 'overflow', { reason: norm.overflow }, config),
      ...lg.sourceMap.start(),
      guide: name,
    });
    return;
  }
  const guide: Guide = {
    data: norm.data,
    file: absFile,
    index: lg.index,
    name,
    unknownKeys: norm.unknownKeys,
    duplicates: norm.duplicates,
    elements: norm.elements,
  };
  const first = out.findings.length;
  for (const p of lg.problems ?? []) {
    const f = problemFinding(file, p, config);
    f.guide = name;
    if (typeof p.data?.field === 'string') f.sourceField = p.data.field; // an export's field (an unknown code)
    out.findings.push(f);
  }
  runRules(guide, lg, norm.written, file, opts, out, undefined);
  // Each window of an exported record is a place of its own: the place rules run on it too.
  for (const v of lg.variants ?? []) {
    const vn = normalizeGuide(v.data);
    const vg: Guide = {
      data: vn.data,
      file: absFile,
      index: lg.index,
      name,
      unknownKeys: [],
      duplicates: [],
      elements: vn.elements,
    };
    const seen = new Set(out.findings.slice(first).map(findingKey));
    const before = out.findings.length;
    runRules(vg, { ...lg, ...v }, vn.written, file, opts, out, lg.variantItems);
    const fresh = out.findings
      .splice(before)
      .filter((f) => !seen.has(findingKey(f)) && (seen.add(findingKey(f)), true));
    out.findings.push(...fresh);
  }
  dropMissingAtUnknownCodes(out.findings, first);
  if (lg.unit !== undefined) for (let i = first; i < out.findings.length; i++) defined(out.findings[i]).unit = lg.unit;
  sheetRefs(guide, absFile, out);
  const start = lg.sourceMap.start();
  if (opts.sink?.used && opts.countGuides) {
    out.guideCount = (out.guideCount ?? 0) + 1;
    return;
  }
  const collector = opts.collector ?? REF_COLLECTOR;
  out.guides.push(
    collector.collect(guide, { file, start, config, statRelative: (ref) => statRelativeTo(absFile, ref) }),
  );
}

/**
 * An export's element whose code is not in its list is not read: the `exchange` finding at the field
 * says so with the code and the list, so guide-schema's "missing" at that same field is not repeated.
 */
function dropMissingAtUnknownCodes(findings: Finding[], first: number): void {
  const at = (f: Finding) => `${f.sourceField ?? ''}\u0000${f.line}:${f.column}`;
  const coded = new Set(
    findings
      .slice(first)
      .filter((f) => f.ruleId === 'exchange' && f.sourceField !== undefined)
      .map(at),
  );
  if (coded.size === 0) return;
  const kept = findings.slice(first).filter((f) => !(f.ruleId === 'guide-schema' && coded.has(at(f))));
  findings.splice(first, findings.length - first, ...kept);
}

const findingKey = (f: Finding) => `${f.ruleId}\u0000${f.line}:${f.column}\u0000${f.message}`;

/** The active rules on one guide (a variant: only those of `items`). */
function runRules(
  guide: Guide,
  lg: LoadedGuide,
  written: (p: Report['path']) => Report['path'],
  file: string,
  opts: LintFileOptions,
  out: FileResult,
  items: number[] | undefined,
): void {
  const { config } = opts;
  const name = guide.name;
  const ignored = lg.ignoreRules?.length ? new Set(lg.ignoreRules) : undefined;
  // One context per guide; `current` says which rule is reporting (no closures per rule and guide).
  let current: Rule | undefined;
  let severity: Severity = 'error';
  const ctx: RuleContext = {
    options: {},
    lang: config.lang,
    statRelative: (ref) => statRelativeTo(guide.file, ref),
    report: (r) => {
      if (!current) return; // only rules report, while they run
      if (items && !items.includes((r.item !== undefined ? r.item : current.meta.item) ?? -1)) return;
      out.findings.push(toFinding(r, current, severity, guide, lg, written, file, config));
    },
  };
  for (const { rule, setting } of activeRules(opts.rules, config)) {
    if (ignored?.has(rule.meta.id)) continue;
    current = rule;
    severity = setting.severity as Severity;
    ctx.options = setting.options;
    try {
      rule.check(guide, ctx);
    } catch (err) {
      const reason = `rule ${rule.meta.id} crashed: ${(err as Error).message}`;
      out.internalErrors.push(`${file}: ${reason}`);
      out.findings.push({
        ...fileFinding(file, INTERNAL_ERROR, 'internal', { reason }, config),
        ...lg.sourceMap.locate([]),
        guide: name,
      });
    }
  }
}

const SHEET_EXT = new Set(['xlsx', 'xls', 'csv']);

/** Spreadsheets a guide references (空表, 样表, 结果样本 …: file-reference elements): blank and sample forms, not guides. */
function sheetRefs(guide: Guide, absFile: string, out: FileResult): void {
  for (const el of guide.elements) {
    if (el.def.type !== 'fileRef') continue;
    const ref = parseFileRef(el.value);
    if (ref?.kind === 'file' && SHEET_EXT.has(ref.ext)) (out.refs ??= []).push(resolve(dirname(absFile), ref.path));
  }
}

type RuleSetting = ResolvedConfig['rules'][string];
const active = new WeakMap<ResolvedConfig, WeakMap<Rule[], { rule: Rule; setting: RuleSetting }[]>>();

/** The rules a config turns on, with their settings: worked out once per config and rule list, not per guide. */
function activeRules(rules: Rule[], config: ResolvedConfig): { rule: Rule; setting: RuleSetting }[] {
  let byList = active.get(config);
  if (!byList) active.set(config, (byList = new WeakMap()));
  let list = byList.get(rules);
  if (!list) {
    list = rules.flatMap((rule) => {
      const setting = config.rules[rule.meta.id];
      return setting && setting.severity !== 'off' ? [{ rule, setting }] : [];
    });
    byList.set(rules, list);
  }
  return list;
}

function toFinding(
  r: Report,
  rule: Rule,
  severity: Severity,
  guide: Guide,
  lg: LoadedGuide,
  written: (p: Report['path']) => Report['path'],
  file: string,
  config: ResolvedConfig,
): Finding {
  const path = r.written ? r.path : written(r.path);
  const template = rule.meta.messages[r.messageId];
  let message = template ? localize(template, config.lang, r.data) : r.messageId;
  let source: SourceField | undefined;
  let at = path;
  // A missing element (reported on its parent, naming it): at its source field when the export has one.
  const missing = r.data?.element;
  if (lg.sourceFieldOf && typeof missing === 'string' && path[path.length - 1] !== missing) {
    source = lg.sourceFieldOf([...path, missing], config.lang);
    if (source) at = [...path, missing];
  }
  source ??= lg.sourceFieldOf?.(path, config.lang);
  if (source) message = nameSourceField(message, source.element, source.label);
  const loc = lg.sourceMap.locate(at, r.at ?? 'value');
  const f: Finding = {
    ruleId: rule.meta.id,
    messageId: r.messageId,
    item: r.item !== undefined ? r.item : rule.meta.item,
    severity: capped(severity, r.severity ?? rule.meta.messageSeverity?.[r.messageId]),
    message,
    file,
    ...loc,
    path,
    guide: guide.name,
  };
  const v = r.written ? undefined : getAt(guide.data, r.path);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') f.value = detach(String(v));
  if (source) f.sourceField = source.field;
  if (r.suggestion !== undefined) f.suggestion = r.suggestion;
  if (r.fix !== undefined) {
    const range = lg.sourceMap.range?.(path);
    if (range) f.fix = { start: range[0], end: range[1], text: r.fix };
  }
  return f;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
const capped = (s: Severity, cap: Severity | undefined): Severity =>
  cap !== undefined && RANK[cap] < RANK[s] ? cap : s;

/** “办理地点（transact_addr）…”: the element where the message names it first, else in front. */
export function nameSourceField(message: string, element: string, label: string): string {
  const named = `${element}（${label}）`;
  const i = message.indexOf(element);
  return i === -1 ? `${named}：${message}` : message.slice(0, i) + named + message.slice(i + element.length);
}

const FILE_START: Location = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** A finding about the whole file, placed at its start (no element, no guide). */
export function wholeFileFinding(file: string, ruleId: string, severity: Severity, message: string): Finding {
  return { ruleId, item: null, severity, message, file, ...FILE_START, path: [], guide: null };
}

function fileFinding(
  file: string,
  ruleId: string,
  messageId: string,
  data: Record<string, string | number>,
  config: ResolvedConfig,
): Finding {
  return wholeFileFinding(file, ruleId, 'error', localize(defined(ENGINE_MESSAGES[messageId]), config.lang, data));
}

function problemFinding(file: string, p: LoadProblem, config: ResolvedConfig): Finding {
  const template = p.text ?? ENGINE_MESSAGES[p.messageId] ?? { zh: p.messageId, en: p.messageId };
  return {
    ruleId: p.ruleId ?? PARSE_ERROR,
    item: null,
    severity: p.severity ?? 'error',
    message: localize(template, config.lang, p.data),
    file,
    ...p.location,
    path: [],
    guide: null,
  };
}
