/**
 * Where the questionnaire page's parts are: the browser bundle made by
 * scripts/build.mjs (step "questionnaire page") and the stylesheet in templates/form/. Spelt from the
 * package root two folders up, which holds from src/form/, dist/form/ and the
 * CLI bundle in dist/cli/ alike. Only the `form` command reads them.
 */
export const FORM_SCRIPT = new URL('../../dist/form/browser.js', import.meta.url);
export const FORM_STYLES = new URL('../../templates/form/form.css', import.meta.url);
