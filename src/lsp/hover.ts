// Hovers: on a diagnostic, its rule (what the checklist item requires, the rule's bad and good
// examples); on an element key, the element dictionary's entry, the item's task and an example
// from the docs of a rule that checks it.

import type { Hover, Position } from 'vscode-languageserver/node';
import type { Rule } from '../engine/rule.js';
import type { ElementDef } from '../model/elements.js';
import { CHECKLIST_TASKS } from '../model/checklist-tasks.js';
import type { Finding, Lang } from '../model/types.js';
import { docsLink, findingRange, itemLabel } from './diagnostics.js';
import { keyAt } from './yaml-context.js';

const yamlBlock = (s: string) => '```yaml\n' + s.trimEnd() + '\n```';

function task(item: number | null, lang: Lang): string[] {
  if (item === null) return [];
  const t = CHECKLIST_TASKS[item];
  return [`**${itemLabel(item, lang)}**${t ? (lang === 'zh' ? '：' : ': ') + t.replace(/\n/g, ' ') : ''}`];
}

function contains(f: Finding, pos: Position, bom: number): boolean {
  const r = findingRange(f, bom);
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(pos, r.start) && after(r.end, pos);
}

function ruleHelp(f: Finding, rule: Rule | undefined, lang: Lang): string {
  const out = [`**${f.ruleId}**${rule ? ' — ' + rule.meta.description[lang] : ''}`, ...task(f.item, lang)];
  if (rule?.meta.docs) {
    out.push(
      lang === 'zh' ? '错误示例：' : 'Reported:',
      yamlBlock(rule.meta.docs.bad),
      lang === 'zh' ? '正确示例：' : 'Correct:',
      yamlBlock(rule.meta.docs.good),
    );
  }
  const href = docsLink(f.ruleId);
  if (href) out.push(`[${lang === 'zh' ? '规则文档' : 'rule documentation'}](${href})`);
  return out.join('\n\n');
}

/** A rule whose good example writes this element, else one that serves the element's item. */
function exampleRule(def: ElementDef, rules: Rule[]): Rule | undefined {
  const writes = (r: Rule) => new RegExp(`(^|\\s|-\\s|\\{\\s*)${def.key}\\s*:`, 'm').test(r.meta.docs?.good ?? '');
  return (
    rules.find((r) => r.meta.item === def.item && writes(r)) ??
    rules.find(writes) ??
    (def.item !== null ? rules.find((r) => r.meta.item === def.item) : undefined)
  );
}

export function elementHelp(def: ElementDef, rules: Rule[], lang: Lang): string {
  const required = def.required
    ? lang === 'zh'
      ? '（必填）'
      : ' (required)'
    : def.strict
      ? lang === 'zh'
        ? '（严格预设必填）'
        : ' (required by the strict preset)'
      : '';
  const out = [`**${def.key}** · ${def.en}${required}`, def.description];
  if (def.aliases?.length) out.push(`${lang === 'zh' ? '同义键' : 'also written'}: ${def.aliases.join('、')}`);
  if (def.values)
    out.push(
      `${lang === 'zh' ? '值域' : 'values'}: ${def.values.values.map((v) => (v.code ? `${v.label}（${v.code}）` : v.label)).join('、')}`,
    );
  out.push(...task(def.item, lang));
  const rule = exampleRule(def, rules);
  if (rule?.meta.docs) {
    out.push(`${lang === 'zh' ? '示例' : 'Example'} (${rule.meta.id}):`, yamlBlock(rule.meta.docs.good));
    const href = docsLink(rule.meta.id);
    if (href) out.push(`[${rule.meta.id}](${href})`);
  }
  return out.join('\n\n');
}

export function hoverAt(
  text: string,
  bom: number,
  findings: Finding[],
  rules: Rule[],
  pos: Position,
  lang: Lang,
): Hover | null {
  const parts: string[] = [];
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const seen = new Set<string>();
  for (const f of findings) {
    if (!contains(f, pos, bom) || seen.has(f.ruleId)) continue;
    seen.add(f.ruleId);
    parts.push(ruleHelp(f, byId.get(f.ruleId), lang));
  }
  const character = pos.line === 0 ? pos.character - bom : pos.character;
  const key = keyAt(text, pos.line, character);
  if (key) parts.push(elementHelp(key.def, rules, lang));
  if (!parts.length) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}
