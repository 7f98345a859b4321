import type { Diagnostic } from '../errors.js';
import { formatDecimal, formatNumber, t, type Params } from '../i18n/index.js';
import type { SourceMap } from '../model/source.js';
import {
  answerValue,
  applies,
  criterionType,
  indexCriteria,
  isAnswerDetail,
  NOT_APPLICABLE,
  layerOf,
  parseCatalogueRef,
  replacedIds,
  underCurrentIds,
  UNKNOWN,
} from '../model/catalogue.js';
import { criterionScore, criterionStatus } from '../model/criterion-score.js';
import { round1 } from '../model/round.js';
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
import { meansNotApplicable } from './natural-input.js';
import { plausibilityWarnings } from './plausibility.js';
import { resolveText } from '../model/text.js';
import { suggest } from './suggest.js';

type Path = (string | number)[];

/** Rules of an assessment on its own (no catalogue needed). */
export function assessmentRules(
  assessment: Assessment,
  source: SourceMap,
  lang: Lang,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const checkDate = (date: unknown, path: Path): void => {
    if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && !isCalendarDate(date)) {
      out.push({
        severity: 'error',
        code: 'bad-date',
        file: source.file,
        ...source.locate(path),
        path: path.join('.'),
        message: t(lang, 'rule.badDate', { date }),
      });
    }
  };
  checkDate((assessment.assessment as { date?: unknown } | undefined)?.date, [
    'assessment',
    'date',
  ]);
  // v1.1: the due date of each action
  if (isRecord(assessment.actions)) {
    for (const [id, entry] of Object.entries(assessment.actions)) {
      if (isRecord(entry)) checkDate(entry.due, ['actions', id, 'due']);
    }
  }
  return out;
}

/** Errors and warnings of one file, collected in order, each with its place. */
interface Sink {
  errors: Diagnostic[];
  warnings: Diagnostic[];
  push: (
    list: Diagnostic[],
    code: string,
    path: Path,
    key: string,
    params: Params,
    criterion?: string,
    at?: 'key' | 'value',
  ) => void;
}

function sinkFor(source: SourceMap, lang: Lang): Sink {
  const errors: Diagnostic[] = [];
  return {
    errors,
    warnings: [],
    push: (list, code, path, key, params, criterion, at = 'value') => {
      list.push({
        severity: list === errors ? 'error' : 'warning',
        code,
        file: source.file,
        ...source.locate(path, at),
        ...(criterion ? { criterion } : {}),
        ...(path.length > 0 ? { path: path.join('.') } : {}),
        message: t(lang, key, params),
      });
    },
  };
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
  const sink = sinkFor(source, lang);
  const { errors, warnings } = sink;
  // Parts may be broken where the schema failed; check what is well-formed.
  const municipality = wellFormedMunicipality(assessment.municipality);
  catalogueRefRules(sink, assessment, catalogue);
  const keys = criterionKeys(
    {
      answers: isRecord(assessment.answers) ? assessment.answers : undefined,
      targets: isRecord(assessment.targets) ? assessment.targets : undefined,
      actions: isRecord(assessment.actions) ? assessment.actions : undefined,
    },
    catalogue,
    source,
    lang,
  );
  errors.push(...keys.errors, ...unknownServiceKeys(assessment.services, catalogue, source, lang));
  warnings.push(...keys.warnings);
  const answers: Record<string, AnswerEntry> = isRecord(assessment.answers)
    ? assessment.answers
    : {};
  answerRules(sink, answers, catalogue, municipality, skip);
  if (municipality) {
    warnings.push(...doneButBelowTarget(assessment, catalogue, municipality, source, lang));
    warnings.push(...plausibilityWarnings(assessment, catalogue, municipality, source, lang));
    missingAnswers(sink, assessment, answers, catalogue, municipality);
  }
  return { errors, warnings };
}

