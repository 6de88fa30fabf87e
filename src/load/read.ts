// Reads a file's bytes under a size limit and decodes text formats, naming what is wrong when the
// bytes are not UTF-8 text (a finding, never a crash).

import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { LoadProblem } from '../model/types.js';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type ReadOutcome = { ok: true; bytes: Buffer } | { ok: false; problem: LoadProblem };

const FILE_START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Synchronous on purpose: for thousands of small files, one open+fstat+read beats the thread pool. */
export function readBytes(file: string, maxBytes = DEFAULT_MAX_BYTES): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile())
      return {
        ok: false,
        problem: { messageId: 'unreadable', data: { reason: 'not a regular file' }, location: FILE_START },
      };
    if (st.size > maxBytes) {
      return {
        ok: false,
        problem: { messageId: 'tooLarge', data: { size: st.size, limit: maxBytes }, location: FILE_START },
      };
    }
    return { ok: true, bytes: readOpen(fd, st.size) };
  } catch (err) {
    return {
      ok: false,
      problem: {
        messageId: 'unreadable',
        data: { reason: (err as NodeJS.ErrnoException).code ?? String(err) },
        location: FILE_START,
      },
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The bytes of an open regular file whose size is known: readFileSync(fd) would fstat it again (one
 * system call more per file). Like readFileSync, reads up to the size found by fstat; a file that
 * reports size 0 is read to its end.
 */
function readOpen(fd: number, size: number): Buffer {
  if (size === 0) {
    const chunks: Buffer[] = [];
    for (
      let chunk = Buffer.allocUnsafe(65536), n;
      (n = readSync(fd, chunk, 0, chunk.length, null)) > 0;
      chunk = Buffer.allocUnsafe(65536)
    )
      chunks.push(chunk.subarray(0, n));
    return Buffer.concat(chunks);
  }
  const buf = Buffer.allocUnsafe(size);
  let filled = 0;
  for (let n; filled < size && (n = readSync(fd, buf, filled, size - filled, null)) > 0;) filled += n;
  return filled === size ? buf : buf.subarray(0, filled);
}

export type DecodeOutcome = { ok: true; text: string } | { ok: false; problem: LoadProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 (with or without BOM) only: YAML and JSON are UTF-8 by their specs. */
export function decodeUtf8Text(bytes: Buffer): DecodeOutcome {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, problem: { messageId: 'encoding', data: { encoding: 'UTF-16' }, location: FILE_START } };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, problem: { messageId: 'binary', location: FILE_START } };
  // The lenient decoder is faster; only text holding U+FFFD needs the strict check (real U+FFFD or bad bytes).
  const loose = bytes.toString('utf8');
  if (!loose.includes('\ufffd')) return { ok: true, text: loose.charCodeAt(0) === 0xfeff ? loose.slice(1) : loose };
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return {
      ok: false,
      problem: { messageId: 'encoding', data: { encoding: guessLegacyEncoding(bytes) }, location: firstBadByte(bytes) },
    };
  }
}

/** GB18030/GBK lead bytes are 0x81–0xFE followed by 0x40–0xFE; anything else we call "not UTF-8". */
function guessLegacyEncoding(bytes: Buffer): string {
  let pairs = 0;
  let high = 0;
  for (let i = 0; i < Math.min(bytes.length, 65536); i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    high++;
    const n = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && n !== undefined && n >= 0x40 && n <= 0xfe && n !== 0x7f) {
      pairs++;
      i++;
    }
  }
  return high > 0 && pairs * 2 >= high * 0.9 ? 'GBK/GB18030' : 'not UTF-8';
}

/** The first line that is not valid UTF-8, at its first non-ASCII byte. */
function firstBadByte(bytes: Buffer) {
  let lineStart = 0;
  for (let line = 1; lineStart <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, lineStart);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(lineStart, end);
    try {
      utf8.decode(slice);
    } catch {
      const col = slice.findIndex((b) => b >= 0x80) + 1;
      return { line, column: col, endLine: line, endColumn: col + 1 };
    }
    lineStart = end + 1;
  }
  return FILE_START;
}
