import { InternalError } from '../errors.js';
import { addMessages, t } from '../i18n/index.js';
import { formMessages } from '../i18n/messages/form.js';
import { resolveText } from '../model/text.js';
import type { Assessment, Catalogue, Lang, Text } from '../model/types.js';
import { sha256 } from '../render/csp.js';
import { escapeHtml, jsonForScript } from '../report/escape.js';
import { FORM_DATA_ID, type FormData } from './data.js';

addMessages(formMessages);

/**
 * The questionnaire page: one self-contained HTML file. The catalogue (and,
 * built `--from`, the assessment's YAML text) travel as inert JSON; the
 * bundled browser code renders the form from it with DOM methods only.
 * The Content-Security-Policy allows nothing but this page's own inline
 * script and stylesheet, by hash. Pure.
 */
export interface FormPageInput {
  catalogue: Catalogue;
  lang: Lang;
  /** The `--from` assessment: its name for the page, its text to build on, its value for the key. */
  from?: { file: string; text: string; assessment: Assessment };
  /** The bundled browser code (dist/form/browser.js). */
  script: string;
  css: string;
}

export function renderFormPage(input: FormPageInput): string {
  const { catalogue, lang } = input;
  const script = safeInlineScript(input.script);
  if (/<\/style/i.test(input.css))
    throw new InternalError('form: the stylesheet must not close its element');
  const data: FormData = {
    catalogue,
    lang,
    languages: catalogueLanguages(catalogue),
    storageKey: storageKey(catalogue, input.from?.assessment),
    from: input.from ? { file: input.from.file, text: input.from.text } : null,
  };
  const title = t(lang, 'form.page.title', {
    title: resolveText(catalogue.title, lang, catalogue.language),
  });
  const csp = [
    "default-src 'none'",
    `script-src '${sha256(script)}'`,
    `style-src '${sha256(input.css)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${input.css}</style>`,
    '</head>',
    '<body>',
    `<noscript><p class="noscript">${escapeHtml(t(lang, 'form.page.noscript'))}</p></noscript>`,
    '<div id="app"></div>',
    `<script type="application/json" id="${FORM_DATA_ID}">${jsonForScript(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Script text that cannot end its element early (`</script` inside a string or regex). */
function safeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/**
 * The languages every title and question of the catalogue has (a plain string
 * is in the catalogue's language): the page offers a switch only between these.
 */
export function catalogueLanguages(catalogue: Catalogue): Lang[] {
  const texts: Text[] = [catalogue.title];
  for (const dimension of catalogue.dimensions) {
    texts.push(dimension.title);
    for (const criterion of dimension.criteria) texts.push(criterion.title, criterion.question);
  }
  const own = catalogue.language ?? 'de';
  const has = (text: Text, lang: Lang): boolean =>
    typeof text === 'string' ? own === lang : typeof text[lang] === 'string';
  return (['de', 'en'] as const).filter((lang) => texts.every((text) => has(text, lang)));
}

/**
 * The autosave key: catalogue id and version, and the municipality the page
 * was built for (its AGS, else Land and name), so pages for two
 * municipalities never share their entries; a blank page has its own key.
 */
export function storageKey(catalogue: Catalogue, assessment?: Assessment): string {
  const m = assessment?.municipality;
  const who = m ? (m.ags ?? `${m.state}/${m.name}`) : 'blank';
  return `efa-readiness/form/${catalogue.id}@${catalogue.version}/${who}`;
}