/** The catalogue the assessment names is the one loaded (or a layer of it), in its version. */
function catalogueRefRules(sink: Sink, assessment: Assessment, catalogue: Catalogue): void {
  const ref = parseCatalogueRef(
    typeof assessment.catalogue === 'string' ? assessment.catalogue : catalogue.id,
  );
  const layer = layerOf(catalogue, ref.id);
  if (!layer) {
    sink.push(sink.errors, 'catalogue-mismatch', ['catalogue'], 'rule.catalogueMismatch', {
      named: ref.id,
      loaded: catalogue.id,
    });
  } else if (ref.version !== undefined && ref.version !== layer.version) {
    sink.push(sink.warnings, 'catalogue-version', ['catalogue'], 'rule.catalogueVersion', {
      named: ref.version,
      loaded: layer.version,
      id: layer.id,
    });
  }
}

/** Each answer has a value its criterion allows; `n/a` has a note; excluded ones say so. */
function answerRules(
  sink: Sink,
  answers: Record<string, AnswerEntry>,
  catalogue: Catalogue,
  municipality: Municipality | undefined,
  skip: ReadonlySet<string>,
): void {
  const { errors, warnings, push } = sink;
  const index = indexCriteria(catalogue);
  const replaced = replacedIds(catalogue);
  for (const [key, entry] of Object.entries(answers)) {
    const id = index.has(key) ? key : (replaced.get(key) ?? key);
    const found = index.get(id);
    if (!found || skip.has(id)) continue; // unknown ids: reported by unknownCriterionKeys
    const { criterion } = found;
    const value = answerValue(entry);
    const path: Path = isAnswerDetail(entry) ? ['answers', key, 'value'] : ['answers', key];
    const problem = checkValue(criterion, value, catalogue);
    if (problem) {
      push(errors, problem.code, path, problem.key, problem.params, id);
      continue;
    }
    if (value === NOT_APPLICABLE && !(isAnswerDetail(entry) && entry.note?.trim())) {
      push(warnings, 'na-without-note', path, 'rule.naWithoutNote', {}, id);
    }
    if (municipality && !applies(criterion, municipality) && value !== NOT_APPLICABLE) {
      push(warnings, 'answer-excluded', ['answers', key], 'rule.answerExcluded', {}, id, 'key');
    }
  }
}

/** One warning naming (the first eight of) the criteria that apply and have no answer. */
function missingAnswers(
  sink: Sink,
  assessment: Assessment,
  answers: Record<string, AnswerEntry>,
  catalogue: Catalogue,
  municipality: Municipality,
): void {
  const current = underCurrentIds(answers, catalogue);
  const missing = [...indexCriteria(catalogue)]
    .filter(
      ([id, { criterion }]) => !Object.hasOwn(current, id) && applies(criterion, municipality),
    )
    .map(([id]) => id);
  if (missing.length === 0) return;
  const shown = missing.slice(0, 8).join(', ') + (missing.length > 8 ? ', …' : '');
  sink.push(
    sink.warnings,
    'missing-answers',
    assessment.answers ? ['answers'] : [],
    'rule.missingAnswers',
    { count: missing.length, ids: shown },
    undefined,
    'key',
  );
}

/**
 * Answer, target and (v1.1) action keys that name no criterion, each an error
 * with a "did you mean"; a key that a criterion `replaces` is a warning naming
 * both ids (an error where the current id is given as well).
 */
