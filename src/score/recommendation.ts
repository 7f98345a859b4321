import type { Criterion, Recommendation } from '../model/types.js';

/**
 * SCORING.md §5: the recommendation for a criterion at a score — the most
 * basic one that still applies (the smallest `below` greater than the score);
 * undefined where none does. The one place this choice is made: the action
 * plan and compare's common recommendation both call it.
 */
export function chooseRecommendation(
  criterion: Criterion,
  score: number,
): Recommendation | undefined {
  let chosen: Recommendation | undefined;
  for (const r of criterion.recommendations ?? []) {
    if (r.below > score && (chosen === undefined || r.below < chosen.below)) chosen = r;
  }
  return chosen;
}
