import type { MessageTable } from '../index.js';

/** Messages of the CLI frame, loading, validation and scoring. */
export const core: MessageTable = {
  // CLI frame
  'cli.description': {
    de: 'Prüft, wie bereit eine Kommune ist, EfA-Onlinedienste („Einer für Alle“) nachzunutzen, und erstellt die Blaupause.',
    en: 'Assesses how ready a municipality is to roll out EfA ("Einer für Alle") online services, and renders the Blaupause.',
  },
  'cli.exitCodes': {
    de: 'Exit-Codes:\n  0  erledigt\n  1  Ergebnis unter --fail-under\n  2  ungültige Eingabe oder Aufruf\n 70  interner Fehler (bitte melden)',
    en: 'Exit codes:\n  0  done\n  1  score below --fail-under\n  2  invalid input or usage\n 70  internal error (please report)',
  },
  'cli.examples': { de: 'Beispiele:', en: 'Examples:' },
  'cli.seeHelp': {
    de: "Hilfe: efa-readiness --help oder efa-readiness <befehl> --help",
    en: 'Help: efa-readiness --help or efa-readiness <command> --help',
  },
  'cli.bug': {
    de: 'Das ist ein Fehler in efa-readiness {version}, nicht in Ihrer Eingabe. Bitte melden Sie ihn den Maintainern mit dem Befehl, den Eingabedateien (soweit Sie sie teilen dürfen) und dem folgenden Text:',
    en: 'This is a bug in efa-readiness {version}, not in your input. Please report it to the maintainers with the command, the input files (as far as you may share them) and the text below:',
  },
  'cli.help.usage': { de: 'Aufruf:', en: 'Usage:' },
  'cli.help.options': { de: 'Optionen:', en: 'Options:' },
  'cli.help.arguments': { de: 'Argumente:', en: 'Arguments:' },
  'cli.help.commands': { de: 'Befehle:', en: 'Commands:' },
  'cli.help.choices': { de: 'Auswahl', en: 'choices' },
  'cli.help.default': { de: 'Standard', en: 'default' },
  'cli.opt.help': { de: 'Hilfe anzeigen', en: 'show help' },
  'cli.opt.version': { de: 'Version anzeigen', en: 'show the version' },
  'cli.opt.catalogue': {
    de: 'Kriterienkatalog: Pfad einer YAML-Datei oder Id eines mitgelieferten Katalogs (Standard: der in der Selbsteinschätzung genannte)',
    en: "criteria catalogue: path of a YAML file or id of a shipped catalogue (default: the one the assessment names)",
  },
  'cli.opt.lang': {
    de: 'Sprache der Ausgabe (Standard: aus LC_ALL/LANG, sonst de)',
    en: 'language of the output (default: from LC_ALL/LANG, else de)',
  },
  'cli.opt.noColor': { de: 'ohne Farben ausgeben (auch mit NO_COLOR)', en: 'print without colour (also with NO_COLOR)' },
  'cli.opt.format': { de: 'Ausgabeformat', en: 'output format' },
  'cli.opt.failUnder': {
    de: 'mit Exit-Code 1 enden, wenn der Gesamtwert unter dieser Zahl (0–100) liegt',
    en: 'exit with code 1 when the overall score is below this number (0–100)',
  },
  'cli.opt.output': {
    de: 'in diese Datei schreiben statt auf die Standardausgabe',
    en: 'write to this file instead of standard output',
  },
  'cli.opt.interviewOutput': {
    de: 'Datei der Antworten: wird nach jeder Antwort gespeichert; existiert sie, wird fortgesetzt',
    en: 'answers file: saved after every answer; if it exists, the interview resumes',
  },
  'cli.opt.force': { de: 'eine vorhandene Datei ersetzen', en: 'replace an existing file' },
  'cli.opt.template': {
    de: 'eigene Handlebars-Vorlage für den ganzen Bericht',
    en: 'custom Handlebars template for the whole report',
  },
  'cli.opt.dimension': { de: 'nur diese Dimensionen abfragen (Ids)', en: 'ask only these dimensions (ids)' },
  'cli.opt.groupBy': { de: 'nach Kommunentyp oder Land gruppieren', en: 'group by municipality type or Land' },
  'cli.opt.anonymize': {
    de: 'Namen durch stabile Pseudonyme ersetzen',
    en: 'replace names by stable pseudonyms',
  },
  'cli.opt.skipInvalid': {
    de: 'ungültige Dateien überspringen und in der Ausgabe auflisten',
    en: 'skip invalid files and list them in the output',
  },
  'cli.opt.csvLocale': {
    de: 'Zahlenformat der CSV (de: Dezimalkomma; Standard folgt --lang)',
    en: 'number format of the CSV (de: decimal comma; default follows --lang)',
  },
  'cli.arg.files': { de: 'Kataloge und Selbsteinschätzungen (YAML)', en: 'catalogues and assessments (YAML)' },
  'cli.arg.assessment': { de: 'Selbsteinschätzung einer Kommune (YAML)', en: "a municipality's assessment (YAML)" },
  'cli.arg.paths': { de: 'Selbsteinschätzungen oder Ordner', en: 'assessments or folders' },
  'cli.validate.description': {
    de: 'Kataloge und Selbsteinschätzungen prüfen und alle Fehler mit Zeile und Spalte melden',
    en: 'check catalogues and assessments and report every problem with line and column',
  },
  'cli.score.description': {
    de: 'die Rollout-Reife einer Kommune berechnen',
    en: "score a municipality's rollout readiness",
  },
  'cli.report.description': {
    de: 'den Blaupause-Bericht als Markdown, HTML oder PDF erstellen',
    en: 'render the Blaupause report as Markdown, HTML or PDF',
  },
  'cli.interview.description': {
    de: 'geführtes Interview: Antworten erfassen, nach jeder Antwort gespeichert',
    en: 'guided interview: record answers, saved after every answer',
  },
  'cli.init.description': {
    de: 'eine Selbsteinschätzung zum Ausfüllen im Editor anlegen',
    en: 'write an assessment to fill in with an editor',
  },
  'cli.compare.description': {
    de: 'viele Kommunen vergleichen: Rangfolge, Heatmap, häufigste Hürden, Trends',
    en: 'compare many municipalities: ranking, heatmap, most common blockers, trends',
  },

  // writing
  'write.exists': {
    de: '{file} existiert bereits und bleibt unverändert. Mit --force ersetzen oder mit --output eine andere Datei wählen.',
    en: '{file} already exists and was left unchanged. Use --force to replace it or --output to choose another file.',
  },
  'write.failed': { de: '{file} konnte nicht geschrieben werden: {reason}', en: 'could not write {file}: {reason}' },
};
