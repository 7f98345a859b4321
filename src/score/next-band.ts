import type { NextBand, NextBandStep } from '../model/types.js';
import { round1 } from '../model/round.js';

/** A criterion as §5a sees it: its score at full precision and what a point of it is worth. */
export interface Raisable {
  criterion: string;
  /** s_c at full precision. */
  score: number;
  /** t_c. */
  target: number;
  /** (W_d / Σ W) × (w_c / Σ w_d): the overall points per point of s_c; 0 where it has no action. */
  factor: number;
  /** The failed gate's min where its cap lies below the next band, else undefined. */
  gateMin?: number;
}

/**
 * SCORING.md §5a: the path from overall score `overall` to the band whose
 * minimum is `min`. `criteria` come in catalogue order. Gains are linear in
 * s_c (the sums of weights do not change when a score rises), so the gain of
 * raising c from a to b is factor × (b − a), and recomputing after each step
 * changes no other criterion's gain.
 */
export function pathToBand(
  band: string,
  min: number,
  overall: number,
  criteria: readonly Raisable[],
): NextBand {
  const steps = new Map<string, { to: number; gain: number }>();
  let score = overall;
  // 1. every failed gate capping below the next band is raised to its min
  const raised = criteria.map((c) => {
    if (c.gateMin === undefined || !(c.score < c.gateMin)) return c;
    const gain = c.factor * (c.gateMin - c.score);
    steps.set(c.criterion, { to: c.gateMin, gain });
    score += gain;
    return { ...c, score: c.gateMin };
  });
  // 2. the remaining actions by gain (rounded as reported) descending, ties in catalogue order
  const remaining = raised
    .filter((c) => c.factor > 0 && c.score < c.target)
    .map((c) => ({ c, gain: c.factor * (c.target - c.score) }))
    .sort((a, b) => round1(b.gain) - round1(a.gain));
  for (const { c, gain } of remaining) {
    if (round1(score) >= min) break;
    const earlier = steps.get(c.criterion);
    steps.set(c.criterion, { to: c.target, gain: (earlier?.gain ?? 0) + gain });
    score += gain;
  }
  const list: NextBandStep[] = [...steps].map(([criterion, step]) => ({
    criterion,
    to: step.to,
    gain: round1(step.gain),
  }));
  return { band, score: round1(score), reachable: round1(score) >= min, steps: list };
}
