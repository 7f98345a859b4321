/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { applies } from '../../model/catalogue.js';
import { type Municipality, type Service, STAGES, type Stage } from '../../model/types.js';
import { stageLabel } from '../../render/result-text.js';
import type { FormService } from '../state.js';
import type { FormContext } from './context.js';
import { domId, h, replaceChildren } from './dom.js';

/**
 * v1.1: the EfA services of the catalogue, each with "responsible?" (yes, no,
 * or as the catalogue assumes), the connection stage and a note.
 */
export function renderServices(ctx: FormContext): HTMLElement | null {
  const services = ctx.catalogue.services ?? [];
  if (services.length === 0) return null;
  return h(
    'section',
    { class: 'dimension services', id: 'services', 'aria-labelledby': 'services-heading' },
    h('h2', { id: 'services-heading' }, ctx.m('form.services.heading')),
    h('p', { class: 'description' }, ctx.m('form.services.hint')),
    ...services.map((service) => renderService(ctx, service)),
  );
}

function serviceOf(ctx: FormContext, id: string): FormService {
  let service = ctx.state.services.get(id);
  if (!service) {
    service = { note: '' };
    ctx.state.services.set(id, service);
  }
  return service;
}

function renderService(ctx: FormContext, service: Service): HTMLElement {
  const said = serviceOf(ctx, service.id);
  const name = `s-${service.id}`;
  const choices: [string, boolean | undefined][] = [
    [ctx.m('form.criterion.yes'), true],
    [ctx.m('form.criterion.no'), false],
    [ctx.m('form.services.default'), undefined],
  ];
  const radios = choices.map(([label, value], i) => {
    const input = h('input', {
      type: 'radio',
      name,
      id: `${name}-${i}`,
      checked: said.responsible === value,
    });
    input.addEventListener('change', () => {
      if (!input.checked) return;
      if (value === undefined) delete said.responsible;
      else said.responsible = value;
      ctx.changed('answer');
    });
    return h(
      'label',
      { class: 'option special', for: input.id },
      input,
      h('span', { class: 'label' }, label),
    );
  });
  const stage = h('select', { id: domId('stage', service.id) });
  stage.append(h('option', { value: '' }, `– ${stageLabel(undefined, ctx.lang)} –`));
  for (const value of STAGES) {
    stage.append(
      h('option', { value, selected: said.stage === value }, stageLabel(value, ctx.lang)),
    );
  }
  stage.addEventListener('change', () => {
    if (stage.value === '') delete said.stage;
    else said.stage = stage.value as Stage;
    ctx.changed('answer');
  });
  const note = h('input', { type: 'text', id: domId('snote', service.id), value: said.note });
  note.addEventListener('input', () => {
    said.note = note.value;
    ctx.changed('answer');
  });
  return h(
    'fieldset',
    {
      class: 'criterion service',
      id: domId('svc', service.id),
      'aria-describedby': domId('usual', service.id),
    },
    h('legend', {}, ctx.tx(service.title)),
    h('p', { class: 'hint', id: domId('usual', service.id) }),
    h(
      'fieldset',
      { class: 'mode' },
      h('legend', {}, ctx.m('form.services.responsible')),
      h('div', { class: 'options' }, ...radios),
    ),
    h(
      'div',
      { class: 'notes' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: stage.id }, ctx.m('form.services.stage')),
        stage,
      ),
      h('div', { class: 'field' }, h('label', { for: note.id }, ctx.m('form.services.note')), note),
    ),
  );
}

/** The "usually responsible" line of each service, for the municipality as it now stands. */
export function updateServiceHints(ctx: FormContext, municipality: Municipality): void {
  for (const service of ctx.catalogue.services ?? []) {
    const element = document.getElementById(domId('usual', service.id));
    if (element) {
      const usual = applies(service, municipality);
      replaceChildren(element, ctx.m(usual ? 'form.services.usualYes' : 'form.services.usualNo'));
    }
  }
}
