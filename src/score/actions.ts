import { own } from '../model/own.js';
import { resolveText } from '../model/text.js';
import type { ActionEntry, ActionResult, Lang } from '../model/types.js';
import { counts } from '../model/criterion-score.js';
import type { Raisable } from './next-band.js';
import type { DimensionTotals, Scored } from './parts.js';
import { chooseRecommendation } from './recommendation.js';
import { round1 } from '../model/round.js';

export interface PlanInput {
  scored: readonly Scored[];
  totals: readonly DimensionTotals[];
  /** Criteria whose gate failed. */
  failed: ReadonlySet<string>;
  /** Criterion id -> target, from the assessment (replaced ids already mapped). */
  targets: Readonly<Record<string, number>>;
  /** v1.1: criterion id -> the assessment's action entry (replaced ids already mapped). */
  entries: Readonly<Record<string, ActionEntry>>;
  lang: Lang;
  language: string;
}

/**
 * SCORING.md §5: the action plan in the spec's order, and, for §5a, every
 * criterion with its full-precision score, target and the overall points one
 * point of it is worth (0 where it can have no action).
 */
export function planActions(input: PlanInput): { actions: ActionResult[]; raisable: Raisable[] } {
  const { scored, totals, failed, targets } = input;
  const totalsById = new Map(totals.map((d) => [d.id, d]));
  const sumW = totals.filter((d) => d.score !== null).reduce((sum, d) => sum + d.weight, 0);
  const actions: ActionResult[] = [];
  const raisable: Raisable[] = [];
  for (const s of scored) {
    const d = totalsById.get(s.dimension);
    if (!d || !counts(s.result.status) || s.score === null) continue;
    const target = own(targets, s.result.id) ?? s.criterion.target ?? 100;
    const eligible = d.weight > 0 && s.weight > 0 && sumW > 0 && d.sumWeights > 0;
    const factor = eligible ? (d.weight / sumW) * (s.weight / d.sumWeights) : 0;
    raisable.push({ criterion: s.result.id, score: s.score, target, factor });
    if (!(s.score < target) || !eligible) continue;
    actions.push(action(s, target, factor * (target - s.score), failed.has(s.result.id), input));
  }
  // Stable sort: failed gates first, then by rounded gain; ties keep catalogue order.
  actions.sort((a, b) => Number(b.gate) - Number(a.gate) || b.gain - a.gain);
  const open = new Set(actions.map((a) => a.criterion));
  const named = new Map(scored.map((s) => [s.result.id, s.criterion.depends_on]));
  for (const a of actions) {
    const dependencies = named.get(a.criterion);
    if (dependencies) a.depends_on = dependencies.filter((id) => open.has(id));
  }
  return { actions, raisable };
}

function action(
  s: Scored,
  target: number,
  gain: number,
  gate: boolean,
  input: PlanInput,
): ActionResult {
  const { lang, language } = input;
  const score = s.score ?? 0;
  const recommendation = chooseRecommendation(s.criterion, score);
  const entry = own(input.entries, s.result.id);
  return {
    criterion: s.result.id,
    dimension: s.dimension,
    score: round1(score),
    target,
    gain: round1(gain),
    gate,
    recommendation: recommendation ? resolveText(recommendation.text, lang, language) : null,
    effort: recommendation?.effort ?? null,
    horizon: recommendation?.horizon ?? null,
    ...(recommendation?.owner !== undefined
      ? { recommendation_owner: resolveText(recommendation.owner, lang, language) }
      : {}),
    ...(recommendation?.cost !== undefined ? { cost: recommendation.cost } : {}),
    ...(entry?.owner !== undefined ? { owner: entry.owner } : {}),
    ...(entry?.due !== undefined ? { due: entry.due } : {}),
    ...(entry?.status !== undefined ? { status: entry.status } : {}),
    ...(entry?.note !== undefined ? { note: entry.note } : {}),
  };
}

/**
 * The printed plan's order (v1.1): the result's order, except that an action
 * never precedes one it depends on. Stable: each time, the first action whose
 * open dependencies are all placed comes next (dependencies have no cycle;
 * the catalogue rules reject one).
 */
export function printedOrder<T extends Pick<ActionResult, 'criterion' | 'depends_on'>>(
  actions: readonly T[],
): T[] {
  const pending = [...actions];
  const present = new Set(actions.map((a) => a.criterion));
  const placed = new Set<string>();
  const out: T[] = [];
  while (pending.length > 0) {
    let i = pending.findIndex((a) =>
      (a.depends_on ?? []).every((id) => placed.has(id) || !present.has(id)),
    );
    if (i < 0) i = 0; // a cycle: keep the result's order rather than lose an action
    const [next] = pending.splice(i, 1) as [T];
    placed.add(next.criterion);
    out.push(next);
  }
  return out;
}
