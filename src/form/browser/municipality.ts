/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { METHODS, MUNICIPALITY_TYPES, STATES } from '../../model/types.js';
import type { MunicipalityField } from '../state.js';
import type { FormContext } from './context.js';
import { domId, h } from './dom.js';
import { errorSlot, registerField } from './fields.js';

/** The municipality block (name, type, Land, AGS, population) and the assessment block. */
export function renderMunicipality(ctx: FormContext): HTMLElement {
  const { m } = ctx;
  const choose = (
    field: MunicipalityField,
    values: readonly string[],
    label: (v: string) => string,
  ): HTMLSelectElement => {
    const select = h('select', { id: domId('f', `municipality.${field}`), required: true });
    select.append(h('option', { value: '' }, m('form.municipality.choose')));
    for (const value of values) {
      select.append(
        h('option', { value, selected: ctx.state.municipality[field] === value }, label(value)),
      );
    }
    select.addEventListener('change', () => {
      ctx.state.municipality[field] = select.value;
      ctx.changed('municipality');
    });
    return select;
  };
  const text = (
    field: MunicipalityField,
    attrs: Record<string, string | boolean>,
  ): HTMLInputElement => {
    const input = h('input', {
      id: domId('f', `municipality.${field}`),
      type: 'text',
      value: ctx.state.municipality[field],
      ...attrs,
    });
    input.addEventListener('input', () => {
      ctx.state.municipality[field] = input.value;
      ctx.changed(field === 'population' ? 'municipality' : 'answer');
    });
    return input;
  };
  const row = (field: MunicipalityField, control: HTMLElement): HTMLElement =>
    fieldRow(ctx, `municipality.${field}`, m(`form.municipality.${field}`), control);

  return h(
    'fieldset',
    { class: 'block', id: 'municipality' },
    h('legend', {}, m('form.municipality.legend')),
    h('p', { class: 'hint' }, m('form.municipality.hint')),
    row('name', text('name', { required: true, autocomplete: 'organization' })),
    row(
      'type',
      choose('type', MUNICIPALITY_TYPES, (v) => m(`municipality.type.${v}`)),
    ),
    row(
      'state',
      choose('state', STATES, (v) => m(`state.${v}`)),
    ),
    row('ags', text('ags', { inputmode: 'numeric', pattern: '[0-9]{5}|[0-9]{8}' })),
    row('population', text('population', { inputmode: 'numeric' })),
  );
}

export function renderInfo(ctx: FormContext): HTMLElement {
  const { m, state } = ctx;
  const date = h('input', {
    id: domId('f', 'assessment.date'),
    type: 'date',
    value: state.info.date,
  });
  date.addEventListener('input', () => {
    state.info.date = date.value;
    ctx.changed('answer');
  });
  const method = h('select', { id: domId('f', 'assessment.method') });
  method.append(h('option', { value: '' }, m('form.municipality.choose')));
  for (const value of METHODS) {
    method.append(
      h('option', { value, selected: state.info.method === value }, m(`form.info.method.${value}`)),
    );
  }
  method.addEventListener('change', () => {
    state.info.method = method.value;
    ctx.changed('answer');
  });
  const assessors = h('textarea', { id: domId('f', 'assessment.assessors'), rows: 2 });
  assessors.value = state.info.assessors.join('\n');
  assessors.addEventListener('input', () => {
    state.info.assessors = assessors.value.split('\n').filter((line) => line.trim() !== '');
    ctx.changed('answer');
  });
  return h(
    'fieldset',
    { class: 'block', id: 'assessment' },
    h('legend', {}, m('form.info.legend')),
    fieldRow(ctx, 'assessment.date', m('form.info.date'), date),
    fieldRow(ctx, 'assessment.method', m('form.info.method'), method),
    fieldRow(ctx, 'assessment.assessors', m('form.info.assessors'), assessors),
  );
}

function fieldRow(
  ctx: FormContext,
  field: string,
  label: string,
  control: HTMLElement,
): HTMLElement {
  const error = errorSlot(field);
  const row = h('div', { class: 'field' }, h('label', { for: control.id }, label), control, error);
  registerField(ctx, field, { container: row, focus: control, controls: [control], error });
  return row;
}
