// The second half of the bundle's build step (scripts/build-lsp-bundle.ts): the bundled server
// started in this process on a real guide, then V8's code cache of the bundle, holding every
// function compiled until the first diagnostics (a cache taken before running holds only the
// top level: V8 compiles functions when first called).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { ROOT_DIR } from '../version.js';
import { BUNDLE_DIR, bundlePaths, type LoadedBundle } from './fast-start.js';

const GUIDE = join(ROOT_DIR, 'fixtures', 'guides', 'defective', 'forms-food-business-license-tumd-left-banner.yaml');

export async function writeCodeCache({ exports, script }: LoadedBundle): Promise<void> {
  const input = new PassThrough();
  const output = new PassThrough();
  exports.startServer(input, output, { allowCode: false });
  let id = 0;
  const send = (method: string, params: unknown, request = false) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...(request ? { id: ++id } : {}), method, params });
    input.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let received = '';
  const published = new Promise<void>((done) =>
    output.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      if (received.includes('"textDocument/publishDiagnostics"')) done();
    }),
  );
  send(
    'initialize',
    { processId: null, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } },
    true,
  );
  send('initialized', {});
  const text = readFileSync(GUIDE, 'utf8');
  send('textDocument/didOpen', {
    textDocument: { uri: pathToFileURL(GUIDE).href, languageId: 'yaml', version: 1, text },
  });
  await published;
  writeFileSync(bundlePaths(BUNDLE_DIR).cache, script.createCachedData());
  process.exit(0);
}
