/**
 * Round to one decimal, half away from zero (SCORING.md §3). The product is
 * first reduced to 12 significant digits so that binary noise such as
 * 80.55 × 10 = 805.4999… still rounds the way a person computing by hand does.
 */
export function round1(value: number): number {
  const scaled = Number((Math.abs(value) * 10).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / 10 || 0;
}

export function round1OrNull(value: number | null): number | null {
  return value === null ? null : round1(value);
}
