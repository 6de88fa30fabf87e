// A rule's prose lives in docs/rules-src/<id>.md, apart from its code (markdownlint keeps doc-build/):
// the English of its description and messages (the rule file holds the Chinese, as VS Code keeps
// translations in nls bundles beside the code), the details in English and Chinese and the bad/good
// guide fragments as fenced YAML blocks. `npm run gen` reads these sources into rules/generated/en.ts
// and rules/generated/docs.ts (what --lang en, explain, hover and reports show) and into the pages
// docs/rules/<id>.md.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { RuleEnglish, RuleMeta } from '../src/engine/rule.js';

export type RuleDocs = NonNullable<RuleMeta['docs']>;

/** A docs source: the English of the rule's Chinese-only wording and its prose. */
export interface DocsSource {
  english: RuleEnglish;
  docs: RuleDocs;
}

export const DOCS_SOURCE_DIR = 'docs/rules-src';

const SECTIONS = ['Description (en)', 'Messages (en)', 'Details (en)', 'Details (zh)', 'Bad', 'Good'] as const;
type Section = (typeof SECTIONS)[number];
/** Absent when the rule writes its description, or every message, as `{ zh, en }`. */
const OPTIONAL: readonly Section[] = ['Description (en)', 'Messages (en)'];

const FENCE = /^```yaml\n([\s\S]*\n)```$/;
/** One line of "## Messages (en)": "- `messageId`: English text". */
const MESSAGE_LINE = /^- `([A-Za-z_$][\w$]*)`: (\S(?:.*\S)?)$/;

/** "## Messages (en)" as messageId → English; throws naming the file and line on anything else. */
function parseMessages(body: string, file: string): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const [i, line] of body.split('\n').entries()) {
    const m = MESSAGE_LINE.exec(line);
    if (!m?.[1] || m[2] === undefined)
      throw new Error(
        `${file}: section "## Messages (en)", line ${i + 1}: expected "- \`messageId\`: English text", found "${line}"`,
      );
    if (Object.hasOwn(messages, m[1]))
      throw new Error(`${file}: message "${m[1]}" is given twice in "## Messages (en)"`);
    messages[m[1]] = m[2];
  }
  return messages;
}

/** The sections of a docs source by heading; throws naming the file when one is missing or malformed. */
export function parseDocsSource(text: string, file: string): DocsSource {
  const sections = new Map<string, string>();
  const parts = text.split(/^## /m);
  for (const part of parts.slice(1)) {
    const nl = part.indexOf('\n');
    const heading = part.slice(0, nl).trim();
    if (sections.has(heading)) throw new Error(`${file}: section "## ${heading}" is given twice`);
    sections.set(heading, part.slice(nl + 1).trim());
  }
  const get = (s: Section): string => {
    const body = sections.get(s);
    if (!body) throw new Error(`${file}: section "## ${s}" is ${body === undefined ? 'missing' : 'empty'}`);
    return body;
  };
  const has = (s: Section): boolean => !OPTIONAL.includes(s) || sections.has(s);
  const fenced = (s: Section): string => {
    const m = FENCE.exec(get(s));
    if (!m?.[1]) throw new Error(`${file}: section "## ${s}" must be one \`\`\`yaml block`);
    return m[1];
  };
  const unknown = [...sections.keys()].filter((h) => !(SECTIONS as readonly string[]).includes(h));
  if (unknown.length > 0) throw new Error(`${file}: unknown section(s) ${unknown.map((h) => `"## ${h}"`).join(', ')}`);
  const description = has('Description (en)') ? get('Description (en)') : undefined;
  if (description?.includes('\n')) throw new Error(`${file}: section "## Description (en)" must be one line`);
  const messages = has('Messages (en)') ? parseMessages(get('Messages (en)'), file) : {};
  return {
    english: description === undefined ? { messages } : { description, messages },
    docs: { details: { en: get('Details (en)'), zh: get('Details (zh)') }, bad: fenced('Bad'), good: fenced('Good') },
  };
}

/** The bad and good examples as the docs source and the generated page both show them. */
export function examplesSection(docs: RuleDocs): string[] {
  return [
    '## Bad',
    '',
    '```yaml',
    docs.bad.trimEnd(),
    '```',
    '',
    '## Good',
    '',
    '```yaml',
    docs.good.trimEnd(),
    '```',
    '',
  ];
}

/** The text of a docs source (used once to move the text out of the rule files, and by tests). */
export function renderDocsSource(id: string, { english, docs }: DocsSource): string {
  const messages = Object.entries(english.messages);
  return [
    `# ${id}`,
    '',
    `<!-- English wording and prose of rule ${id} (code and Chinese wording: rules/${id}.ts). \`npm run gen\` renders docs/rules/${id}.md, the English of \`--lang en\` and the text of \`guide-lint explain\` from it. -->`,
    '',
    ...(english.description === undefined ? [] : ['## Description (en)', '', english.description, '']),
    ...(messages.length === 0 ? [] : ['## Messages (en)', '', ...messages.map(([k, t]) => `- \`${k}\`: ${t}`), '']),
    '## Details (en)',
    '',
    docs.details.en,
    '',
    '## Details (zh)',
    '',
    docs.details.zh,
    '',
    ...examplesSection(docs),
  ].join('\n');
}

export function docsSourceIds(root: string): string[] {
  const dir = `${root}${DOCS_SOURCE_DIR}`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function readDocsSource(root: string, id: string): DocsSource {
  const file = `${DOCS_SOURCE_DIR}/${id}.md`;
  return parseDocsSource(readFileSync(`${root}${file}`, 'utf8'), file);
}

/** rules/generated/docs.ts: every built-in rule's docs, by rule id. */
export function docsModule(docs: Record<string, RuleDocs>): string {
  const entries = Object.entries(docs).map(([id, d]) => `  ${JSON.stringify(id)}: ${JSON.stringify(d)},`);
  return [
    `// Generated by \`npm run gen\` from ${DOCS_SOURCE_DIR}/<id>.md: edit those, not this file.`,
    "import type { RuleMeta } from '../../src/kit/index.js';",
    '',
    "export const RULE_DOCS: Record<string, NonNullable<RuleMeta['docs']>> = {",
    ...entries,
    '};',
    '',
  ].join('\n');
}

/** rules/generated/en.ts: the English of every built-in rule's Chinese-only wording, by rule id. */
export function englishModule(english: Record<string, RuleEnglish>): string {
  const entries = Object.entries(english).map(([id, e]) => `  ${JSON.stringify(id)}: ${JSON.stringify(e)},`);
  return [
    `// Generated by \`npm run gen\` from the "(en)" sections of ${DOCS_SOURCE_DIR}/<id>.md: edit those, not this file.`,
    "import type { RuleEnglish } from '../../src/kit/index.js';",
    '',
    'export const RULE_ENGLISH: Record<string, RuleEnglish> = {',
    ...entries,
    '};',
    '',
  ].join('\n');
}
