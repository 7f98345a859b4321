import type { Diagnostic } from '../errors.js';
import { t, type Params } from '../i18n/index.js';
import type { SourceMap } from '../model/source.js';
import type { Catalogue, Criterion, Lang, Text } from '../model/types.js';
import { describePath } from './schema.js';
import { suggest } from './suggest.js';

type Path = (string | number)[];

/** One problem a rule found; the rule's `code` and the file's place are added by `catalogueRules`. */
interface Finding {
  path: Path;
  /** The message key (rule.*). */
  key: string;
  params?: Params;
  criterion?: string;
  /** Point at the key rather than its value. */
  at?: 'key' | 'value';
  /** A "did you mean" suggestion. */
  hint?: string;
}

/** What the rules read: the catalogue and the id sets several rules check against. */
interface RuleInput {
  catalogue: Catalogue;
  language: string;
  bandIds: ReadonlySet<string>;
  dimensionIds: ReadonlySet<string>;
  criterionIds: ReadonlySet<string>;
}

/** A check of FORMAT.md that JSON Schema cannot express, named by the diagnostic code it gives. */
export interface CatalogueRule {
  code: string;
  check: (input: RuleInput) => Iterable<Finding>;
}

/**
 * Run every rule of `CATALOGUE_RULES` on a catalogue that already passed the
 * schema, each finding with its place in the file and its message.
 */
export function catalogueRules(catalogue: Catalogue, source: SourceMap, lang: Lang): Diagnostic[] {
  const input: RuleInput = {
    catalogue,
    language: catalogue.language ?? 'de',
    bandIds: new Set(catalogue.bands.map((b) => b.id)),
    dimensionIds: new Set(catalogue.dimensions.map((d) => d.id)),
    criterionIds: new Set(criteriaWithPaths(catalogue).map((c) => c.criterion.id)),
  };
  return CATALOGUE_RULES.flatMap((rule) =>
    [...rule.check(input)].map((finding) => diagnostic(rule.code, finding, source, lang)),
  );
}

function diagnostic(code: string, finding: Finding, source: SourceMap, lang: Lang): Diagnostic {
  const { path, criterion, hint } = finding;
  const didYouMean = hint ? ` ${t(lang, 'suggest.didYouMean', { suggestion: hint })}` : '';
  return {
    severity: 'error',
    code,
    file: source.file,
    ...source.locate(path, finding.at ?? 'value'),
    ...(criterion ? { criterion } : {}),
    ...(path.length > 0 ? { path: describePath(path, criterion) } : {}),
    message: t(lang, finding.key, finding.params ?? {}) + didYouMean,
  };
}

/** Each criterion with its path in the catalogue, in catalogue order. */
function criteriaWithPaths(catalogue: Catalogue): { criterion: Criterion; path: Path }[] {
  return catalogue.dimensions.flatMap((dimension, d) =>
    dimension.criteria.map((criterion, c) => ({
      criterion,
      path: ['dimensions', d, 'criteria', c] as Path,
    })),
  );
}

/** Every text of the catalogue with its path (and criterion), in file order. */
function* textsOf(
  catalogue: Catalogue,
): Generator<{ text: Text | undefined; path: Path; criterion?: string }> {
  yield { text: catalogue.title, path: ['title'] };
  yield { text: catalogue.description, path: ['description'] };
  for (const [i, l] of catalogue.levels.entries()) {
    yield { text: l.label, path: ['levels', i, 'label'] };
    yield { text: l.description, path: ['levels', i, 'description'] };
  }
  for (const [i, b] of catalogue.bands.entries()) {
    yield { text: b.label, path: ['bands', i, 'label'] };
    yield { text: b.description, path: ['bands', i, 'description'] };
  }
  for (const [d, dimension] of catalogue.dimensions.entries()) {
    yield { text: dimension.title, path: ['dimensions', d, 'title'] };
    yield { text: dimension.description, path: ['dimensions', d, 'description'] };
  }
  for (const { criterion, path } of criteriaWithPaths(catalogue))
    yield* criterionTexts(criterion, path);
  for (const [s, service] of (catalogue.services ?? []).entries())
    yield { text: service.title, path: ['services', s, 'title'] };
}

