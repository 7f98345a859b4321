import { t } from '../i18n/index.js';
import { resolveText } from '../model/text.js';
import type { AnswerValue, Catalogue, Criterion, Lang, Text } from '../model/types.js';
import { HELP, NA, UNKNOWN, criterionType, parseNumberInput } from './answer.js';
import type { CheckboxQuestion, Choice, InputQuestion, SelectQuestion } from './ask.js';
import './messages.js';

/**
 * The prompt that fits a criterion's type: the scale's levels (with what each
 * level means for this criterion), yes/no, the options, a number with its
 * unit, or a checklist; "weiß nicht" everywhere, "trifft nicht zu" where the
 * catalogue allows it, and "Hilfe anzeigen" where the criterion has help.
 * Pure: returns question descriptions for an `Ask`.
 */

export type SelectValue = number | boolean | string;

export type CriterionQuestion =
  | { kind: 'select'; question: SelectQuestion<SelectValue> }
  | { kind: 'checkbox'; question: CheckboxQuestion<string> }
  | { kind: 'number'; question: InputQuestion };

export function text(catalogue: Catalogue, value: Text | undefined, lang: Lang): string {
  return resolveText(value, lang, catalogue.language ?? 'de');
}

export function answerKey(criterionId: string): string {
  return `answer:${criterionId}`;
}

/** The question for one criterion, with `current` (an earlier answer) as the default. */
export function criterionQuestion(
  catalogue: Catalogue,
  criterion: Criterion,
  lang: Lang,
  current: AnswerValue | undefined,
): CriterionQuestion {
  const key = answerKey(criterion.id);
  const message = text(catalogue, criterion.question, lang);
  const type = criterionType(criterion);

  if (type === 'checklist') {
    const selected = Array.isArray(current) ? current : [];
    const choices: (Choice<string> & { checked?: boolean })[] = (criterion.items ?? []).map(
      (item) => ({
        value: item.id,
        name: text(catalogue, item.label, lang),
        checked: selected.includes(item.id),
      }),
    );
    for (const special of specialChoices(catalogue, criterion, lang)) {
      choices.push({
        ...special,
        value: String(special.value),
        checked: current === special.value,
      });
    }
    return {
      kind: 'checkbox',
      question: {
        key,
        message: `${message} ${t(lang, 'interview.checklistHint')}`,
        choices,
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

  if (type === 'number') {
    const unit = text(catalogue, criterion.unit, lang);
    const hints = [
      t(lang, 'interview.numberHintUnknown'),
      ...(criterion.allow_na === true ? [t(lang, 'interview.numberHintNa')] : []),
      ...(criterion.help !== undefined ? [t(lang, 'interview.numberHintHelp')] : []),
    ];
    const unitPart = unit === '' ? '' : ` [${unit}]`;
    return {
      kind: 'number',
      question: {
        key,
        message: `${message}${unitPart} (${hints.join(', ')})`,
        ...(current !== undefined ? { default: formatNumberDefault(current, lang) } : {}),
        validate: (input) => {
          const parsed = parseNumberInput(input, lang);
          switch (parsed.kind) {
            case 'number':
              return true;
            case 'help':
              return criterion.help !== undefined ? true : t(lang, 'interview.noHelp');
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
        },
      },
    };
  }

  const choices: Choice<SelectValue>[] = [];
  if (type === 'scale') {
    for (const level of catalogue.levels) {
      const meaning = text(catalogue, criterion.levels?.[String(level.value)], lang);
      const label = text(catalogue, level.label, lang);
      const description = text(catalogue, level.description, lang);
      choices.push({
        value: level.value,
        name:
          meaning === '' ? `${level.value} – ${label}` : `${level.value} – ${label}: ${meaning}`,
        ...(description !== '' ? { description } : {}),
      });
    }
  } else if (type === 'boolean') {
    choices.push(
      { value: true, name: t(lang, 'interview.yes') },
      { value: false, name: t(lang, 'interview.no') },
    );
  } else {
    for (const option of criterion.options ?? []) {
      choices.push({ value: option.id, name: text(catalogue, option.label, lang) });
    }
  }
  choices.push(...specialChoices(catalogue, criterion, lang));
  const isChoice = (value: AnswerValue | undefined): value is SelectValue =>
    value !== undefined && !Array.isArray(value) && choices.some((c) => c.value === value);
  return {
    kind: 'select',
    question: { key, message, choices, ...(isChoice(current) ? { default: current } : {}) },
  };
}

function specialChoices(
  catalogue: Catalogue,
  criterion: Criterion,
  lang: Lang,
): Choice<SelectValue>[] {
  const choices: Choice<SelectValue>[] = [{ value: UNKNOWN, name: t(lang, 'interview.unknown') }];
  if (criterion.allow_na === true) choices.push({ value: NA, name: t(lang, 'interview.na') });
  if (criterion.help !== undefined && text(catalogue, criterion.help, lang) !== '') {
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
