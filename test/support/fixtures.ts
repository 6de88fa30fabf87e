// Fixtures carry their expectations: a trailing YAML comment `# expect: rule-a, rule-b` marks the
// error- and warning-level findings expected on that line (info findings are not asserted).

import { readFileSync } from 'node:fs';

export function expectationsOf(file: string): string[] {
  const out: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /#\s*expect:\s*([\w\-, ]+)\s*$/.exec(line);
      if (m)
        for (const id of m[1]!
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean))
          out.push(`${i + 1} ${id}`);
    });
  return out.sort();
}
