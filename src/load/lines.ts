// Offsets → 1-based line and column, by binary search over line starts (built once per file).

import { defined } from '../util/defined.js';

export interface LinePos {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  pos(offset: number): LinePos {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (defined(this.starts[mid]) <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - defined(this.starts[lo]) + 1 };
  }

  /** Where a 1-based line starts (the end of the text for a line past the last). */
  offset(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** A location spanning [start, end) offsets. */
export function spanLocation(ix: LineIndex, start: number, end: number) {
  const a = ix.pos(start);
  const b = ix.pos(Math.max(start, end));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
