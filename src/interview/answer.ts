import type { AnswerEntry, AnswerValue, Lang } from '../model/types.js';

/**
 * Answers as the interview handles them, and how they become YAML values.
 * Pure: no prompts, no files.
 */

/** "weiß nicht": allowed for every criterion, scores 0 and lowers coverage. */
export const UNKNOWN = 'unknown';
/** "trifft nicht zu": only where the criterion has `allow_na`. */
export const NA = 'n/a';
/** The entry of a select or checklist that shows the criterion's help and asks again. */
export const HELP = '?help';

export type Special = typeof UNKNOWN | typeof NA;

/** What the interview collected for one criterion. */
export interface Answer {
  value: AnswerValue;
  note?: string;
  evidence?: string[];
}

export { criterionType } from '../model/catalogue.js';

/** The entry to store: the short form where there is neither note nor evidence. */
export function toEntry(answer: Answer): AnswerEntry {
  const note = answer.note?.trim();
  const evidence = answer.evidence?.filter((e) => e.trim() !== '');
  if ((note === undefined || note === '') && (evidence === undefined || evidence.length === 0)) {
    return answer.value;
  }
  return {
    value: answer.value,
    ...(note !== undefined && note !== '' ? { note } : {}),
    ...(evidence !== undefined && evidence.length > 0 ? { evidence } : {}),
  };
}

/** An entry in short or long form as an `Answer`. */
export function fromEntry(entry: AnswerEntry): Answer {
  if (typeof entry === 'object' && !Array.isArray(entry)) {
    return {
      value: entry.value,
      ...(entry.note !== undefined ? { note: entry.note } : {}),
      ...(entry.evidence !== undefined ? { evidence: [...entry.evidence] } : {}),
    };
  }
  return { value: entry };
}

export type NumberInput =
  | { kind: 'number'; value: number }
  | { kind: 'special'; value: Special }
  | { kind: 'help' }
  | { kind: 'empty' }
  | { kind: 'invalid' };

const UNKNOWN_WORDS = new Set(['w', 'u', 'unknown', 'unbekannt', 'weiß nicht', 'weiss nicht', '-']);
const NA_WORDS = new Set(['n/a', 'na', 'n.a.', 'entfällt', 'entfaellt']);

/**
 * What a person typed at a number question: a number in the reader's
 * convention (`1.234,5` or `1,234.5`), `w`/`unknown` for "weiß nicht",
 * `n/a`, or `?` for help.
 */
export function parseNumberInput(text: string, lang: Lang): NumberInput {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed === '?') return { kind: 'help' };
  if (UNKNOWN_WORDS.has(trimmed)) return { kind: 'special', value: UNKNOWN };
  if (NA_WORDS.has(trimmed)) return { kind: 'special', value: NA };
  const value = parseLocaleNumber(trimmed, lang);
  return value === undefined ? { kind: 'invalid' } : { kind: 'number', value };
}

/**
 * The reader's convention decides what a lone separator means: in German
 * `1.234` is one thousand two hundred and thirty-four and `12,5` a decimal; in
 * English the other way round.
 */
function parseLocaleNumber(text: string, lang: Lang): number | undefined {
  const compact = text.replace(/[\s\u00a0']/g, '').replace(/%$/, '');
  const [group, decimal] = lang === 'de' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  let normal = grouped.test(compact) ? compact.split(group).join('') : compact;
  normal = normal.replace(decimal, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** Evidence typed in one line: entries separated by `;`. */
export function parseEvidence(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Evidence as the one line the prompt shows as its default. */
export function formatEvidence(evidence: readonly string[] | undefined): string {
  return (evidence ?? []).join('; ');
}
