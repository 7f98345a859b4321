import type { MessageTable } from '../index.js';

/** Messages of catalogue overlays (`extends`). */
export const overlayMessages: MessageTable = {
  'overlay.kind.dimension': { de: 'Die neue Dimension', en: 'The new dimension' },
  'overlay.kind.criterion': { de: 'Das neue Kriterium', en: 'The new criterion' },
  'overlay.kind.service': { de: 'Die neue Leistung', en: 'The new service' },
  'overlay.kind.entry': { de: 'Der neue Eintrag', en: 'The new entry' },
  'overlay.incomplete': {
    de: "{kind} '{id}' ist unvollständig: Es fehlt {missing}. Der Basiskatalog hat keinen Eintrag mit dieser Id; ein neuer Eintrag muss vollständig sein.",
    en: "{kind} '{id}' is incomplete: {missing} is missing. The base catalogue has no entry with this id; a new entry must be complete.",
  },
  'overlay.incompleteSuggest': {
    de: "{kind} '{id}' ist unvollständig: Es fehlt {missing}. Der Basiskatalog hat keinen Eintrag '{id}' – meinten Sie '{suggestion}'? Nur dann ändern einzelne Felder einen bestehenden Eintrag.",
    en: "{kind} '{id}' is incomplete: {missing} is missing. The base catalogue has no entry '{id}' – did you mean '{suggestion}'? Only then do single fields change an existing entry.",
  },
  'overlay.moved': {
    de: "Das Kriterium '{id}' gehört im Basiskatalog zur Dimension '{dimension}', nicht zu '{here}'. Ändern Sie es dort oder entfernen Sie es mit remove und legen Sie es hier neu an.",
    en: "In the base catalogue the criterion '{id}' belongs to the dimension '{dimension}', not to '{here}'. Change it there, or remove it and add it here as a new one.",
  },
  'overlay.removeUnknown': {
    de: "'{id}' soll entfernt werden, aber der Basiskatalog hat kein Kriterium, keine Dimension und keine Leistung mit dieser Id.",
    en: "'{id}' is to be removed, but the base catalogue has no criterion, dimension or service with this id.",
  },
  'overlay.removeUnknownSuggest': {
    de: "'{id}' soll entfernt werden, aber der Basiskatalog hat keinen Eintrag mit dieser Id. Meinten Sie '{suggestion}'?",
    en: "'{id}' is to be removed, but the base catalogue has no entry with this id. Did you mean '{suggestion}'?",
  },
  'overlay.removeReason': {
    de: "Beim Entfernen von '{id}' fehlt der Grund (reason). Schreiben Sie dazu, warum es in diesem Land nicht gilt: Der Grund erscheint im Bericht.",
    en: "The removal of '{id}' gives no reason. Say why it does not apply in this Land: the reason appears in the report.",
  },
  'overlay.removeReferenced': {
    de: "'{id}' wird entfernt, ist aber noch genannt ({place}). Entfernen Sie auch den Verweis oder behalten Sie '{id}'.",
    en: "'{id}' is removed but still named ({place}). Remove the reference too, or keep '{id}'.",
  },
  'overlay.extendsInvalid': {
    de: 'extends muss eine Katalog-Id mit optionalem Versionsbereich (z. B. efa-default@^1.1) oder ein relativer Pfad sein; gefunden: {found}.',
    en: 'extends must be a catalogue id with an optional version range (e.g. efa-default@^1.1) or a relative path; found: {found}.',
  },
  'overlay.range': {
    de: 'Der Basiskatalog {id} hat die Version {version}; verlangt ist {range}. Passen Sie den Versionsbereich an oder prüfen Sie die Änderungen des Basiskatalogs (efa-readiness catalogue diff).',
    en: "The base catalogue {id} has version {version}; {range} is required. Adjust the version range, or review the base catalogue's changes (efa-readiness catalogue diff).",
  },
  'overlay.rangeInvalid': {
    de: "'{range}' ist kein gültiger Versionsbereich (z. B. ^1.1, ~1.1.0, 1.1.0, >=1.0.0 <2).",
    en: "'{range}' is not a valid version range (e.g. ^1.1, ~1.1.0, 1.1.0, >=1.0.0 <2).",
  },
  'overlay.cycle': {
    de: 'Die Kataloge erweitern sich im Kreis: {chain}.',
    en: 'The catalogues extend each other in a cycle: {chain}.',
  },
  'overlay.baseMissing': {
    de: "Der Basiskatalog '{ref}' wurde nicht gefunden (gesucht: {looked}). Mitgelieferte Kataloge: {shipped}.",
    en: "The base catalogue '{ref}' was not found (looked for: {looked}). Shipped catalogues: {shipped}.",
  },
};
