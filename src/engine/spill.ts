// A streamed file's findings kept on disk instead of in memory: a million-record JSON Lines export makes
// millions of findings, more than the heap should hold. The engine hands each guide's findings to an
// ordered sink as they are made; the sink writes them to a temporary file in report order (the order
// compareFindings gives), and the formatters read them back one at a time.

import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, Severity } from '../model/types.js';
import { fileLines } from '../util/file-lines.js';
import { trackTemp, untrackTemp } from '../util/atomic-write.js';
import { compareFindings } from './compare-findings.js';

const FLUSH_AT = 1 << 16;

/** Findings in report order in a temporary file, with their counts by severity. */
export class FindingSpill {
  readonly path = join(tmpdir(), `guide-lint-findings-${process.pid}-${randomBytes(4).toString('hex')}.jsonl`);
  readonly counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  /** --quiet: only errors are read back (and counted). */
  onlyErrors = false;
  private fd: number | undefined;
  private pending = '';
  private size = 0;

  constructor() {
    trackTemp(this.path);
    this.fd = openSync(this.path, 'w');
  }

  get length(): number {
    return this.onlyErrors ? this.counts.error : this.size;
  }

  add(f: Finding): void {
    this.counts[f.severity]++;
    this.size++;
    this.pending += `${JSON.stringify(f)}\n`;
    if (this.pending.length > FLUSH_AT) this.flush();
  }

  /** Done writing: the file is complete. */
  close(): void {
    this.flush();
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** The findings in report order, read back one at a time. */
  *read(): Generator<Finding> {
    this.close();
    for (const { text } of fileLines(this.path)) {
      const f = JSON.parse(text) as Finding;
      if (!this.onlyErrors || f.severity === 'error') yield f;
    }
  }

  /** Every finding in memory (a small spill, or one the formatters cannot stream). */
  all(): Finding[] {
    return [...this.read()];
  }

  dispose(): void {
    this.close();
    try {
      unlinkSync(this.path);
    } catch {
      /* already gone */
    }
    untrackTemp(this.path);
  }

  private flush(): void {
    if (this.pending && this.fd !== undefined) writeSync(this.fd, this.pending);
    this.pending = '';
  }
}

interface Held {
  f: Finding;
  seq: number;
}

const byReportOrder = (a: Held, b: Held) => compareFindings(a.f, b.f) || a.seq - b.seq;

/**
 * Puts a streamed file's findings into report order. Records arrive in line order and each guide's
 * findings lie on or after the line where the guide starts, so everything before that line is final
 * and goes to the spill; the rest waits. `seq` keeps ties as the whole-run stable sort has them (a
 * guide's findings in the order made, the loader's problems after the guides). The problems the
 * loader found before the first guide wait in a queue sorted once. A finding that arrives behind
 * what was written breaks the order: `ordered` turns false and the caller sorts in memory.
 */
export class OrderedSink {
  ordered = true;
  /** A streamed file handed its findings here. */
  used = false;
  private held: Held[] = [];
  private queue: Held[] = [];
  private next = 0;
  private written: Finding | undefined;

  constructor(readonly spill: FindingSpill) {}

  /** The loader's problems known before the first guide. */
  queueAll(items: Held[]): void {
    this.used = true;
    this.queue = items.sort(byReportOrder);
    this.next = 0;
  }

  add(f: Finding, seq: number): void {
    if (this.written && compareFindings(f, this.written) < 0) this.ordered = false;
    this.held.push({ f, seq });
  }

  /** Writes every waiting finding on a line before `line` (all of them without one). */
  release(line = Infinity): void {
    if (this.held.length > 1) this.held.sort(byReportOrder);
    let h = 0;
    const q = this.queue;
    for (;;) {
      const a = this.held[h];
      const b = q[this.next];
      const aDue = a !== undefined && a.f.line < line;
      const bDue = b !== undefined && b.f.line < line;
      let take: Held;
      if (aDue && (!bDue || byReportOrder(a, b) <= 0)) {
        take = a;
        h++;
      } else if (bDue) {
        take = b;
        this.next++;
      } else break;
      this.spill.add(take.f);
      this.written = take.f;
    }
    if (h) this.held = h === this.held.length ? [] : this.held.slice(h);
    if (this.next === q.length && q.length) {
      this.queue = [];
      this.next = 0;
    }
  }
}
