// Build step: the language server's first-diagnostics path as one CommonJS file with a V8 code
// cache (src/lsp/fast-start.ts loads both). An editor waits for Node, then for ≈ 180 module files
// (≈ 1.2 MB of JavaScript) to be found, read, compiled and linked; one file whose functions come
// compiled from the cache halves what the server does before its first diagnostics (bench/LSP-RESULTS.md).
// Runs after tsc, on dist/: what is bundled is exactly what the unbundled server runs. Skipped
// while the bundle is current (src/lsp/fast-start.ts judges it as the server does) and newer than
// this script and esbuild, with its code cache made by this Node's V8.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { ROOT_DIR } from '../src/version.js';
import { BUNDLE_DIR, bundleIsCurrent, bundlePaths, type BundleManifest } from '../src/lsp/fast-start.js';
import { upToDate } from './up-to-date.js';

const DIST = join(ROOT_DIR, 'dist');

// Loaded on demand only (workspace commands, spreadsheets, exports, ajv's compiler, globbing): left
// to Node's require/import at run time, from node_modules as today.
const EXTERNAL = [
  'ajv',
  'ajv-i18n',
  'busboy',
  'diff',
  'fast-glob',
  'iconv-lite',
  'jsonc-parser',
  'libphonenumber-js',
  'xlsx',
  'yaml',
];

/** Rewrites, failing the build when the text they expect is gone (the bundle would silently differ). */
function replaceOnce(text: string, from: string, to: string, file: string): string {
  if (!text.includes(from)) throw new Error(`build-lsp-bundle: "${from}" not found in ${file}`);
  return text.replace(from, to);
}

/**
 * Keeps each module's meaning inside one CommonJS file:
 *  - `import.meta.url` becomes the URL of the module's own file in dist/ (paths, createRequire,
 *    collector references for worker threads resolve as before);
 *  - the server's protocol libraries, required through createRequire (cheaper unbundled), are
 *    bundled: the plain `require` esbuild follows;
 *  - validate-guide's top-level await of the precompiled validator (CommonJS has none) becomes a
 *    static import of it (the bundle is only built after build-validator wrote it);
 *  - the lint cache (engine/cache.js: `import.meta.resolve`, which CommonJS has not; the server's
 *    lints never pass a cache) stays a module of dist/, imported at run time if ever.
 */
const keepModuleMeaning: Plugin = {
  name: 'keep-module-meaning',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/](src|rules)[\\/].*\.js$/ }, (args) => {
      const file = args.path;
      let text = readFileSync(file, 'utf8');
      const rel = relative(BUNDLE_DIR, file).split(sep).join('/');
      if (/[\\/]src[\\/]lsp[\\/]server\.js$/.test(file))
        text = replaceOnce(text, 'const require = createRequire(import.meta.url);', '', file);
      if (/[\\/]src[\\/]engine[\\/]validate-guide\.js$/.test(file))
        text = replaceOnce(
          text,
          'let validator = await precompiled();',
          "import __precompiled from './guide-validator.js';\nlet validator = __precompiled;",
          file,
        );
      if (/[\\/]src[\\/]engine[\\/]lint\.js$/.test(file))
        text = replaceOnce(text, "import('./cache.js')", "import(new URL('./cache.js', import.meta.url).href)", file);
      if (text.includes('import.meta.resolve')) throw new Error(`build-lsp-bundle: import.meta.resolve in ${file}`);
      // What stays a dynamic import (plugins, configs, packages left outside) goes through the
      // launcher's import(): V8 drops a script's dynamic-import host options with its code cache.
      text = text.replace(/\bimport\((?!\s*['"]\.)/g, '__importFrom(import.meta.url)(');
      text = text.replaceAll('import.meta.url', `__moduleUrl(${JSON.stringify(rel)})`);
      return { contents: text, loader: 'js', resolveDir: dirname(file) };
    });
  },
};

const PATHS = bundlePaths(BUNDLE_DIR);

/** The bundle; returns the files it holds (relative to its folder). */
async function bundle(): Promise<string[]> {
  // No manifest until the end: meanwhile the launcher runs the modules of dist/.
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const { build } = await import('esbuild');
  const result = await build({
    stdin: {
      contents: "export { serveStdio } from './lsp/stdio.js';\nexport { startServer } from './lsp/server.js';\n",
      resolveDir: join(DIST, 'src'),
      sourcefile: 'lsp-bundle-entry.js',
    },
    absWorkingDir: ROOT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: PATHS.bundle,
    external: EXTERNAL.flatMap((p) => [p, `${p}/*`]),
    banner: {
      js: [
        "const __moduleUrl = (p) => require('node:url').pathToFileURL(require('node:path').join(__dirname, p)).href;",
        "const __importFrom = (parent) => (spec) => __import(spec.startsWith('.') ? new URL(spec, parent).href : spec);",
      ].join('\n'),
    },
    plugins: [keepModuleMeaning],
    // Whitespace only (names and code as written): a third less to read and hash at each start.
    minifyWhitespace: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  if (/\bimport\(/.test(readFileSync(PATHS.bundle, 'utf8')))
    throw new Error('build-lsp-bundle: a dynamic import() left in the bundle (it would fail under the code cache)');
  // The modules of dist/ (a package's files move with its installer's layout; `npm install` rebuilds).
  return Object.keys(result.metafile.inputs)
    .filter((f) => f.startsWith('dist/') && !f.endsWith('lsp-bundle-entry.js'))
    .map((f) => relative(BUNDLE_DIR, join(ROOT_DIR, f)).split(sep).join('/'));
}

/** Nothing to do: the bundle holds today's modules of dist/, built by this script and esbuild, cached by this V8. */
function current(): boolean {
  if (!bundleIsCurrent()) return false;
  const { v8 } = JSON.parse(readFileSync(PATHS.manifest, 'utf8')) as BundleManifest;
  const esbuild = createRequire(import.meta.url).resolve('esbuild/package.json');
  return v8 === process.versions.v8 && upToDate(PATHS.bundle, [fileURLToPath(import.meta.url), esbuild]);
}

try {
  await import('esbuild');
} catch {
  // An install without dev dependencies: the server runs from the modules of dist/ (slower start).
  console.log('esbuild not installed: the language server is not bundled');
  process.exit(0);
}
if (current()) process.exit(0);
const inputs = await bundle();
// The code cache comes from a real start through the launcher (same V8 flags as an editor's start,
// which V8 checks before it accepts a cache): the server lints a guide, then the cache is written
// with every function compiled by then.
const warm = spawnSync(process.execPath, [join(ROOT_DIR, 'bin', 'guide-lint.js'), 'lsp', '--stdio'], {
  env: { ...process.env, GUIDE_LINT_LSP_WRITE_CACHE: '1' },
  encoding: 'utf8',
  timeout: 60_000,
});
if (warm.status !== 0) throw new Error(`build-lsp-bundle: the warm-up start failed: ${warm.stderr}`);
const manifest: BundleManifest = {
  bundleSize: statSync(PATHS.bundle).size,
  cacheSize: statSync(PATHS.cache).size,
  inputs,
  v8: process.versions.v8,
};
writeFileSync(`${PATHS.manifest}.tmp`, JSON.stringify(manifest));
renameSync(`${PATHS.manifest}.tmp`, PATHS.manifest);
const kb = (f: string) => `${(statSync(f).size / 1024).toFixed(0)} KB`;
console.log(
  `wrote ${relative(ROOT_DIR, PATHS.bundle)} (${kb(PATHS.bundle)}, ${inputs.length} modules of dist/) and its code cache (${kb(PATHS.cache)})`,
);
