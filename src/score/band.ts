import type { Band } from '../model/types.js';
import { round1 } from '../model/round.js';

/**
 * SCORING.md §4: the last band whose `min` ≤ round1(score); null where the
 * score is null. The one band lookup: the scorer, the report and compare use it.
 */
export function bandByScore(bands: readonly Band[], score: number | null): string | null {
  if (score === null) return null;
  const rounded = round1(score);
  let id: string | null = null;
  for (const band of bands) if (band.min <= rounded) id = band.id;
  return id;
}
