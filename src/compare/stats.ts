import { round1, round1OrNull } from '../model/round.js';
import type { Stats } from './types.js';

/**
 * Quantile of an ascending array by linear interpolation between order
 * statistics: Hyndman & Fan type 7, the default of R and NumPy and Excel's
 * QUARTILE.INC. For p in [0, 1], h = (n − 1)·p and
 * Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) (0-based). Null for no values.
 */
export function quantile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  const high = sorted[Math.min(lo + 1, n - 1)] as number;
  return low + (h - lo) * (high - low);
}

export { round1, round1OrNull } from '../model/round.js';

/** The non-null values, sorted ascending (a typed array sorts numbers natively, without a comparator). */
function sortedValues(values: readonly (number | null)[]): Float64Array {
  let n = 0;
  for (const v of values) if (v !== null) n += 1;
  const sorted = new Float64Array(n);
  let i = 0;
  for (const v of values) if (v !== null) sorted[i++] = v;
  return sorted.sort();
}

/** Count, extremes, quartiles (type 7) and mean of the non-null values, rounded to one decimal. */
export function describe(values: readonly (number | null)[]): Stats {
  const present = sortedValues(values);
  const n = present.length;
  if (n === 0) return { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null };
  let sum = 0;
  for (const v of present) sum += v;
  return {
    n,
    min: round1(present[0] as number),
    q1: round1OrNull(quantile(present, 0.25)),
    median: round1OrNull(quantile(present, 0.5)),
    q3: round1OrNull(quantile(present, 0.75)),
    max: round1(present[n - 1] as number),
    mean: round1(sum / n),
  };
}

/** Median of the non-null values (type 7), rounded; null for none. */
export function median(values: readonly (number | null)[]): number | null {
  return round1OrNull(quantile(sortedValues(values), 0.5));
}
