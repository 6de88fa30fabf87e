// Config errors: one line, "file:line:col: message", in Chinese or English, exit code 2.

import { isAbsolute, relative, sep } from 'node:path';
import { UsageError } from '../errors.js';
import { localize } from '../engine/messages.js';
import type { Text } from '../engine/rule.js';
import type { Lang, Location } from '../model/types.js';

export class ConfigError extends UsageError {}

export const CONFIG_MESSAGES = {
  invalid: { zh: '配置无效：{path}{message}', en: 'invalid config: {path}{message}' },
  unknownKey: {
    zh: '未知的配置项“{key}”{hint}（见 docs/configuration.md）',
    en: 'unknown config key "{key}"{hint} (see docs/configuration.md)',
  },
  ruleAtTop: { zh: '“{key}”是规则，应写在 rules: 下', en: '"{key}" is a rule: put it under rules:' },
  unknownRule: {
    zh: '未知的规则“{id}”{hint}（guide-lint rules 列出全部规则）',
    en: 'unknown rule "{id}"{hint} (guide-lint rules lists them)',
  },
  badOptions: { zh: '规则 {id} 的选项无效：{path}{message}', en: 'invalid options for rule {id}: {path}{message}' },
  unknownColumn: {
    zh: '列“{column}”映射到的“{target}”不是指南要素{hint}（要素名见 docs/guide-format.md；写 ignore 则不读该列）',
    en: 'column "{column}" maps to "{target}", which is not a guide element{hint} (element names: docs/guide-format.md; ignore drops the column)',
  },
  badTarget: { zh: '目标值无效：{reason}', en: 'invalid target: {reason}' },
  badImport: {
    zh: 'import 配置无效：{reason}（见 docs/import.md）',
    en: 'invalid import config: {reason} (see docs/import.md)',
  },
  several: {
    zh: '同一文件夹中有多个配置文件（{files}），请只保留一个',
    en: 'several config files in one folder ({files}): keep one',
  },
  notFound: { zh: '找不到配置文件', en: 'config file not found' },
  notMapping: { zh: '配置文件应为键值映射，实际为 {kind}', en: 'a config file holds a mapping, found {kind}' },
  tooManyValues: {
    zh: '配置过大或展开了过多的 YAML 别名（超过 {limit} 个值）',
    en: 'the config is too large or expands too many YAML aliases (over {limit} values)',
  },
  multiDoc: { zh: '配置文件只能有一个 YAML 文档', en: 'a config file holds one YAML document' },
  unknownPreset: {
    zh: '未知的预设“{name}”{hint}（内置预设：recommended、strict、checklist）',
    en: 'unknown preset "{name}"{hint} (built-in presets: recommended, strict, checklist)',
  },
  extendsNotFound: { zh: '无法解析 extends “{name}”：{reason}', en: 'cannot resolve extends "{name}": {reason}' },
  extendsCycle: { zh: 'extends 循环引用：{chain}', en: 'extends cycle: {chain}' },
  extendsDepth: { zh: 'extends 嵌套超过 {limit} 层', en: 'extends nested more than {limit} levels deep' },
  codeRefused: {
    zh: '已拒绝执行配置代码 {file}（--no-config-code）：.mjs 配置和插件是可执行代码，只应在可信的仓库中加载',
    en: 'refused to run config code {file} (--no-config-code): .mjs configs and plugins are executable code; load them only from trusted repositories',
  },
  pluginRefused: {
    zh: '已拒绝加载插件 {name}（--no-config-code）：插件是可执行代码，只应在可信的仓库中加载',
    en: 'refused to load plugin {name} (--no-config-code): plugins are executable code; load them only from trusted repositories',
  },
  codeFailed: { zh: '配置文件 {file} 执行失败：{reason}', en: 'config file {file} failed: {reason}' },
  noDefault: {
    zh: '配置文件 {file} 应 export default 一个配置对象',
    en: 'config file {file} must `export default` a config object',
  },
  pluginFailed: { zh: '插件 {name} 加载失败：{reason}', en: 'plugin {name} could not be loaded: {reason}' },
  pluginShape: { zh: '插件 {name} 无效：{reason}', en: 'plugin {name} is not a valid plugin: {reason}' },
  pluginDuplicate: {
    zh: '插件 {name} 定义的规则 {id} 与已有规则重名',
    en: 'plugin {name} defines rule {id}, which already exists',
  },
} satisfies Record<string, Text>;

export type ConfigMessageId = keyof typeof CONFIG_MESSAGES;

/** A path as people read it: relative to the working directory (absolute on another drive). */
export function displayFile(file: string, cwd = process.cwd()): string {
  const rel = relative(cwd, file);
  return rel && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
}

/** "did you mean" hint in the message's language ('' when there is no close match). */
export function hint(lang: Lang, suggestion: string | undefined): string {
  if (suggestion === undefined) return '';
  return lang === 'zh' ? `，是否为“${suggestion}”？` : ` (did you mean "${suggestion}"?)`;
}

export function configError(
  lang: Lang,
  file: string | undefined,
  loc: Pick<Location, 'line' | 'column'> | undefined,
  id: ConfigMessageId,
  data: Record<string, string | number> = {},
): ConfigError {
  const message = localize(CONFIG_MESSAGES[id], lang, data).replace(/[\r\n]+/g, ' ');
  const where =
    file === undefined ? '' : loc ? `${displayFile(file)}:${loc.line}:${loc.column}: ` : `${displayFile(file)}: `;
  return new ConfigError(`${where}${message}`);
}
