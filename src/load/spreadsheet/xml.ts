// Just enough XML for SpreadsheetML parts: attribute lookup, entity and _xHHHH_ decoding, and
// tag search in a Buffer (the parts are scanned as bytes, so no giant string is ever built and no
// value keeps a slice of one alive).

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities and OOXML's _xHHHH_ escapes (e.g. _x000D_ for a carriage return). */
export function decodeXml(s: string): string {
  let out = s;
  if (out.includes('&')) {
    out = out.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (m, e: string) => {
      if (!e.startsWith('#')) return NAMED[e] ?? m;
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    });
  }
  if (out.includes('_x'))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

/** The value of attribute `name` in a start tag's text (any prefix when name starts with ':'). */
export function attr(tag: string, name: string): string | undefined {
  const needle = `${name}=`;
  let i = tag.indexOf(needle);
  while (i > 0) {
    const before = tag.charCodeAt(i - 1);
    const ok = name.startsWith(':') || before === 32 || before === 9 || before === 10 || before === 13;
    if (ok) {
      const q = tag[i + needle.length];
      if (q === '"' || q === "'") {
        const end = tag.indexOf(q, i + needle.length + 1);
        if (end > 0) return decodeXml(tag.slice(i + needle.length + 1, end));
      }
    }
    i = tag.indexOf(needle, i + 1);
  }
  return undefined;
}

/** Every start (or empty) tag named `local` (any namespace prefix) in a small part, as its text. */
export function tags(xml: string, local: string): string[] {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])[^>]*>`, 'g');
  return xml.match(re) ?? [];
}

/** The namespace prefix ("x:" or "") of a part's root element. */
export function rootPrefix(buf: Buffer): string {
  let p = 0;
  for (;;) {
    const lt = buf.indexOf(0x3c, p);
    if (lt < 0) return '';
    const next = buf[lt + 1];
    if (next === 0x3f || next === 0x21) {
      p = lt + 1; // <?xml … ?> or <!-- … -->
      continue;
    }
    let e = lt + 1;
    while (
      e < buf.length &&
      buf[e] !== 0x20 &&
      buf[e] !== 0x3e &&
      buf[e] !== 0x2f &&
      buf[e] !== 0x0a &&
      buf[e] !== 0x0d &&
      buf[e] !== 0x09
    )
      e++;
    const name = buf.toString('latin1', lt + 1, e);
    const colon = name.indexOf(':');
    return colon >= 0 ? name.slice(0, colon + 1) : '';
  }
}

const TAG_END = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d]);

/** Index of the next `<name` whose name ends there (not a longer name), in [from, to). The
 *  search never looks past `to` (an unbounded indexOf for a tag that is absent would scan the
 *  rest of the part for every cell). */
export function findTag(buf: Buffer, open: Buffer, from: number, to: number): number {
  const hay = to - from < 1 << 16 ? buf.subarray(from, to) : buf;
  const base = hay === buf ? 0 : from;
  let i = hay.indexOf(open, hay === buf ? from : 0);
  while (i >= 0 && i + base < to) {
    const next = hay[i + open.length];
    if (next !== undefined && TAG_END.has(next)) return i + base;
    i = hay.indexOf(open, i + 1);
  }
  return -1;
}

/** Text of all <t> elements in [from, to), skipping phonetic runs (<rPh>): a shared or inline string. */
export function runText(buf: Buffer, pfx: string, from: number, to: number): string {
  const tOpen = Buffer.from(`<${pfx}t`);
  const tClose = Buffer.from(`</${pfx}t>`);
  const phOpen = Buffer.from(`<${pfx}rPh`);
  const phClose = Buffer.from(`</${pfx}rPh>`);
  let out = '';
  let p = from;
  for (;;) {
    const t = findTag(buf, tOpen, p, to);
    if (t < 0) break;
    const ph = findTag(buf, phOpen, p, t);
    if (ph >= 0) {
      const phe = buf.indexOf(phClose, ph);
      p = phe < 0 ? to : phe + phClose.length;
      continue;
    }
    const gt = buf.indexOf(0x3e, t);
    if (gt < 0 || gt >= to) break;
    if (buf[gt - 1] === 0x2f) {
      p = gt + 1; // <t/>
      continue;
    }
    const end = buf.indexOf(tClose, gt);
    if (end < 0 || end > to) break;
    out += buf.toString('utf8', gt + 1, end);
    p = end + tClose.length;
  }
  return decodeXml(out);
}
