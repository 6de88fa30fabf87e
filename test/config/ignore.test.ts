// Config `ignore:` → discovery (patterns relative to the config's folder, the config file names),
// and package resolution for `extends` and `plugins`.

import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/config/resolved-config.js';
import { presetConfig } from '../../src/config/resolved-config.js';
import { builtinRules } from '../../rules/index.js';
import { configIgnore } from '../../src/config/ignore.js';
import { CONFIG_FILE_NAMES } from '../../src/config/load.js';
import { resolveSpecifier } from '../../src/config/modules.js';
import { cleanup, project } from './support.js';

afterAll(cleanup);

describe('configIgnore', () => {
  const dir = project({ 'guides/a.yaml': '' });

  it('config files are always skipped; without `ignore:` there are no patterns', () => {
    expect(configIgnore(presetConfig(builtinRules), dir)).toEqual({
      ignoreNames: CONFIG_FILE_NAMES,
      ignoreSources: [],
    });
  });

  it('`ignore:` patterns go as written, relative to the config file’s folder (the working folder without one)', () => {
    const patterns = ['drafts/', '**/模板', 'guides/old', '/top.yaml'];
    const config: ResolvedConfig = { ...presetConfig(builtinRules), baseDir: dir, ignorePatterns: patterns };
    expect(configIgnore(config, join(dir, 'guides')).ignoreSources).toEqual([{ base: dir, patterns }]);
    expect(configIgnore({ ...config, baseDir: undefined }, join(dir, 'guides')).ignoreSources).toEqual([
      { base: join(dir, 'guides'), patterns },
    ]);
  });
});

describe('resolveSpecifier', () => {
  const dir = project({
    'node_modules/cond/package.json': JSON.stringify({
      name: 'cond',
      exports: { '.': { require: './c.cjs', import: './m.mjs' }, './extra': './extra.yaml' },
    }),
    'node_modules/cond/m.mjs': '',
    'node_modules/cond/c.cjs': '',
    'node_modules/cond/extra.yaml': '',
    'node_modules/@s/p/package.json': JSON.stringify({ name: '@s/p', main: 'lib/index.js' }),
    'node_modules/@s/p/lib/index.js': '',
    'node_modules/bare/index.mjs': '',
    'node_modules/cfg/guide-lint.config.yaml': '',
    'a/b/local.yaml': '',
    'a/b/folder/.guidelintrc.yaml': '',
  });
  const from = join(dir, 'a', 'b');
  it('packages: exports (import condition, subpaths), main, index, a config at the root', () => {
    expect(resolveSpecifier('cond', from, 'plugin')).toBe(join(dir, 'node_modules/cond/m.mjs'));
    expect(resolveSpecifier('cond/extra', from, 'config')).toBe(join(dir, 'node_modules/cond/extra.yaml'));
    expect(resolveSpecifier('@s/p', from, 'plugin')).toBe(join(dir, 'node_modules/@s/p/lib/index.js'));
    expect(resolveSpecifier('bare', from, 'plugin')).toBe(join(dir, 'node_modules/bare/index.mjs'));
    expect(resolveSpecifier('cfg', from, 'config')).toBe(join(dir, 'node_modules/cfg/guide-lint.config.yaml'));
  });
  it('paths: files and folders relative to the naming config', () => {
    expect(resolveSpecifier('./local.yaml', from, 'config')).toBe(join(from, 'local.yaml'));
    expect(resolveSpecifier('./folder', from, 'config')).toBe(join(from, 'folder/.guidelintrc.yaml'));
    expect(resolveSpecifier('./nope.yaml', from, 'config')).toBeInstanceOf(Error);
    expect(resolveSpecifier('not-installed', from, 'plugin')).toBeInstanceOf(Error);
  });
});
