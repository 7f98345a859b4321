import { formatDate, formatNumber, t } from '../i18n/index.js';
import { indexCriteria } from '../model/catalogue.js';
import { resolveText } from '../model/text.js';
import type {
  ActionResult,
  Catalogue,
  Lang,
  Result,
  ServiceResult,
  Stage,
} from '../model/types.js';
import { round1 } from '../model/round.js';

/**
 * The v1.1 sentences of a result in words, one home for the terminal, the
 * report and compare: no verdict on too little, the path to the next band,
 * responsibility and stage of a service, and what the assessment says about an
 * action. Pure.
 */

/** "noch nicht bewertbar: zu wenige Antworten (x % von mindestens y %)", or null where assessable. */
export function notAssessableText(result: Result, lang: Lang): string | null {
  if (result.assessable || result.score === null || result.coverage === null) return null;
  return t(lang, 'v11.notAssessable', {
    coverage: formatNumber(result.coverage, lang),
    min: formatNumber(result.min_coverage, lang, Number.isInteger(result.min_coverage) ? 0 : 1),
  });
}

/** The counting criteria without a usable answer (missing or unknown), in catalogue order. */
export function missingCriteria(result: Result): string[] {
  return result.dimensions.flatMap((d) =>
    d.criteria.filter((c) => c.status === 'missing' || c.status === 'unknown').map((c) => c.id),
  );
}

/** "Es fehlen Antworten zu: A, B, … (+n)", showing at most `limit` titles. */
export function missingText(
  result: Result,
  catalogue: Catalogue,
  lang: Lang,
  limit = Infinity,
): string | null {
  const ids = missingCriteria(result);
  if (ids.length === 0) return null;
  const titles = ids.slice(0, limit).map((id) => criterionTitle(catalogue, id, lang));
  const rest = ids.length - titles.length;
  return t(lang, 'v11.missing', { list: titles.join(', ') + (rest > 0 ? ` (+${rest})` : '') });
}

/**
 * The path to the next band in one sentence: "Mit diesen 2 Maßnahmen erreichen
 * Sie „Startklar“: … (+6,3 Punkte)", or that the band cannot be reached; null
 * where the result has no next band.
 */
export function nextBandText(result: Result, catalogue: Catalogue, lang: Lang): string | null {
  const next = result.next_band;
  if (next === null || result.score === null) return null;
  const band = bandLabel(catalogue, next.band, lang);
  const min = catalogue.bands.find((b) => b.id === next.band)?.min ?? 0;
  if (!next.reachable) {
    return t(lang, 'v11.nextBand.unreachable', {
      band,
      count: next.steps.length,
      score: formatNumber(next.score, lang),
      min: formatNumber(min, lang, Number.isInteger(min) ? 0 : 1),
    });
  }
  const targets = new Map(result.actions.map((a) => [a.criterion, a.target]));
  const steps = next.steps.map((step) => {
    const title = criterionTitle(catalogue, step.criterion, lang);
    const target = targets.get(step.criterion);
    return target !== undefined && step.to < target
      ? t(lang, 'v11.nextBand.partial', { title, to: formatNumber(step.to, lang, 0) })
      : title;
  });
  return t(lang, next.steps.length === 1 ? 'v11.nextBand.one' : 'v11.nextBand.many', {
    band,
    count: next.steps.length,
    steps: steps.join(', '),
    gain: formatNumber(round1(next.score - result.score), lang),
  });
}

/** Why a service does not apply ("nicht zuständig …"), or null where it applies. */
export function responsibilityText(service: ServiceResult, lang: Lang): string | null {
  if (service.applicable) return null;
  if (service.excluded_by === 'assessment') {
    const note = service.note?.trim();
    return note
      ? t(lang, 'v11.notResponsible.assessmentNote', { note })
      : t(lang, 'v11.notResponsible.assessment');
  }
  return t(lang, 'v11.notResponsible.catalogue');
}

/** The stage in words; "keine Angabe" where the assessment gives none. */
export function stageLabel(stage: Stage | undefined, lang: Lang): string {
  return t(lang, `v11.stage.${stage ?? 'unknown'}`);
}

/**
 * What the plan says about an action besides its recommendation: who (the
 * assessment's owner, else the recommendation's role), by when, its status,
 * its cost and the open actions it waits for; null where there is nothing.
 */
export function actionMetaText(
  action: ActionResult,
  catalogue: Catalogue,
  lang: Lang,
): string | null {
  const parts: string[] = [];
  const owner = action.owner ?? action.recommendation_owner ?? undefined;
  if (owner) parts.push(t(lang, 'v11.owner', { owner }));
  if (action.due) parts.push(t(lang, 'v11.due', { date: formatDate(action.due, lang) }));
  if (action.status) parts.push(t(lang, `v11.status.${action.status}`));
  if (action.cost) parts.push(t(lang, 'v11.cost', { cost: t(lang, `v11.cost.${action.cost}`) }));
  if (action.depends_on && action.depends_on.length > 0) {
    const list = action.depends_on.map((id) => criterionTitle(catalogue, id, lang)).join(', ');
    parts.push(t(lang, 'v11.after', { list }));
  }
  return parts.length > 0 ? parts.join(' · ') : null;
}

function criterionTitle(catalogue: Catalogue, id: string, lang: Lang): string {
  const found = indexCriteria(catalogue).get(id);
  return found ? resolveText(found.criterion.title, lang, catalogue.language ?? 'de') : id;
}

function bandLabel(catalogue: Catalogue, id: string, lang: Lang): string {
  const band = catalogue.bands.find((b) => b.id === id);
  return band ? resolveText(band.label, lang, catalogue.language ?? 'de') : id;
}
