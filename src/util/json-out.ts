// JSON as JSON.stringify(value, null, 2) prints it, written piece by piece into buffers: a large
// report (every finding of a national set, every offender of a scorecard) never exists as one huge
// string (a report with Chinese text would be a two-byte string of twice its size).

import { elementReader } from './lazy-list.js';

export class JsonOut {
  private parts: Buffer[] = [];
  private pending = '';
  /** With a sink, every 16 K characters go to it as they are made and buffer() is empty: a national
   * set's scorecard (gigabytes of offenders) is written to its file without being held. */
  constructor(private readonly sink?: (chunk: Buffer) => void) {}
  write(s: string): void {
    this.pending += s;
    // 16 K characters: flattened, a two-byte string of them stays a young object (64 K would be a
    // large one, collected only by a full GC: gigabytes of them for a national scorecard).
    if (this.pending.length > 1 << 14) this.flush();
  }
  flush(): void {
    if (this.pending) {
      const chunk = Buffer.from(this.pending);
      if (this.sink) this.sink(chunk);
      else this.parts.push(chunk);
    }
    this.pending = '';
  }
  buffer(): Buffer {
    this.flush();
    return Buffer.concat(this.parts);
  }
}

const pads: string[] = [];
const pad = (depth: number): string => (pads[depth] ??= '  '.repeat(depth));

/** Keys as JSON strings: a report repeats a few dozen keys millions of times. */
const keys = new Map<string, string>();
function keyText(k: string): string {
  let t = keys.get(k);
  if (t === undefined) {
    t = JSON.stringify(k);
    if (keys.size < 1024) keys.set(k, t);
  }
  return t;
}

export function writeJson(out: Pick<JsonOut, 'write'>, v: unknown, depth: number): void {
  if (Array.isArray(v)) {
    const n = v.length;
    if (n === 0) {
      out.write('[]');
      return;
    }
    const inner = pad(depth + 1);
    const at = elementReader(v as unknown[]);
    out.write('[\n');
    for (let i = 0; i < n; i++) {
      const x = at(i);
      out.write(inner);
      writeJson(out, x === undefined ? null : x, depth + 1);
      out.write(i < n - 1 ? ',\n' : '\n');
    }
    out.write(`${pad(depth)}]`);
    return;
  }
  if (v !== null && typeof v === 'object') {
    const inner = pad(depth + 1);
    let first = true;
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (x === undefined) continue;
      out.write(`${first ? '{' : ','}\n${inner}${keyText(k)}: `);
      first = false;
      writeJson(out, x, depth + 1);
    }
    out.write(first ? '{}' : `\n${pad(depth)}}`);
    return;
  }
  if (typeof v === 'string') out.write(JSON.stringify(v));
  else if (typeof v === 'number') out.write(Number.isFinite(v) ? String(v) : 'null');
  else if (typeof v === 'boolean') out.write(v ? 'true' : 'false');
  else {
    const text = JSON.stringify(v) as string | undefined; // undefined for undefined and functions
    out.write(text ?? 'null');
  }
}
