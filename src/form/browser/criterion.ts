/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { formatDecimal } from '../../i18n/index.js';
import { criterionType, NOT_APPLICABLE, UNKNOWN } from '../../model/catalogue.js';
import type { AnswerValue, Criterion } from '../../model/types.js';
import { type FormAnswer, numberValue } from '../state.js';
import type { FormContext } from './context.js';
import { append, type Child, domId, h } from './dom.js';
import { errorSlot, registerField } from './fields.js';

/**
 * One criterion as a fieldset: title as legend, the question, the help, the
 * answer (radio group for scale, yes/no and choice; a number field or a
 * checklist with its own "answer" group), then note and evidence.
 */
export function renderCriterion(ctx: FormContext, criterion: Criterion): HTMLFieldSetElement {
  const id = criterion.id;
  const answer = answerOf(ctx, id);
  const error = errorSlot(`answers.${id}`);
  const fieldset = h('fieldset', {
    class: 'criterion',
    id: domId('c', id),
    'aria-describedby': domId('q', id),
  });
  const { controls, body } = answerControls(ctx, criterion, answer);
  append(fieldset, [
    h('legend', {}, h('span', { class: 'cid' }, id), ' ', ctx.tx(criterion.title)),
    h('p', { class: 'question', id: domId('q', id) }, ctx.tx(criterion.question)),
    gateNote(ctx, criterion),
    helpBlock(ctx, criterion),
    body,
    error,
    notes(ctx, id, answer),
  ]);
  fieldset.addEventListener('keydown', (event) => {
    digitKey(event, fieldset);
  });
  registerField(ctx, `answers.${id}`, {
    container: fieldset,
    focus: controls[0] ?? fieldset,
    controls,
    error,
  });
  return fieldset;
}

function answerOf(ctx: FormContext, id: string): FormAnswer {
  let answer = ctx.state.answers.get(id);
  if (!answer) {
    answer = { note: '', evidence: [] };
    ctx.state.answers.set(id, answer);
  }
  return answer;
}

function gateNote(ctx: FormContext, criterion: Criterion): Child {
  const gate = criterion.gate;
  if (!gate) return null;
  const band = ctx.catalogue.bands.find((b) => b.id === gate.cap);
  return h(
    'p',
    { class: 'gate' },
    ctx.m('form.criterion.gate', { min: gate.min, band: ctx.tx(band?.label) }),
    gate.reason ? ` – ${ctx.tx(gate.reason)}` : '',
  );
}

function helpBlock(ctx: FormContext, criterion: Criterion): Child {
  if (criterion.help === undefined) return null;
  return h(
    'details',
    { class: 'help' },
    h('summary', {}, ctx.m('form.criterion.help')),
    ...ctx
      .tx(criterion.help)
      .split(/\n{2,}/)
      .map((part) => h('p', {}, part)),
  );
}

interface Choice {
  value: AnswerValue;
  digit?: string;
  label: string;
  detail?: string;
}

function answerControls(
  ctx: FormContext,
  criterion: Criterion,
  answer: FormAnswer,
): { controls: HTMLElement[]; body: HTMLElement } {
  const type = criterionType(criterion);
  if (type === 'number') return numberControls(ctx, criterion, answer);
  if (type === 'checklist') return checklistControls(ctx, criterion, answer);
  const choices: Choice[] = [];
  if (type === 'scale') {
    for (const level of ctx.catalogue.levels) {
      const own = criterion.levels?.[String(level.value)];
      choices.push({
        value: level.value,
        digit: String(level.value),
        label: ctx.tx(level.label),
        ...(own !== undefined ? { detail: ctx.tx(own) } : {}),
      });
    }
  } else if (type === 'boolean') {
    choices.push({ value: true, digit: '1', label: ctx.m('form.criterion.yes') });
    choices.push({ value: false, digit: '0', label: ctx.m('form.criterion.no') });
  } else {
    (criterion.options ?? []).forEach((option, i) => {
      choices.push({ value: option.id, digit: String(i + 1), label: ctx.tx(option.label) });
    });
  }
  choices.push(...specials(ctx, criterion));
  const group = radioGroup(`a-${criterion.id}`, choices, answer.value, (value) => {
    answer.value = value;
    ctx.changed('answer');
  });
  return { controls: group.inputs, body: h('div', { class: 'options' }, ...group.labels) };
}

function specials(ctx: FormContext, criterion: Criterion): Choice[] {
  const out: Choice[] = [{ value: UNKNOWN, label: ctx.m('form.criterion.unknown') }];
  if (criterion.allow_na === true)
    out.push({ value: NOT_APPLICABLE, label: ctx.m('form.criterion.na') });
  return out;
}

function radioGroup(
  name: string,
  choices: readonly Choice[],
  current: AnswerValue | undefined,
  select: (value: AnswerValue) => void,
): { inputs: HTMLInputElement[]; labels: HTMLElement[] } {
  const inputs: HTMLInputElement[] = [];
  const labels = choices.map((choice, i) => {
    const input = h('input', {
      type: 'radio',
      name,
      id: `${name}-${i}`,
      value: JSON.stringify(choice.value),
      'data-digit': choice.digit,
      checked: JSON.stringify(current) === JSON.stringify(choice.value),
    });
    input.addEventListener('change', () => {
      if (input.checked) select(choice.value);
    });
    inputs.push(input);
    return h(
      'label',
      { class: choice.digit === undefined ? 'option special' : 'option', for: input.id },
      input,
      choice.digit === undefined
        ? null
        : h('span', { class: 'num', 'aria-hidden': 'true' }, choice.digit),
      h('span', { class: 'label' }, choice.label),
      choice.detail === undefined ? null : h('span', { class: 'detail' }, choice.detail),
    );
  });
  return { inputs, labels };
}