function* criterionTexts(
  criterion: Criterion,
  path: Path,
): Generator<{ text: Text | undefined; path: Path; criterion: string }> {
  const id = criterion.id;
  for (const key of ['title', 'question', 'help', 'unit'] as const)
    yield { text: criterion[key], path: [...path, key], criterion: id };
  for (const [value, text] of Object.entries(criterion.levels ?? {}))
    yield { text, path: [...path, 'levels', value], criterion: id };
  for (const [i, o] of (criterion.options ?? []).entries())
    yield { text: o.label, path: [...path, 'options', i, 'label'], criterion: id };
  for (const [i, o] of (criterion.items ?? []).entries())
    yield { text: o.label, path: [...path, 'items', i, 'label'], criterion: id };
  if (criterion.gate)
    yield { text: criterion.gate.reason, path: [...path, 'gate', 'reason'], criterion: id };
  for (const [i, r] of (criterion.recommendations ?? []).entries()) {
    yield { text: r.text, path: [...path, 'recommendations', i, 'text'], criterion: id };
    yield { text: r.owner, path: [...path, 'recommendations', i, 'owner'], criterion: id };
  }
  for (const [i, r] of (criterion.references ?? []).entries())
    yield { text: r.title, path: [...path, 'references', i, 'title'], criterion: id };
}

interface Keyed {
  id: string;
  path: Path;
  criterion?: string;
}

/** The second and later entries of `entries` whose id came before. */
function* repeated(entries: readonly Keyed[]): Generator<Finding> {
  const seen = new Set<string>();
  for (const { id, path, criterion } of entries) {
    if (seen.has(id)) yield { path, key: 'rule.duplicateId', params: { id }, criterion };
    seen.add(id);
  }
}

function* duplicateIds({ catalogue, criterionIds }: RuleInput): Generator<Finding> {
  yield* repeated(catalogue.bands.map((b, i) => ({ id: b.id, path: ['bands', i, 'id'] })));
  yield* repeated(
    catalogue.dimensions.map((d, i) => ({ id: d.id, path: ['dimensions', i, 'id'] })),
  );
  const criteria = criteriaWithPaths(catalogue);
  yield* repeated(
    criteria.map(({ criterion: c, path }) => ({
      id: c.id,
      path: [...path, 'id'],
      criterion: c.id,
    })),
  );
  for (const { criterion: c, path } of criteria) {
    for (const key of ['options', 'items'] as const) {
      const list = c[key] ?? [];
      yield* repeated(
        list.map((o, i) => ({ id: o.id, path: [...path, key, i, 'id'], criterion: c.id })),
      );
    }
    // v1.1 depends_on: an id named twice (unknown ids and the criterion itself have their own codes)
    const deps = (c.depends_on ?? []).map((id, i) => ({
      id,
      path: [...path, 'depends_on', i],
      criterion: c.id,
    }));
    yield* repeated(deps.filter((d) => criterionIds.has(d.id) && d.id !== c.id));
  }
  const services = catalogue.services ?? [];
  yield* repeated(services.map((s, i) => ({ id: s.id, path: ['services', i, 'id'] })));
}

function* levelsGap({ catalogue }: RuleInput): Generator<Finding> {
  for (const [i, level] of catalogue.levels.entries()) {
    if (level.value !== i)
      yield {
        path: ['levels', i, 'value'],
        key: 'rule.levelsGap',
        params: { expected: i, found: level.value },
      };
  }
}

function* bandsStart({ catalogue }: RuleInput): Generator<Finding> {
  const first = catalogue.bands[0];
  if (first && first.min !== 0)
    yield { path: ['bands', 0, 'min'], key: 'rule.bandsStart', params: { found: first.min } };
}

function* bandsOrder({ catalogue }: RuleInput): Generator<Finding> {
  for (const [i, band] of catalogue.bands.entries()) {
    const previous = catalogue.bands[i - 1];
    if (previous && band.min <= previous.min) {
      const params = { id: band.id, min: band.min, previous: previous.min };
      yield { path: ['bands', i, 'min'], key: 'rule.bandsOrder', params };
    }
  }
}

/** Gate caps and service caps name a band of the catalogue. */
function* unknownBand({ catalogue, bandIds }: RuleInput): Generator<Finding> {
  const caps: Keyed[] = [];
  for (const { criterion, path } of criteriaWithPaths(catalogue))
    if (criterion.gate)
      caps.push({
        id: criterion.gate.cap,
        path: [...path, 'gate', 'cap'],
        criterion: criterion.id,
      });
  for (const [s, service] of (catalogue.services ?? []).entries()) {
    for (const [r, req] of (service.requires ?? []).entries())
      if (req.cap !== undefined)
        caps.push({ id: req.cap, path: ['services', s, 'requires', r, 'cap'] });
  }
  const allowed = [...bandIds].join(', ');
  for (const { id, path, criterion } of caps) {
    if (!bandIds.has(id))
      yield {
        path,
        key: 'rule.unknownBand',
        params: { id, allowed },
        criterion,
        hint: suggest(id, bandIds),
      };
  }
}

