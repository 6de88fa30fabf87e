// A long value quoted in a message: cut to a length a reader takes in.

/** At most `max` characters (code points) of `s`, with "…" when cut. */
export function shorten(s: string, max = 40): string {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
}
