// Formatters are loaded on demand: a run pays only for the one it prints.

import type { Formatter } from './types.js';

const FORMATTERS: Readonly<Record<string, () => Promise<{ default: Formatter }>>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  xlsx: () => import('./xlsx.js'),
  sarif: () => import('./sarif.js'),
  junit: () => import('./junit.js'),
  github: () => import('./github.js'),
  gitlab: () => import('./gitlab.js'),
  html: () => import('./html.js'),
};

export function isFormat(name: string): boolean {
  return name in FORMATTERS;
}

export async function getFormatter(name: string): Promise<Formatter> {
  const load = FORMATTERS[name];
  if (!load) throw new Error(`unknown format "${name}" (${Object.keys(FORMATTERS).join(', ')})`);
  return (await load()).default;
}
