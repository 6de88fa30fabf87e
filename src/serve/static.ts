// The page's own files (assets/serve/ in the package): a fixed list, read once.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT_DIR } from '../version.js';

export const ASSETS_DIR = join(ROOT_DIR, 'assets', 'serve');

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'i18n.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

const loaded = new Map<string, Buffer>();

export function asset(name: string): { type: string; body: Buffer } | undefined {
  const type = TYPES[name];
  if (!type) return undefined;
  let body = loaded.get(name);
  if (!body) loaded.set(name, (body = readFileSync(join(ASSETS_DIR, name))));
  return { type, body };
}
