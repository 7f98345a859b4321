/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The questionnaire page's code (bundled into one IIFE by scripts/build.mjs (step "questionnaire page")):
 * reads the embedded catalogue, renders the form with DOM methods only,
 * scores with the CLI's own scorer at every change, saves to localStorage,
 * downloads and imports YAML checked by the CLI's own validator.
 */
import { addMessages } from '../../i18n/index.js';
import { formMessages } from '../../i18n/messages/form.js';
import { FORM_DATA_ID, type FormData } from '../data.js';
import { App } from './app.js';

addMessages(formMessages);

function start(): void {
  const element = document.getElementById(FORM_DATA_ID);
  const root = document.getElementById('app');
  if (!element || !root) return;
  const data = JSON.parse(element.textContent) as FormData;
  new App(root, data).start();
}

start();
