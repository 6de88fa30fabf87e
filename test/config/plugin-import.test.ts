// The one plugin loader (src/config/plugins.ts importPlugin): config resolution and the workers'
// rule registry both use it; each words its failures for its reader.

import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importPlugin } from '../../src/config/plugins.js';
import { loadPluginRules, PluginError } from '../../src/engine/registry.js';

const dir = mkdtempSync(join(tmpdir(), 'guide-lint-plugin-import-'));
const rule = (id: string) =>
  `{ meta: { id: '${id}', item: null, severity: 'warning', description: { zh: '示例', en: 'example' }, messages: { m: { zh: '甲', en: 'a' } } }, check() {} }`;
const plugin = (name: string, body: string) => {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
};

describe('importPlugin', () => {
  it('gives the rules of a well-formed plugin (named or default export)', async () => {
    const named = await importPlugin(
      pathToFileURL(plugin('named.mjs', `export const rules = [${rule('p/one')}];`)).href,
    );
    expect('rules' in named && named.rules.map((r) => r.meta.id)).toEqual(['p/one']);
    const dflt = await importPlugin(
      pathToFileURL(plugin('default.mjs', `export default { rules: [${rule('p/two')}] };`)).href,
    );
    expect('rules' in dflt && dflt.rules.map((r) => r.meta.id)).toEqual(['p/two']);
  });

  it('gives plain-string wording as { zh, en }, the same text in both languages', async () => {
    const plain = `{ meta: { id: 'p/plain', item: null, severity: 'info', description: '示例', messages: { m: '甲{n}' } }, check() {} }`;
    const got = await importPlugin(pathToFileURL(plugin('plain.mjs', `export const rules = [${plain}];`)).href);
    expect('rules' in got && got.rules[0]?.meta).toMatchObject({
      description: { zh: '示例', en: '示例' },
      messages: { m: { zh: '甲{n}', en: '甲{n}' } },
    });
  });

  it('says why a plugin is not usable: not loadable, wrong shape, a rule id twice', async () => {
    expect(await importPlugin(pathToFileURL(plugin('broken.mjs', 'export const = ;')).href)).toMatchObject({
      failed: 'load',
    });
    expect(await importPlugin(pathToFileURL(plugin('norules.mjs', 'export const x = 1;')).href)).toMatchObject({
      failed: 'shape',
      reason: expect.stringMatching(/does not export "rules"/),
    });
    expect(
      await importPlugin(pathToFileURL(plugin('badrule.mjs', 'export const rules = [{ meta: {} }];')).href),
    ).toMatchObject({ failed: 'shape' });
    expect(
      await importPlugin(
        pathToFileURL(plugin('twice.mjs', `export const rules = [${rule('p/x')}, ${rule('p/x')}];`)).href,
      ),
    ).toEqual({ failed: 'duplicate', id: 'p/x' });
  });

  it('is what the registry (worker side) loads plugins with', async () => {
    expect((await loadPluginRules(join(dir, 'named.mjs'))).map((r) => r.meta.id)).toEqual(['p/one']);
    await expect(loadPluginRules(join(dir, 'norules.mjs'))).rejects.toThrow(PluginError);
    await expect(loadPluginRules(join(dir, 'twice.mjs'))).rejects.toThrow(/"p\/x" is defined twice/);
  });
});
