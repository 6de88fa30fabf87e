// Pieces of a long output gathered into chunks of about 64 KB before each write (a report of a million
// findings is millions of small pieces; a system call each would be slow).

export interface BufferedWrite {
  write: (s: string) => void;
  flush: () => void;
}

export function buffered(out: (chunk: string) => void, size = 1 << 16): BufferedWrite {
  let pending = '';
  return {
    write: (s) => {
      pending += s;
      if (pending.length > size) {
        out(pending);
        pending = '';
      }
    },
    flush: () => {
      if (pending) out(pending);
      pending = '';
    },
  };
}