export function criterionKeys(
  sections: Readonly<Record<'answers' | 'targets' | 'actions', object | undefined>>,
  catalogue: Catalogue,
  source: SourceMap,
  lang: Lang,
): { errors: Diagnostic[]; warnings: Diagnostic[] } {
  const ids = indexCriteria(catalogue);
  const replaced = replacedIds(catalogue);
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const diagnostic = (
    severity: 'error' | 'warning',
    code: string,
    section: string,
    key: string,
    criterion: string,
    message: string,
  ): Diagnostic => ({
    severity,
    code,
    file: source.file,
    ...source.locate([section, key], 'key'),
    criterion,
    path: `${section}.${key}`,
    message,
  });
  for (const [section, record] of Object.entries(sections)) {
    for (const id of Object.keys(record ?? {})) {
      if (ids.has(id)) continue;
      const current = replaced.get(id);
      if (current !== undefined) {
        const both = Object.hasOwn(record ?? {}, current);
        const key = both ? 'rule.answerReplacedBoth' : 'rule.answerReplaced';
        const message = t(lang, key, { old: id, id: current });
        if (both) errors.push(diagnostic('error', 'replaced-both', section, id, current, message));
        else warnings.push(diagnostic('warning', 'replaced-id', section, id, current, message));
        continue;
      }
      const removal = catalogue.provenance?.removed.find((r) => r.id === id);
      if (removal) {
        const reason = resolveText(removal.reason, lang, catalogue.language ?? 'de');
        const message = t(lang, 'rule.answerRemoved', {
          id,
          catalogue: catalogue.id,
          by: removal.by,
          reason,
        });
        warnings.push(diagnostic('warning', 'removed-by-overlay', section, id, id, message));
        continue;
      }
      const hint = suggest(id, ids.keys());
      const message =
        t(lang, 'rule.unknownAnswer', { id, catalogue: catalogue.id }) +
        (hint ? ` ${t(lang, 'suggest.didYouMean', { suggestion: hint })}` : '');
      errors.push(diagnostic('error', 'unknown-criterion', section, id, id, message));
    }
  }
  return { errors, warnings };
}

/** v1.1: service keys of the assessment that name no service of the catalogue. */
function unknownServiceKeys(
  services: unknown,
  catalogue: Catalogue,
  source: SourceMap,
  lang: Lang,
): Diagnostic[] {
  if (!isRecord(services)) return [];
  const ids = (catalogue.services ?? []).map((service) => service.id);
  return Object.keys(services)
    .filter((id) => !ids.includes(id))
    .map((id): Diagnostic => {
      const hint = suggest(id, ids);
      return {
        severity: 'error',
        code: 'unknown-service',
        file: source.file,
        ...source.locate(['services', id], 'key'),
        path: `services.${id}`,
        message:
          t(lang, 'rule.unknownService', { id, catalogue: catalogue.id }) +
          (hint ? ` ${t(lang, 'suggest.didYouMean', { suggestion: hint })}` : ''),
      };
    });
}

/**
 * v1.1: an action marked `done` whose answer still scores below its target:
 * one warning each, so that the file gets updated.
 */
function doneButBelowTarget(
  assessment: Assessment,
  catalogue: Catalogue,
  municipality: Municipality,
  source: SourceMap,
  lang: Lang,
): Diagnostic[] {
  if (!isRecord(assessment.actions)) return [];
  const index = indexCriteria(catalogue);
  const answers = underCurrentIds(
    isRecord(assessment.answers) ? assessment.answers : {},
    catalogue,
  );
  const targets = underCurrentIds(
    isRecord(assessment.targets) ? assessment.targets : {},
    catalogue,
  );
  const replaced = replacedIds(catalogue);
  const out: Diagnostic[] = [];
  for (const [key, entry] of Object.entries(assessment.actions)) {
    if (!isRecord(entry) || entry.status !== 'done') continue;
    const id = index.has(key) ? key : (replaced.get(key) ?? key);
    const found = index.get(id);
    if (!found) continue;
    const answer = answers[id];
    const status = criterionStatus(found.criterion, municipality, answer);
    if (answer !== undefined && checkValue(found.criterion, answerValue(answer), catalogue))
      continue;
    const score = criterionScore(found.criterion, status, answer, catalogue);
    const target = targets[id] ?? found.criterion.target ?? 100;
    if (score === null || !(score < target)) continue;
    const value = answer === undefined ? undefined : answerValue(answer);
    const message =
      criterionType(found.criterion) === 'scale' && typeof value === 'number'
        ? t(lang, 'rule.actionDoneBelowTarget', { level: value })
        : t(lang, 'rule.actionDoneBelowTargetScore', {
            score: formatNumber(round1(score), lang),
            target: formatDecimal(target, lang, 0, 1),
          });
    out.push({
      severity: 'warning',
      code: 'action-done-below-target',
      file: source.file,
      ...source.locate(['actions', key, 'status']),
      criterion: id,
      path: `actions.${key}.status`,
      message,
    });
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
  if (value === NOT_APPLICABLE || (!criterion.allow_na && meansNotApplicable(value))) {
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
