import {
  answerValue,
  applies,
  criterionType,
  isAnswerDetail,
  NOT_APPLICABLE,
  UNKNOWN,
} from './catalogue.js';
import type {
  AnswerEntry,
  AnswerValue,
  Catalogue,
  Criterion,
  CriterionStatus,
  Municipality,
} from './types.js';

/** SCORING.md §1: the first status that matches. */
export function criterionStatus(
  criterion: Criterion,
  municipality: Municipality,
  entry: AnswerEntry | undefined,
): CriterionStatus {
  if (!applies(criterion, municipality)) return 'excluded';
  if (entry === undefined) return 'missing';
  const value = answerValue(entry);
  if (value === NOT_APPLICABLE) return 'not-applicable';
  if (value === UNKNOWN) return 'unknown';
  return 'answered';
}

export function counts(status: CriterionStatus): boolean {
  return status !== 'excluded' && status !== 'not-applicable';
}

/** SCORING.md §2: the score 0..100 of an answered value (validated against the criterion). */
export function valueScore(criterion: Criterion, value: AnswerValue, catalogue: Catalogue): number {
  switch (criterionType(criterion)) {
    case 'scale': {
      const top = catalogue.levels.reduce((max, level) => Math.max(max, level.value), 0);
      return top === 0 ? 0 : (100 * Number(value)) / top;
    }
    case 'boolean':
      return value === true ? 100 : 0;
    case 'choice':
      return criterion.options?.find((o) => o.id === value)?.score ?? 0;
    case 'number': {
      let score = 0;
      for (const threshold of criterion.thresholds ?? []) {
        if (threshold.min <= Number(value)) score = threshold.score;
      }
      return score;
    }
    case 'checklist': {
      const items = criterion.items ?? [];
      const checked = new Set(Array.isArray(value) ? value : []);
      const total = items.reduce((sum, item) => sum + (item.weight ?? 1), 0);
      const got = items.reduce(
        (sum, item) => sum + (checked.has(item.id) ? (item.weight ?? 1) : 0),
        0,
      );
      return total === 0 ? 0 : (100 * got) / total;
    }
  }
}

/** The score of a criterion by status: null where it does not count, 0 for unknown and missing. */
export function criterionScore(
  criterion: Criterion,
  status: CriterionStatus,
  entry: AnswerEntry | undefined,
  catalogue: Catalogue,
): number | null {
  if (!counts(status)) return null;
  if (status !== 'answered' || entry === undefined) return 0;
  return valueScore(criterion, answerValue(entry), catalogue);
}

export function answerDetails(entry: AnswerEntry | undefined): {
  note?: string;
  evidence?: string[];
} {
  if (entry === undefined || !isAnswerDetail(entry)) return {};
  return {
    ...(entry.note !== undefined ? { note: entry.note } : {}),
    ...(entry.evidence !== undefined ? { evidence: entry.evidence } : {}),
  };
}
