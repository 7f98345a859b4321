import { resolveText } from '../model/text.js';
import {
  type ActionResult,
  type Assessment,
  type Band,
  type Catalogue,
  type Criterion,
  type CriterionResult,
  type DimensionResult,
  type GateResult,
  type Lang,
  type Municipality,
  type Recommendation,
  RESULT_FORMAT,
  type Result,
  type Service,
  type ServiceEntry,
  type ServiceExclusion,
  type ServiceResult,
} from '../model/types.js';
import { applies, underCurrentIds } from '../model/catalogue.js';
import { answerDetails, counts, criterionScore, criterionStatus } from './criterion.js';
import { round1, round1OrNull } from './round.js';

export interface ScoreOptions {
  /** Language of the texts the result carries (recommendations). */
  lang: Lang;
}

/** One criterion at full precision, before rounding for the result. */
interface Scored {
  criterion: Criterion;
  result: CriterionResult;
  dimension: string;
  score: number | null;
  weight: number;
}

interface DimensionTotals {
  id: string;
  weight: number;
  /** Σ w_c·s_c / Σ w_c over counting criteria, null where Σ w_c is 0. */
  score: number | null;
  coverage: number | null;
  /** Σ w_c over counting criteria. */
  sumWeights: number;
}

/**
 * Score an assessment against a catalogue exactly as SCORING.md says. Pure:
 * no clock, no randomness, no IO. Both inputs must have passed validation.
 */
export function scoreAssessment(
  catalogue: Catalogue,
  assessment: Assessment,
  options: ScoreOptions,
): Result {
  const { lang } = options;
  const language = catalogue.language ?? 'de';
  // v1.1: an answer under an id that a criterion `replaces` counts for that criterion
  const answers = underCurrentIds(assessment.answers, catalogue);
  const municipality = assessment.municipality;

  // §1–2: status and score of every criterion
  const scored: Scored[] = [];
  for (const dimension of catalogue.dimensions) {
    for (const criterion of dimension.criteria) {
      const entry = answers[criterion.id];
      const status = criterionStatus(criterion, municipality, entry);
      const score = criterionScore(criterion, status, entry, catalogue);
      const weight = criterion.weight ?? 1;
      const value =
        entry === undefined
          ? undefined
          : typeof entry === 'object' && !Array.isArray(entry)
            ? entry.value
            : entry;
      scored.push({
        criterion,
        dimension: dimension.id,
        score,
        weight,
        result: {
          id: criterion.id,
          status,
          score,
          weight,
          ...(value !== undefined ? { value } : {}),
          ...answerDetails(entry),
        },
      });
    }
  }

  // §3: dimensions, overall, coverage
  const totals = catalogue.dimensions.map((dimension): DimensionTotals => {
    const own = scored.filter((s) => s.dimension === dimension.id && counts(s.result.status));
    const sumWeights = own.reduce((sum, s) => sum + s.weight, 0);
    const weighted = own.reduce((sum, s) => sum + s.weight * (s.score ?? 0), 0);
    const answered = own.reduce(
      (sum, s) => sum + (s.result.status === 'answered' ? s.weight : 0),
      0,
    );
    return {
      id: dimension.id,
      weight: dimension.weight ?? 1,
      score: sumWeights === 0 ? null : weighted / sumWeights,
      coverage: sumWeights === 0 ? null : (100 * answered) / sumWeights,
      sumWeights,
    };
  });
  const overall = combine(totals, (d) => d.weight);
  const coverage = weightedMean(
    totals,
    (d) => d.weight,
    (d) => d.coverage,
  );

  // §4: gates and band
  const bandIndex = new Map(catalogue.bands.map((b, i) => [b.id, i]));
  const gates: GateResult[] = [];
  for (const s of scored) {
    const criterion = s.criterion;
    if (!criterion.gate || !counts(s.result.status)) continue;
    const score = s.score ?? 0;
    gates.push({
      criterion: s.result.id,
      dimension: s.dimension,
      min: criterion.gate.min,
      score: round1(score),
      passed: !(score < criterion.gate.min),
      cap: criterion.gate.cap,
    });
  }
  const failedGates = gates.filter((g) => !g.passed);
  const byScore = bandByScore(catalogue.bands, overall);
  // Without a score there is no band to cap: a gate lowers a band, it never makes one.
  // v1.1: too little known for a verdict (below min_coverage) gives no band at all
  const minCoverage = catalogue.min_coverage ?? 0;
  const assessable = overall !== null && coverage !== null && round1(coverage) >= minCoverage;
  const band =
    byScore === null || !assessable
      ? null
      : lowest(bandIndex, [byScore, ...failedGates.map((g) => g.cap)]);
  const cappedBy =
    band !== null && band !== byScore
      ? failedGates.filter((g) => g.cap === band).map((g) => g.criterion)
      : [];

  // §5: action plan
  const targets = underCurrentIds(assessment.targets, catalogue);
  const totalsById = new Map(totals.map((d) => [d.id, d]));
  const sumW = totals.filter((d) => d.score !== null).reduce((sum, d) => sum + d.weight, 0);
  const failed = new Set(failedGates.map((g) => g.criterion));
  const actions: ActionResult[] = [];
  scored.forEach((s) => {
    const d = totalsById.get(s.dimension);
    if (!d || !counts(s.result.status) || s.score === null) return;
    const criterion = s.criterion;
    const target = targets[s.result.id] ?? criterion.target ?? 100;
    if (!(s.score < target) || d.weight <= 0 || s.weight <= 0 || sumW === 0 || d.sumWeights === 0)
      return;
    const gain = (d.weight / sumW) * (s.weight / d.sumWeights) * (target - s.score);
    const recommendation = (criterion.recommendations ?? [])
      .filter((r) => r.below > (s.score ?? 0))
      .reduce<Recommendation | undefined>(
        (best, r) => (best === undefined || r.below < best.below ? r : best),
        undefined,
      );
    actions.push({
      criterion: s.result.id,
      dimension: s.dimension,
      score: round1(s.score),
      target,
      gain: round1(gain),
      gate: failed.has(s.result.id),
      recommendation: recommendation ? resolveText(recommendation.text, lang, language) : null,
      effort: recommendation?.effort ?? null,
      horizon: recommendation?.horizon ?? null,
    });
  });
  // Stable sort: failed gates first, then by rounded gain; ties keep catalogue order.
  actions.sort((a, b) => Number(b.gate) - Number(a.gate) || b.gain - a.gain);

  // §6: services
  const scoreOf = new Map(scored.map((s) => [s.result.id, s]));
  const services: ServiceResult[] = (catalogue.services ?? []).map((service) => {
    const said = assessment.services?.[service.id];
    const passed = {
      ...(said?.note !== undefined ? { note: said.note } : {}),
      ...(said?.stage !== undefined ? { stage: said.stage } : {}),
    };
    const excludedBy = serviceExclusion(service, said, municipality);
    if (excludedBy !== undefined) {
      return {
        id: service.id,
        applicable: false,
        excluded_by: excludedBy,
        score: null,
        band: null,
        band_by_score: null,
        blocked_by: [],
        ...passed,
      };
    }
    const weightOf = (d: DimensionTotals): number => service.weights?.[d.id] ?? d.weight;
    const serviceScore = combine(totals, weightOf);
    const serviceByScore = bandByScore(catalogue.bands, serviceScore);
    const caps: (string | null)[] = [serviceByScore, ...failedGates.map((g) => g.cap)];
    const blocked = new Set(failedGates.map((g) => g.criterion));
    for (const requirement of service.requires ?? []) {
      const s = scoreOf.get(requirement.criterion);
      const ok = s !== undefined && counts(s.result.status) && !((s.score ?? 0) < requirement.min);
      if (!ok) {
        caps.push(requirement.cap ?? catalogue.bands[0]?.id ?? null);
        blocked.add(requirement.criterion);
      }
    }
    return {
      id: service.id,
      applicable: true,
      score: round1OrNull(serviceScore),
      band: serviceByScore === null || !assessable ? null : lowest(bandIndex, caps),
      band_by_score: assessable ? serviceByScore : null,
      blocked_by: [...blocked],
      ...passed,
    };
  });

  const dimensions: DimensionResult[] = totals.map((d) => ({
    id: d.id,
    score: round1OrNull(d.score),
    weight: d.weight,
    coverage: round1OrNull(d.coverage),
    criteria: scored
      .filter((s) => s.dimension === d.id)
      .map((s) => ({ ...s.result, score: round1OrNull(s.result.score) })),
  }));

  return {
    format: RESULT_FORMAT,
    catalogue: { id: catalogue.id, version: catalogue.version },
    municipality,
    ...(assessment.assessment ? { assessment: assessment.assessment } : {}),
    lang,
    score: round1OrNull(overall),
    band,
    band_by_score: assessable ? byScore : null,
    capped_by: cappedBy,
    coverage: round1OrNull(coverage),
    assessable,
    min_coverage: minCoverage,
    dimensions,
    gates,
    actions,
    services,
  };
}