/** Texts carry the catalogue language. */
function* textLanguage({ catalogue, language }: RuleInput): Generator<Finding> {
  for (const { text, path, criterion } of textsOf(catalogue)) {
    if (text !== undefined && typeof text !== 'string' && !(language in text)) {
      const params = { language, found: Object.keys(text).join(', ') };
      yield { path, key: 'rule.textLanguage', params, criterion };
    }
  }
}

const NEEDS: Readonly<Record<string, keyof Criterion>> = {
  choice: 'options',
  number: 'thresholds',
  checklist: 'items',
};
const BELONGS = {
  options: 'choice',
  thresholds: 'number',
  items: 'checklist',
  levels: 'scale',
  unit: 'number',
} as const;

/** A criterion of a type has the key that type needs (choice: options, …). */
function* typeNeeds({ catalogue }: RuleInput): Generator<Finding> {
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    const type = criterion.type ?? 'scale';
    const needs = NEEDS[type];
    if (needs && criterion[needs] === undefined)
      yield { path, key: 'rule.typeNeeds', params: { type, key: needs }, criterion: criterion.id };
  }
}

/** A criterion has no key of another type (options only on choice, …). */
function* typeKey({ catalogue }: RuleInput): Generator<Finding> {
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    const type = criterion.type ?? 'scale';
    for (const [key, belongs] of Object.entries(BELONGS) as [keyof typeof BELONGS, string][]) {
      if (criterion[key] !== undefined && belongs !== type) {
        const params = { key, type, belongs };
        yield {
          path: [...path, key],
          key: 'rule.typeKey',
          params,
          criterion: criterion.id,
          at: 'key',
        };
      }
    }
  }
}

/** A criterion's own level texts are for levels of the scale. */
function* levelUnknown({ catalogue }: RuleInput): Generator<Finding> {
  const values = new Set(catalogue.levels.map((l) => String(l.value)));
  const max = catalogue.levels.length - 1;
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    for (const value of Object.keys(criterion.levels ?? {})) {
      if (!values.has(value)) {
        const at = [...path, 'levels', value];
        yield {
          path: at,
          key: 'rule.levelUnknown',
          params: { value, max },
          criterion: criterion.id,
          at: 'key',
        };
      }
    }
  }
}

function* thresholdsOrder({ catalogue }: RuleInput): Generator<Finding> {
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    const thresholds = criterion.thresholds ?? [];
    for (const [i, th] of thresholds.entries()) {
      const previous = thresholds[i - 1];
      if (previous && th.min <= previous.min) {
        const params = { min: th.min, previous: previous.min };
        yield {
          path: [...path, 'thresholds', i, 'min'],
          key: 'rule.thresholdsOrder',
          params,
          criterion: criterion.id,
        };
      }
    }
  }
}

/** `applies_when.population` of criteria and services: min not above max. */
function* populationRange({ catalogue }: RuleInput): Generator<Finding> {
  const scoped: { when: Criterion['applies_when']; path: Path; criterion?: string }[] = [
    ...criteriaWithPaths(catalogue).map(({ criterion, path }) => ({
      when: criterion.applies_when,
      path,
      criterion: criterion.id,
    })),
    ...(catalogue.services ?? []).map((s, i) => ({
      when: s.applies_when,
      path: ['services', i] as Path,
    })),
  ];
  for (const { when, path, criterion } of scoped) {
    const population = when?.population;
    if (
      population?.min !== undefined &&
      population.max !== undefined &&
      population.min > population.max
    ) {
      const params = { min: population.min, max: population.max };
      yield {
        path: [...path, 'applies_when', 'population'],
        key: 'rule.populationRange',
        params,
        criterion,
      };
    }
  }
}

function* referenceUrl({ catalogue }: RuleInput): Generator<Finding> {
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    for (const [i, r] of (criterion.references ?? []).entries()) {
      if (r.url !== undefined && !isWebUrl(r.url)) {
        const at = [...path, 'references', i, 'url'];
        yield {
          path: at,
          key: 'rule.referenceUrl',
          params: { url: r.url },
          criterion: criterion.id,
        };
      }
    }
  }
}

/** A service weighs dimensions of the catalogue. */
function* unknownDimension({ catalogue, dimensionIds }: RuleInput): Generator<Finding> {
  const allowed = [...dimensionIds].join(', ');
  for (const [s, service] of (catalogue.services ?? []).entries()) {
    for (const id of Object.keys(service.weights ?? {})) {
      if (!dimensionIds.has(id)) {
        const path = ['services', s, 'weights', id];
        yield {
          path,
          key: 'rule.unknownDimension',
          params: { id, allowed },
          at: 'key',
          hint: suggest(id, dimensionIds),
        };
      }
    }
  }
}

