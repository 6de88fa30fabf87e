// JSON as JSON.stringify(value, null, 2) prints it, written piece by piece into buffers: a large
// report (every finding of a national set, every offender of a scorecard) never exists as one huge
// string (a report with Chinese text would be a two-byte string of twice its size).

export class JsonOut {
  private parts: Buffer[] = [];
  private pending = '';
  /** With a sink, every 64 K characters go to it as they are made and buffer() is empty: a national
   * set's scorecard (gigabytes of offenders) is written to its file without being held. */
  constructor(private readonly sink?: (chunk: Buffer) => void) {}
  write(s: string): void {
    this.pending += s;
    if (this.pending.length > 1 << 16) this.flush();
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

export function writeJson(out: Pick<JsonOut, 'write'>, v: unknown, depth: number): void {
  const pad = '  '.repeat(depth + 1);
  if (Array.isArray(v)) {
    if (v.length === 0) {
      out.write('[]');
      return;
    }
    out.write('[\n');
    v.forEach((x, i) => {
      out.write(pad);
      writeJson(out, x === undefined ? null : x, depth + 1);
      out.write(i < v.length - 1 ? ',\n' : '\n');
    });
    out.write(`${'  '.repeat(depth)}]`);
    return;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v).filter(([, x]) => x !== undefined);
    if (entries.length === 0) {
      out.write('{}');
      return;
    }
    out.write('{\n');
    entries.forEach(([k, x], i) => {
      out.write(`${pad}${JSON.stringify(k)}: `);
      writeJson(out, x, depth + 1);
      out.write(i < entries.length - 1 ? ',\n' : '\n');
    });
    out.write(`${'  '.repeat(depth)}}`);
    return;
  }
  const text = JSON.stringify(v) as string | undefined; // undefined for undefined and functions
  out.write(text ?? 'null');
}
