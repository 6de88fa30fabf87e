// "Did you mean": the closest known name by edit distance (or containment), for typos in keys.

import { defined } from '../util/defined.js';

export function editDistance(a: string, b: string): number {
  const A = Array.from(a);
  const B = Array.from(b);
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) {
      cur[j] = Math.min(
        defined(prev[j]) + 1,
        defined(cur[j - 1]) + 1,
        defined(prev[j - 1]) + (A[i - 1] === B[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return defined(prev[B.length]);
}

export function closest(word: string, candidates: string[]): string | undefined {
  const w = word.normalize('NFKC').trim();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d =
      w.includes(c) || c.includes(w) ? Math.abs(Array.from(c).length - Array.from(w).length) * 0.5 : editDistance(w, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(Array.from(w).length / 3));
  return best !== undefined && bestD <= limit ? best : undefined;
}
