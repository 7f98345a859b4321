import type { Diagnostic } from '../errors.js';
import { t, type Params } from '../i18n/index.js';
import type { SourceMap } from '../model/source.js';
import type { Catalogue, Criterion, Lang, Text } from '../model/types.js';
import { describePath } from './schema.js';
import { suggest } from './suggest.js';

type Path = (string | number)[];

/**
 * The checks of FORMAT.md that JSON Schema cannot express, each a small named
 * rule. Runs on a catalogue that already passed the schema.
 */
export function catalogueRules(catalogue: Catalogue, source: SourceMap, lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (
    code: string,
    path: Path,
    key: string,
    params: Params = {},
    criterion?: string,
    at: 'key' | 'value' = 'value',
    hint?: string,
  ): void => {
    const didYouMean = hint ? ` ${t(lang, 'suggest.didYouMean', { suggestion: hint })}` : '';
    out.push({
      severity: 'error',
      code,
      file: source.file,
      ...source.locate(path, at),
      ...(criterion ? { criterion } : {}),
      ...(path.length > 0 ? { path: describePath(path, criterion) } : {}),
      message: t(lang, key, params) + didYouMean,
    });
  };
  const language = catalogue.language ?? 'de';

  // levels: 0..N, no gaps
  catalogue.levels.forEach((level, i) => {
    if (level.value !== i) {
      report('levels-gap', ['levels', i, 'value'], 'rule.levelsGap', {
        expected: i,
        found: level.value,
      });
    }
  });

  // bands: start at 0, ascend; unique ids
  const bandIds = new Set<string>();
  catalogue.bands.forEach((band, i) => {
    if (i === 0 && band.min !== 0)
      report('bands-start', ['bands', 0, 'min'], 'rule.bandsStart', { found: band.min });
    const previous = catalogue.bands[i - 1];
    if (previous && band.min <= previous.min) {
      report('bands-order', ['bands', i, 'min'], 'rule.bandsOrder', {
        id: band.id,
        min: band.min,
        previous: previous.min,
      });
    }
    if (bandIds.has(band.id))
      report('duplicate-id', ['bands', i, 'id'], 'rule.duplicateId', { id: band.id });
    bandIds.add(band.id);
  });
  const checkBand = (id: string, path: Path, criterion?: string): void => {
    if (!bandIds.has(id)) {
      report(
        'unknown-band',
        path,
        'rule.unknownBand',
        { id, allowed: [...bandIds].join(', ') },
        criterion,
        'value',
        suggest(id, bandIds),
      );
    }
  };

  // Texts carry the catalogue language
  const checkText = (text: Text | undefined, path: Path, criterion?: string): void => {
    if (text !== undefined && typeof text !== 'string' && !(language in text)) {
      report(
        'text-language',
        path,
        'rule.textLanguage',
        { language, found: Object.keys(text).join(', ') },
        criterion,
      );
    }
  };
  checkText(catalogue.title, ['title']);
  checkText(catalogue.description, ['description']);
  catalogue.levels.forEach((l, i) => {
    checkText(l.label, ['levels', i, 'label']);
    checkText(l.description, ['levels', i, 'description']);
  });
  catalogue.bands.forEach((b, i) => {
    checkText(b.label, ['bands', i, 'label']);
    checkText(b.description, ['bands', i, 'description']);
  });

  // dimensions and criteria
  const dimensionIds = new Set<string>();
  const criterionIds = new Set<string>();
  const levelValues = new Set(catalogue.levels.map((l) => String(l.value)));
  catalogue.dimensions.forEach((dimension, d) => {
    const dPath: Path = ['dimensions', d];
    if (dimensionIds.has(dimension.id))
      report('duplicate-id', [...dPath, 'id'], 'rule.duplicateId', { id: dimension.id });
    dimensionIds.add(dimension.id);
    checkText(dimension.title, [...dPath, 'title']);
    checkText(dimension.description, [...dPath, 'description']);
    dimension.criteria.forEach((criterion, c) => {
      const path: Path = [...dPath, 'criteria', c];
      const id = criterion.id;
      if (criterionIds.has(id))
        report('duplicate-id', [...path, 'id'], 'rule.duplicateId', { id }, id);
      criterionIds.add(id);
      criterionRules(criterion, path, id);
    });
  });

  function criterionRules(criterion: Criterion, path: Path, id: string): void {
    const type = criterion.type ?? 'scale';
    for (const key of ['title', 'question', 'help', 'unit'] as const)
      checkText(criterion[key], [...path, key], id);
    const required: Record<string, keyof Criterion> = {
      choice: 'options',
      number: 'thresholds',
      checklist: 'items',
    };
    const needs = required[type];
    if (needs && criterion[needs] === undefined) {
      report('type-needs', path, 'rule.typeNeeds', { type, key: needs }, id);
    }
    for (const key of ['options', 'thresholds', 'items', 'levels', 'unit'] as const) {
      const belongs = {
        options: 'choice',
        thresholds: 'number',
        items: 'checklist',
        levels: 'scale',
        unit: 'number',
      }[key];
      if (criterion[key] !== undefined && belongs !== type) {
        report('type-key', [...path, key], 'rule.typeKey', { key, type, belongs }, id, 'key');
      }
    }
    for (const [value, text] of Object.entries(criterion.levels ?? {})) {
      if (!levelValues.has(value)) {
        report(
          'level-unknown',
          [...path, 'levels', value],
          'rule.levelUnknown',
          { value, max: catalogue.levels.length - 1 },
          id,
          'key',
        );
      }
      checkText(text, [...path, 'levels', value], id);
    }
    uniqueIds(criterion.options, [...path, 'options'], id);
    uniqueIds(criterion.items, [...path, 'items'], id);
    criterion.options?.forEach((o, i) => {
      checkText(o.label, [...path, 'options', i, 'label'], id);
    });
    criterion.items?.forEach((o, i) => {
      checkText(o.label, [...path, 'items', i, 'label'], id);
    });
    criterion.thresholds?.forEach((th, i) => {
      const previous = criterion.thresholds?.[i - 1];
      if (previous && th.min <= previous.min) {
        report(
          'thresholds-order',
          [...path, 'thresholds', i, 'min'],
          'rule.thresholdsOrder',
          { min: th.min, previous: previous.min },
          id,
        );
      }
    });
    checkPopulation(criterion.applies_when, path, id);
    if (criterion.gate) {
      checkBand(criterion.gate.cap, [...path, 'gate', 'cap'], id);
      checkText(criterion.gate.reason, [...path, 'gate', 'reason'], id);
    }
    criterion.recommendations?.forEach((r, i) => {
      checkText(r.text, [...path, 'recommendations', i, 'text'], id);
      checkText(r.owner, [...path, 'recommendations', i, 'owner'], id);
    });
    criterion.references?.forEach((r, i) => {
      checkText(r.title, [...path, 'references', i, 'title'], id);
      if (r.url !== undefined && !isWebUrl(r.url)) {
        report(
          'reference-url',
          [...path, 'references', i, 'url'],
          'rule.referenceUrl',
          { url: r.url },
          id,
        );
      }
    });
  }

  function checkPopulation(when: Criterion['applies_when'], path: Path, criterion?: string): void {
    const population = when?.population;
    if (
      population?.min !== undefined &&
      population.max !== undefined &&
      population.min > population.max
    ) {
      report(
        'population-range',
        [...path, 'applies_when', 'population'],
        'rule.populationRange',
        { min: population.min, max: population.max },
        criterion,
      );
    }
  }

  function uniqueIds(list: { id: string }[] | undefined, path: Path, criterion: string): void {
    const seen = new Set<string>();
    list?.forEach((entry, i) => {
      if (seen.has(entry.id))
        report('duplicate-id', [...path, i, 'id'], 'rule.duplicateId', { id: entry.id }, criterion);
      seen.add(entry.id);
    });
  }

  // services
  const serviceIds = new Set<string>();
  catalogue.services?.forEach((service, s) => {
    const path: Path = ['services', s];
    if (serviceIds.has(service.id))
      report('duplicate-id', [...path, 'id'], 'rule.duplicateId', { id: service.id });
    serviceIds.add(service.id);
    checkText(service.title, [...path, 'title']);
    checkPopulation(service.applies_when, path);
    for (const key of Object.keys(service.weights ?? {})) {
      if (!dimensionIds.has(key)) {
        report(
          'unknown-dimension',
          [...path, 'weights', key],
          'rule.unknownDimension',
          { id: key, allowed: [...dimensionIds].join(', ') },
          undefined,
          'key',
          suggest(key, dimensionIds),
        );
      }
    }
    service.requires?.forEach((req, r) => {
      if (!criterionIds.has(req.criterion)) {
        report(
          'unknown-criterion',
          [...path, 'requires', r, 'criterion'],
          'rule.unknownCriterion',
          { id: req.criterion },
          undefined,
          'value',
          suggest(req.criterion, criterionIds),
        );
      }
      if (req.cap !== undefined) checkBand(req.cap, [...path, 'requires', r, 'cap']);
    });
  });

  dependencyRules(catalogue, criterionIds, report);
  replacesRules(catalogue, criterionIds, report);
  return out;
}

