// `guide-lint lsp [--stdio]`: the language server on standard input and output (src/lsp/).

import type { Lang } from '../model/types.js';

export interface LspCommandOptions {
  lang?: Lang;
  allowCode: boolean;
}

export async function runLsp(opts: LspCommandOptions): Promise<void> {
  const { serveStdio } = await import('../lsp/stdio.js');
  await serveStdio(opts);
}
