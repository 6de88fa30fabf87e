// Number forms shared by the measures and the score formats.

import type { Measure } from './types.js';

/** Tolerance of the target comparison (sums of 自然日 × 5/7 are not exact). */
export const EPSILON = 1e-9;

/** A fraction as a percentage rounded to `digits` decimals: 0.30769 → "30.8%". */
export function pct(v: number, digits = 1): string {
  return `${(v * 100).toFixed(digits)}%`;
}

/**
 * A measure's fraction as a percentage that never reads as its target when it misses it: rounded,
 * except that a value just below the target is truncated with one more decimal (0.89996 of 90% →
 * "89.99%", not "90.0%").
 */
export function pctOf(v: number, target: number, digits = 1): string {
  const shown = pct(v, digits);
  if (v + EPSILON >= target || Number(shown.slice(0, -1)) < target * 100) return shown;
  const f = 10 ** (digits + 1);
  const cut = Math.floor(v * 100 * f) / f;
  return `${cut.toFixed(cut < target * 100 ? digits + 1 : digits + 3)}%`;
}

/** A target as people write it: 0.9 → "90%", 20 → "20". */
export function targetText(m: Pick<Measure, 'unit' | 'target'>): string {
  return m.unit === 'count' ? String(m.target) : `${+(m.target * 100).toFixed(4)}%`;
}

export function valueText(m: Pick<Measure, 'unit' | 'value' | 'target'>): string {
  if (m.value === null) return '—';
  return m.unit === 'count' ? String(m.value) : pctOf(m.value, m.target);
}

/** Up to 2 decimals, no trailing zeros (sums of converted working days). */
export function num(n: number): string {
  return String(+n.toFixed(2));
}

export function ratioText(m: Pick<Measure, 'numerator' | 'denominator'>): string {
  if (m.numerator === null || m.denominator === null) return '—';
  return `${num(m.numerator)}/${num(m.denominator)}`;
}
