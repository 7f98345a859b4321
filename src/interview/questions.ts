import { t } from '../i18n/index.js';
import { resolveText } from '../model/text.js';
import type { AnswerValue, Catalogue, Criterion, Lang, Text } from '../model/types.js';
import { HELP, NA, UNKNOWN, criterionType, parseNumberInput } from './answer.js';
import type {
  CheckboxQuestion,
  Choice,
  InputQuestion,
  KeyBinding,
  SelectQuestion,
  ValueKey,
} from './ask.js';
import './messages.js';

/**
 * The prompt that fits a criterion's type: the scale's levels (with what each
 * level means for this criterion), yes/no, the options, a number with its
 * unit, or a checklist; "weiß nicht" everywhere, "trifft nicht zu" where the
 * catalogue allows it, and "Hilfe anzeigen" where the criterion has help.
 * Pure: returns question descriptions for an `Ask`.
 */

export type SelectValue = number | boolean | string;

/** A criterion's prompt and the keys it takes besides the answer (note, evidence, back, help). */
export type CriterionQuestion =
  | { kind: 'select'; question: SelectQuestion<SelectValue>; keys: KeyBinding[] }
  | { kind: 'checkbox'; question: CheckboxQuestion<string>; keys: KeyBinding[] }
  | { kind: 'number'; question: InputQuestion; keys: KeyBinding[] };

export interface QuestionOptions {
  /** Offer the key back to the previous question (there is one). */
  back?: boolean;
  /** A checklist's highlighted item, where it is shown again. */
  cursor?: string;
}

/**
 * The keys of a value prompt, in the order of its footer: note and evidence
 * always, back where there is a question before, help where there is help.
 * The letters are the reader's (`z` zurück, `b` back).
 */
export function valueKeys(lang: Lang, offer: { back: boolean; help: boolean }): KeyBinding[] {
  const keys: ValueKey[] = ['note', 'evidence'];
  if (offer.back) keys.push('back');
  if (offer.help) keys.push('help');
  return keys.map((key) => ({
    key,
    letter: key === 'help' ? '?' : t(lang, `interview.letter.${key}`),
    label: t(lang, `interview.keys.${key}`),
  }));
}

/** The key a number question's input stands for (`n`, `e`, `z`, `?` typed alone), if any. */
export function typedKey(input: string, keys: readonly KeyBinding[]): ValueKey | undefined {
  const typed = input.trim().toLowerCase();
  return keys.find((k) => k.letter === typed)?.key;
}

export function text(catalogue: Catalogue, value: Text | undefined, lang: Lang): string {
  return resolveText(value, lang, catalogue.language ?? 'de');
}

export function answerKey(criterionId: string): string {
  return `answer:${criterionId}`;
}

/**
 * The question for one criterion, with `current` (an earlier answer, or where
 * the person was when they pressed a key) as the default.
 */
export function criterionQuestion(
  catalogue: Catalogue,
  criterion: Criterion,
  lang: Lang,
  current: AnswerValue | undefined,
  options: QuestionOptions = {},
): CriterionQuestion {
  const keys = valueKeys(lang, {
    back: options.back === true,
    help: hasHelp(catalogue, criterion, lang),
  });
  const asked: Asked = {
    catalogue,
    criterion,
    lang,
    current,
    keys,
    key: answerKey(criterion.id),
    message: text(catalogue, criterion.question, lang),
  };
  const type = criterionType(criterion);
  if (type === 'checklist') return checklistQuestion(asked, options.cursor);
  if (type === 'number') return numberQuestion(asked);
  return selectQuestion(asked, type);
}

/** What every kind of criterion question is built from. */
interface Asked {
  catalogue: Catalogue;
  criterion: Criterion;
  lang: Lang;
  current: AnswerValue | undefined;
  keys: KeyBinding[];
  key: string;
  message: string;
}

/** A checklist: its items ticked as answered, "weiß nicht" and "trifft nicht zu" on their own. */
function checklistQuestion(asked: Asked, cursor: string | undefined): CriterionQuestion {
  const { catalogue, criterion, lang, current } = asked;
  const selected = Array.isArray(current) ? current : [];
  const choices: (Choice<string> & { checked?: boolean; exclusive?: boolean })[] = (
    criterion.items ?? []
  ).map((item) => ({
    value: item.id,
    name: text(catalogue, item.label, lang),
    checked: selected.includes(item.id),
  }));
  for (const special of specialChoices(catalogue, criterion, lang)) {
    choices.push({
      ...special,
      value: String(special.value),
      checked: current === special.value || selected.includes(String(special.value)),
      exclusive: true,
    });
  }
  return {
    kind: 'checkbox',
    keys: asked.keys,
    question: {
      key: asked.key,
      message: `${asked.message} ${t(lang, 'interview.checklistHint')}`,
      choices,
      ...(cursor !== undefined ? { cursor } : {}),
      validate: (values) => {
        const specials = values.filter((v) => v === UNKNOWN || v === NA);
        if (values.includes(HELP)) return true;
        if (specials.length > 0 && values.length > 1)
          return t(lang, 'interview.checklistExclusive');
        return true;
      },
    },
  };
}

