import { own } from '../model/own.js';
import {
  type CriterionProvenance,
  type Assessment,
  type Band,
  type Catalogue,
  type DimensionResult,
  type GateResult,
  type Lang,
  type Municipality,
  type NextBand,
  RESULT_FORMAT,
  type Result,
  type Service,
  type ServiceEntry,
  type ServiceExclusion,
  type ServiceResult,
} from '../model/types.js';
import { applies, replacedIds, underCurrentIds } from '../model/catalogue.js';
import { planActions } from './actions.js';
import {
  answerDetails,
  counts,
  criterionScore,
  criterionStatus,
} from '../model/criterion-score.js';
import { pathToBand, type Raisable } from './next-band.js';
import type { DimensionTotals, Scored } from './parts.js';
import { bandByScore } from './band.js';
import { round1, round1OrNull } from '../model/round.js';

export interface ScoreOptions {
  /** Language of the texts the result carries (recommendations). */
  lang: Lang;
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
      const entry = own(answers, criterion.id);
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
          ...provenanceOf(catalogue, criterion.id),
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
  const plan = planActions({
    scored,
    totals,
    failed: new Set(failedGates.map((g) => g.criterion)),
    targets: underCurrentIds(assessment.targets, catalogue),
    entries: underCurrentIds(assessment.actions, catalogue),
    lang,
    language,
  });

  // §5a: path to the next band
  const nextBand =
    assessable && band !== null
      ? nextBandOf(catalogue.bands, bandIndex, band, overall, plan.raisable, failedGates)
      : null;

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
    const weightOf = (d: DimensionTotals): number => own(service.weights, d.id) ?? d.weight;
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
    catalogue: catalogueOf(catalogue),
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
    next_band: nextBand,
    dimensions,
    gates,
    actions: plan.actions,
    services,
    ...replacedAnswers(assessment, catalogue),
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

/** v1.1: the answers given under an id a criterion `replaces`: old id -> current id. */
function replacedAnswers(
  assessment: Assessment,
  catalogue: Catalogue,
): { replaced?: Record<string, string> } {
  const map = replacedIds(catalogue);
  if (map.size === 0 || !assessment.answers) return {};
  const replaced: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const key of Object.keys(assessment.answers)) {
    const current = map.get(key);
    if (current !== undefined) replaced[key] = current;
  }
  return Object.keys(replaced).length > 0 ? { replaced } : {};
}

/** §5a: null at the highest band; else the path to the band after `band`. */
function nextBandOf(
  bands: readonly Band[],
  bandIndex: ReadonlyMap<string, number>,
  band: string,
  overall: number,
  raisable: readonly Raisable[],
  failedGates: readonly GateResult[],
): NextBand | null {
  const next = bands[(bandIndex.get(band) ?? bands.length) + 1];
  if (next === undefined) return null;
  const nextIndex = bandIndex.get(next.id) ?? 0;
  const gateMin = new Map<string, number>();
  for (const gate of failedGates) {
    if ((bandIndex.get(gate.cap) ?? Infinity) < nextIndex) gateMin.set(gate.criterion, gate.min);
  }
  const criteria = raisable.map((c) => {
    const min = gateMin.get(c.criterion);
    return min === undefined ? c : { ...c, gateMin: min };
  });
  return pathToBand(next.id, next.min, overall, criteria);
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

/** The lowest, in catalogue order, of the given band ids (nulls ignored). */
function lowest(index: Map<string, number>, ids: (string | null)[]): string | null {
  let best: string | null = null;
  for (const id of ids) {
    if (id === null) continue;
    if (best === null || (index.get(id) ?? Infinity) < (index.get(best) ?? Infinity)) best = id;
  }
  return best;
}

/** The result's `catalogue`: id and version, and for an overlay its chain and removals. */
function catalogueOf(catalogue: Catalogue): Result['catalogue'] {
  const provenance = catalogue.provenance;
  if (!provenance) return { id: catalogue.id, version: catalogue.version };
  const own = provenance.chain[provenance.chain.length - 1];
  return {
    id: catalogue.id,
    version: catalogue.version,
    ...(own ? { fingerprint: own.fingerprint } : {}),
    extends: provenance.chain.slice(0, -1),
    removed: provenance.removed,
  };
}

function provenanceOf(catalogue: Catalogue, id: string): { provenance?: CriterionProvenance } {
  const provenance = catalogue.provenance?.criteria[id];
  return provenance ? { provenance } : {};
}