type Report = (
  code: string,
  path: Path,
  key: string,
  params?: Params,
  criterion?: string,
  at?: 'key' | 'value',
  hint?: string,
) => void;

/** Each criterion with its path in the catalogue, in catalogue order. */
function criteriaWithPaths(catalogue: Catalogue): { criterion: Criterion; path: Path }[] {
  return catalogue.dimensions.flatMap((dimension, d) =>
    dimension.criteria.map((criterion, c) => ({
      criterion,
      path: ['dimensions', d, 'criteria', c] as Path,
    })),
  );
}

/**
 * v1.1 `depends_on`: every id names another criterion, each once, and the
 * dependencies have no cycle (the printed plan orders actions by them).
 */
function dependencyRules(catalogue: Catalogue, ids: ReadonlySet<string>, report: Report): void {
  const edges = new Map<string, string[]>();
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    const seen = new Set<string>();
    criterion.depends_on?.forEach((dep, i) => {
      const at: Path = [...path, 'depends_on', i];
      if (!ids.has(dep)) {
        report(
          'unknown-criterion',
          at,
          'rule.unknownCriterion',
          { id: dep },
          criterion.id,
          'value',
          suggest(dep, ids),
        );
      } else if (dep === criterion.id) {
        report('depends-on-self', at, 'rule.dependsOnSelf', { id: dep }, criterion.id);
      } else if (seen.has(dep)) {
        report('duplicate-id', at, 'rule.duplicateId', { id: dep }, criterion.id);
      }
      seen.add(dep);
    });
    edges.set(
      criterion.id,
      [...seen].filter((dep) => ids.has(dep) && dep !== criterion.id),
    );
  }
  const cycle = findCycle(edges);
  if (cycle) {
    const first = criteriaWithPaths(catalogue).find((c) => c.criterion.id === cycle[0]);
    report(
      'depends-on-cycle',
      first ? [...first.path, 'depends_on'] : [],
      'rule.dependsOnCycle',
      { cycle: [...cycle, cycle[0]].join(' → ') },
      cycle[0],
      'key',
    );
  }
}

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

/** v1.1 `replaces`: no replaced id is a current one, no two criteria replace the same id. */
function replacesRules(catalogue: Catalogue, ids: ReadonlySet<string>, report: Report): void {
  const by = new Map<string, string>();
  for (const { criterion, path } of criteriaWithPaths(catalogue)) {
    criterion.replaces?.forEach((old, i) => {
      const at: Path = [...path, 'replaces', i];
      const earlier = by.get(old);
      if (ids.has(old)) {
        report('replaces-current', at, 'rule.replacesCurrent', { id: old }, criterion.id);
      } else if (earlier !== undefined) {
        report(
          'replaces-twice',
          at,
          earlier === criterion.id ? 'rule.duplicateId' : 'rule.replacesTwice',
          { id: old, other: earlier },
          criterion.id,
        );
      }
      if (earlier === undefined) by.set(old, criterion.id);
    });
  }
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
