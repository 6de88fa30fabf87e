// Writes through a temporary file in the same folder and a rename, so an interrupted run never
// leaves a half-written file; keeps the mode of a file it replaces, and symbolic links; creates
// the folder of a new file.

import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
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

export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
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
    await writeFile(tmp, data, mode !== undefined ? { mode } : {});
    if (mode !== undefined) await chmod(tmp, mode);
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    pending.delete(tmp);
  }
}