/** A number with its unit; the keys' letters and the special answers typed in. */
function numberQuestion(asked: Asked): CriterionQuestion {
  const { catalogue, criterion, lang, current, keys } = asked;
  const unit = text(catalogue, criterion.unit, lang);
  const hints = [
    t(lang, 'interview.numberHintUnknown'),
    ...(criterion.allow_na === true ? [t(lang, 'interview.numberHintNa')] : []),
    ...keys.map((k) => `${k.letter} = ${k.label}`),
  ];
  const unitPart = unit === '' ? '' : ` [${unit}]`;
  return {
    kind: 'number',
    keys,
    question: {
      key: asked.key,
      message: `${asked.message}${unitPart} (${hints.join(', ')})`,
      ...(current !== undefined ? { default: formatNumberDefault(current, lang) } : {}),
      validate: (input) => checkNumberInput(input, asked),
    },
  };
}

function checkNumberInput(input: string, { criterion, lang, keys }: Asked): true | string {
  if (typedKey(input, keys) !== undefined) return true;
  const parsed = parseNumberInput(input, lang);
  switch (parsed.kind) {
    case 'number':
      return true;
    case 'help':
      return t(lang, 'interview.noHelp'); // with help, `?` is a key (above)
    case 'special':
      return parsed.value === NA && criterion.allow_na !== true
        ? t(lang, 'interview.naNotAllowed')
        : true;
    case 'empty':
    case 'invalid':
      return t(lang, 'interview.numberExpected', {
        example: lang === 'de' ? '12,5' : '12.5',
      });
  }
}

/** The scale's levels, yes/no or the options, then the special answers; the earlier answer chosen. */
function selectQuestion(asked: Asked, type: ReturnType<typeof criterionType>): CriterionQuestion {
  const { catalogue, criterion, lang, current } = asked;
  const choices = [
    ...answerChoices(catalogue, criterion, lang, type),
    ...specialChoices(catalogue, criterion, lang),
  ];
  const isChoice = (value: AnswerValue | undefined): value is SelectValue =>
    value !== undefined && !Array.isArray(value) && choices.some((c) => c.value === value);
  return {
    kind: 'select',
    keys: asked.keys,
    question: {
      key: asked.key,
      message: asked.message,
      choices,
      ...(isChoice(current) ? { default: current } : {}),
    },
  };
}

function answerChoices(
  catalogue: Catalogue,
  criterion: Criterion,
  lang: Lang,
  type: ReturnType<typeof criterionType>,
): Choice<SelectValue>[] {
  if (type === 'scale') {
    return catalogue.levels.map((level) => {
      const meaning = text(catalogue, criterion.levels?.[String(level.value)], lang);
      const label = text(catalogue, level.label, lang);
      const description = text(catalogue, level.description, lang);
      return {
        value: level.value,
        name:
          meaning === '' ? `${level.value} – ${label}` : `${level.value} – ${label}: ${meaning}`,
        ...(description !== '' ? { description } : {}),
      };
    });
  }
  if (type === 'boolean') {
    return [
      { value: true, name: t(lang, 'interview.yes') },
      { value: false, name: t(lang, 'interview.no') },
    ];
  }
  return (criterion.options ?? []).map((option) => ({
    value: option.id,
    name: text(catalogue, option.label, lang),
  }));
}

function hasHelp(catalogue: Catalogue, criterion: Criterion, lang: Lang): boolean {
  return criterion.help !== undefined && text(catalogue, criterion.help, lang) !== '';
}

function specialChoices(
  catalogue: Catalogue,
  criterion: Criterion,
  lang: Lang,
): Choice<SelectValue>[] {
  const choices: Choice<SelectValue>[] = [{ value: UNKNOWN, name: t(lang, 'interview.unknown') }];
  if (criterion.allow_na === true) choices.push({ value: NA, name: t(lang, 'interview.na') });
  if (hasHelp(catalogue, criterion, lang)) {
    choices.push({ value: HELP, name: t(lang, 'interview.showHelp') });
  }
  return choices;
}

function formatNumberDefault(value: AnswerValue, lang: Lang): string {
  if (typeof value !== 'number') return String(value);
  return lang === 'de' ? String(value).replace('.', ',') : String(value);
}

/** The help shown on request: the criterion's help, and its references. */
export function helpText(catalogue: Catalogue, criterion: Criterion, lang: Lang): string {
  const lines = [text(catalogue, criterion.help, lang)];
  for (const reference of criterion.references ?? []) {
    const title = text(catalogue, reference.title, lang);
    lines.push(reference.url !== undefined ? `  → ${title}: ${reference.url}` : `  → ${title}`);
  }
  return lines.filter((line) => line !== '').join('\n');
}

/** A select answer or a number input as the value to store (`undefined` where help was asked). */
export function valueFromSelect(value: SelectValue): AnswerValue | undefined {
  return value === HELP ? undefined : value;
}

export function valueFromNumberInput(input: string, lang: Lang): AnswerValue | undefined {
  const parsed = parseNumberInput(input, lang);
  if (parsed.kind === 'number' || parsed.kind === 'special') return parsed.value;
  return undefined;
}

export function valueFromChecklist(values: readonly string[]): AnswerValue | undefined {
  if (values.includes(HELP)) return undefined;
  if (values.includes(UNKNOWN)) return UNKNOWN;
  if (values.includes(NA)) return NA;
  return [...values];
}
