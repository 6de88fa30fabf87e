// Child process of one download (see downloads.ts): receives the request, makes it, sends it back, exits.

import { makeDownload, type DownloadRequest } from './downloads.js';

process.once('message', (r: DownloadRequest) => {
  makeDownload(r).then(
    (download) => process.send!({ ok: true, download }, () => process.exit(0)),
    (err: Error) => process.send!({ ok: false, error: err?.message ?? String(err) }, () => process.exit(0)),
  );
});
