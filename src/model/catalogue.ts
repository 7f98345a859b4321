import type {
  AnswerDetail,
  AnswerEntry,
  AnswerValue,
  Catalogue,
  Criterion,
  CriterionType,
  Dimension,
  Municipality,
} from './types.js';

export interface IndexedCriterion {
  criterion: Criterion;
  dimension: Dimension;
}

/**
 * Criterion id -> criterion and its dimension, in catalogue order. Built once
 * per catalogue object (validated catalogues are not changed afterwards):
 * `compare` checks 11,000 assessments against one catalogue.
 */
export function indexCriteria(catalogue: Catalogue): ReadonlyMap<string, IndexedCriterion> {
  let index = indexes.get(catalogue);
  if (!index) {
    index = new Map<string, IndexedCriterion>();
    for (const dimension of catalogue.dimensions) {
      for (const criterion of dimension.criteria) index.set(criterion.id, { criterion, dimension });
    }
    indexes.set(catalogue, index);
  }
  return index;
}

const indexes = new WeakMap<Catalogue, Map<string, IndexedCriterion>>();

/**
 * v1.1: old criterion id -> the current criterion that `replaces` it, in
 * catalogue order. Built once per catalogue object.
 */
export function replacedIds(catalogue: Catalogue): ReadonlyMap<string, string> {
  let index = replaced.get(catalogue);
  if (!index) {
    index = new Map<string, string>();
    for (const dimension of catalogue.dimensions) {
      for (const criterion of dimension.criteria) {
        for (const old of criterion.replaces ?? [])
          if (!index.has(old)) index.set(old, criterion.id);
      }
    }
    replaced.set(catalogue, index);
  }
  return index;
}

const replaced = new WeakMap<Catalogue, Map<string, string>>();

/**
 * v1.1: a record keyed by criterion id with entries under a replaced id moved
 * to the current one (an entry under the current id wins). Returns the input
 * itself where nothing is replaced, so v1 files cost nothing.
 */
export function underCurrentIds<T>(
  record: Readonly<Record<string, T>> | undefined,
  catalogue: Catalogue,
): Readonly<Record<string, T>> {
  const map = replacedIds(catalogue);
  if (!record || map.size === 0) return record ?? {};
  if (!Object.keys(record).some((key) => map.has(key))) return record;
  const out = Object.create(null) as Record<string, T>;
  for (const [key, entry] of Object.entries(record)) {
    const current = map.get(key);
    if (current === undefined) out[key] = entry;
    else if (!Object.hasOwn(record, current)) out[current] = entry;
  }
  return out;
}

export function criterionType(criterion: Criterion): CriterionType {
  return criterion.type ?? 'scale';
}

/**
 * SCORING.md §1: every named key of `applies_when` must match. Criteria and
 * (v1.1) services share the rule.
 */
export function applies(
  subject: Pick<Criterion, 'applies_when'>,
  municipality: Municipality,
): boolean {
  const when = subject.applies_when;
  if (!when) return true;
  if (when.type && !when.type.includes(municipality.type)) return false;
  if (when.state && !when.state.includes(municipality.state)) return false;
  if (when.population) {
    const population = municipality.population;
    if (population === undefined) return false;
    if (when.population.min !== undefined && population < when.population.min) return false;
    if (when.population.max !== undefined && population > when.population.max) return false;
  }
  return true;
}

export const UNKNOWN = 'unknown';
export const NOT_APPLICABLE = 'n/a';

export function isAnswerDetail(entry: AnswerEntry): entry is AnswerDetail {
  return typeof entry === 'object' && !Array.isArray(entry);
}

/** The value of an answer entry, short or long form. */
export function answerValue(entry: AnswerEntry): AnswerValue {
  return isAnswerDetail(entry) ? entry.value : entry;
}

/** The split of a catalogue reference `id@version`. */
export function parseCatalogueRef(ref: string): { id: string; version?: string } {
  const at = ref.indexOf('@');
  return at < 0 ? { id: ref } : { id: ref.slice(0, at), version: ref.slice(at + 1) };
}
