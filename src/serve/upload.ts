// A multipart upload streamed to the job's private folder: guide files under in/, the power list
// under power/. Nothing is held in memory; the request as a whole is capped (413), a body busboy
// cannot parse is a 400, and every file name is reduced to a plain name of an accepted type.

import { createWriteStream, mkdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { HttpError, megabytes } from './messages.js';
import { errorMessage } from '../util/error-message.js';

export const GUIDE_TYPES = ['.xlsx', '.xls', '.csv', '.yaml', '.yml', '.json', '.zip'];
export const POWER_TYPES = ['.xlsx', '.xls', '.csv', '.yaml', '.yml', '.json'];

export interface UploadedFile {
  /** The form field: "files" (guides) or "powerList". */
  field: string;
  /** The plain file name as stored. */
  name: string;
  path: string;
  size: number;
}

export interface Upload {
  files: UploadedFile[];
  fields: Record<string, string>;
}

/** A name without folders, control characters or a leading dot; empty when nothing is left. */
export function plainName(raw: string): string {
  const name = basename(raw.replace(/\\/g, '/'))
    // eslint-disable-next-line no-control-regex -- control characters are what this replaces
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return name.length > 200 ? name.slice(name.length - 200) : name;
}

export function receiveUpload(req: IncomingMessage, dir: string, maxBytes: number): Promise<Upload> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) return Promise.reject(new HttpError(413, 'tooLarge', { limit: megabytes(maxBytes) }));
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: req.headers,
      limits: { fileSize: maxBytes, files: 10_000, fields: 20, fieldSize: 1024, parts: 10_100 },
    });
  } catch (err) {
    return Promise.reject(new HttpError(400, 'badMultipart', { reason: (err as Error).message }));
  }
  return new Promise<Upload>((resolvePromise, reject) => {
    const out: Upload = { files: [], fields: {} };
    const writes: Promise<void>[] = [];
    const used = new Set<string>();
    let received = 0;
    let failed = false;
    const open = new Set<NodeJS.ReadableStream & { destroy(): void }>();
    const fail = (err: HttpError) => {
      if (failed) return;
      failed = true;
      req.unpipe(bb);
      // Files being written stop here (their write streams close); the caller removes the folder.
      for (const stream of open) stream.destroy();
      reject(err);
    };
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) fail(new HttpError(413, 'tooLarge', { limit: megabytes(maxBytes) }));
    });
    bb.on('field', (name, value) => {
      out.fields[name] = value;
    });
    bb.on('file', (field, stream, info) => {
      const name = plainName(info.filename ?? '');
      const types = field === 'powerList' ? POWER_TYPES : GUIDE_TYPES;
      if (failed || (field !== 'files' && field !== 'powerList') || !types.includes(extname(name).toLowerCase())) {
        stream.resume();
        if (!failed && (field === 'files' || field === 'powerList'))
          fail(new HttpError(400, 'badType', { name: name || String(info.filename) }));
        return;
      }
      const folder = join(dir, field === 'powerList' ? 'power' : 'in');
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      let stored = name;
      for (let n = 2; used.has(`${folder}/${stored.toLowerCase()}`); n++) stored = `${n}-${name}`;
      used.add(`${folder}/${stored.toLowerCase()}`);
      const path = join(folder, stored);
      const file: UploadedFile = { field, name: stored, path, size: 0 };
      stream.on('data', (c: Buffer) => void (file.size += c.length));
      stream.on('limit', () => {
        fail(new HttpError(413, 'tooLarge', { limit: megabytes(maxBytes) }));
      });
      out.files.push(file);
      open.add(stream);
      writes.push(
        pipeline(stream, createWriteStream(path, { mode: 0o600 })).then(
          () => void open.delete(stream),
          (err: unknown) => {
            fail(new HttpError(400, 'badMultipart', { reason: errorMessage(err) }));
          },
        ),
      );
    });
    bb.on('error', (err) => {
      fail(new HttpError(400, 'badMultipart', { reason: (err as Error).message }));
    });
    bb.on('close', () => {
      void Promise.all(writes).then(() => {
        if (failed) return;
        if (!out.files.some((f) => f.field === 'files')) fail(new HttpError(400, 'noFiles'));
        else resolvePromise(out);
      });
    });
    req.on('aborted', () => {
      fail(new HttpError(400, 'badMultipart', { reason: 'the upload was interrupted' }));
    });
    req.pipe(bb);
  });
}
