// Child process of one download (see downloads.ts): receives the request, makes it, sends it back, exits.

import { makeDownload, type DownloadRequest } from './downloads.js';
import { errorMessage } from '../util/error-message.js';

/** Sends the answer to the parent (this process is always forked with an IPC channel), then exits. */
function answer(message: unknown): void {
  if (!process.send) throw new Error('the download process was started without an IPC channel');
  process.send(message, () => process.exit(0));
}

process.once('message', (r: DownloadRequest) => {
  makeDownload(r).then(
    (download) => {
      answer({ ok: true, download });
    },
    (err: unknown) => {
      answer({ ok: false, error: errorMessage(err) });
    },
  );
});
