// Child process of one download (see downloads.ts): receives the request, makes it, sends it back, exits.

import { makeDownload, type DownloadRequest } from './downloads.js';
import { defined } from '../util/defined.js';
import { errorMessage } from '../util/error-message.js';

process.once('message', (r: DownloadRequest) => {
  makeDownload(r).then(
    (download) => defined(process.send)({ ok: true, download }, () => process.exit(0)),
    (err: unknown) => defined(process.send)({ ok: false, error: errorMessage(err) }, () => process.exit(0)),
  );
});
