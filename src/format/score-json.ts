// The score as JSON: the scorecard as is (schemas/score.schema.json, docs/scorecard.md), printed as
// JSON.stringify(card, null, 2) would print it, but piece by piece into buffers: a large set's
// report (every offender of every group) never exists as one huge string.

import type { ScoreFormatter } from './score-formats.js';

class Out {
  private parts: Buffer[] = [];
  private pending = '';
  write(s: string): void {
    this.pending += s;
    if (this.pending.length > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.pending) this.parts.push(Buffer.from(this.pending));
    this.pending = '';
  }
  buffer(): Buffer {
    this.flush();
    return Buffer.concat(this.parts);
  }
}

function write(out: Out, v: unknown, depth: number): void {
  const pad = '  '.repeat(depth + 1);
  if (Array.isArray(v)) {
    if (v.length === 0) return out.write('[]');
    out.write('[\n');
    v.forEach((x, i) => {
      out.write(pad);
      write(out, x === undefined ? null : x, depth + 1);
      out.write(i < v.length - 1 ? ',\n' : '\n');
    });
    return out.write(`${'  '.repeat(depth)}]`);
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) return out.write('{}');
    out.write('{\n');
    entries.forEach(([k, x], i) => {
      out.write(`${pad}${JSON.stringify(k)}: `);
      write(out, x, depth + 1);
      out.write(i < entries.length - 1 ? ',\n' : '\n');
    });
    return out.write(`${'  '.repeat(depth)}}`);
  }
  out.write(JSON.stringify(v) ?? 'null');
}

const scoreJson: ScoreFormatter = ({ card }) => {
  const { tool, lang, files, guides, powerList, measures, byDepartment, byLevel } = card;
  const out = new Out();
  write(out, { tool, lang, files, guides, measures, byDepartment, byLevel, powerList }, 0);
  out.write('\n');
  return out.buffer();
};

export default scoreJson;
