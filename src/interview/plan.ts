import { answerValue, applies } from '../model/catalogue.js';
import { own } from '../model/own.js';
import type {
  AnswerEntry,
  Catalogue,
  Criterion,
  Dimension,
  Municipality,
  Service,
  ServiceEntry,
} from '../model/types.js';

/**
 * The question plan: which criteria the interview asks, in which order, and
 * where each stands in the whole ("Frage 12 von 38"). Pure: it looks only at
 * the catalogue, the municipality and the answers already given.
 */

export interface PlanItem {
  criterion: Criterion;
  dimension: Dimension;
  /** 1-based position among the criteria that apply to this municipality (in the dimensions asked). */
  number: number;
  /** How many criteria apply to this municipality (in the dimensions asked). */
  total: number;
}

/** SCORING.md §1: does the criterion apply to the municipality? (The scorer's own rule.) */
export const appliesTo = applies;

/** Every criterion that applies, in catalogue order, numbered across all dimensions. */
export function applicableItems(catalogue: Catalogue, municipality: Municipality): PlanItem[] {
  const pairs: { criterion: Criterion; dimension: Dimension }[] = [];
  for (const dimension of catalogue.dimensions) {
    for (const criterion of dimension.criteria) {
      if (appliesTo(criterion, municipality)) pairs.push({ criterion, dimension });
    }
  }
  return pairs.map((pair, index) => ({ ...pair, number: index + 1, total: pairs.length }));
}

export type PlanMode =
  /** criteria without an entry under `answers` */
  | 'missing'
  /** criteria answered `unknown` */
  | 'unknown'
  /** every applicable criterion (revisiting) */
  | 'all';

export interface PlanOptions {
  /** Only these dimensions (ids); all where absent or empty. */
  dimensions?: readonly string[];
  mode: PlanMode;
}

/**
 * The criteria to ask, given the municipality, `--dimension` and what is
 * already answered. They are numbered within the dimensions asked: with
 * `--dimension staff` the first is "Frage 1 von 10", however many come before
 * it in the catalogue.
 */
export function planQuestions(
  catalogue: Catalogue,
  municipality: Municipality,
  answers: Readonly<Record<string, AnswerEntry>> | undefined,
  options: PlanOptions,
): PlanItem[] {
  const only =
    options.dimensions !== undefined && options.dimensions.length > 0
      ? options.dimensions
      : undefined;
  const scope = applicableItems(catalogue, municipality).filter(
    (item) => only === undefined || only.includes(item.dimension.id),
  );
  const numbered = scope.map((item, index) => ({
    ...item,
    number: index + 1,
    total: scope.length,
  }));
  return numbered.filter((item) => {
    const entry = own(answers, item.criterion.id);
    switch (options.mode) {
      case 'missing':
        return entry === undefined;
      case 'unknown':
        return entry !== undefined && answerValue(entry) === 'unknown';
      case 'all':
        return true;
    }
  });
}

/**
 * The services the interview asks about (after the criteria): those the
 * catalogue's `applies_when` does not exclude for this municipality, and any
 * the file already says it is responsible for. `missing`: only those the file
 * says nothing about yet.
 */
export function planServices(
  catalogue: Catalogue,
  municipality: Municipality,
  said: Readonly<Record<string, ServiceEntry>>,
  mode: 'missing' | 'all',
): Service[] {
  return (catalogue.services ?? []).filter((service) => {
    const entry = own(said, service.id);
    if (!applies(service, municipality) && entry?.responsible !== true) return false;
    return mode === 'all' || entry?.responsible === undefined;
  });
}

/** How far the interview is: applicable criteria with an entry (unknown and n/a included) of all applicable. */
export function progress(
  catalogue: Catalogue,
  municipality: Municipality,
  answers: Readonly<Record<string, AnswerEntry>> | undefined,
): { answered: number; total: number } {
  const items = applicableItems(catalogue, municipality);
  const answered = items.filter((item) => own(answers, item.criterion.id) !== undefined).length;
  return { answered, total: items.length };
}

/** The criterion with this id and its dimension. */
export function findCriterion(
  catalogue: Catalogue,
  id: string,
): { criterion: Criterion; dimension: Dimension } | undefined {
  for (const dimension of catalogue.dimensions) {
    const criterion = dimension.criteria.find((c) => c.id === id);
    if (criterion !== undefined) return { criterion, dimension };
  }
  return undefined;
}
