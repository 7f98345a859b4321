/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Diagnostic } from '../../errors.js';
import type { FieldProblem } from '../state.js';
import type { FieldRef, FormContext } from './context.js';
import { domId, h, replaceChildren } from './dom.js';

/** The (empty, hidden) element a field's error message goes into. */
export function errorSlot(field: string): HTMLElement {
  return h('p', { class: 'error', id: domId('err', field), hidden: true });
}

export function registerField(ctx: FormContext, field: string, ref: FieldRef): void {
  ctx.fields.set(field, ref);
}

/** The form field a diagnostic is about: an answer by its criterion, else the key path. */
export function fieldOf(d: Diagnostic): string {
  if (d.criterion !== undefined && d.path?.startsWith('answers.')) return `answers.${d.criterion}`;
  const path = d.path ?? '';
  const [head = '', second = ''] = path.split('.');
  return head === 'municipality' || head === 'assessment' ? `${head}.${second}` : path;
}

export interface ShownError {
  field: string;
  message: string;
}

/**
 * Show each message at its field (aria-invalid, aria-describedby) and clear
 * the fields without one; messages without a field are returned for the summary.
 */
export function showFieldErrors(
  fields: Map<string, FieldRef>,
  errors: readonly ShownError[],
): void {
  const byField = new Map<string, string[]>();
  for (const e of errors) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  for (const [field, ref] of fields) {
    const messages = byField.get(field);
    replaceChildren(ref.error, messages ? messages.join(' ') : '');
    ref.error.hidden = messages === undefined;
    for (const control of ref.controls) {
      const ids = (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => id !== '' && id !== ref.error.id);
      if (messages) ids.push(ref.error.id);
      if (ids.length > 0) control.setAttribute('aria-describedby', ids.join(' '));
      else control.removeAttribute('aria-describedby');
      if (messages) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
    }
  }
}

export function problemsAsErrors(
  problems: readonly FieldProblem[],
  m: (key: string) => string,
): ShownError[] {
  return problems.map((p) => ({ field: p.field, message: m(p.key) }));
}
