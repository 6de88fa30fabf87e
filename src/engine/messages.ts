// Message templates: "{name}" placeholders, Chinese or English.

import type { Lang } from '../model/types.js';
import type { Text } from './rule.js';

/** Values quoted in messages are cut: a 1 MB cell must not make a 1 MB message per finding. */
export const MAX_QUOTED = 120;

export function clip(s: string, max = MAX_QUOTED): string {
  const chars = Array.from(s.slice(0, max * 2));
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s.length > max * 2 ? `${chars.join('')}…` : s;
}

/** A value quoted from the guide is cut shorter: the message names the fault, not the whole cell. */
export const MAX_VALUE_QUOTED = 40;
/** Placeholders that quote the guide's own text (as opposed to the rule's wording: expected, example, allowed …). */
const VALUE_KEYS = new Set([
  'value',
  'name',
  'text',
  'material',
  'ref',
  'basis',
  'law',
  'issuer',
  'source',
  'channels',
  'objects',
  'raw',
  'written',
  'values',
]);

/** Fills a message template's {name} placeholders (values quoted from the guide are clipped). */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  return template.replace(/\{(\w+|[\u4e00-\u9fff]+)\}/g, (m, k: string) =>
    k in data ? clip(String(data[k]), VALUE_KEYS.has(k) ? MAX_VALUE_QUOTED : MAX_QUOTED) : m,
  );
}

export function localize(text: Text, lang: Lang, data?: Record<string, unknown>): string {
  // A plugin's wording may lack a language whatever its type says.
  return interpolate((text as Partial<Text>)[lang] ?? text.zh, data);
}

/** Messages of the engine itself (load problems, schema). */
export const ENGINE_MESSAGES: Record<string, Text> = {
  yamlSyntax: { zh: 'YAML 语法错误：{reason}', en: 'YAML syntax error: {reason}' },
  jsonSyntax: { zh: 'JSON 语法错误：{reason}', en: 'JSON syntax error: {reason}' },
  duplicateKey: { zh: '重复的键：{reason}', en: 'duplicate key: {reason}' },
  empty: { zh: '文件为空，没有任何办事指南', en: 'the file is empty: it holds no guide' },
  notAGuide: {
    zh: '文档不是办事指南（应为键值映射，实际为 {kind}）',
    en: 'the document is not a guide (a mapping is expected, found {kind})',
  },
  encoding: {
    zh: '文件不是 UTF-8 编码（检测到 {encoding}），请另存为 UTF-8',
    en: 'the file is not UTF-8 (found {encoding}); save it as UTF-8',
  },
  binary: { zh: '文件是二进制数据，不是文本', en: 'the file is binary data, not text' },
  tooLarge: {
    zh: '文件过大（{size} 字节，上限 {limit} 字节），已跳过',
    en: 'the file is too large ({size} bytes, limit {limit}); skipped',
  },
  unreadable: { zh: '无法读取文件：{reason}', en: 'cannot read the file: {reason}' },
  unsupported: { zh: '暂不支持该文件格式：{format}', en: 'unsupported file format: {format}' },
  tooDeep: {
    zh: '嵌套层级过深（超过 {limit} 层），不是办事指南',
    en: 'nesting is too deep (over {limit} levels): not a guide',
  },
  overflow: {
    zh: '文档过大或嵌套过深（{reason}），超出处理上限，已停止检查该指南',
    en: 'the document is too large or too deeply nested ({reason}); the guide was not checked',
  },
  internal: { zh: '内部错误：{reason}', en: 'internal error: {reason}' },
};
