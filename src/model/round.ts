/**
 * Round to one decimal, half away from zero (SCORING.md §3). The scaled value
 * is nudged up by two units of rounding error first, so that binary noise
 * such as 80.55 × 10 = 805.4999… still rounds the way a person computing by
 * hand does; a value genuinely below the half stays below it. (Same results
 * as rounding a 12-digit decimal rendering, at a thirtieth of the cost,
 * which matters when `compare` scores 11,000 files.)
 */
export function round1(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10 * (1 + 2 * Number.EPSILON))) / 10 || 0;
}

export function round1OrNull(value: number | null): number | null {
  return value === null ? null : round1(value);
}
