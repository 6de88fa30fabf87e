// Number formats, only as far as a linter needs them: which formats are dates, date serials →
// ISO text, and the text a code-like format shows ("000000000000" keeps leading zeros).

/** A format code that displays a date or time (quoted text, escapes and [colour]/[$-804] removed). */
import { defined } from '../../util/defined.js';

export function isDateFormat(code: string): boolean {
  if (!code || code === 'General') return false;
  const bare = defined(
    code
      .replace(/"[^"]*"/g, '')
      .replace(/\\./g, '')
      .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '')
      .split(';')[0],
  );
  return /[ymdhs]/i.test(bare) && !/^[#0.,%\sE+-]*$/i.test(bare);
}

/** Serial day number → "YYYY-MM-DD" (plus " HH:MM[:SS]" when there is a time part). */
export function serialToIso(serial: number, date1904 = false): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round(serial * 86_400_000);
  const d = new Date(epoch + ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  const iso = d.toISOString();
  const time = iso.slice(11, 19);
  if (time === '00:00:00') return iso.slice(0, 10);
  return `${iso.slice(0, 10)} ${time.endsWith(':00') ? time.slice(0, 5) : time}`;
}

/** The text a format shows for a number, for the formats code columns use; else plain digits. */
export function formatNumber(v: number, code: string): string {
  const section = defined(code.split(';')[0]).replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const m = /^(#,##)?(0+)(?:\.(0+))?(%)?$/.exec(section.trim());
  if (!m) return plainNumber(v);
  const x = m[4] ? v * 100 : v;
  let s = m[3] ? Math.abs(x).toFixed(m[3].length) : String(Math.round(Math.abs(x)));
  const [int, frac] = s.split('.');
  let digits = defined(int).padStart(defined(m[2]).length, '0');
  if (m[1]) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  s = (x < 0 ? '-' : '') + digits + (frac !== undefined ? `.${frac}` : '') + (m[4] ? '%' : '');
  return s;
}

/** A number as people write it: no exponent for integers that fit, no binary noise (0.1+0.2). */
export function plainNumber(v: number): string {
  if (Number.isInteger(v)) return String(v); // no exponent below 1e21
  return String(Number(v.toPrecision(15)));
}
