// Keys such as __proto__, constructor and prototype never reach object prototypes.

import { describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/load/yaml.js';
import { loadJson } from '../../src/load/json.js';
import { normalizeGuide } from '../../src/model/normalize.js';
import { lintLoaded } from '../../src/engine/lint-file.js';
import { presetConfig } from '../../src/config/resolved-config.js';
import { builtinRules } from '../../rules/index.js';

const YAML =
  '__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n事项名称: x\n申请材料:\n  - __proto__: {polluted: yes}\n    材料名称: y\n';
const JSON_TEXT =
  '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "事项名称": "x", "申请材料": [{"__proto__": {"polluted": "yes"}}]}';

describe('prototype safety', () => {
  for (const [name, loaded] of [
    ['YAML', loadYaml(YAML)],
    ['JSON', loadJson(JSON_TEXT)],
  ] as const) {
    it(`${name}: loading, normalising and linting leave Object.prototype alone`, () => {
      const config = presetConfig(builtinRules);
      const r = lintLoaded('/virtual/p.yaml', loaded, { cwd: '/virtual', config, rules: builtinRules });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
      const n = normalizeGuide(loaded.guides[0]!.data);
      expect(Object.getPrototypeOf(n.data)).toBeNull();
      expect(n.unknownKeys.map((u) => u.key)).toEqual(expect.arrayContaining(['__proto__', 'constructor']));
      expect(r.findings.some((f) => f.message.includes('__proto__'))).toBe(true);
    });
  }
});
