// The language server on standard input and output, as `guide-lint lsp` runs it (through the CLI
// or the launcher's fast start, src/lsp/fast-start.ts).

import { format } from 'node:util';
import type { ServerOptions } from './server.js';

export async function serveStdio(opts: ServerOptions): Promise<void> {
  // Standard output carries the protocol: anything else printed there (a plugin's console.log)
  // would corrupt it, so it goes to standard error, which editors show as the server's log.
  const toStderr = (...args: unknown[]) => {
    process.stderr.write(`${format(...args)}\n`);
  };
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
  const { startServer } = await import('./server.js');
  const connection = startServer(process.stdin, process.stdout, opts);
  // Resolves when the client goes away; the protocol's `exit` notification ends the process itself.
  await new Promise<void>((done) => {
    connection.onExit(done);
  });
}
