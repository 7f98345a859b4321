import type { Diagnostic } from '../errors.js';
import { t, type Params } from '../i18n/index.js';
import type { SourceMap } from '../load/source.js';
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
    const population = criterion.applies_when?.population;
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
        id,
      );
    }
    if (criterion.gate) {
      checkBand(criterion.gate.cap, [...path, 'gate', 'cap'], id);
      checkText(criterion.gate.reason, [...path, 'gate', 'reason'], id);
    }
    criterion.recommendations?.forEach((r, i) => {
      checkText(r.text, [...path, 'recommendations', i, 'text'], id);
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

  return out;
}

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
