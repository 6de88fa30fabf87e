// The server's fast start (src/lsp/fast-start.ts): a bundle is used only while it matches the files it
// was built from, its code cache only with that exact bundle; dynamic imports work under a cache made
// by another process; and the bundled server publishes what the modules of dist/ publish.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleIsCurrent, bundlePaths, type BundleManifest } from '../../src/lsp/fast-start.js';
import { ROOT } from '../support/cli.js';
import { LspClient, byPosition, fixture, guideDir, uriOf } from './support.js';

/** A bundle of one module that imports at run time (as plugins are imported), built from one input. */
function fakeBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'guide-lint-bundle-'));
  const paths = bundlePaths(dir);
  writeFileSync(join(dir, 'input.js'), 'export const x = 1;\n');
  writeFileSync(
    paths.bundle,
    'exports.startServer = () => "started";\nexports.serveStdio = (o) => __import("node:os").then((os) => typeof os.cpus + " " + o.allowCode);\n',
  );
  writeFileSync(paths.cache, 'cache');
  const manifest: BundleManifest = { bundleSize: statSync(paths.bundle).size, cacheSize: 5, inputs: ['input.js'] };
  writeFileSync(paths.manifest, JSON.stringify(manifest));
  return dir;
}

const at = (dir: string, file: string, time: Date) => {
  utimesSync(join(dir, file), time, time);
};

describe('which start', () => {
  it('the bundle is current while no bundled module is newer than it', () => {
    const dir = fakeBundle();
    expect(bundleIsCurrent(dir)).toBe(true);
    // tsc rewrote a module of dist/ after the bundle was built.
    at(dir, 'input.js', new Date(Date.now() + 5000));
    expect(bundleIsCurrent(dir)).toBe(false);
  });

  it('an installed package (one time on every file, as npm unpacks it) starts from its bundle', () => {
    const dir = fakeBundle();
    const unpacked = new Date('1985-10-26T08:15:00Z');
    for (const file of ['input.js', 'server.cjs', 'server.cjs.cache', 'manifest.json']) at(dir, file, unpacked);
    expect(bundleIsCurrent(dir)).toBe(true);
  });

  it('a cache that is not the one written with the bundle, or no manifest: not current', () => {
    const dir = fakeBundle();
    writeFileSync(bundlePaths(dir).cache, 'another cache');
    expect(bundleIsCurrent(dir)).toBe(false);
    expect(bundleIsCurrent(join(dir, 'missing'))).toBe(false);
  });

  it("a code cache written by another process is taken, and the bundle's dynamic imports still work", () => {
    const dir = fakeBundle();
    // Two Node processes, as the build's warm-up and an editor's start.
    const load = (write: boolean) =>
      spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { loadBundle, bundlePaths } from ${JSON.stringify(join(ROOT, 'dist/src/lsp/fast-start.js'))};
           import { writeFileSync } from 'node:fs';
           const dir = ${JSON.stringify(dir)};
           const b = loadBundle(${!write}, dir);
           const got = await b.exports.serveStdio({ allowCode: false });
           if (${write}) writeFileSync(bundlePaths(dir).cache, b.script.createCachedData());
           console.log(JSON.stringify({ cached: b.cached, got }));`,
        ],
        { encoding: 'utf8' },
      );
    expect(JSON.parse(load(true).stdout)).toEqual({ cached: false, got: 'function false' });
    const second = load(false);
    expect(second.stderr).toBe('');
    expect(JSON.parse(second.stdout)).toEqual({ cached: true, got: 'function false' });
  });
});

// After `npm run build` (the bundle current): the editor's start goes through the bundle with its
// cache, and publishes what the modules of dist/ publish. After a bare `tsc`, the bundle is stale.
describe.runIf(bundleIsCurrent(join(ROOT, 'dist/src/lsp/bundle')))('the bundled server', () => {
  it('starts from the bundle with its code cache and publishes the same diagnostics as the modules', async () => {
    const dir = guideDir();
    const file = 'fixtures/guides/defective/forms-food-business-license-tumd-left-banner.yaml';
    const text = fixture(file);
    const uri = uriOf(join(dir, 'guide.yaml'));
    writeFileSync(join(dir, 'guide.yaml'), text);
    const run = async (env: Record<string, string>) => {
      const client = await LspClient.start({ cwd: dir, env: { GUIDE_LINT_LSP_TIMING: '1', ...env } });
      const diags = await client.open(uri, text);
      await client.stop();
      return { diags: diags.sort(byPosition), stderr: client.stderr };
    };
    const bundled = await run({ GUIDE_LINT_LSP_BUNDLE: '1' });
    const modules = await run({ GUIDE_LINT_LSP_BUNDLE: '0' });
    expect(bundled.stderr).toContain('started from the bundle, with code cache');
    expect(modules.stderr).toContain('started from the modules of dist/');
    expect(bundled.diags.length).toBeGreaterThan(0);
    expect(bundled.diags).toEqual(modules.diags);
  });
});
