// Writes through a temporary file in the same folder and a rename, so an interrupted run never
// leaves a half-written file; keeps the mode of a file it replaces, and symbolic links; creates
// the folder of a new file.

import { randomBytes } from 'node:crypto';
import { closeSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { mkdir, rename, realpath, stat, writeFile, chmod, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files being written now: removed by removeTempFiles when the run is interrupted. */
const pending = new Set<string>();

/** Removes the temporary files of writes in progress (synchronously: called on SIGINT before exiting). */
export function removeTempFiles(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already renamed or removed */
    }
  }
  pending.clear();
}

/** A temporary file of the run's own (removed on Ctrl-C like those of writes in progress). */
export const trackTemp = (path: string): void => void pending.add(path);
export const untrackTemp = (path: string): void => void pending.delete(path);

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await replaceAtomically(path, (tmp, mode) => writeFile(tmp, data, mode !== undefined ? { mode } : {}));
}

/**
 * Like writeAtomic, for output made piece by piece: `produce` gets a function that appends a chunk
 * to the temporary file (synchronously, so nothing queues in memory), and the file replaces `path`
 * once `produce` returns.
 */
export async function writeAtomicChunks(
  path: string,
  produce: (write: (chunk: Uint8Array) => void) => void | Promise<void>,
): Promise<void> {
  await replaceAtomically(path, async (tmp, mode) => {
    const fd = openSync(tmp, 'w', mode);
    try {
      await produce((chunk) => {
        for (let done = 0; done < chunk.length;) done += writeSync(fd, chunk, done);
      });
    } finally {
      closeSync(fd);
    }
  });
}

async function replaceAtomically(
  path: string,
  write: (tmp: string, mode: number | undefined) => Promise<void> | void,
): Promise<void> {
  // Through a symbolic link to the file it names: renaming over the link would replace the link
  // with a copy and leave the real file as it was.
  const file = await realpath(path).catch(() => path);
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
  let mode: number | undefined;
  try {
    mode = (await stat(file)).mode & 0o7777;
  } catch {
    mode = undefined;
    await mkdir(dirname(file), { recursive: true }); // a new report in a folder that does not exist yet
  }
  pending.add(tmp);
  try {
    await write(tmp, mode);
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
