// `--baseline FILE` / `--update-baseline`: adopt guide-lint on a body of guides that already has
// problems. The baseline records the findings of today; later runs suppress what it records (and
// count it), report what is new, and say which recorded findings no longer occur so the file can
// be pruned (docs/formats.md#baseline).
//
// A finding is identified by its fingerprint: a hash of the file (relative to the baseline file's
// folder, "/" separators), the rule, the element path as written and the offending value — never a
// line or column, so editing other parts of a guide, reordering guides in a file or moving rows of
// a spreadsheet (whose findings carry a path, whatever cell they are in) keeps it. Identical
// fingerprints are counted: two identical findings in one file are two entries, and a third one
// appearing is new.
//
// The file is JSON, one entry per line in a fixed key order, sorted, so that a change of the
// baseline reads as a small diff in review.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from '../errors.js';
import type { ElementPath, Finding } from '../model/types.js';
import { INTERNAL_ERROR } from './lint-file.js';

export const BASELINE_FILE = 'guide-lint-baseline.json';
const VERSION = 1;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, "/" separators. */
  file: string;
  ruleId: string;
  path: ElementPath;
  value?: string;
  fingerprint: string;
}

export interface Baseline {
  /** Absolute path of the baseline file. */
  file: string;
  entries: BaselineEntry[];
}

export interface BaselineOutcome {
  /** The baseline file as given (for messages). */
  file: string;
  /** Findings the baseline suppressed. */
  suppressed: number;
  /** Entries of linted (or deleted) files that no longer occur: prune with --update-baseline. */
  fixed: BaselineEntry[];
  /** Set by --update-baseline: the number of entries written. */
  written?: number;
}

/** A path for people: 申请材料[1].材料类型. */
export function pathText(path: ElementPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(file)';
}

export function fingerprint(file: string, ruleId: string, path: ElementPath, value: string | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([file, ruleId, path, value ?? null]))
    .digest('hex')
    .slice(0, 20);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(JSON.stringify(a.path), JSON.stringify(b.path)) ||
    cmp(a.value ?? '', b.value ?? '') ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

/** Where findings' files (relative to cwd) are, relative to the baseline file's folder. */
class Paths {
  readonly dir: string;
  constructor(
    readonly cwd: string,
    baselineFile: string,
  ) {
    this.dir = dirname(baselineFile);
  }
  fromFinding(file: string): string {
    return relative(this.dir, resolve(this.cwd, file)).split(sep).join('/');
  }
  absolute(entryFile: string): string {
    return resolve(this.dir, entryFile);
  }
}

function entryOf(f: Finding, paths: Paths): BaselineEntry {
  const file = paths.fromFinding(f.file);
  return {
    file,
    ruleId: f.ruleId,
    path: f.path,
    ...(f.value !== undefined ? { value: f.value } : {}),
    fingerprint: fingerprint(file, f.ruleId, f.path, f.value),
  };
}

/** An entry's identity: recomputed from its fields (so a hand-edited file name still matches), else the stored fingerprint. */
function keyOf(e: BaselineEntry): string {
  return typeof e.file === 'string' && typeof e.ruleId === 'string' && Array.isArray(e.path)
    ? fingerprint(e.file, e.ruleId, e.path, e.value)
    : e.fingerprint;
}

function badFile(file: string, why: string): UsageError {
  return new UsageError(`baseline ${file} is not a guide-lint baseline (${why}); write one with --update-baseline`);
}

/** Reads a baseline; a missing file is an empty baseline when `create` (--update-baseline), a usage error otherwise. */
export function readBaseline(abs: string, create: boolean): Baseline {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    if (create) return { file: abs, entries: [] };
    throw new UsageError(`baseline ${abs} not found: create it with --update-baseline`);
  }
  let data: { entries?: unknown } | null;
  try {
    data = JSON.parse(text) as { entries?: unknown } | null;
  } catch (err) {
    throw badFile(abs, (err as Error).message);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.entries)) throw badFile(abs, 'no "entries" array');
  const entries: BaselineEntry[] = [];
  for (const [i, e] of (data.entries as unknown[]).entries()) {
    const x = e as BaselineEntry;
    const ok =
      typeof e === 'object' &&
      e !== null &&
      typeof x.file === 'string' &&
      typeof x.ruleId === 'string' &&
      Array.isArray(x.path) &&
      (x.value === undefined || typeof x.value === 'string');
    if (!ok) throw badFile(abs, `entry ${i + 1} needs file, ruleId, path and an optional string value`);
    entries.push({
      file: x.file,
      ruleId: x.ruleId,
      path: x.path,
      ...(x.value !== undefined ? { value: x.value } : {}),
      fingerprint: typeof x.fingerprint === 'string' ? x.fingerprint : '',
    });
  }
  return { file: abs, entries };
}

/**
 * Splits findings into those the baseline suppresses and those it does not (new), and lists the
 * entries that no longer occur: entries of files linted in this run (`linted`: absolute paths) or
 * of files that no longer exist, left over once every finding has been matched.
 */
export function applyBaseline(
  findings: Finding[],
  baseline: Baseline,
  cwd: string,
  linted: Set<string>,
): { kept: Finding[]; suppressed: number; fixed: BaselineEntry[] } {
  const paths = new Paths(cwd, baseline.file);
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(keyOf(e), (left.get(keyOf(e)) ?? 0) + 1);
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    // A crash is never "known": it must stay visible (and keep exit code 2).
    if (f.ruleId === INTERNAL_ERROR) {
      kept.push(f);
      continue;
    }
    const e = entryOf(f, paths);
    const n = left.get(e.fingerprint) ?? 0;
    if (n > 0) {
      left.set(e.fingerprint, n - 1);
      suppressed++;
    } else kept.push(f);
  }
  const fixed: BaselineEntry[] = [];
  for (const e of [...baseline.entries].sort(compareEntries)) {
    const k = keyOf(e);
    const n = left.get(k) ?? 0;
    if (n === 0) continue;
    const abs = paths.absolute(e.file);
    if (!linted.has(abs) && existsSync(abs)) continue; // not looked at in this run
    left.set(k, n - 1);
    fixed.push({ ...e, fingerprint: k });
  }
  return { kept, suppressed, fixed };
}

/**
 * The new baseline for --update-baseline: every finding of this run (crashes aside), plus the old
 * entries of files this run did not lint that still exist.
 */
export function updateBaseline(old: Baseline, findings: Finding[], cwd: string, linted: Set<string>): Baseline {
  const paths = new Paths(cwd, old.file);
  const entries = findings.filter((f) => f.ruleId !== INTERNAL_ERROR).map((f) => entryOf(f, paths));
  for (const e of old.entries) {
    const abs = paths.absolute(e.file);
    if (!linted.has(abs) && existsSync(abs)) entries.push({ ...e, fingerprint: keyOf(e) });
  }
  return { file: old.file, entries: entries.sort(compareEntries) };
}

/** The baseline file's text: stable key order, one entry per line, sorted. */
export function serializeBaseline(b: Baseline): string {
  const lines = [...b.entries].sort(compareEntries).map((e) =>
    JSON.stringify({
      file: e.file,
      ruleId: e.ruleId,
      path: e.path,
      ...(e.value !== undefined ? { value: e.value } : {}),
      fingerprint: e.fingerprint,
    }),
  );
  const body = lines.length ? `[\n    ${lines.join(',\n    ')}\n  ]` : '[]';
  return `{\n  "tool": "guide-lint",\n  "version": ${VERSION},\n  "entries": ${body}\n}\n`;
}
