import { addMessages, t } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import type { Catalogue, CriterionResult, Lang, Result, Text } from '../model/types.js';

addMessages(reportMessages);

/**
 * The report's table of the IT-Planungsrat's EfA-Mindestanforderungen of the
 * reusing side (NL1–NL5), derived from the criteria that carry them.
 *
 * A catalogue marks such a criterion with the key
 * `x-efa-mindestanforderung: {id: NL4, duty: {de: …, en: …}}` (criteria/README.md).
 * These duties are not the catalogue's K.-o.-Kriterien: a duty can be partly met
 * while no knock-out criterion fails, and the table says so.
 *
 * Status from the criterion's score: `met` from 75 (level 3 of 0–4, "in operation
 * for the connected services"), `partly` from 50 (level 2, for individual
 * services), `not-met` below; `not-applicable` where the criterion does not count
 * (n/a or excluded), `unknown` where it is unknown or unanswered.
 */
export type MinimumStatus = 'met' | 'partly' | 'not-met' | 'not-applicable' | 'unknown';

export const MINIMUM_MET = 75;
export const MINIMUM_PARTLY = 50;

export interface MinimumView {
  /** The duty's id as the IT-Planungsrat numbers it, e.g. "NL4". */
  id: string;
  duty: string;
  criterion: string;
  title: string;
  score: string | null;
  statusId: MinimumStatus;
  status: string;
}

interface Marker {
  id: string;
  duty?: Text;
}

/** The marker of a criterion, where it carries a well-formed one. */
export function minimumMarker(criterion: object): Marker | undefined {
  const raw: unknown = (criterion as Record<string, unknown>)['x-efa-mindestanforderung'];
  if (typeof raw === 'string') return { id: raw };
  if (raw === null || typeof raw !== 'object') return undefined;
  const { id, duty } = raw as { id?: unknown; duty?: unknown };
  return typeof id === 'string' ? { id, duty: duty as Text | undefined } : undefined;
}

/** The status of one duty from the result of the criterion that carries it (pure). */
export function minimumStatus(c: Pick<CriterionResult, 'status' | 'score'>): MinimumStatus {
  if (c.status === 'excluded' || c.status === 'not-applicable') return 'not-applicable';
  if (c.status !== 'answered' || c.score === null) return 'unknown';
  if (c.score >= MINIMUM_MET) return 'met';
  return c.score >= MINIMUM_PARTLY ? 'partly' : 'not-met';
}

/** One row per marked criterion, ordered by the duty's id (NL1 … NL5). */
export function buildMinimumView(
  result: Result,
  catalogue: Catalogue,
  lang: Lang,
  text: (value: Text | undefined) => string,
  num: (value: number) => string,
): MinimumView[] {
  const results = new Map<string, CriterionResult>();
  for (const d of result.dimensions) for (const c of d.criteria) results.set(c.id, c);
  const rows: MinimumView[] = [];
  for (const criterion of catalogue.dimensions.flatMap((d) => d.criteria)) {
    const marker = minimumMarker(criterion);
    const found = results.get(criterion.id);
    if (!marker || !found) continue;
    const statusId = minimumStatus(found);
    rows.push({
      id: marker.id,
      duty: text(marker.duty),
      criterion: criterion.id,
      title: text(criterion.title),
      score: found.score === null ? null : num(found.score),
      statusId,
      status: t(lang, `report.minimum.${statusId}`),
    });
  }
  return rows.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}
