/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Params } from '../../i18n/index.js';
import type { Catalogue, Lang, Text } from '../../model/types.js';
import type { FormState } from '../state.js';

/** A field the page can tie an error message to (aria-describedby, aria-invalid). */
export interface FieldRef {
  /** Where the message is shown and what scrolls into view. */
  container: HTMLElement;
  /** The element that takes focus from the error summary. */
  focus: HTMLElement;
  /** The controls marked invalid and described by the message. */
  controls: HTMLElement[];
  error: HTMLElement;
}

/** What the renderers of the questionnaire need: texts, the state and how to report a change. */
export interface FormContext {
  catalogue: Catalogue;
  lang: Lang;
  state: FormState;
  m: (key: string, params?: Params) => string;
  tx: (text: Text | undefined) => string;
  /** After every edit: `municipality` also re-evaluates which criteria apply. */
  changed: (what: 'answer' | 'municipality') => void;
  fields: Map<string, FieldRef>;
}