/**
 * v1.1 §6: why a service does not apply, or undefined where it does. The
 * assessment's `responsible` wins over the catalogue's `applies_when`.
 */
export function serviceExclusion(
  service: Service,
  said: ServiceEntry | undefined,
  municipality: Municipality,
): ServiceExclusion | undefined {
  if (said?.responsible === false) return 'assessment';
  if (said?.responsible === true) return undefined;
  return applies(service, municipality) ? undefined : 'catalogue';
}

/** Σ W_d·D_d / Σ W_d over dimensions with a score; null where Σ W_d is 0. */
function combine(
  totals: DimensionTotals[],
  weightOf: (d: DimensionTotals) => number,
): number | null {
  return weightedMean(totals, weightOf, (d) => d.score);
}

function weightedMean(
  totals: DimensionTotals[],
  weightOf: (d: DimensionTotals) => number,
  valueOf: (d: DimensionTotals) => number | null,
): number | null {
  let sum = 0;
  let weights = 0;
  for (const d of totals) {
    if (d.score === null) continue;
    const w = weightOf(d);
    sum += w * (valueOf(d) ?? 0);
    weights += w;
  }
  return weights === 0 ? null : sum / weights;
}

/** The last band whose `min` ≤ round1(score); null where the score is null. */
export function bandByScore(bands: readonly Band[], score: number | null): string | null {
  if (score === null) return null;
  const rounded = round1(score);
  let id: string | null = null;
  for (const band of bands) if (band.min <= rounded) id = band.id;
  return id;
}

/** The lowest, in catalogue order, of the given band ids (nulls ignored). */
function lowest(index: Map<string, number>, ids: (string | null)[]): string | null {
  let best: string | null = null;
  for (const id of ids) {
    if (id === null) continue;
    if (best === null || (index.get(id) ?? Infinity) < (index.get(best) ?? Infinity)) best = id;
  }
  return best;
}
