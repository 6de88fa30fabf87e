// Writes a shard result to its file as it is encoded, a piece at a time, through a temporary file
// (gzip'ed when the name ends in .gz): the text of a shard holding a national set's guides is never
// in memory whole, and no copy of it is made to join the pieces.

import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { writeAtomicChunks } from '../util/atomic-write.js';
import { isGzipName, SHARD_GZIP, shardLines, type ShardResult } from './shard-result.js';

/** Lines are written in pieces of about this many characters (one system call or gzip write each). */
const PIECE = 1 << 20;

function* pieces(s: ShardResult): Generator<Buffer> {
  let lines: string[] = [];
  let size = 0;
  for (const line of shardLines(s)) {
    lines.push(line);
    size += line.length;
    if (size < PIECE) continue;
    yield Buffer.from(lines.join(''));
    lines = [];
    size = 0;
  }
  if (lines.length) yield Buffer.from(lines.join(''));
}

/** The same bytes as serializeShard(s, path) (gzip: the same text inflated), written to `path` atomically. */
export async function writeShard(path: string, s: ShardResult): Promise<void> {
  await writeAtomicChunks(path, async (write) => {
    if (!isGzipName(path)) {
      for (const piece of pieces(s)) write(piece);
      return;
    }
    const gzip = createGzip(SHARD_GZIP);
    gzip.on('data', (chunk: Buffer) => {
      write(chunk);
    });
    const ended = once(gzip, 'end');
    for (const piece of pieces(s)) if (!gzip.write(piece)) await once(gzip, 'drain');
    gzip.end();
    await ended;
  });
}
