import type { Diagnostic } from '../errors.js';
import { t, type Params } from '../i18n/index.js';
import type { SourceMap } from '../load/source.js';
import {
  answerValue,
  applies,
  criterionType,
  indexCriteria,
  isAnswerDetail,
  NOT_APPLICABLE,
  layerOf,
  parseCatalogueRef,
  UNKNOWN,
} from '../model/catalogue.js';
import {
  type AnswerEntry,
  type AnswerValue,
  type Assessment,
  type Catalogue,
  type Criterion,
  type Lang,
  type Municipality,
  MUNICIPALITY_TYPES,
  type MunicipalityType,
  type State,
  STATES,
} from '../model/types.js';
import { suggest } from './suggest.js';

type Path = (string | number)[];

/** Rules of an assessment on its own (no catalogue needed). */
export function assessmentRules(
  assessment: Assessment,
  source: SourceMap,
  lang: Lang,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const date: unknown = (assessment.assessment as { date?: unknown } | undefined)?.date;
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isCalendarDate(date)) {
    out.push({
      severity: 'error',
      code: 'bad-date',
      file: source.file,
      ...source.locate(['assessment', 'date']),
      path: 'assessment.date',
      message: t(lang, 'rule.badDate', { date }),
    });
  }
  return out;
}

/**
 * Rules of an assessment against its catalogue: every answer names a
 * criterion and has a value its type allows; plus the warnings of FORMAT.md.
 */
export function assessmentAgainstCatalogue(
  assessment: Assessment,
  catalogue: Catalogue,
  source: SourceMap,
  lang: Lang,
  /** Answers the schema already found broken: not checked again. */
  skip: ReadonlySet<string> = new Set(),
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const push = (
    list: Diagnostic[],
    code: string,
    path: Path,
    key: string,
    params: Params,
    criterion?: string,
    at: 'key' | 'value' = 'value',
  ): void => {
    list.push({
      severity: list === errors ? 'error' : 'warning',
      code,
      file: source.file,
      ...source.locate(path, at),
      ...(criterion ? { criterion } : {}),
      ...(path.length > 0 ? { path: path.join('.') } : {}),
      message: t(lang, key, params),
    });
  };
  const index = indexCriteria(catalogue);

  // Parts may be broken where the schema failed; check what is well-formed.
  const municipality = wellFormedMunicipality(assessment.municipality);
  const ref = parseCatalogueRef(
    typeof assessment.catalogue === 'string' ? assessment.catalogue : catalogue.id,
  );
  const layer = layerOf(catalogue, ref.id);
  if (!layer) {
    push(errors, 'catalogue-mismatch', ['catalogue'], 'rule.catalogueMismatch', {
      named: ref.id,
      loaded: catalogue.id,
    });
  } else if (ref.version !== undefined && ref.version !== layer.version) {
    push(warnings, 'catalogue-version', ['catalogue'], 'rule.catalogueVersion', {
      named: ref.version,
      loaded: layer.version,
      id: layer.id,
    });
  }

  errors.push(
    ...unknownCriterionKeys(
      isRecord(assessment.answers) ? assessment.answers : undefined,
      isRecord(assessment.targets) ? assessment.targets : undefined,
      catalogue,
      source,
      lang,
    ),
  );

  const answers: Record<string, AnswerEntry> = isRecord(assessment.answers)
    ? assessment.answers
    : {};
  for (const [id, entry] of Object.entries(answers)) {
    const found = index.get(id);
    if (!found || skip.has(id)) continue; // unknown ids: reported by unknownCriterionKeys
    const { criterion } = found;
    const value = answerValue(entry);
    const path: Path = isAnswerDetail(entry) ? ['answers', id, 'value'] : ['answers', id];
    const problem = checkValue(criterion, value, catalogue);
    if (problem) {
      push(errors, problem.code, path, problem.key, problem.params, id);
      continue;
    }
    if (value === NOT_APPLICABLE && !(isAnswerDetail(entry) && entry.note?.trim())) {
      push(warnings, 'na-without-note', path, 'rule.naWithoutNote', {}, id);
    }
    if (municipality && !applies(criterion, municipality) && value !== NOT_APPLICABLE) {
      push(warnings, 'answer-excluded', ['answers', id], 'rule.answerExcluded', {}, id, 'key');
    }
  }

  const missing = municipality
    ? [...index]
        .filter(([id, { criterion }]) => !(id in answers) && applies(criterion, municipality))
        .map(([id]) => id)
    : [];
  if (missing.length > 0) {
    const shown = missing.slice(0, 8).join(', ') + (missing.length > 8 ? ', …' : '');
    push(
      warnings,
      'missing-answers',
      assessment.answers ? ['answers'] : [],
      'rule.missingAnswers',
      { count: missing.length, ids: shown },
      undefined,
      'key',
    );
  }
  return { errors, warnings };
}

