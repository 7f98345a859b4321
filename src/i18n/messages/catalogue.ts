import type { MessageTable } from '../index.js';

/** Messages of `efa-readiness catalogue` (show, diff, lint). */
export const catalogueMessages: MessageTable = {
  'catalogue.show.chain': {
    de: 'Zusammengeführter Katalog {id} {version}; aufgebaut aus: {chain}',
    en: 'Merged catalogue {id} {version}; built from: {chain}',
  },
  'catalogue.show.removed': {
    de: 'Entfernt von {by}: {id} – {reason}',
    en: 'Removed by {by}: {id} – {reason}',
  },
  'catalogue.show.origin': { de: 'aus {origin}', en: 'from {origin}' },
  'catalogue.show.changed': {
    de: 'von {by} geändert: {fields}',
    en: 'changed by {by}: {fields}',
  },
  'catalogue.md.criteria': { de: 'Kriterium', en: 'Criterion' },
  'catalogue.md.weight': { de: 'Gewicht', en: 'Weight' },
  'catalogue.md.gate': { de: 'K.-o.-Kriterium', en: 'Knock-out criterion' },
  'catalogue.md.origin': { de: 'Herkunft', en: 'Origin' },
  'catalogue.md.removed': { de: 'Entfernt', en: 'Removed' },
  'catalogue.diff.title': {
    de: 'Änderungen von {from} zu {to}',
    en: 'Changes from {from} to {to}',
  },
  'catalogue.diff.none': { de: 'Keine Änderungen.', en: 'No changes.' },
  'catalogue.diff.added': { de: 'Neue Kriterien ({count})', en: 'New criteria ({count})' },
  'catalogue.diff.removed': {
    de: 'Entfallene Kriterien ({count})',
    en: 'Removed criteria ({count})',
  },
  'catalogue.diff.renamed': {
    de: 'Umbenannte Kriterien ({count}; Antworten unter der alten Id zählen weiter)',
    en: 'Renamed criteria ({count}; answers under the old id still count)',
  },
  'catalogue.diff.changed': {
    de: 'Geänderte Kriterien ({count})',
    en: 'Changed criteria ({count})',
  },
  'catalogue.diff.dimensions': { de: 'Dimensionen', en: 'Dimensions' },
  'catalogue.diff.bands': { de: 'Reifestufen', en: 'Readiness bands' },
  'catalogue.diff.services': { de: 'EfA-Leistungen', en: 'EfA services' },
  'catalogue.diff.minCoverage': {
    de: 'Mindestabdeckung für eine Bewertung: {from} % → {to} %',
    en: 'Minimum coverage for a verdict: {from} % → {to} %',
  },
  'catalogue.diff.effect': {
    de: 'Auswirkung auf die Beispiele',
    en: 'Effect on the examples',
  },
  'catalogue.diff.change.added': { de: 'neu', en: 'added' },
  'catalogue.diff.change.removed': { de: 'entfallen', en: 'removed' },
  'catalogue.diff.change.changed': { de: 'geändert', en: 'changed' },
  'catalogue.diff.change.weight': { de: 'Gewicht {from} → {to}', en: 'weight {from} → {to}' },
  'catalogue.diff.change.min': { de: 'Schwelle {from} → {to}', en: 'threshold {from} → {to}' },
  'catalogue.diff.fieldChanged': { de: 'geändert', en: 'changed' },
  'catalogue.diff.assessment': { de: 'Einschätzung', en: 'Assessment' },
  'catalogue.diff.before': { de: 'vorher', en: 'before' },
  'catalogue.diff.after': { de: 'nachher', en: 'after' },
  'catalogue.diff.notAssessable': { de: 'nicht bewertbar', en: 'not assessable' },
  'catalogue.lint.clean': {
    de: '{file}: keine Befunde.',
    en: '{file}: no findings.',
  },
  'catalogue.lint.inBase': {
    de: '{count} weitere Befund(e) liegen im Basiskatalog {base}, nicht in diesem Profil: efa-readiness catalogue lint {base}',
    en: '{count} further finding(s) lie in the base catalogue {base}, not in this profile: efa-readiness catalogue lint {base}',
  },
  'catalogue.lint.summary': {
    de: '{count} Befund(e) in {file}.',
    en: '{count} finding(s) in {file}.',
  },
  'catalogue.lint.no-recommendation': {
    de: 'keine Empfehlung für die Antwort {detail}, die unter dem Ziel liegt: Ergänzen Sie eine Empfehlung mit passendem below.',
    en: 'no recommendation for the answer {detail}, which lies below the target: add a recommendation with a fitting below.',
  },
  'catalogue.lint.gate-without-reason': {
    de: 'K.-o.-Kriterium ohne Begründung (Schlüssel `reason`): Der Bericht kann nicht sagen, warum es die Stufe begrenzt.',
    en: 'knock-out criterion without a reason (key `reason`): the report cannot say why it caps the band.',
  },
  'catalogue.lint.reference-without-url': {
    de: 'Quelle ohne URL: „{detail}“ – geben Sie die Fundstelle an.',
    en: 'reference without URL: “{detail}” – give where it can be found.',
  },
  'catalogue.lint.duplicate-question': {
    de: 'dieselbe Frage wie {detail}.',
    en: 'the same question as {detail}.',
  },
  'catalogue.lint.missing-translation': {
    de: 'Text fehlt in der Sprache {detail}.',
    en: 'text missing in language {detail}.',
  },
};
