import { addMessages, type MessageTable } from '../index.js';

/** Messages of `efa-readiness conformance`. */
export const conformanceMessages: MessageTable = {
  'conformance.suite': { de: 'Konformitätsfälle in {dir}:', en: 'Conformance cases in {dir}:' },
  'conformance.pass': { de: 'stimmt   ', en: 'agrees ' },
  'conformance.fail': { de: 'weicht ab', en: 'differs' },
  'conformance.expectedGot': {
    de: 'erwartet {expected}, erhalten {actual}',
    en: 'expected {expected}, got {actual}',
  },
  'conformance.absent': { de: '(fehlt im Ergebnis)', en: '(missing from the result)' },
  'conformance.allPass': {
    de: 'Alle {total} Fälle stimmen mit ihrem erwarteten Ergebnis überein.',
    en: 'All {total} cases agree with their expected results.',
  },
  'conformance.someFail': {
    de: '{passed} von {total} Fällen stimmen überein; die übrigen weichen ab (oben).',
    en: '{passed} of {total} cases agree; the others differ (above).',
  },
  'conformance.notDir': {
    de: '{dir}: kein Ordner. Geben Sie einen Ordner mit catalogue.yaml und case-*.yaml an (oder einen Ordner solcher Ordner).',
    en: '{dir}: not a folder. Name a folder with catalogue.yaml and case-*.yaml (or a folder of such folders).',
  },
  'conformance.noSuite': {
    de: '{dir}: weder dieser Ordner noch einer direkt darin enthält eine catalogue.yaml. Ein Konformitätsordner enthält catalogue.yaml, case-*.yaml und je case-*.expected.json.',
    en: '{dir}: neither this folder nor one directly inside it has a catalogue.yaml. A conformance folder holds catalogue.yaml, case-*.yaml and a case-*.expected.json for each.',
  },
  'conformance.noCases': {
    de: '{dir}: keine Fälle (case-*.yaml) neben der catalogue.yaml.',
    en: '{dir}: no cases (case-*.yaml) beside the catalogue.yaml.',
  },
  'conformance.noExpected': {
    de: 'Zu diesem Fall fehlt das erwartete Ergebnis {expected}. Legen Sie es daneben an.',
    en: 'This case has no expected result {expected}. Put it beside the case.',
  },
  'conformance.badJson': {
    de: 'kein gültiges JSON ({reason}). Das erwartete Ergebnis ist ein JSON-Objekt mit den Feldern des Ergebnisses, die verglichen werden.',
    en: 'not valid JSON ({reason}). The expected result is a JSON object with the result fields to compare.',
  },
  'conformance.notObject': {
    de: 'das erwartete Ergebnis muss ein JSON-Objekt sein (gefunden: {found}).',
    en: 'the expected result must be a JSON object (found: {found}).',
  },
};

addMessages(conformanceMessages);
