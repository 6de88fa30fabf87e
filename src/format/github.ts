// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff,
//   ::error file=guides/a.yaml,line=12,col=9,endLine=12,endColumn=14,title=enum-values (item 20)::message
// error → ::error, warning → ::warning, info → ::notice. Escaping follows the runner's rules: in
// the message %, CR and LF are percent-encoded; in property values also ":" and ",".
// Details: docs/formats.md#github.

import type { Finding, Lang, Severity } from '../model/types.js';
import type { Formatter } from './types.js';
import { itemLabel, messageInContext } from './finding-text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const title = (f: Finding, lang: Lang): string => `${f.ruleId}${itemLabel(f, lang)}`;

export function command(f: Finding, lang: Lang): string {
  const props: [string, string | number][] = [
    ['file', f.file],
    ['line', f.line],
    ['col', f.column],
    ['endLine', Math.max(f.line, f.endLine)],
    ['endColumn', f.endColumn],
    ['title', title(f, lang)],
  ];
  return `::${COMMAND[f.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(messageInContext(f, lang))}`;
}

const github: Formatter = ({ result, lang }) => result.findings.map((f) => `${command(f, lang)}\n`).join('');

export default github;
