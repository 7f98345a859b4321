import { t } from '../i18n/index.js';
import {
  criterionType,
  indexCriteria,
  isAnswerDetail,
  NOT_APPLICABLE,
  UNKNOWN,
} from '../model/catalogue.js';
import {
  type AnswerEntry,
  type Catalogue,
  type Criterion,
  MUNICIPALITY_TYPES,
  STATES,
  type Text,
} from '../model/types.js';

/**
 * What people write where the format wants its own words: `ja`, `weiß
 * nicht`, `trifft nicht zu`, `12.11.2026`, `Stadt`, `Hessen`,
 * `3 – In Betrieb`, `75 %`. The format stays strict (each is an error), but
 * where the meaning is unambiguous the exact replacement is known: it goes
 * into the error message, and `validate --fix` writes it. Pure.
 */

export type Path = (string | number)[];

export interface Fix {
  path: Path;
  from: unknown;
  to: unknown;
}

/** Every unambiguous fix in a parsed assessment; answer fixes need its catalogue. */
export function naturalFixes(document: unknown, catalogue?: Catalogue): Fix[] {
  if (!isRecord(document)) return [];
  const fixes: Fix[] = [];
  const add = (path: Path, from: unknown, to: unknown): void => {
    if (to !== undefined) fixes.push({ path, from, to });
  };
  const municipality = document.municipality;
  if (isRecord(municipality)) {
    add(['municipality', 'type'], municipality.type, fixType(municipality.type));
    add(['municipality', 'state'], municipality.state, fixState(municipality.state));
    add(['municipality', 'population'], municipality.population, fixCount(municipality.population));
  }
  const info = document.assessment;
  if (isRecord(info)) add(['assessment', 'date'], info.date, fixDate(info.date));
  const actions = document.actions;
  if (isRecord(actions)) {
    for (const [id, action] of Object.entries(actions)) {
      if (isRecord(action)) add(['actions', id, 'due'], action.due, fixDate(action.due));
    }
  }
  const targets = document.targets;
  if (isRecord(targets)) {
    for (const [id, target] of Object.entries(targets))
      add(['targets', id], target, fixNumber(target));
  }
  const answers = document.answers;
  if (catalogue && isRecord(answers)) {
    const index = indexCriteria(catalogue);
    for (const [id, entry] of Object.entries(answers)) {
      const found = index.get(id);
      if (!found) continue;
      const detail = isAnswerDetail(entry as AnswerEntry) && isRecord(entry);
      const value: unknown = detail ? (entry as { value?: unknown }).value : entry;
      const path: Path = detail ? ['answers', id, 'value'] : ['answers', id];
      add(path, value, fixAnswer(found.criterion, value, catalogue));
    }
  }
  return fixes;
}

