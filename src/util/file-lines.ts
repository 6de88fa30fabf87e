// A text file read line by line in fixed chunks: a JSON Lines export of a gigabyte, or a spill of
// findings, is never held whole.

import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

// Below V8's large-object size: each chunk's text dies young with its lines (1 MB chunks went to the old
// generation and piled up, a gigabyte per gigabyte read, until a full collection).
const CHUNK = 1 << 15;

/** The lines of a file, 1-based, read in chunks (UTF-8, a BOM dropped, CR before LF dropped). */
export function* fileLines(file: string): Generator<{ line: number; text: string }> {
  const fd = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buf = Buffer.allocUnsafe(CHUNK);
    let rest = '';
    let line = 0;
    for (let n; (n = readSync(fd, buf, 0, CHUNK, null)) > 0;) {
      let text = rest + decoder.write(buf.subarray(0, n));
      if (line === 0 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      let start = 0;
      for (let end; (end = text.indexOf('\n', start)) !== -1; start = end + 1)
        yield { line: ++line, text: text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end) };
      rest = text.slice(start);
    }
    rest += decoder.end();
    if (rest !== '') yield { line: ++line, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
  } finally {
    closeSync(fd);
  }
}
