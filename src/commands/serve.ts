// `guide-lint serve`: the local page for staff who do not use a terminal (docs/serve.md). The config
// is the one found from the folder serve was started in, resolved once per preset and language;
// uploads never bring config or code of their own.

import { claimSignals } from '../util/signals.js';
import { spawn } from 'node:child_process';
import type { PresetName, ResolvedConfig } from '../config/resolved-config.js';
import { resolveConfig } from '../config/resolve-config.js';
import type { Lang } from '../model/types.js';
import { UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { megabytes } from '../serve/messages.js';
import { isLoopback } from '../serve/security.js';
import { DEFAULT_MAX_UPLOAD, startServer, type RunningServer } from '../serve/server.js';

export const DEFAULT_PORT = 8023;

export interface ServeCommandOptions {
  port?: number;
  host: string;
  allowRemote?: boolean;
  open?: boolean;
  /** Megabytes per upload. */
  maxUpload?: number;
  config?: string;
  configCode?: boolean;
  preset?: PresetName;
  lang?: Lang;
}

function opener(url: string): [string, string[]] {
  if (process.platform === 'darwin') return ['open', [url]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', url]];
  return ['xdg-open', [url]];
}

function openBrowser(url: string): void {
  const [cmd, args] = opener(url);
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () =>
      process.stderr.write(`guide-lint: could not open a browser (${cmd}); open ${url} yourself\n`),
    );
    child.unref();
  } catch {
    process.stderr.write(`guide-lint: could not open a browser; open ${url} yourself\n`);
  }
}

/** Starts the server; resolves when it has stopped (SIGINT or SIGTERM), its temp folders removed. */
export async function runServe(o: ServeCommandOptions, cwd = process.cwd()): Promise<number> {
  if (!isLoopback(o.host)) {
    if (!o.allowRemote)
      throw new UsageError(
        `--host ${o.host} is not a loopback address: the page would be reachable from other machines. Give --allow-remote to allow it`,
      );
    process.stderr.write(
      `guide-lint: WARNING: serving on ${o.host}: anyone who can reach this address and knows the token can upload files and read the results\n`,
    );
  }
  const maxUploadBytes = o.maxUpload !== undefined ? Math.round(o.maxUpload * 1024 * 1024) : DEFAULT_MAX_UPLOAD;
  if (!(maxUploadBytes > 0)) throw new UsageError('--max-upload expects a positive number of megabytes');
  const configs = new Map<string, Promise<ResolvedConfig>>();
  const configFor = (preset: PresetName | undefined, lang: Lang) => {
    const key = `${preset ?? ''}/${lang}`;
    let c = configs.get(key);
    if (!c)
      configs.set(
        key,
        (c = resolveConfig({
          cwd,
          preset: preset ?? o.preset,
          lang,
          configFile: o.config,
          allowCode: o.configCode !== false,
        })),
      );
    return c;
  };
  const base = await configFor(undefined, o.lang ?? 'zh');
  const info = {
    version: VERSION,
    startDir: cwd,
    configFile: base.configFile ?? null,
    preset: base.preset,
    presets: base.presets ?? [base.preset],
    plugins: base.plugins,
    configCode: /\.mjs$/i.test(base.configFile ?? ''),
    maxUploadBytes,
    maxUpload: megabytes(maxUploadBytes),
    lang: o.lang ?? base.lang,
  };
  const listen = (port: number) => startServer({ host: o.host, port, allowRemote: o.allowRemote, info, configFor });
  let server: RunningServer;
  try {
    server = await listen(o.port ?? DEFAULT_PORT);
  } catch (err) {
    // The default port taken (another serve): any free port. An explicit --port is kept or refused.
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || o.port !== undefined)
      throw new UsageError(`cannot listen on ${o.host}:${o.port ?? DEFAULT_PORT}: ${(err as Error).message}`);
    server = await listen(0);
  }
  const zh = info.lang === 'zh';
  process.stdout.write(
    zh
      ? `guide-lint serve：在浏览器中打开 ${server.url}\n配置：${info.configFile ?? '无配置文件（内置预设）'}，预设 ${info.preset}\n按 Ctrl+C 停止（上传的文件随之删除）\n`
      : `guide-lint serve: open ${server.url} in a browser\nconfig: ${info.configFile ?? 'no config file (built-in preset)'}, preset ${info.preset}\nPress Ctrl+C to stop (uploaded files are removed)\n`,
  );
  if (o.open) openBrowser(server.url);
  claimSignals();
  await new Promise<void>((stopped) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(stopped);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