/** Answer and target keys that name no criterion, each with a "did you mean". */
export function unknownCriterionKeys(
  answers: object | undefined,
  targets: object | undefined,
  catalogue: Catalogue,
  source: SourceMap,
  lang: Lang,
): Diagnostic[] {
  const ids = indexCriteria(catalogue);
  const out: Diagnostic[] = [];
  for (const [section, record] of [
    ['answers', answers],
    ['targets', targets],
  ] as const) {
    for (const id of Object.keys(record ?? {})) {
      if (ids.has(id)) continue;
      const hint = suggest(id, ids.keys());
      out.push({
        severity: 'error',
        code: 'unknown-criterion',
        file: source.file,
        ...source.locate([section, id], 'key'),
        criterion: id,
        path: `${section}.${id}`,
        message:
          t(lang, 'rule.unknownAnswer', { id, catalogue: catalogue.id }) +
          (hint ? ` ${t(lang, 'suggest.didYouMean', { suggestion: hint })}` : ''),
      });
    }
  }
  return out;
}

interface Problem {
  code: string;
  key: string;
  params: Params;
}

/** Whether `value` is an answer the criterion's type allows; the problem if not. */
export function checkValue(
  criterion: Criterion,
  value: AnswerValue,
  catalogue: Catalogue,
): Problem | undefined {
  if (value === UNKNOWN) return undefined;
  if (value === NOT_APPLICABLE) {
    return criterion.allow_na
      ? undefined
      : { code: 'na-not-allowed', key: 'rule.naNotAllowed', params: {} };
  }
  const type = criterionType(criterion);
  const shown = JSON.stringify(value);
  switch (type) {
    case 'scale': {
      const max = catalogue.levels.length - 1;
      if (typeof value === 'string' && /^\d+$/.test(value)) {
        return { code: 'scale-quoted', key: 'rule.scaleQuoted', params: { value, max } };
      }
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
        return {
          code: 'level-out-of-range',
          key: 'rule.levelOutOfRange',
          params: { found: shown, max },
        };
      }
      return undefined;
    }
    case 'boolean':
      if (typeof value !== 'boolean') {
        return { code: 'expected-boolean', key: 'rule.expectedBoolean', params: { found: shown } };
      }
      return undefined;
    case 'choice': {
      const options = (criterion.options ?? []).map((o) => o.id);
      if (typeof value !== 'string' || !options.includes(value)) {
        const hint = typeof value === 'string' ? suggest(value, options) : undefined;
        return {
          code: 'unknown-option',
          key: hint ? 'rule.unknownOptionHint' : 'rule.unknownOption',
          params: { found: shown, allowed: options.join(', '), suggestion: hint ?? '' },
        };
      }
      return undefined;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { code: 'expected-number', key: 'rule.expectedNumber', params: { found: shown } };
      }
      return undefined;
    case 'checklist': {
      const items = (criterion.items ?? []).map((i) => i.id);
      if (!Array.isArray(value)) {
        return {
          code: 'expected-list',
          key: 'rule.expectedList',
          params: { found: shown, allowed: items.join(', ') },
        };
      }
      const seen = new Set<string>();
      for (const item of value) {
        if (!items.includes(item)) {
          const hint = suggest(item, items);
          return {
            code: 'unknown-item',
            key: hint ? 'rule.unknownItemHint' : 'rule.unknownItem',
            params: { found: item, allowed: items.join(', '), suggestion: hint ?? '' },
          };
        }
        if (seen.has(item))
          return { code: 'duplicate-item', key: 'rule.duplicateItem', params: { found: item } };
        seen.add(item);
      }
      return undefined;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wellFormedMunicipality(value: unknown): Municipality | undefined {
  if (!isRecord(value)) return undefined;
  const m = value as Partial<Municipality>;
  return MUNICIPALITY_TYPES.includes(m.type as MunicipalityType) &&
    STATES.includes(m.state as State) &&
    (m.population === undefined || typeof m.population === 'number')
    ? (m as Municipality)
    : undefined;
}

function isCalendarDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
