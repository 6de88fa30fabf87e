// The `yaml` package, loaded on first use (synchronously, from its CommonJS build): most runs never
// need it — js-yaml parses and locates; `yaml` only serves the location fallback and the lexer
// for files that contain guide-lint suppression comments.

import { createRequire } from 'node:module';

type YamlLib = typeof import('yaml');
let lib: YamlLib | undefined;

export function yamlLib(): YamlLib {
  return (lib ??= createRequire(import.meta.url)('yaml') as YamlLib);
}
