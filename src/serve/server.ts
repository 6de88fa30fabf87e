// `guide-lint serve`: Node's own http server for the local page. Every request passes the Host and
// Origin checks and carries the run's token as its first path segment (/s/TOKEN/…); anything else
// is a 403 before any route is looked at.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { api, sendError, type ApiContext } from './api.js';
import { Jobs } from './jobs.js';
import { HttpError } from './messages.js';
import { allowedHosts, isLoopback, newToken, refusal, sameToken, securityHeaders, shownHost } from './security.js';
import { asset } from './static.js';
import { errorMessage } from '../util/error-message.js';

export interface ServeOptions extends Omit<ApiContext, 'jobs'> {
  host: string;
  port: number;
  allowRemote?: boolean;
  /** Where the private job folders are made (default: the system's temp folder). */
  tmpRoot?: string;
  token?: string;
}

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  jobs: Jobs;
  server: Server;
  close(): Promise<void>;
}

export const DEFAULT_MAX_UPLOAD = 200 * 1024 * 1024;

async function handle(
  ctx: ApiContext,
  token: string,
  hosts: () => Set<string>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  securityHeaders(res);
  const url = new URL(req.url ?? '/', 'http://localhost');
  const parts = url.pathname
    .split('/')
    .slice(1)
    .map((p) => decodeURIComponent(p));
  if (refusal(req, hosts()) || parts[0] !== 's' || !sameToken(parts[1] ?? '', token))
    throw new HttpError(403, 'forbidden');
  const rest = parts.slice(2);
  if (rest.length === 0) {
    res.writeHead(302, { Location: `/s/${token}/` });
    res.end();
    return;
  }
  if (rest[0] === 'api') {
    if (await api(ctx, req, res, rest.slice(1), url)) return;
    throw new HttpError(404, 'notFound');
  }
  const file = asset(rest.length === 1 && rest[0] === '' ? 'index.html' : rest.join('/'));
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) throw new HttpError(404, 'notFound');
  res.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  if (!isLoopback(o.host) && !o.allowRemote)
    throw new Error(`refusing to listen on ${o.host}: not a loopback address (give --allow-remote to allow it)`);
  const token = o.token ?? newToken();
  const jobs = new Jobs(mkdtempSync(join(o.tmpRoot ?? tmpdir(), 'guide-lint-serve-')));
  const ctx: ApiContext = { jobs, info: o.info, configFor: o.configFor };
  let hostSet = new Set<string>();
  const server = createServer((req, res) => {
    handle(ctx, token, () => hostSet, req, res).catch((err: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        if (!req.readableEnded && err.status === 403) req.resume();
        sendError(res, err);
        return;
      }
      sendError(res, new HttpError(500, 'jobFailed', { reason: errorMessage(err) }));
    });
  });
  // Uploads of a few hundred MB on a slow disk must not hit Node's default request timeout.
  server.requestTimeout = 0;
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => {
      resolveListen();
    });
  });
  const port = (server.address() as AddressInfo).port;
  hostSet = allowedHosts(o.host, port);
  const shown = shownHost(o.host);
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shown}:${port}/s/${token}/`,
    token,
    port,
    jobs,
    server,
    close: () =>
      (closed ??= new Promise<void>((done) => {
        jobs.disposeAll();
        server.close(() => {
          done();
        });
        server.closeAllConnections();
      })),
  };
}
