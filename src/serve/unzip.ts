// A .zip of a guide folder, unpacked into the job's folder so forms referenced by the guides resolve.
// Read with the loader's own bounded ZIP reader and its limits (a lying or bomb entry stops at the
// cap); an entry that would land outside the folder refuses the whole zip. Config files and macOS
// resource forks are left out: uploads never bring configuration, and `._x.yaml` is not a guide.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { ZipError, ZipReader } from '../load/spreadsheet/zip.js';
import { SHEET_LIMITS } from '../load/spreadsheet/types.js';
import { fill, HttpError, type Bilingual } from './messages.js';
import { defined } from '../util/defined.js';

export const MAX_ZIP_ENTRIES = 100_000;
const CONFIG_NAME = /^(guide-lint\.config\.[a-z]+|\.guidelintrc(\.[a-z]+)?)$/i;

/** Why an entry name is refused, or undefined when it is a safe relative path. */
export function unsafeEntry(name: string): boolean {
  if (name.includes('\u0000') || /^[a-z]:/i.test(name) || name.startsWith('//')) return true;
  return name.split('/').some((seg) => seg === '..');
}

/** Unpacks `zipFile` into `dest` and removes the zip; returns the number of files written. */
export function unpackGuideZip(zipFile: string, dest: string, shownName: string): number {
  const refuse = (reason: string | Bilingual) => new HttpError(400, 'zipUnsafe', { name: shownName, reason });
  let zip: ZipReader;
  try {
    zip = new ZipReader(readFileSync(zipFile), {
      maxEntryBytes: SHEET_LIMITS.maxEntryBytes,
      maxTotalBytes: SHEET_LIMITS.maxTotalBytes,
    });
  } catch (err) {
    throw refuse((err as Error).message);
  }
  const entries = [...zip.entries.values()];
  if (entries.length > MAX_ZIP_ENTRIES) throw refuse(fill('zipTooMany', { limit: MAX_ZIP_ENTRIES }));
  const bad = entries.find((e) => unsafeEntry(e.name));
  if (bad) throw refuse(fill('zipTraversal', { entry: bad.name }));
  const root = resolve(dest);
  let written = 0;
  try {
    for (const e of entries) {
      const base = e.name.split('/').pop() ?? '';
      if (
        e.name.endsWith('/') ||
        !base ||
        base.startsWith('._') ||
        e.name.startsWith('__MACOSX/') ||
        CONFIG_NAME.test(base)
      )
        continue;
      const out = resolve(root, e.name);
      if (!out.startsWith(root + sep)) throw refuse(fill('zipTraversal', { entry: e.name }));
      const bytes = defined(zip.read(e.name));
      mkdirSync(dirname(out), { recursive: true, mode: 0o700 });
      writeFileSync(out, bytes, { mode: 0o600 });
      written++;
    }
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw refuse(err instanceof ZipError ? err.message : String(err));
  }
  rmSync(zipFile, { force: true });
  return written;
}
