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
 * One step per section of the spec, each a function below.
 */
export function scoreAssessment(
  catalogue: Catalogue,
  assessment: Assessment,
  options: ScoreOptions,
): Result {
  const { lang } = options;
  const municipality = assessment.municipality;
  // v1.1: an answer under an id that a criterion `replaces` counts for that criterion
  const answers = underCurrentIds(assessment.answers, catalogue);
  const scored = scoreCriteria(catalogue, answers, municipality);
  const totals = dimensionTotals(catalogue, scored);
  const overall = combine(totals, (d) => d.weight);
  const coverage = weightedMean(
    totals,
    (d) => d.weight,
    (d) => d.coverage,
  );
  const gates = gateResults(scored);
  const failedGates = gates.filter((g) => !g.passed);
  const verdict = verdictOf(catalogue, overall, coverage, failedGates);

  // §5: action plan
  const plan = planActions({
    scored,
    totals,
    failed: new Set(failedGates.map((g) => g.criterion)),
    targets: underCurrentIds(assessment.targets, catalogue),
    entries: underCurrentIds(assessment.actions, catalogue),
    lang,
    language: catalogue.language ?? 'de',
  });

  // §5a: path to the next band
  const nextBand =
    verdict.assessable && verdict.band !== null && overall !== null
      ? nextBandOf(
          catalogue.bands,
          verdict.bandIndex,
          verdict.band,
          overall,
          plan.raisable,
          failedGates,
        )
      : null;

  const context: ServiceContext = { catalogue, assessment, scored, totals, failedGates, verdict };
  return {
    format: RESULT_FORMAT,
    catalogue: catalogueOf(catalogue),
    municipality,
    ...(assessment.assessment ? { assessment: assessment.assessment } : {}),
    lang,
    score: round1OrNull(overall),
    band: verdict.band,
    band_by_score: verdict.assessable ? verdict.byScore : null,
    capped_by: verdict.cappedBy,
    coverage: round1OrNull(coverage),
    assessable: verdict.assessable,
    min_coverage: verdict.minCoverage,
    next_band: nextBand,
    dimensions: dimensionResults(totals, scored),
    gates,
    actions: plan.actions,
    services: (catalogue.services ?? []).map((service) => serviceResult(service, context)),
    ...replacedAnswers(assessment, catalogue),
  };
}

type Answers = Assessment['answers'];

/** §1–2: status and score of every criterion, in catalogue order. */
function scoreCriteria(
  catalogue: Catalogue,
  answers: Answers,
  municipality: Municipality,
): Scored[] {
  return catalogue.dimensions.flatMap((dimension) =>
    dimension.criteria.map((criterion): Scored => {
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
      return {
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
      };
    }),
  );
}

/** §3: each dimension's weighted score and coverage over the criteria that count. */
function dimensionTotals(catalogue: Catalogue, scored: readonly Scored[]): DimensionTotals[] {
  return catalogue.dimensions.map((dimension): DimensionTotals => {
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
}

/** §4: every gate of a criterion that counts, passed or not. */
function gateResults(scored: readonly Scored[]): GateResult[] {
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
  return gates;
}

/** The band and what decided it (§4, v1.1 min_coverage). */
interface Verdict {
  band: string | null;
  byScore: string | null;
  assessable: boolean;
  minCoverage: number;
  cappedBy: string[];
  bandIndex: Map<string, number>;
}

/** §4: the band by score, lowered by failed gates; none without a score or below min_coverage. */
function verdictOf(
  catalogue: Catalogue,
  overall: number | null,
  coverage: number | null,
  failedGates: readonly GateResult[],
): Verdict {
  const bandIndex = new Map(catalogue.bands.map((b, i) => [b.id, i]));
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
  return { band, byScore, assessable, minCoverage, cappedBy, bandIndex };
}

/** §3 output: each dimension with its criteria, numbers rounded for the result. */
function dimensionResults(
  totals: readonly DimensionTotals[],
  scored: readonly Scored[],
): DimensionResult[] {
  return totals.map((d) => ({
    id: d.id,
    score: round1OrNull(d.score),
    weight: d.weight,
    coverage: round1OrNull(d.coverage),
    criteria: scored
      .filter((s) => s.dimension === d.id)
      .map((s) => ({ ...s.result, score: round1OrNull(s.result.score) })),
  }));
}

/** What §6 reads of the scoring so far. */
interface ServiceContext {
  catalogue: Catalogue;
  assessment: Assessment;
  scored: readonly Scored[];
  totals: DimensionTotals[];
  failedGates: readonly GateResult[];
  verdict: Verdict;
}

/** §6: one service, excluded or scored with its own weights, gates and requirements. */
function serviceResult(service: Service, x: ServiceContext): ServiceResult {
  const said = x.assessment.services?.[service.id];
  const passed = {
    ...(said?.note !== undefined ? { note: said.note } : {}),
    ...(said?.stage !== undefined ? { stage: said.stage } : {}),
  };
  const excludedBy = serviceExclusion(service, said, x.assessment.municipality);
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
  const serviceScore = combine(x.totals, weightOf);
  const serviceByScore = bandByScore(x.catalogue.bands, serviceScore);
  const { caps, blocked } = serviceCaps(service, x, serviceByScore);
  const { assessable } = x.verdict;
  return {
    id: service.id,
    applicable: true,
    score: round1OrNull(serviceScore),
    band: serviceByScore === null || !assessable ? null : lowest(x.verdict.bandIndex, caps),
    band_by_score: assessable ? serviceByScore : null,
    blocked_by: [...blocked],
    ...passed,
  };
}

/** §6: the bands a service is capped to (its score's, failed gates', unmet requirements'). */
function serviceCaps(
  service: Service,
  x: ServiceContext,
  byScore: string | null,
): { caps: (string | null)[]; blocked: Set<string> } {
  const scoreOf = new Map(x.scored.map((s) => [s.result.id, s]));
  const caps: (string | null)[] = [byScore, ...x.failedGates.map((g) => g.cap)];
  const blocked = new Set(x.failedGates.map((g) => g.criterion));
  for (const requirement of service.requires ?? []) {
    const s = scoreOf.get(requirement.criterion);
    const ok = s !== undefined && counts(s.result.status) && !((s.score ?? 0) < requirement.min);
    if (!ok) {
      caps.push(requirement.cap ?? x.catalogue.bands[0]?.id ?? null);
      blocked.add(requirement.criterion);
    }
  }
  return { caps, blocked };
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
