// `guide-lint lsp [--stdio]`: the language server on standard input and output (src/lsp/).

import { format } from 'node:util';
import type { Lang } from '../model/types.js';

export interface LspCommandOptions {
  lang?: Lang;
  allowCode: boolean;
}

export async function runLsp(opts: LspCommandOptions): Promise<void> {
  // Standard output carries the protocol: anything else printed there (a plugin's console.log)
  // would corrupt it, so it goes to standard error, which editors show as the server's log.
  const toStderr = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  console.log = console.info = console.debug = toStderr;
  // cli.ts guards one-shot commands: an uncaught error exits 2, an early exit is reported. A
  // server lives on after a plugin's stray error, and ends by the protocol's exit notification.
  for (const event of ['uncaughtException', 'unhandledRejection', 'exit'] as const) process.removeAllListeners(event);
  process.on('uncaughtException', (err) => {
    toStderr('guide-lint: uncaught error (the server goes on):', err);
  });
  process.on('unhandledRejection', (err) => {
    toStderr('guide-lint: unhandled rejection (the server goes on):', err);
  });
  const { startServer } = await import('../lsp/server.js');
  const connection = startServer(process.stdin, process.stdout, opts);
  // Resolves when the client goes away; the protocol's `exit` notification ends the process itself.
  await new Promise<void>((done) =>
    connection.onExit(() => {
      done();
    }),
  );
}

/**
 * `guide-lint lsp` with no options but `--stdio` and `--no-config-code`: started without the
 * command-line program (commander, every command's options), which is most of an editor's wait for
 * the first diagnostics beyond Node itself. Anything else goes through cli.ts as usual.
 */
export async function runLspFast(args: string[]): Promise<boolean> {
  const [command, ...rest] = args;
  if (command !== 'lsp' || process.env.GUIDE_LINT_LANG) return false;
  if (!rest.every((a) => a === '--stdio' || a === '--no-config-code')) return false;
  await runLsp({ allowCode: !rest.includes('--no-config-code') });
  return true;
}
