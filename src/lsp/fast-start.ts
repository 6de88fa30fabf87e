// `guide-lint lsp` from the launcher, without the command-line program (commander, every command's
// options): the server bundled with its V8 code cache (scripts/build-lsp-bundle.ts) when the bundle
// matches the modules in dist/, else those modules. Node 20 has no compile cache for ES modules; a
// CommonJS script compiled through vm takes V8's cache, so the bundle is CommonJS.

import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { ServerOptions, startServer } from './server.js';

export const BUNDLE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'bundle');

export const bundlePaths = (dir: string) => ({
  bundle: join(dir, 'server.cjs'),
  cache: join(dir, 'server.cjs.cache'),
  /** Written last: no manifest, no bundle. */
  manifest: join(dir, 'manifest.json'),
});

export interface BundleManifest {
  /** Sizes of the bundle and its cache as written (a cache belongs to one exact bundle). */
  bundleSize: number;
  cacheSize: number;
  /** The modules of dist/ bundled, relative to the bundle's folder. */
  inputs: string[];
  /** The V8 that wrote the code cache (another one rejects it: the build makes it again). */
  v8?: string;
}

export interface BundleExports {
  serveStdio: (opts: ServerOptions) => Promise<void>;
  startServer: typeof startServer;
}

export interface LoadedBundle {
  exports: BundleExports;
  script: vm.Script;
  /** The code cache was given and V8 took it. */
  cached: boolean;
}

/**
 * The bundle is at least as new as every module of dist/ it holds (a `tsc` since leaves it stale, as
 * make would judge it; an installed package has one time on every file), and its cache is the one
 * written with it.
 */
export function bundleIsCurrent(dir = BUNDLE_DIR): boolean {
  try {
    const paths = bundlePaths(dir);
    const m = JSON.parse(readFileSync(paths.manifest, 'utf8')) as BundleManifest;
    const bundle = statSync(paths.bundle);
    if (bundle.size !== m.bundleSize || statSync(paths.cache).size !== m.cacheSize) return false;
    return m.inputs.every((file) => statSync(join(dir, file)).mtimeMs <= bundle.mtimeMs);
  } catch {
    return false;
  }
}

/**
 * The bundle run as Node runs a CommonJS file, compiled with V8's code cache when asked. Its dynamic
 * imports (plugins, .mjs configs, packages left outside) come here: V8 does not keep a script's
 * dynamic-import callback with its code cache.
 */
export function loadBundle(useCache: boolean, dir = BUNDLE_DIR): LoadedBundle {
  const paths = bundlePaths(dir);
  const source = readFileSync(paths.bundle, 'utf8');
  const cachedData = useCache ? readFileSync(paths.cache) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __import) {${source}\n})`, {
    filename: paths.bundle,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as BundleExports };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const importer = (specifier: string): Promise<unknown> => import(specifier);
  wrapper.call(module.exports, module.exports, createRequire(paths.bundle), module, paths.bundle, dir, importer);
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected };
}

/**
 * `guide-lint lsp` with no options but `--stdio` and `--no-config-code` (anything else goes through
 * cli.ts as usual). GUIDE_LINT_LSP_BUNDLE=0 runs the modules in dist/ even when the bundle is current.
 */
export async function runLspFast(args: string[]): Promise<boolean> {
  const [command, ...rest] = args;
  if (command !== 'lsp' || process.env.GUIDE_LINT_LANG) return false;
  if (!rest.every((a) => a === '--stdio' || a === '--no-config-code')) return false;
  if (process.env.GUIDE_LINT_LSP_WRITE_CACHE) {
    const { writeCodeCache } = await import('./warm-up.js');
    await writeCodeCache(loadBundle(false));
    return true;
  }
  const bundle = process.env.GUIDE_LINT_LSP_BUNDLE !== '0' && bundleIsCurrent() ? loadBundle(true) : undefined;
  if (process.env.GUIDE_LINT_LSP_TIMING) {
    const how = bundle ? `bundle, ${bundle.cached ? 'with' : 'without'} code cache` : 'modules of dist/';
    process.stderr.write(`guide-lint timing: started from the ${how}\n`);
  }
  const { serveStdio } = bundle ? bundle.exports : await import('./stdio.js');
  await serveStdio({ allowCode: !rest.includes('--no-config-code') });
  return true;
}
