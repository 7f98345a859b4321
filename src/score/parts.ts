import type { Criterion, CriterionResult } from '../model/types.js';

/** One criterion at full precision, before rounding for the result. */
export interface Scored {
  criterion: Criterion;
  result: CriterionResult;
  dimension: string;
  score: number | null;
  weight: number;
}

export interface DimensionTotals {
  id: string;
  weight: number;
  /** Σ w_c·s_c / Σ w_c over counting criteria, null where Σ w_c is 0. */
  score: number | null;
  coverage: number | null;
  /** Σ w_c over counting criteria. */
  sumWeights: number;
}
