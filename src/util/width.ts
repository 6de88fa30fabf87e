// Display width of a string in a terminal: East Asian wide and fullwidth characters take two
// columns (the table of get-east-asian-width, which string-width uses; we skip string-width's
// emoji regex, the costly part of its import, as guide-lint prints no emoji sequences).

import { eastAsianWidth } from 'get-east-asian-width';
import { defined } from './defined.js';

// eslint-disable-next-line no-control-regex -- colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(ANSI, '')) {
    const cp = defined(ch.codePointAt(0));
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    w += eastAsianWidth(cp) === 2 ? 2 : 1;
  }
  return w;
}
