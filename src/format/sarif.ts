// SARIF 2.1.0 (OASIS), for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE
// viewers). One run: the driver with the metadata of every rule in effect (built-in and plugin),
// one result per finding. Validated against the official schema in test/formats/sarif.test.ts.
// Details: docs/formats.md#sarif.

import { docsUrl, type Rule, type Text } from '../engine/rule.js';
import type { Finding, Lang, Severity } from '../model/types.js';
import type { Formatter } from './types.js';
import { mapWithFingerprint } from './finding-text.js';
import { defined } from '../util/defined.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/guide-lint/guide-lint';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Rules the engine reports itself (loader and engine problems), described here. */
const ENGINE_RULES: Record<string, { zh: string; en: string }> = {
  'parse-error': { zh: '文件无法读取或解析', en: 'The file cannot be read or parsed' },
  'internal-error': {
    zh: '检查过程出错（规则或读取程序异常）',
    en: 'The check itself failed (a rule or loader crashed)',
  },
  'unused-disable-directive': {
    zh: '未抑制任何问题的 guide-lint-disable 注释',
    en: 'A guide-lint-disable comment that suppresses nothing',
  },
  spreadsheet: {
    zh: '表格的结构问题（表头、合并单元格、重复行等）',
    en: 'A problem with the layout of a spreadsheet (headers, merged cells, duplicate rows …)',
  },
  'not-a-guide': { zh: '文件不含办事指南，未作为指南检查', en: 'The file holds no guide and was not linted as one' },
};

/** A relative URI reference for a cwd-relative path ("/" separators; non-ASCII percent-encoded). */
export function fileUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

interface Descriptor {
  id: string;
  name?: string;
  shortDescription: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help?: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: Record<string, unknown>;
}

function ruleDescriptor(rule: Rule, lang: Lang): Descriptor {
  const m = rule.meta;
  const builtin = !m.id.includes('/');
  const d: Descriptor = {
    id: m.id,
    shortDescription: { text: m.description[lang] },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: {
      item: m.item,
      defaultSeverity: m.severity,
      ...(m.strictSeverity ? { strictSeverity: m.strictSeverity } : {}),
      source: m.source,
      fixable: Boolean(m.fixable),
      tags: m.item !== null ? ['guide-lint', `checklist-item-${m.item}`] : ['guide-lint'],
    },
  };
  // A plugin's details may lack a language whatever its type says.
  const details = (m.docs?.details as Partial<Text> | undefined)?.[lang];
  if (details) d.fullDescription = { text: details };
  // Plugin rules (ids with a "/") have no page in guide-lint's docs.
  if (builtin) {
    d.helpUri = docsUrl(m.id);
    d.help = { text: `${m.description[lang]} — ${docsUrl(m.id)}` };
  }
  return d;
}

function engineDescriptor(id: string, lang: Lang): Descriptor {
  const text = ENGINE_RULES[id]?.[lang] ?? id;
  return {
    id,
    shortDescription: { text },
    defaultConfiguration: { level: 'error' },
    properties: { item: null, tags: ['guide-lint'] },
  };
}

function region(f: Finding) {
  const startLine = Math.max(1, f.line);
  const startColumn = Math.max(1, f.column);
  const endLine = Math.max(startLine, f.endLine);
  const endColumn = Math.max(endLine === startLine ? startColumn : 1, f.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

const sarif: Formatter = ({ result, lang, version, rules }) => {
  const descriptors: Descriptor[] = [];
  const index = new Map<string, number>();
  for (const r of rules) {
    if (index.has(r.meta.id)) continue;
    index.set(r.meta.id, descriptors.length);
    descriptors.push(ruleDescriptor(r, lang));
  }
  // Ids without a rule object (engine problems, spreadsheet loader checks): described too, so every
  // result has a ruleIndex.
  for (const id of [...new Set(result.findings.map((f) => f.ruleId))].sort()) {
    if (index.has(id)) continue;
    index.set(id, descriptors.length);
    descriptors.push(engineDescriptor(id, lang));
  }

  const results = mapWithFingerprint(result.findings, (f, key) => {
    return {
      ruleId: f.ruleId,
      ruleIndex: defined(index.get(f.ruleId)),
      level: LEVEL[f.severity],
      message: {
        text:
          f.suggestion !== undefined
            ? `${f.message}${lang === 'zh' ? '（建议：' : ' (suggestion: '}${f.suggestion}${lang === 'zh' ? '）' : ')'}`
            : f.message,
      },
      locations: [
        { physicalLocation: { artifactLocation: { uri: fileUri(f.file), uriBaseId: '%SRCROOT%' }, region: region(f) } },
      ],
      // Stable across moved lines: the baseline fingerprint, and which of identical findings this is.
      partialFingerprints: { 'guideLintFingerprint/v1': key },
      properties: {
        item: f.item,
        path: f.path,
        guide: f.guide,
        ...(f.sheet !== undefined
          ? { sheet: f.sheet, cell: f.cell, ...(f.header !== undefined ? { header: f.header } : {}) }
          : {}),
      },
    };
  });

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'guide-lint',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            language: lang === 'zh' ? 'zh-CN' : 'en-US',
            rules: descriptors,
          },
        },
        language: lang === 'zh' ? 'zh-CN' : 'en-US',
        // Columns count UTF-16 code units (JavaScript string offsets), as GitHub expects.
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: result.internalErrors.length === 0 }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

export default sarif;