/** Number and checklist criteria: what was entered, or one of the special answers. */
function modeGroup(
  ctx: FormContext,
  criterion: Criterion,
  answer: FormAnswer,
  given: () => AnswerValue | undefined,
): { inputs: HTMLInputElement[]; element: HTMLElement; setGiven(): void } {
  const GIVEN = '?given';
  const current =
    answer.value === UNKNOWN || answer.value === NOT_APPLICABLE
      ? answer.value
      : answer.value === undefined
        ? undefined
        : GIVEN;
  const choices: Choice[] = [
    { value: GIVEN, label: ctx.m('form.criterion.given') },
    ...specials(ctx, criterion),
  ];
  const group = radioGroup(`m-${criterion.id}`, choices, current, (value) => {
    answer.value = value === GIVEN ? given() : value;
    ctx.changed('answer');
  });
  const element = h(
    'fieldset',
    { class: 'mode' },
    h('legend', {}, ctx.m('form.criterion.answerMode')),
    h('div', { class: 'options' }, ...group.labels),
  );
  return {
    inputs: group.inputs,
    element,
    setGiven: () => {
      const first = group.inputs[0];
      if (first) first.checked = true;
    },
  };
}

function numberControls(
  ctx: FormContext,
  criterion: Criterion,
  answer: FormAnswer,
): { controls: HTMLElement[]; body: HTMLElement } {
  const inputId = domId('n', criterion.id);
  const shown =
    answer.numberText ??
    (typeof answer.value === 'number' ? formatDecimal(answer.value, ctx.lang, 0, 10) : '');
  const input = h('input', {
    id: inputId,
    type: 'text',
    inputmode: 'decimal',
    value: shown,
    autocomplete: 'off',
  });
  const mode = modeGroup(ctx, criterion, answer, () => numberValue(input.value, ctx.lang));
  input.addEventListener('input', () => {
    answer.numberText = input.value;
    answer.value = input.value.trim() === '' ? undefined : numberValue(input.value, ctx.lang);
    if (input.value.trim() !== '') mode.setGiven();
    ctx.changed('answer');
  });
  const label =
    criterion.unit === undefined
      ? ctx.m('form.criterion.number')
      : ctx.m('form.criterion.numberUnit', { unit: ctx.tx(criterion.unit) });
  return {
    controls: [input, ...mode.inputs],
    body: h('div', { class: 'number' }, h('label', { for: inputId }, label), input, mode.element),
  };
}

function checklistControls(
  ctx: FormContext,
  criterion: Criterion,
  answer: FormAnswer,
): { controls: HTMLElement[]; body: HTMLElement } {
  const checked = new Set(Array.isArray(answer.value) ? answer.value : []);
  const boxes: HTMLInputElement[] = [];
  const items = criterion.items ?? [];
  const chosen = (): string[] =>
    items.filter((_, i) => boxes[i]?.checked === true).map((item) => item.id);
  const mode = modeGroup(ctx, criterion, answer, chosen);
  const labels = items.map((item, i) => {
    const box = h('input', {
      type: 'checkbox',
      id: `${domId('i', criterion.id)}-${i}`,
      value: item.id,
      checked: checked.has(item.id),
    });
    box.addEventListener('change', () => {
      answer.value = chosen();
      mode.setGiven();
      ctx.changed('answer');
    });
    boxes.push(box);
    return h(
      'label',
      { class: 'option', for: box.id },
      box,
      h('span', { class: 'label' }, ctx.tx(item.label)),
    );
  });
  return {
    controls: [...boxes, ...mode.inputs],
    body: h(
      'div',
      { class: 'checklist' },
      h(
        'fieldset',
        { class: 'items' },
        h('legend', {}, ctx.m('form.criterion.items')),
        h('div', { class: 'options' }, ...labels),
      ),
      mode.element,
    ),
  };
}

function notes(ctx: FormContext, id: string, answer: FormAnswer): HTMLElement {
  const note = h('textarea', { id: domId('note', id), rows: 2 });
  note.value = answer.note;
  note.addEventListener('input', () => {
    answer.note = note.value;
    ctx.changed('answer');
  });
  const evidence = h('textarea', { id: domId('ev', id), rows: 2 });
  evidence.value = answer.evidence.join('\n');
  evidence.addEventListener('input', () => {
    answer.evidence = evidence.value.split('\n').filter((line) => line.trim() !== '');
    ctx.changed('answer');
  });
  return h(
    'div',
    { class: 'notes' },
    h('div', { class: 'field' }, h('label', { for: note.id }, ctx.m('form.criterion.note')), note),
    h(
      'div',
      { class: 'field' },
      h('label', { for: evidence.id }, ctx.m('form.criterion.evidence')),
      evidence,
    ),
  );
}

/** A digit key on a radio of this criterion chooses the option with that number. */
function digitKey(event: KeyboardEvent, fieldset: HTMLFieldSetElement): void {
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
  if (!/^[0-9]$/.test(event.key) || event.ctrlKey || event.altKey || event.metaKey) return;
  const radio = [
    ...fieldset.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${target.name}"]`),
  ].find((input) => input.dataset.digit === event.key);
  if (!radio) return;
  event.preventDefault();
  radio.focus();
  radio.click();
}
