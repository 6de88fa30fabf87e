// A small XML well-formedness check for the JUnit tests (no XML parser among the dependencies):
// balanced elements, quoted attributes, only the predefined entities, no characters XML forbids.
// Returns the elements as a tree for assertions.

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITY = /&(amp|lt|gt|quot|apos);/g;
const decode = (s: string) =>
  s.replace(ENTITY, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

function checkText(s: string, where: string): void {
  if (/[<>]/.test(s.replace(ENTITY, ''))) throw new Error(`raw < or > in ${where}: ${s.slice(0, 80)}`);
  if (s.replace(ENTITY, '').includes('&')) throw new Error(`bare & in ${where}: ${s.slice(0, 80)}`);
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(s))
    throw new Error(`character not allowed in XML in ${where}`);
}

export function parseXml(xml: string): XmlNode {
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!decl) throw new Error('missing XML declaration');
  const body = xml.slice(decl[0].length);
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re = /<(\/?)([A-Za-z][\w-]*)((?:\s+[A-Za-z][\w-]*="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(body))) {
    pos = re.lastIndex;
    if (m[6]) throw new Error(`malformed tag at ${m.index}: ${body.slice(m.index, m.index + 60)}`);
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      checkText(m[5], `<${top.name}>`);
      top.text += decode(m[5]);
      continue;
    }
    const [, close, name, attrText, self] = m;
    if (close) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText!.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)) {
      const key = a[1]!;
      checkText(a[2]!, `${name}@${key}`);
      if (key in attrs) throw new Error(`duplicate attribute ${key}`);
      attrs[key] = decode(a[2]!);
    }
    const node: XmlNode = { name: name!, attrs, children: [], text: '' };
    top.children.push(node);
    if (!self) stack.push(node);
  }
  if (pos !== body.length) throw new Error(`unparsed input at ${pos}: ${body.slice(pos, pos + 60)}`);
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim() !== '') throw new Error('exactly one root element expected');
  return elements[0]!;
}
