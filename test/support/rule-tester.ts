// The repository's rule tests use the kit's RuleTester (src/kit/rule-tester.ts, `guide-lint/rule-tester`)
// with vitest's describe/it and the clean base guide: a fragment is merged over it (its top-level keys
// replace the base's), placed first so the lines in the fragment are the lines asserted.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { RuleTester, type InvalidCase, type ValidCase } from '../../src/kit/rule-tester.js';
import type { Rule } from '../../src/engine/rule.js';
import type { Finding, Lang } from '../../src/model/types.js';
// The built-in rules get their English wording and docs where rules/index.ts joins them.
import '../../rules/index.js';

export type { ExpectedFinding, InvalidCase, ValidCase } from '../../src/kit/rule-tester.js';

export const BASE_FILE = fileURLToPath(new URL('./base-guide.yaml', import.meta.url));
export const BASE_YAML = readFileSync(BASE_FILE, 'utf8');

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ base: BASE_YAML, filename: BASE_FILE });

export const caseText = (c: ValidCase): string => tester.text(c);

export const runRule = (rule: Rule, c: ValidCase, lang: Lang = 'zh'): Finding[] => tester.lint(rule, c, lang);

export function ruleTester(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  tester.run(rule, cases);
}

/** One material fragment over the base guide; field k of `fields` is on line k + 2 ("申请材料:" is line 1). */
export const material = (name: string, ...fields: string[]): string =>
  `申请材料:\n  - ${[`材料名称: ${name}`, '来源渠道: 申请人自备', '出具单位: 申请人', '份数: 1', '材料类型: 原件', '材料形式: 纸质', ...fields].join('\n    ')}\n`;