/** How a fix's value reads in the file, for messages: `true`, `n/a`, `[a, b]`, `2026-11-12`. */
export function showValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(showValue).join(', ')}]`;
  return String(value);
}

const norm = (text: string): string =>
  text
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[„“”"'‚‘’]/g, '')
    .replace(/\s+/g, ' ');

const YES = new Set(['ja', 'yes', 'wahr', 'true']);
const NO = new Set(['nein', 'no', 'falsch', 'false']);
const UNKNOWN_WORDS = new Set([
  'unknown',
  'weiß nicht',
  'weiss nicht',
  'unbekannt',
  'nicht bekannt',
  "don't know",
  'dont know',
  'not known',
]);
const NA_WORDS = new Set([
  'n/a',
  'n.a.',
  'n. a.',
  'trifft nicht zu',
  'nicht zutreffend',
  'entfällt',
  'not applicable',
]);

/** `trifft nicht zu`, `N/A`, `entfällt`: words for "not applicable". */
export function meansNotApplicable(value: unknown): boolean {
  return typeof value === 'string' && NA_WORDS.has(norm(value));
}

/** The answer a criterion's type allows that `value` unambiguously means, if it is not one already. */
export function fixAnswer(criterion: Criterion, value: unknown, catalogue: Catalogue): unknown {
  if (typeof value === 'string') {
    const word = norm(value);
    if (UNKNOWN_WORDS.has(word)) return value === UNKNOWN ? undefined : UNKNOWN;
    if (NA_WORDS.has(word)) {
      // Where n/a is not allowed, the word is an error without a fix: see rule.naNotAllowed.
      return value === NOT_APPLICABLE || criterion.allow_na !== true ? undefined : NOT_APPLICABLE;
    }
  }
  const fixed = fixByType(criterion, value, catalogue);
  return fixed === undefined || JSON.stringify(fixed) === JSON.stringify(value) ? undefined : fixed;
}

function fixByType(criterion: Criterion, value: unknown, catalogue: Catalogue): unknown {
  switch (criterionType(criterion)) {
    case 'boolean':
      if (typeof value !== 'string') return undefined;
      return YES.has(norm(value)) ? true : NO.has(norm(value)) ? false : undefined;
    case 'scale':
      return typeof value === 'string' ? fixLevel(value, catalogue) : undefined;
    case 'number':
      return fixNumber(value);
    case 'choice':
      return typeof value === 'string' ? byIdOrLabel(value, criterion.options ?? []) : undefined;
    case 'checklist':
      return fixChecklist(value, criterion);
  }
}

/** `3`, `3 – In Betrieb`, `3 (In Betrieb)` or `In Betrieb`: a level, where number and label agree. */
function fixLevel(value: string, catalogue: Catalogue): number | undefined {
  const match = /^\s*(\d+)\s*(?:[–—:.-]\s*|\(\s*)?(.*?)\s*\)?\s*$/.exec(value);
  const levels = catalogue.levels;
  if (match) {
    const level = levels.find((l) => l.value === Number(match[1]));
    if (!level) return undefined;
    const rest = match[2] ?? '';
    return rest === '' || labelsOf(level.label).includes(norm(rest)) ? level.value : undefined;
  }
  const byLabel = levels.filter((l) => labelsOf(l.label).includes(norm(value)));
  return byLabel.length === 1 ? byLabel[0]?.value : undefined;
}

/** `75 %`, `75,5`, `"75"`: a number, where it is written with a decimal comma or none. */
export function fixNumber(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(-?\d+(?:,\d+)?)\s*(?:%|prozent|percent)?\s*$/i.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1].replace(',', '.'));
}

/** `23.000` or `"23000"` for a population: a whole number. */
function fixCount(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const digits = /^\s*(\d{1,3}(?:\.\d{3})+|\d+)\s*$/.exec(value)?.[1];
  return digits === undefined ? undefined : Number(digits.replace(/\./g, ''));
}

/** `12.11.2026` or `1.3.2027`: the date as YYYY-MM-DD, where it is a calendar date. */
export function fixDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\s*$/.exec(value);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `Stadt`, `Kreisfreie Stadt`, `Landkreis`: the type's id. */
function fixType(value: unknown): string | undefined {
  if (typeof value !== 'string' || (MUNICIPALITY_TYPES as readonly string[]).includes(value))
    return undefined;
  const word = norm(value);
  return MUNICIPALITY_TYPES.find(
    (type) =>
      type === word.replace(/ /g, '-') ||
      norm(t('de', `municipality.type.${type}`)) === word ||
      norm(t('en', `municipality.type.${type}`)) === word,
  );
}

/** `Hessen`, `he`, `Bavaria`: the Land's code. */
function fixState(value: unknown): string | undefined {
  if (typeof value !== 'string' || (STATES as readonly string[]).includes(value)) return undefined;
  const word = norm(value);
  return STATES.find(
    (state) =>
      state.toLowerCase() === word ||
      norm(t('de', `state.${state}`)) === word ||
      norm(t('en', `state.${state}`)) === word,
  );
}

/** `civento, dashboard` written as text, or ids in other case: the list of item ids. */
function fixChecklist(value: unknown, criterion: Criterion): string[] | undefined {
  const items = criterion.items ?? [];
  const parts = typeof value === 'string' ? value.split(/[,;]/) : Array.isArray(value) ? value : [];
  if (parts.length === 0 || !parts.every((p) => typeof p === 'string')) return undefined;
  const ids = parts.map((p) => byIdOrLabel(p, items));
  if (ids.some((id) => id === undefined)) return undefined;
  const unique = [...new Set(ids as string[])];
  return unique.length === ids.length ? unique : undefined;
}

function byIdOrLabel(value: string, entries: { id: string; label: Text }[]): string | undefined {
  const word = norm(value);
  const found = entries.filter(
    (e) => e.id.toLowerCase() === word || labelsOf(e.label).includes(word),
  );
  return found.length === 1 ? found[0]?.id : undefined;
}

function labelsOf(text: Text): string[] {
  return (typeof text === 'string' ? [text] : Object.values(text)).map(norm);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
