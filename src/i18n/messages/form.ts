import type { MessageTable } from '../index.js';

/**
 * Messages of `efa-readiness form`: the command itself and the offline
 * questionnaire page (bundled into the page, so both languages travel with it).
 */
export const formMessages: MessageTable = {
  // the command
  'form.error.bundleMissing': {
    de: 'Der Baustein des Fragebogens fehlt ({file}). Das ist ein Fehler der Installation: bitte `npm run build` ausführen oder das Paket neu installieren.',
    en: 'The questionnaire bundle is missing ({file}). The installation is broken: run `npm run build` or reinstall the package.',
  },
  'form.written': {
    de: 'Fragebogen geschrieben: {file} ({size}). Die Datei im Browser öffnen; sie braucht kein Netz.',
    en: 'Questionnaire written: {file} ({size}). Open the file in a browser; it needs no network.',
  },

  'form.yaml.head': {
    de: ' Selbsteinschätzung aus dem Offline-Fragebogen (efa-readiness form), Katalog {id}@{version}.\n Prüfen und auswerten: efa-readiness validate <datei>, efa-readiness report <datei>',
    en: ' Self-assessment from the offline questionnaire (efa-readiness form), catalogue {id}@{version}.\n Check and evaluate: efa-readiness validate <file>, efa-readiness report <file>',
  },

  // page frame
  'form.page.title': { de: 'Selbsteinschätzung: {title}', en: 'Self-assessment: {title}' },
  'form.page.noscript': {
    de: 'Dieser Fragebogen braucht JavaScript. Bitte die Datei in einem aktuellen Browser (Edge, Chrome, Firefox) öffnen und JavaScript erlauben. Es werden keine Daten ins Netz gesendet.',
    en: 'This questionnaire needs JavaScript. Please open the file in a current browser (Edge, Chrome, Firefox) with JavaScript allowed. No data is sent anywhere.',
  },
  'form.page.catalogue': {
    de: 'Katalog {id}, Version {version}',
    en: 'Catalogue {id}, version {version}',
  },
  'form.page.empty': {
    de: 'Diese Datei enthält keine Antworten. Was Sie eingeben, bleibt nur in diesem Browser auf diesem Rechner und wird automatisch gespeichert. Nichts wird ins Netz gesendet. Zum Abgeben laden Sie Ihre Antworten als YAML-Datei herunter und senden diese Datei.',
    en: 'This file contains no answers. What you enter stays in this browser on this computer only and is saved automatically. Nothing is sent anywhere. To hand in, download your answers as a YAML file and send that file.',
  },
  'form.page.from': {
    de: 'Diese Datei enthält die Antworten aus {file}, wie sie beim Erstellen waren. Ihre Änderungen bleiben nur in diesem Browser und werden automatisch gespeichert; nichts wird ins Netz gesendet. Zum Abgeben laden Sie die Antworten als YAML-Datei herunter.',
    en: 'This file contains the answers from {file} as they were when it was made. Your changes stay in this browser only and are saved automatically; nothing is sent anywhere. To hand in, download the answers as a YAML file.',
  },
  'form.page.skipResult': { de: 'Zum Ergebnis springen', en: 'Skip to the result' },
  'form.page.keys': {
    de: 'Tastatur: Tab wechselt zur nächsten Frage, Pfeiltasten wählen innerhalb einer Frage, Ziffern wählen die Stufe mit dieser Nummer.',
    en: 'Keyboard: Tab moves to the next question, arrow keys choose within a question, digits choose the level with that number.',
  },

  // toolbar
  'form.toolbar.label': { de: 'Werkzeuge', en: 'Tools' },
  'form.toolbar.download': { de: 'YAML herunterladen', en: 'Download YAML' },
  'form.toolbar.import': { de: 'YAML-Datei laden', en: 'Load YAML file' },
  'form.toolbar.print': { de: 'Drucken', en: 'Print' },
  'form.toolbar.restart': { de: 'Neu beginnen', en: 'Start over' },
  'form.toolbar.language': { de: 'English', en: 'Deutsch' },
  'form.toolbar.languageName': {
    de: 'Switch to English',
    en: 'Auf Deutsch umschalten',
  },
  'form.saved': { de: 'gespeichert {time}', en: 'saved {time}' },
  'form.restored': {
    de: 'Frühere Eingaben wiederhergestellt (gespeichert {time})',
    en: 'Earlier entries restored (saved {time})',
  },
  'form.notSaved': {
    de: 'Automatisches Speichern ist in diesem Browser nicht möglich: bitte zwischendurch als YAML herunterladen.',
    en: 'Automatic saving is not possible in this browser: please download the YAML now and then.',
  },
  'form.restart.title': { de: 'Neu beginnen?', en: 'Start over?' },
  'form.restart.text': {
    de: 'Alle Eingaben in diesem Browser werden verworfen und der Fragebogen beginnt wieder wie beim ersten Öffnen. Heruntergeladene Dateien bleiben erhalten.',
    en: 'All entries in this browser are discarded and the questionnaire starts again as when first opened. Files you downloaded are kept.',
  },
  'form.restart.confirm': { de: 'Ja, alles verwerfen', en: 'Yes, discard everything' },
  'form.restart.cancel': { de: 'Abbrechen', en: 'Cancel' },
  'form.restart.done': { de: 'Neu begonnen.', en: 'Started over.' },
  'form.downloaded': {
    de: 'Heruntergeladen: {file}. Diese Datei bitte weitergeben.',
    en: 'Downloaded: {file}. Please pass this file on.',
  },
  'form.export.errors': {
    de: 'Noch nicht herunterladbar: {count} Angabe(n) fehlen oder sind ungültig.',
    en: 'Not ready to download: {count} entry/entries missing or invalid.',
  },
  'form.import.errors': {
    de: '{file} wurde nicht geladen: {count} Problem(e).',
    en: '{file} was not loaded: {count} problem(s).',
  },
  'form.import.done': { de: '{file} geladen.', en: '{file} loaded.' },
  'form.import.warnings': { de: 'Hinweise zu {file}:', en: 'Notes on {file}:' },
  'form.import.tooLarge': {
    de: 'Die Datei ist größer als 4 MiB und wird nicht gelesen.',
    en: 'The file is larger than 4 MiB and is not read.',
  },

  // municipality and assessment block
  'form.municipality.legend': { de: 'Kommune', en: 'Municipality' },
  'form.municipality.name': { de: 'Name', en: 'Name' },
  'form.municipality.type': { de: 'Art der Kommune', en: 'Type of municipality' },
  'form.municipality.state': { de: 'Land', en: 'Land (federal state)' },
  'form.municipality.ags': {
    de: 'Amtlicher Gemeindeschlüssel (AGS, 8 Ziffern, oder Kreisschlüssel, 5 Ziffern; freiwillig)',
    en: 'Official municipality key (AGS, 8 digits, or district key, 5 digits; optional)',
  },
  'form.municipality.population': {
    de: 'Einwohnerzahl (freiwillig)',
    en: 'Population (optional)',
  },
  'form.municipality.choose': { de: '– bitte wählen –', en: '– please choose –' },
  'form.municipality.hint': {
    de: 'Art, Land und Einwohnerzahl entscheiden, welche Fragen für Ihre Kommune gelten; Fragen, die nicht gelten, werden ausgeblendet.',
    en: 'Type, Land and population decide which questions apply to your municipality; questions that do not apply are hidden.',
  },
  'form.info.legend': { de: 'Erhebung', en: 'Assessment' },
  'form.info.date': { de: 'Datum', en: 'Date' },
  'form.info.method': { de: 'Vorgehen', en: 'Method' },
  'form.info.method.self': { de: 'Selbsteinschätzung', en: 'self-assessment' },
  'form.info.method.interview': { de: 'Interview', en: 'interview' },
  'form.info.method.workshop': { de: 'Workshop', en: 'workshop' },
  'form.info.assessors': {
    de: 'Beteiligte (eine Person je Zeile; freiwillig)',
    en: 'Assessors (one person per line; optional)',
  },

  // criteria
  'form.dimension.count': {
    de: '{answered} von {total} Fragen beantwortet',
    en: '{answered} of {total} questions answered',
  },
  'form.criterion.help': { de: 'Hilfe zur Frage', en: 'Help on this question' },
  'form.criterion.gate': {
    de: 'K.-o.-Kriterium: unter {min} Punkten höchstens „{band}“',
    en: 'Knock-out criterion: below {min} points at most “{band}”',
  },
  'form.criterion.unknown': { de: 'weiß nicht', en: "don't know" },
  'form.criterion.na': { de: 'trifft nicht zu', en: 'does not apply' },
  'form.criterion.yes': { de: 'ja', en: 'yes' },
  'form.criterion.no': { de: 'nein', en: 'no' },
  'form.criterion.given': { de: 'wie eingetragen', en: 'as entered' },
  'form.criterion.answerMode': { de: 'Antwort', en: 'Answer' },
  'form.criterion.number': { de: 'Wert', en: 'Value' },
  'form.criterion.numberUnit': { de: 'Wert in {unit}', en: 'Value in {unit}' },
  'form.criterion.items': { de: 'Vorhanden ist:', en: 'In place:' },
  'form.criterion.note': { de: 'Notiz (freiwillig)', en: 'Note (optional)' },
  'form.criterion.evidence': {
    de: 'Belege (einer je Zeile; freiwillig)',
    en: 'Evidence (one per line; optional)',
  },
  'form.error.number': {
    de: 'Bitte eine Zahl eintragen, z. B. 1.234,5 (oder „weiß nicht“ wählen).',
    en: 'Please enter a number, e.g. 1,234.5 (or choose “don’t know”).',
  },
  'form.error.noteWithoutValue': {
    de: 'Zu Notiz oder Belegen fehlt die Antwort: bitte eine Antwort oder „weiß nicht“ wählen.',
    en: 'The note or evidence has no answer: please choose an answer or “don’t know”.',
  },
  'form.error.required': { de: 'Bitte angeben.', en: 'Please fill in.' },
  'form.error.summary': {
    de: 'Bitte prüfen Sie diese Angaben:',
    en: 'Please check these entries:',
  },

  // services (v1.1)
  'form.services.heading': { de: 'EfA-Leistungen', en: 'EfA services' },
  'form.services.hint': {
    de: 'Für welche Leistungen ist Ihre Kommune zuständig, und wie weit ist der Anschluss? Ohne Angabe gilt, was der Katalog für Kommunen Ihrer Art und Ihres Landes annimmt.',
    en: 'Which services is your municipality responsible for, and how far has the connection come? Without an entry, what the catalogue assumes for municipalities of your type and Land applies.',
  },
  'form.services.usualYes': {
    de: 'Laut Katalog üblicherweise zuständig.',
    en: 'Usually responsible, according to the catalogue.',
  },
  'form.services.usualNo': {
    de: 'Laut Katalog üblicherweise nicht zuständig.',
    en: 'Usually not responsible, according to the catalogue.',
  },
  'form.services.responsible': { de: 'Zuständig?', en: 'Responsible?' },
  'form.services.default': { de: 'wie im Katalog', en: 'as in the catalogue' },
  'form.services.stage': { de: 'Anschlussstand', en: 'Connection stage' },
  'form.services.note': { de: 'Notiz (freiwillig)', en: 'Note (optional)' },

  // live result
  'form.result.heading': { de: 'Ergebnis', en: 'Result' },
  'form.result.live': {
    de: 'Wird bei jeder Antwort neu berechnet, mit demselben Verfahren wie efa-readiness score.',
    en: 'Recomputed with every answer, by the same method as efa-readiness score.',
  },
  'form.result.score': { de: 'Gesamtwert', en: 'Overall score' },
  'form.result.of100': { de: '{score} von 100', en: '{score} of 100' },
  'form.result.band': { de: 'Stufe', en: 'Band' },
  'form.result.coverage': { de: 'Abdeckung', en: 'Coverage' },
  'form.result.percent': { de: '{value} %', en: '{value}%' },
  'form.result.none': { de: 'noch keiner', en: 'none yet' },
  'form.result.byScore': {
    de: 'Nach Punkten wäre es „{band}“.',
    en: 'By points it would be “{band}”.',
  },
  'form.result.answered': {
    de: '{answered} von {total} Fragen beantwortet',
    en: '{answered} of {total} questions answered',
  },
  'form.result.dimensions': { de: 'Dimensionen', en: 'Dimensions' },
  'form.result.gates': { de: 'K.-o.-Kriterien', en: 'Knock-out criteria' },
  'form.result.noGates': {
    de: 'Noch kein K.-o.-Kriterium beantwortet.',
    en: 'No knock-out criterion answered yet.',
  },
  'form.result.gatePassed': {
    de: 'erfüllt ({score} ≥ {min})',
    en: 'met ({score} ≥ {min})',
  },
  'form.result.gateFailed': {
    de: 'verfehlt ({score} < {min}): höchstens „{band}“',
    en: 'missed ({score} < {min}): at most “{band}”',
  },
  'form.result.nextBand': {
    de: 'Weg zur Stufe „{band}“',
    en: 'Path to the band “{band}”',
  },
  'form.result.nextStep': {
    de: '{title}: auf {to} Punkte (+{gain} Pkt.)',
    en: '{title}: to {to} points (+{gain} pts)',
  },
  'form.result.nextReached': {
    de: 'Danach Gesamtwert {score}.',
    en: 'Then an overall score of {score}.',
  },
  'form.result.nextUnreachable': {
    de: 'Auch alle diese Schritte zusammen erreichen die Stufe noch nicht (Gesamtwert {score}).',
    en: 'Even all these steps together do not reach the band yet (overall score {score}).',
  },
  'form.result.top': {
    de: 'Die höchste Stufe ist erreicht.',
    en: 'The highest band is reached.',
  },
  'form.result.notAssessable': {
    de: 'Noch keine Stufe: Die Abdeckung liegt unter {min} %. Beantworten Sie mehr Fragen (statt „weiß nicht“).',
    en: 'No band yet: coverage is below {min}%. Answer more questions (instead of “don’t know”).',
  },
  'form.result.services': { de: 'EfA-Leistungen', en: 'EfA services' },
};