/** Services require, and v1.1 `depends_on` names, criteria of the catalogue. */
function* unknownCriterion({ catalogue, criterionIds }: RuleInput): Generator<Finding> {
  const named: Keyed[] = [];
  for (const [s, service] of (catalogue.services ?? []).entries()) {
    for (const [r, req] of (service.requires ?? []).entries())
      named.push({ id: req.criterion, path: ['services', s, 'requires', r, 'criterion'] });
  }
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    for (const [i, id] of (criterion.depends_on ?? []).entries())
      named.push({ id, path: [...path, 'depends_on', i], criterion: criterion.id });
  }
  for (const { id, path, criterion } of named) {
    if (!criterionIds.has(id))
      yield {
        path,
        key: 'rule.unknownCriterion',
        params: { id },
        criterion,
        hint: suggest(id, criterionIds),
      };
  }
}

function* dependsOnSelf({ catalogue }: RuleInput): Generator<Finding> {
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    for (const [i, id] of (criterion.depends_on ?? []).entries()) {
      if (id === criterion.id)
        yield {
          path: [...path, 'depends_on', i],
          key: 'rule.dependsOnSelf',
          params: { id },
          criterion: id,
        };
    }
  }
}

/** v1.1: the dependencies have no cycle (the printed plan orders actions by them). */
function* dependsOnCycle({ catalogue, criterionIds }: RuleInput): Generator<Finding> {
  const criteria = criteriaWithPaths(catalogue);
  const edges = new Map<string, string[]>();
  for (const { criterion } of criteria) {
    const deps = new Set(
      (criterion.depends_on ?? []).filter((id) => criterionIds.has(id) && id !== criterion.id),
    );
    edges.set(criterion.id, [...deps]);
  }
  const cycle = findCycle(edges);
  if (!cycle) return;
  const first = criteria.find((c) => c.criterion.id === cycle[0]);
  yield {
    path: first ? [...first.path, 'depends_on'] : [],
    key: 'rule.dependsOnCycle',
    params: { cycle: [...cycle, cycle[0]].join(' → ') },
    criterion: cycle[0],
    at: 'key',
  };
}

/** v1.1 `replaces`: no replaced id is a current one. */
function* replacesCurrent({ catalogue, criterionIds }: RuleInput): Generator<Finding> {
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    for (const [i, old] of (criterion.replaces ?? []).entries()) {
      if (criterionIds.has(old))
        yield {
          path: [...path, 'replaces', i],
          key: 'rule.replacesCurrent',
          params: { id: old },
          criterion: criterion.id,
        };
    }
  }
}

/** v1.1 `replaces`: no two criteria (nor one twice) replace the same id. */
function* replacesTwice({ catalogue, criterionIds }: RuleInput): Generator<Finding> {
  const by = new Map<string, string>();
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    for (const [i, old] of (criterion.replaces ?? []).entries()) {
      const earlier = by.get(old);
      if (earlier === undefined) {
        by.set(old, criterion.id);
      } else if (!criterionIds.has(old)) {
        const key = earlier === criterion.id ? 'rule.duplicateId' : 'rule.replacesTwice';
        yield {
          path: [...path, 'replaces', i],
          key,
          params: { id: old, other: earlier },
          criterion: criterion.id,
        };
      }
    }
  }
}

/**
 * The rules, by the code of the diagnostics each gives. Every finding is
 * sorted by its place in the file afterwards (validate/index.ts).
 */
export const CATALOGUE_RULES: readonly CatalogueRule[] = [
  { code: 'levels-gap', check: levelsGap },
  { code: 'bands-start', check: bandsStart },
  { code: 'bands-order', check: bandsOrder },
  { code: 'duplicate-id', check: duplicateIds },
  { code: 'unknown-band', check: unknownBand },
  { code: 'text-language', check: textLanguage },
  { code: 'type-needs', check: typeNeeds },
  { code: 'type-key', check: typeKey },
  { code: 'level-unknown', check: levelUnknown },
  { code: 'thresholds-order', check: thresholdsOrder },
  { code: 'population-range', check: populationRange },
  { code: 'reference-url', check: referenceUrl },
  { code: 'unknown-dimension', check: unknownDimension },
  { code: 'unknown-criterion', check: unknownCriterion },
  { code: 'depends-on-self', check: dependsOnSelf },
  { code: 'depends-on-cycle', check: dependsOnCycle },
  { code: 'replaces-current', check: replacesCurrent },
  { code: 'replaces-twice', check: replacesTwice },
];

/** One cycle of the graph (as the ids on it), or undefined. Depth-first, in insertion order. */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      if (state.get(next) === 'open') return stack.slice(stack.indexOf(next));
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of edges.keys()) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
