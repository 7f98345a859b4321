import type { MessageTable } from '../index.js';

/** Messages of the CLI frame, loading, validation and scoring. */
export const core: MessageTable = {
  // CLI frame
  'cli.description': {
    de: 'Prüft, wie bereit eine Kommune ist, EfA-Leistungen („Einer für Alle“) nachzunutzen: die Standortbestimmung einer Kommune und die Blaupause für viele.',
    en: 'Assesses how ready a municipality is to reuse EfA ("Einer für Alle") services: the Standortbestimmung of one municipality and the Blaupause for many.',
  },
  'cli.exitCodes': {
    de: 'Exit-Codes:\n  0  erledigt\n  1  Ergebnis unter --fail-under\n  2  ungültige Eingabe oder Aufruf\n 70  interner Fehler (bitte melden)',
    en: 'Exit codes:\n  0  done\n  1  score below --fail-under\n  2  invalid input or usage\n 70  internal error (please report)',
  },
  'cli.examples': { de: 'Beispiele:', en: 'Examples:' },
  'cli.seeHelp': {
    de: 'Hilfe: efa-readiness --help oder efa-readiness <befehl> --help',
    en: 'Help: efa-readiness --help or efa-readiness <command> --help',
  },
  'cli.cancelled': { de: 'Abgebrochen.', en: 'Cancelled.' },
  'cli.bug': {
    de: 'Das ist ein Fehler in efa-readiness {version}, nicht in Ihrer Eingabe. Bitte melden Sie ihn den Maintainern mit dem Befehl, den Eingabedateien (soweit Sie sie teilen dürfen) und dem folgenden Text:',
    en: 'This is a bug in efa-readiness {version}, not in your input. Please report it to the maintainers with the command, the input files (as far as you may share them) and the text below:',
  },
  'cli.catalogue.description': {
    de: 'Kataloge und Landesprofile pflegen: zusammengeführt anzeigen, vergleichen, prüfen',
    en: 'Maintain catalogues and Land profiles: show merged, compare, review',
  },
  'cli.catalogue.show.description': {
    de: 'zeigt den zusammengeführten Katalog (mit Herkunft jedes Kriteriums)',
    en: 'shows the merged catalogue (with where each criterion came from)',
  },
  'cli.catalogue.diff.description': {
    de: 'zeigt, was sich zwischen zwei Katalogen ändert, und die Wirkung auf die Beispiele',
    en: 'shows what changes between two catalogues, and the effect on the examples',
  },
  'cli.catalogue.lint.description': {
    de: 'prüft einen Katalog über die Gültigkeit hinaus (Exit 1 bei Befunden)',
    en: 'reviews a catalogue beyond validity (exit 1 on findings)',
  },
  'cli.arg.catalogue': {
    de: 'Katalog: Pfad oder Id eines mitgelieferten Katalogs (id@version)',
    en: 'catalogue: a path or the id of a shipped catalogue (id@version)',
  },
  'cli.opt.examples': {
    de: 'Einschätzungen (Dateien oder Ordner), an denen die Wirkung gezeigt wird (Standard: die mitgelieferten Beispiele)',
    en: 'assessments (files or folders) on which the effect is shown (default: the shipped examples)',
  },
  'cli.help.usage': { de: 'Aufruf:', en: 'Usage:' },
  'cli.written': {
    de: 'geschrieben: {file} ({format}, {size})',
    en: 'written: {file} ({format}, {size})',
  },
  'cli.written.kb': { de: '{size} KB', en: '{size} KB' },
  'cli.written.mb': { de: '{size} MB', en: '{size} MB' },
  'cli.written.openBrowser': { de: 'im Browser öffnen', en: 'open it in a browser' },
  'cli.written.open': { de: 'zum Öffnen bereit', en: 'ready to open' },
  'cli.written.pdfProgress': {
    de: 'PDF wird mit Chromium erstellt, das dauert einige Sekunden …',
    en: 'Creating the PDF with Chromium, this takes a few seconds …',
  },
  'cli.help.optionsWord': { de: 'Optionen', en: 'options' },
  'cli.help.commandWord': { de: 'Befehl', en: 'command' },
  'cli.help.options': { de: 'Optionen:', en: 'Options:' },
  'cli.help.arguments': { de: 'Argumente:', en: 'Arguments:' },
  'cli.help.commands': { de: 'Befehle:', en: 'Commands:' },
  'cli.help.choices': { de: 'Auswahl', en: 'choices' },
  'cli.help.default': { de: 'Standard', en: 'default' },
  'cli.opt.help': { de: 'Hilfe anzeigen', en: 'show help' },
  'cli.opt.version': { de: 'Version anzeigen', en: 'show the version' },
  'cli.opt.catalogue': {
    de: 'Kriterienkatalog: Pfad einer YAML-Datei oder Id eines mitgelieferten Katalogs (Standard: der in der Einschätzung genannte)',
    en: 'criteria catalogue: path of a YAML file or id of a shipped catalogue (default: the one the assessment names)',
  },
  'cli.opt.lang': {
    de: 'Sprache der Ausgabe (Standard: aus LC_ALL/LANG, sonst de)',
    en: 'language of the output (default: from LC_ALL/LANG, else de)',
  },
  'cli.opt.noColor': {
    de: 'ohne Farben ausgeben (auch mit NO_COLOR)',
    en: 'print without colour (also with NO_COLOR)',
  },
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
  'cli.opt.initName': { de: 'Name der Kommune', en: 'name of the municipality' },
  'cli.opt.initType': { de: 'Art der Kommune', en: 'type of municipality' },
  'cli.opt.initState': { de: 'Land (Kürzel, z. B. HE)', en: 'Land (abbreviation, e.g. HE)' },
  'cli.opt.catalogueInit': {
    de: 'Kriterienkatalog: Pfad einer YAML-Datei oder Id eines mitgelieferten Katalogs (Standard: efa-default)',
    en: 'criteria catalogue: path of a YAML file or id of a shipped catalogue (default: efa-default)',
  },
  'cli.opt.catalogueNew': {
    de: 'Kriterienkatalog: Pfad einer YAML-Datei oder Id eines mitgelieferten Katalogs (Standard: efa-default; beim Fortsetzen der in der Datei genannte)',
    en: 'criteria catalogue: path of a YAML file or id of a shipped catalogue (default: efa-default; when resuming, the one the file names)',
  },
  'cli.opt.dimension': {
    de: 'nur diese Dimensionen abfragen (Ids)',
    en: 'ask only these dimensions (ids)',
  },
  'cli.opt.groupBy': {
    de: 'nach Kommunentyp oder Land gruppieren',
    en: 'group by municipality type or Land',
  },
  'cli.opt.anonymize': {
    de: 'Namen und Dateinamen durch Pseudonyme ersetzen (mit zufälligem Schlüssel: in jedem Lauf andere)',
    en: 'replace names and file names by pseudonyms (with a random key: different in every run)',
  },
  'cli.opt.anonymizeKey': {
    de: 'anonymisieren mit dem geheimen Schlüssel aus dieser Datei: Pseudonyme bleiben über Läufe gleich (eine fehlende Datei wird angelegt, Rechte 0600)',
    en: 'anonymize with the secret key in this file: pseudonyms stay the same across runs (a missing file is created, mode 0600)',
  },
  'cli.opt.handouts': {
    de: 'zusätzlich je Kommune ein Handout (HTML) in diesen Ordner: ihre Lage gegenüber Median und Quartilen aller, ihres Typs und ihres Landes; mit --anonymize dazu ein Schlüssel der Pseudonyme nur für die Moderation',
    en: 'also write one handout (HTML) per municipality into this folder: its position against the median and quartiles of all, of its type and of its Land; with --anonymize also a key of the pseudonyms for the facilitator only',
  },
  'cli.opt.foldAbove': {
    de: 'Ranglisten und Tabellen erst ab mehr als n Kommunen falten (Standard: 500)',
    en: 'fold rankings and tables only above n municipalities (default: 500)',
  },
  'cli.opt.skipInvalid': {
    de: 'ungültige Dateien überspringen und in der Ausgabe auflisten',
    en: 'skip invalid files and list them in the output',
  },
  'cli.opt.csvLocale': {
    de: 'Zahlenformat der CSV (de: Dezimalkomma; Standard folgt --lang)',
    en: 'number format of the CSV (de: decimal comma; default follows --lang)',
  },
  'cli.arg.files': {
    de: 'Kataloge und Einschätzungen (YAML)',
    en: 'catalogues and assessments (YAML)',
  },
  'cli.arg.assessment': {
    de: 'Einschätzung einer Kommune (YAML)',
    en: "a municipality's assessment (YAML)",
  },
  'cli.arg.paths': { de: 'Einschätzungen oder Ordner', en: 'assessments or folders' },
  'cli.validate.description': {
    de: 'Kataloge und Einschätzungen prüfen und alle Fehler mit Zeile und Spalte melden',
    en: 'check catalogues and assessments and report every problem with line and column',
  },
  'cli.score.description': {
    de: 'die Rollout-Bereitschaft einer Kommune berechnen',
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
    de: 'eine Einschätzung zum Ausfüllen im Editor anlegen',
    en: 'write an assessment to fill in with an editor',
  },
  'cli.compare.description': {
    de: 'viele Kommunen vergleichen (Blaupause): Rangfolge, Heatmap, häufigste nicht erfüllte K.-o.-Kriterien, Trends',
    en: 'compare many municipalities (Blaupause): ranking, heatmap, knock-out criteria most often not met, trends',
  },
  'cli.conformance.description': {
    de: 'Konformitätsfälle prüfen: jeden Fall bewerten und mit seinem erwarteten Ergebnis vergleichen',
    en: 'check conformance cases: score each case and compare it with its expected result',
  },
  'cli.arg.conformanceDir': {
    de: 'Ordner mit catalogue.yaml und case-*.yaml, oder ein Ordner solcher Ordner',
    en: 'folder with catalogue.yaml and case-*.yaml, or a folder of such folders',
  },
  // issue 16: the `schema` command, `init --schema-copy`, `validate --fix`
  'cli.schema.description': {
    de: 'ein Schema für den Editor erzeugen, das die Kriterien eines Katalogs kennt (Vervollständigung und Prüfung beim Tippen)',
    en: "generate an editor schema that knows a catalogue's criteria (completion and checks while typing)",
  },
  'cli.opt.schemaCatalogue': {
    de: 'Kriterienkatalog: Pfad einer YAML-Datei oder Id eines mitgelieferten Katalogs (Standard: efa-default)',
    en: 'criteria catalogue: path of a YAML file or id of a shipped catalogue (default: efa-default)',
  },
  'cli.opt.installVscode': {
    de: 'in .vscode/settings.json dieses Ordners (Standard: der aktuelle) eintragen, dass seine YAML-Dateien das Schema nutzen',
    en: "record in this folder's .vscode/settings.json (default: the current one) that its YAML files use the schema",
  },
  'cli.opt.schemaCopy': {
    de: 'das Schema des Katalogs neben die Datei kopieren und relativ darauf verweisen (zum Verschicken beider zusammen)',
    en: "copy the catalogue's schema beside the file and refer to it relatively (to send both together)",
  },
  'cli.opt.schemaOutput': {
    de: 'in diese Datei schreiben statt auf die Standardausgabe',
    en: 'write to this file instead of standard output',
  },
  'cli.opt.fix': {
    de: 'eindeutige Korrekturen (z. B. ja → true, 12.11.2026 → 2026-11-12) in die Dateien schreiben und auflisten',
    en: 'write unambiguous fixes (e.g. ja → true, 12.11.2026 → 2026-11-12) into the files and list them',
  },
  'cli.opt.dryRun': {
    de: 'mit --fix: nur zeigen, was geändert würde, nichts schreiben',
    en: 'with --fix: only show what would change, write nothing',
  },
  'cli.form.description': {
    de: 'einen Fragebogen als eine HTML-Datei schreiben, den eine Kommune ohne Installation und ohne Netz im Browser ausfüllt',
    en: 'write a questionnaire as one HTML file that a municipality fills in in its browser, with no install and no network',
  },
  'cli.opt.formFrom': {
    de: 'mit den Antworten dieser Selbsteinschätzung vorausfüllen (sonst enthält die Datei keine Antworten)',
    en: 'pre-fill with the answers of this assessment (else the file contains no answers)',
  },
  'cli.opt.catalogueForm': {
    de: 'Katalog (Datei oder Id eines mitgelieferten); Standard: der, den --from nennt, sonst efa-default',
    en: 'catalogue (a file or the id of a shipped one); default: the one --from names, else efa-default',
  },

  // writing
  'write.exists': {
    de: '{file} existiert bereits und bleibt unverändert. Mit --force ersetzen oder mit --output eine andere Datei wählen.',
    en: '{file} already exists and was left unchanged. Use --force to replace it or --output to choose another file.',
  },

  // reading files
  'read.missing': { de: 'Datei nicht gefunden.', en: 'file not found.' },
  'read.directory': {
    de: 'ist ein Ordner; erwartet wird eine YAML-Datei.',
    en: 'is a folder; expected a YAML file.',
  },
  'read.notFile': {
    de: 'ist keine normale Datei; erwartet wird eine YAML-Datei.',
    en: 'is not a regular file; expected a YAML file.',
  },
  'read.permission': {
    de: 'keine Berechtigung, die Datei zu lesen.',
    en: 'no permission to read the file.',
  },
  'read.failed': {
    de: 'Datei konnte nicht gelesen werden: {reason}',
    en: 'could not read the file: {reason}',
  },
  'read.tooLarge': {
    de: 'Datei ist {size} Bytes groß; erlaubt sind höchstens {max} Bytes ({mib} MiB). Ist das wirklich ein Katalog oder eine Einschätzung?',
    en: 'file is {size} bytes; at most {max} bytes ({mib} MiB) are allowed. Is this really a catalogue or an assessment?',
  },
  'read.binary': {
    de: 'ist keine Textdatei (enthält Binärdaten); erwartet wird YAML in UTF-8.',
    en: 'is not a text file (contains binary data); expected YAML in UTF-8.',
  },
  'read.utf16': {
    de: 'ist in UTF-16 gespeichert; bitte als UTF-8 speichern.',
    en: 'is saved as UTF-16; please save it as UTF-8.',
  },
  'read.notUtf8': {
    de: 'ist kein gültiges UTF-8; bitte die Datei als UTF-8 speichern.',
    en: 'is not valid UTF-8; please save the file as UTF-8.',
  },

  // parsing YAML
  'parse.empty': {
    de: 'Datei ist leer; erwartet wird ein Katalog oder eine Einschätzung (beginnend mit format: …).',
    en: 'file is empty; expected a catalogue or an assessment (starting with format: …).',
  },
  'parse.multipleDocuments': {
    de: 'Datei enthält {count} YAML-Dokumente (getrennt durch ---); erwartet wird genau eines.',
    en: 'file holds {count} YAML documents (separated by ---); expected exactly one.',
  },
  'parse.multipleDocumentsShort': {
    de: 'mehrere YAML-Dokumente in einer Datei; erwartet wird genau eines.',
    en: 'several YAML documents in one file; expected exactly one.',
  },
  'parse.duplicateKey': {
    de: 'Schlüssel \'{key}\' kommt doppelt vor (auch 0 und "0" gelten als derselbe Schlüssel); jeder Schlüssel darf in einer Zuordnung nur einmal stehen.',
    en: 'duplicate key \'{key}\' (0 and "0" count as the same key, too); each key may appear only once in a mapping.',
  },
  'parse.tag': {
    de: 'YAML-Tags wie {tag} sind nicht erlaubt; bitte den Wert ohne Tag schreiben (z. B. 1 statt !!int 1).',
    en: 'YAML tags such as {tag} are not allowed; write the value without a tag (e.g. 1 instead of !!int 1).',
  },
  'parse.badIndent': {
    de: 'YAML-Einrückung stimmt nicht: diese Zeile ist anders eingerückt als die Zeilen, zu denen sie gehört; bitte die Leerzeichen am Zeilenanfang prüfen.',
    en: 'YAML indentation is wrong: this line is indented differently from the lines it belongs to; check the spaces at the start of the line.',
  },
  'parse.tabIndent': {
    de: 'Tabulatoren sind in YAML nicht erlaubt, bitte Leerzeichen verwenden (erster Tabulator in dieser Zeile).',
    en: 'Tabs are not allowed in YAML; use spaces (first tab in this line).',
  },
  'parse.missingChar': {
    de: 'YAML-Syntaxfehler: hier fehlt ein Zeichen (etwa eine schließende Klammer oder ein Anführungszeichen).',
    en: 'YAML syntax error: a character is missing here (such as a closing bracket or quotation mark).',
  },
  'parse.unknownTag': {
    de: 'unbekanntes YAML-Tag ({detail}); Tags wie !!js/… werden nicht unterstützt.',
    en: 'unknown YAML tag ({detail}); tags such as !!js/… are not supported.',
  },
  'parse.tooDeep': {
    de: 'die Daten sind zu tief verschachtelt, um sie sicher zu lesen; erwartet wird ein Katalog oder eine Einschätzung.',
    en: 'the data is nested too deeply to be read safely; expected a catalogue or an assessment.',
  },
  'parse.syntax': {
    de: 'YAML-Syntaxfehler an dieser Stelle; bitte Einrückung, Doppelpunkte, Anführungszeichen und Klammern prüfen.',
    en: 'YAML syntax error here; check indentation, colons, quotation marks and brackets.',
  },
  'parse.keyIndent': {
    de: "Der Schlüssel '{key}' ist um {found} statt {expected} Leerzeichen eingerückt; bitte so weit einrücken wie den Schlüssel in der Zeile darüber.",
    en: "The key '{key}' is indented by {found} instead of {expected} spaces; please indent it as far as the key on the line above.",
  },
  'parse.keyPlace': {
    de: 'Dieser Schlüssel steht nicht dort, wo YAML ihn erwartet: er ist tiefer eingerückt als die Schlüssel darüber, oder die Zeile davor endet ohne Doppelpunkt. Bitte die Einrückung dieser Zeile an die Zeilen darüber angleichen.',
    en: 'This key is not where YAML expects it: it is indented deeper than the keys above, or the line before ends without a colon. Align this line’s indentation with the lines above.',
  },
  'parse.aliasExpansion': {
    de: 'YAML-Aliase verweisen so ineinander, dass die Datei auf ein Vielfaches anwachsen würde; sie wird aus Sicherheitsgründen nicht gelesen. Bitte die Blöcke ausschreiben statt mit &/* zu verschachteln.',
    en: 'YAML aliases refer into each other so that the file would grow many times over; it is not read, for safety. Please write the blocks out instead of nesting them with &/*.',
  },
  'parse.aliasBomb': {
    de: 'zu viele YAML-Aliase (mehr als {max}); die Datei wird aus Sicherheitsgründen nicht gelesen.',
    en: 'too many YAML aliases (more than {max}); the file is not read, for safety.',
  },
  'parse.forbiddenKey': {
    de: "Schlüssel '{key}' ist nicht erlaubt (reservierter Name).",
    en: "key '{key}' is not allowed (reserved name).",
  },

  // loading
  'load.noCatalogue': {
    de: "Katalog '{ref}' nicht gefunden: keine Datei dieses Namens und kein mitgelieferter Katalog mit dieser Id (mitgeliefert: {shipped}). Geben Sie mit --catalogue einen Pfad an.",
    en: "catalogue '{ref}' not found: no file of that name and no shipped catalogue with that id (shipped: {shipped}). Give a path with --catalogue.",
  },
  'load.landProfileHint': {
    de: 'Hinweis: Für {land} gibt es das Landesprofil {id}, das den Standardkatalog um Angebote und Recht des Landes ergänzt: --catalogue {id}.',
    en: "Note: for {land} there is the Land profile {id}, which adds the Land's services, platforms and law to the default catalogue: --catalogue {id}.",
  },
  'load.catalogueUnnamed': {
    de: '{file} nennt keinen Katalog; geben Sie ihn mit --catalogue an.',
    en: '{file} names no catalogue; give one with --catalogue.',
  },

  // kinds of values found
  'kind.null': { de: 'nichts (leer)', en: 'nothing (empty)' },
  'kind.list': { de: 'eine Liste', en: 'a list' },
  'kind.map': { de: 'eine Zuordnung', en: 'a mapping' },
  'kind.string': { de: "den Text '{value}'", en: "the text '{value}'" },
  'kind.number': { de: 'die Zahl {value}', en: 'the number {value}' },
  'kind.boolean': { de: '{value}', en: '{value}' },
  'type.string': { de: 'Text', en: 'text' },
  'type.number': { de: 'Zahl', en: 'number' },
  'type.integer': { de: 'ganze Zahl', en: 'whole number' },
  'type.boolean': { de: 'true oder false', en: 'true or false' },
  'type.object': { de: 'Zuordnung (Schlüssel: Wert)', en: 'mapping (key: value)' },
  'type.array': { de: 'Liste', en: 'list' },
  'type.null': { de: 'leer', en: 'empty' },

  // schema
  'schema.required': { de: "Schlüssel '{key}' fehlt.", en: "key '{key}' is missing." },
  'schema.unknownKey': {
    de: "unbekannter Schlüssel '{key}'; erlaubt sind: {allowed} (eigene Daten unter x-…).",
    en: "unknown key '{key}'; allowed: {allowed} (own data under x-…).",
  },
  'schema.badKey': { de: "ungültiger Schlüssel '{key}'.", en: "invalid key '{key}'." },
  'schema.type': {
    de: 'erwartet {expected}, gefunden {found}.',
    en: 'expected {expected}, found {found}.',
  },
  'schema.or': { de: ' oder ', en: ' or ' },
  'schema.agsQuotes': {
    de: 'Den AGS bitte in Anführungszeichen schreiben ("06435014"), sonst geht die führende Null verloren.',
    en: 'Please write the AGS in quotes ("06435014"), otherwise the leading zero is lost.',
  },
  'schema.enum': {
    de: 'erwartet einen von: {allowed}; gefunden {found}.',
    en: 'expected one of: {allowed}; found {found}.',
  },
  'schema.const': {
    de: "erwartet '{expected}', gefunden {found}.",
    en: "expected '{expected}', found {found}.",
  },
  'schema.minimum': {
    de: 'erwartet eine Zahl ≥ {limit}, gefunden {found}.',
    en: 'expected a number ≥ {limit}, found {found}.',
  },
  'schema.exclusiveMinimum': {
    de: 'erwartet eine Zahl > {limit}, gefunden {found}.',
    en: 'expected a number > {limit}, found {found}.',
  },
  'schema.maximum': {
    de: 'erwartet eine Zahl ≤ {limit}, gefunden {found}.',
    en: 'expected a number ≤ {limit}, found {found}.',
  },
  'schema.exclusiveMaximum': {
    de: 'erwartet eine Zahl < {limit}, gefunden {found}.',
    en: 'expected a number < {limit}, found {found}.',
  },
  'schema.pattern': {
    de: 'erwartet einen Wert nach dem Muster {pattern}.',
    en: 'expected a value matching {pattern}.',
  },
  'schema.pattern.id': {
    de: 'erwartet eine Id aus Kleinbuchstaben, Ziffern und Bindestrichen (z. B. fit-connect).',
    en: 'expected an id of lowercase letters, digits and hyphens (e.g. fit-connect).',
  },
  'schema.pattern.criterionId': {
    de: 'erwartet eine Kriterien-Id aus Kleinbuchstaben, Ziffern, Punkten und Bindestrichen, nach jedem Punkt ein Buchstabe oder eine Ziffer (z. B. interfaces.fit-connect).',
    en: 'expected a criterion id of lowercase letters, digits, dots and hyphens, with a letter or digit after each dot (e.g. interfaces.fit-connect).',
  },
  'schema.pattern.lang': {
    de: 'erwartet einen Sprachcode aus zwei Kleinbuchstaben (de, en).',
    en: 'expected a two-letter language code (de, en).',
  },
  'schema.pattern.digits': { de: 'erwartet nur Ziffern.', en: 'expected digits only.' },
  'schema.pattern.ags': {
    de: 'erwartet einen Amtlichen Gemeindeschlüssel aus 8 Ziffern oder einen Kreisschlüssel aus 5 Ziffern, in Anführungszeichen.',
    en: 'expected an official municipality key (AGS) of 8 digits or a district key of 5 digits, in quotes.',
  },
  'schema.pattern.date': {
    de: 'erwartet ein Datum JJJJ-MM-TT (z. B. 2026-11-20).',
    en: 'expected a date YYYY-MM-DD (e.g. 2026-11-20).',
  },
  'schema.pattern.level': {
    de: 'erwartet eine Stufe als ganze Zahl (0, 1, 2, …).',
    en: 'expected a level as a whole number (0, 1, 2, …).',
  },
  'schema.pattern.catalogueRef': {
    de: 'erwartet eine Katalog-Id, optional mit Version (z. B. efa-default@1.0.0).',
    en: 'expected a catalogue id, optionally with a version (e.g. efa-default@1.0.0).',
  },
  'schema.found': { de: 'Gefunden: {found}.', en: 'Found: {found}.' },
  'schema.minItems': {
    de: 'erwartet mindestens {limit} Einträge.',
    en: 'expected at least {limit} entries.',
  },
  'schema.notEmpty': { de: 'darf nicht leer sein.', en: 'must not be empty.' },
  'schema.anyOf': {
    de: 'Wert passt zu keiner erlaubten Form.',
    en: 'value fits none of the allowed forms.',
  },
  'schema.anyOf.answer': {
    de: 'erwartet eine Antwort: Stufe, true/false, Options-Id, Zahl, Liste von Punkt-Ids, unknown oder n/a – oder {value: …, note: …, evidence: […]}.',
    en: 'expected an answer: level, true/false, option id, number, list of item ids, unknown or n/a – or {value: …, note: …, evidence: […]}.',
  },
  'schema.anyOf.text': {
    de: 'erwartet einen Text: eine Zeichenkette oder eine Zuordnung wie {de: …, en: …}.',
    en: 'expected a text: a string or a mapping such as {de: …, en: …}.',
  },
  'schema.other': {
    de: 'ungültiger Wert ({keyword}); gefunden {found}.',
    en: 'invalid value ({keyword}); found {found}.',
  },
  'suggest.didYouMean': { de: "Meinten Sie '{suggestion}'?", en: "Did you mean '{suggestion}'?" },

  // rules beyond the schema
  'rule.notAMap': {
    de: 'erwartet eine Zuordnung mit format: … ({expected}).',
    en: 'expected a mapping with format: … ({expected}).',
  },
  'rule.noFormat': {
    de: "Schlüssel 'format' fehlt; erwartet wird einer von: {expected}.",
    en: "key 'format' is missing; expected one of: {expected}.",
  },
  'rule.formatVersion': {
    de: "Formatversion '{found}' wird nicht unterstützt; diese Version von efa-readiness liest '{expected}'.",
    en: "format version '{found}' is not supported; this version of efa-readiness reads '{expected}'.",
  },
  'rule.unknownFormat': {
    de: "unbekanntes Format '{found}'; erwartet: {expected}.",
    en: "unknown format '{found}'; expected: {expected}.",
  },
  'rule.expectedCatalogue': {
    de: 'erwartet einen Katalog, gefunden eine Einschätzung.',
    en: 'expected a catalogue, found an assessment.',
  },
  'rule.expectedAssessment': {
    de: 'erwartet eine Einschätzung, gefunden einen Katalog.',
    en: 'expected an assessment, found a catalogue.',
  },
  'rule.levelsGap': {
    de: 'Stufen müssen 0, 1, 2, … ohne Lücke sein: erwartet {expected}, gefunden {found}.',
    en: 'levels must be 0, 1, 2, … without gaps: expected {expected}, found {found}.',
  },
  'rule.bandsStart': {
    de: 'die erste Reifestufe (bands) muss bei min: 0 beginnen, gefunden {found}.',
    en: 'the first readiness band (bands) must start at min: 0, found {found}.',
  },
  'rule.bandsOrder': {
    de: "Reifestufen (bands) müssen aufsteigen: '{id}' hat min {min}, die vorige {previous}.",
    en: "bands must ascend: '{id}' has min {min}, the one before {previous}.",
  },
  'rule.duplicateId': {
    de: "Id '{id}' kommt mehrfach vor; Ids müssen eindeutig sein.",
    en: "id '{id}' appears more than once; ids must be unique.",
  },
  'rule.unknownBand': {
    de: "unbekannte Reifestufe '{id}'; vorhanden: {allowed}.",
    en: "unknown readiness band '{id}'; defined: {allowed}.",
  },
  'rule.unknownDimension': {
    de: "unbekannte Dimension '{id}'; vorhanden: {allowed}.",
    en: "unknown dimension '{id}'; defined: {allowed}.",
  },
  'rule.unknownCriterion': { de: "unbekanntes Kriterium '{id}'.", en: "unknown criterion '{id}'." },
  'rule.textLanguage': {
    de: "Text fehlt in der Katalogsprache '{language}' (vorhanden: {found}).",
    en: "text lacks the catalogue language '{language}' (present: {found}).",
  },
  'rule.typeNeeds': { de: "Typ '{type}' braucht '{key}'.", en: "type '{type}' needs '{key}'." },
  'rule.typeKey': {
    de: "'{key}' gehört zu Typ '{belongs}', das Kriterium hat Typ '{type}'.",
    en: "'{key}' belongs to type '{belongs}', the criterion has type '{type}'.",
  },
  'rule.levelUnknown': {
    de: 'Stufe {value} gibt es nicht; die Skala reicht von 0 bis {max}.',
    en: 'there is no level {value}; the scale runs from 0 to {max}.',
  },
  'rule.thresholdsOrder': {
    de: 'Schwellen müssen aufsteigen: min {min} nach {previous}.',
    en: 'thresholds must ascend: min {min} after {previous}.',
  },
  'rule.populationRange': {
    de: 'population.min ({min}) ist größer als population.max ({max}).',
    en: 'population.min ({min}) is greater than population.max ({max}).',
  },
  'rule.referenceUrl': {
    de: "'{url}' ist keine Web-Adresse; erwartet wird http:// oder https://.",
    en: "'{url}' is not a web address; expected http:// or https://.",
  },
  'rule.dependsOnSelf': {
    de: "Kriterium '{id}' kann nicht von sich selbst abhängen: Eintrag aus depends_on entfernen.",
    en: "criterion '{id}' cannot depend on itself: remove the entry from depends_on.",
  },
  'rule.dependsOnCycle': {
    de: 'depends_on bildet einen Kreis ({cycle}): mindestens eine dieser Abhängigkeiten entfernen.',
    en: 'depends_on forms a cycle ({cycle}): remove at least one of these dependencies.',
  },
  'rule.replacesCurrent': {
    de: "'{id}' ist eine Id dieses Katalogs und kann nicht zugleich ersetzt werden: aus replaces entfernen.",
    en: "'{id}' is an id of this catalogue and cannot also be replaced: remove it from replaces.",
  },
  'rule.replacesTwice': {
    de: "'{id}' wird schon von '{other}' ersetzt: eine alte Id darf nur ein Kriterium ersetzen.",
    en: "'{id}' is already replaced by '{other}': an old id may be replaced by one criterion only.",
  },
  'rule.unknownService': {
    de: "Katalog '{catalogue}' hat keine Leistung '{id}'.",
    en: "catalogue '{catalogue}' has no service '{id}'.",
  },
  'rule.answerReplaced': {
    de: "Antwort unter der alten Id '{old}' zählt für das Kriterium '{id}', das sie ersetzt: bitte in '{id}' umbenennen.",
    en: "the answer under the old id '{old}' counts for criterion '{id}', which replaces it: please rename it to '{id}'.",
  },
  'rule.answerReplacedBoth': {
    de: "'{old}' und '{id}' sind beide angegeben, aber '{id}' ersetzt '{old}': einen der beiden Einträge entfernen.",
    en: "both '{old}' and '{id}' are given, but '{id}' replaces '{old}': remove one of the two entries.",
  },
  'plausibility.connectedWithoutRoute': {
    de: 'passt nicht zusammen: {share} % der EfA-Leistungen gelten als angeschlossen (reuse.adopted-share), aber kein Empfangsweg ist in Betrieb (Stufe {level}). Angeschlossen heißt, dass Anträge digital ankommen – bitte eine der beiden Antworten prüfen.',
    en: 'inconsistent: {share} % of the EfA services count as connected (reuse.adopted-share), but no receiving route is in operation (level {level}). Connected means that applications arrive digitally – please check one of the two answers.',
  },
  'plausibility.runningWithoutRoute': {
    de: 'passt nicht zusammen: {services} getestet oder in Betrieb (services), aber kein Empfangsweg ist in Betrieb (Stufe {level}) – bitte den Stand der Leistungen oder diese Antwort prüfen.',
    en: 'inconsistent: {services} tested or live (services), but no receiving route is in operation (level {level}) – please check the services’ stage or this answer.',
  },
  'plausibility.runningWithoutLegalBasis': {
    de: 'passt nicht zusammen: EfA-Leistungen sind angeschlossen oder in Betrieb, aber es gibt laut Antwort keine Rechtsgrundlage der Nachnutzung – auf welcher Grundlage laufen sie? Bitte die Antwort prüfen.',
    en: 'inconsistent: EfA services are connected or live, but by this answer there is no legal basis for reuse – on what basis do they run? Please check the answer.',
  },
  'rule.actionDoneBelowTarget': {
    de: 'als erledigt markiert, Antwort aber noch Stufe {level} – bitte aktualisieren.',
    en: 'marked as done, but the answer is still level {level} – please update it.',
  },
  'rule.actionDoneBelowTargetScore': {
    de: 'als erledigt markiert, Antwort aber noch bei {score} von Ziel {target} – bitte aktualisieren.',
    en: 'marked as done, but the answer is still at {score} of target {target} – please update it.',
  },
  'rule.badDate': {
    de: '{date} ist kein gültiges Kalenderdatum.',
    en: '{date} is not a valid calendar date.',
  },
  'rule.answerRemoved': {
    de: "Das Kriterium '{id}' gilt im Katalog {catalogue} nicht (entfernt von {by}: {reason}); die Antwort wird nicht gewertet.",
    en: "The criterion '{id}' does not apply in the catalogue {catalogue} (removed by {by}: {reason}); the answer is not scored.",
  },
  'rule.catalogueMismatch': {
    de: "die Einschätzung nennt den Katalog '{named}', geladen ist '{loaded}'.",
    en: "the assessment names catalogue '{named}', but '{loaded}' was loaded.",
  },
  'rule.catalogueVersion': {
    de: 'die Einschätzung nennt {id}@{named}, geladen ist Version {loaded}; Antworten können anders gemeint sein.',
    en: 'the assessment names {id}@{named}, version {loaded} was loaded; answers may have been meant differently.',
  },
  'rule.unknownAnswer': {
    de: "kein Kriterium '{id}' im Katalog {catalogue}.",
    en: "no criterion '{id}' in catalogue {catalogue}.",
  },
  'rule.naWithoutNote': {
    de: 'n/a ohne Notiz: bitte unter note begründen, warum das Kriterium nicht zutrifft.',
    en: 'n/a without a note: please say under note why the criterion does not apply.',
  },
  'rule.answerExcluded': {
    de: 'Diese Frage gilt nicht für diese Kommune (nach Art, Land oder Einwohnerzahl); die Antwort wird nicht gewertet.',
    en: 'This question does not apply to this municipality (by type, Land or population); the answer is not scored.',
  },
  'rule.missingAnswers': {
    de: '{count} Kriterien ohne Antwort (zählen mit 0): {ids}',
    en: '{count} criteria without an answer (count as 0): {ids}',
  },
  'rule.naNotAllowed': {
    de: 'Diese Frage lässt „trifft nicht zu“ (n/a) nicht zu; möglich ist unknown (weiß nicht).',
    en: "This question does not allow 'not applicable' (n/a); unknown (not known) is possible.",
  },
  'rule.scaleQuoted': {
    de: "Stufe '{value}' steht in Anführungszeichen; bitte als Zahl schreiben (0 bis {max}).",
    en: "level '{value}' is quoted; please write it as a number (0 to {max}).",
  },
  'rule.levelOutOfRange': {
    de: 'erwartet eine Stufe von 0 bis {max}, unknown oder n/a; gefunden {found}.',
    en: 'expected a level from 0 to {max}, unknown or n/a; found {found}.',
  },
  'rule.expectedBoolean': {
    de: 'erwartet true (ja) oder false (nein), unknown oder n/a; gefunden {found}.',
    en: 'expected true (yes) or false (no), unknown or n/a; found {found}.',
  },
  'rule.unknownOption': {
    de: 'erwartet eine der Optionen {allowed}; gefunden {found}.',
    en: 'expected one of the options {allowed}; found {found}.',
  },
  'rule.unknownOptionHint': {
    de: "erwartet eine der Optionen {allowed}; gefunden {found}. Meinten Sie '{suggestion}'?",
    en: "expected one of the options {allowed}; found {found}. Did you mean '{suggestion}'?",
  },
  'rule.expectedNumber': {
    de: 'erwartet eine Zahl, unknown oder n/a; gefunden {found}.',
    en: 'expected a number, unknown or n/a; found {found}.',
  },
  'rule.expectedList': {
    de: 'erwartet eine Liste der erfüllten Punkte, z. B. [{allowed}]; gefunden {found}.',
    en: 'expected a list of the items in place, e.g. [{allowed}]; found {found}.',
  },
  'rule.unknownItem': {
    de: "unbekannter Punkt '{found}'; möglich: {allowed}.",
    en: "unknown item '{found}'; possible: {allowed}.",
  },
  'rule.unknownItemHint': {
    de: "unbekannter Punkt '{found}'; möglich: {allowed}. Meinten Sie '{suggestion}'?",
    en: "unknown item '{found}'; possible: {allowed}. Did you mean '{suggestion}'?",
  },
  'rule.duplicateItem': {
    de: "Punkt '{found}' steht doppelt in der Liste.",
    en: "item '{found}' is listed twice.",
  },

  // municipality types and Länder
  'municipality.type.gemeinde': { de: 'Gemeinde', en: 'municipality (Gemeinde)' },
  'municipality.type.stadt': { de: 'Stadt', en: 'town (Stadt)' },
  'municipality.type.kreisfreie-stadt': {
    de: 'kreisfreie Stadt',
    en: 'county-free city (kreisfreie Stadt)',
  },
  'municipality.type.landkreis': { de: 'Landkreis', en: 'district (Landkreis)' },
  'municipality.type.verbund': { de: 'Verbund (IKZ)', en: 'inter-municipal association (IKZ)' },
  'municipality.type.other': { de: 'sonstige', en: 'other' },
  'state.BW': { de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  'state.BY': { de: 'Bayern', en: 'Bavaria' },
  'state.BE': { de: 'Berlin', en: 'Berlin' },
  'state.BB': { de: 'Brandenburg', en: 'Brandenburg' },
  'state.HB': { de: 'Bremen', en: 'Bremen' },
  'state.HH': { de: 'Hamburg', en: 'Hamburg' },
  'state.HE': { de: 'Hessen', en: 'Hessen' },
  'state.MV': { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  'state.NI': { de: 'Niedersachsen', en: 'Lower Saxony' },
  'state.NW': { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  'state.RP': { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  'state.SL': { de: 'Saarland', en: 'Saarland' },
  'state.SN': { de: 'Sachsen', en: 'Saxony' },
  'state.ST': { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  'state.SH': { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  'state.TH': { de: 'Thüringen', en: 'Thuringia' },
  'status.excluded': { de: 'nicht relevant', en: 'excluded' },
  'status.not-applicable': { de: 'trifft nicht zu (n/a)', en: 'not applicable (n/a)' },
  'status.unknown': { de: 'unbekannt', en: 'unknown' },
  'status.missing': { de: 'fehlt', en: 'missing' },
  'status.answered': { de: 'beantwortet', en: 'answered' },
  'effort.low': { de: 'gering', en: 'low' },
  'effort.medium': { de: 'mittel', en: 'medium' },
  'effort.high': { de: 'hoch', en: 'high' },
  'horizon.short': { de: 'kurzfristig', en: 'short term' },
  'horizon.medium': { de: 'mittelfristig', en: 'medium term' },
  'horizon.long': { de: 'langfristig', en: 'long term' },

  // score (terminal)
  'score.title': { de: 'Rollout-Bereitschaft', en: 'Rollout readiness' },
  'score.overall': { de: 'Gesamtwert', en: 'Overall score' },
  'score.band': { de: 'Reifestufe', en: 'Readiness band' },
  'score.coverage': { de: 'Abdeckung', en: 'Coverage' },
  'score.cappedBy': {
    de: 'begrenzt durch das K.-o.-Kriterium {criterion} ({score} < {min}): {reason}',
    en: 'capped by the knock-out criterion {criterion} ({score} < {min}): {reason}',
  },
  'score.byScore': { de: 'nach Punkten wäre es „{band}“', en: 'by points it would be “{band}”' },
  'score.dimensions': { de: 'Dimensionen', en: 'Dimensions' },
  'score.notScored': { de: 'nicht bewertet', en: 'not scored' },
  'score.actions': { de: 'Wichtigste Maßnahmen', en: 'Top actions' },
  'score.noActions': {
    de: 'Keine Maßnahmen offen: alle Ziele erreicht.',
    en: 'No actions open: every target is met.',
  },
  'score.points': { de: '+{gain} Pkt.', en: '+{gain} pts' },
  'score.gateMark': { de: 'K.-o.-Kriterium', en: 'knock-out criterion' },
  'score.services': { de: 'EfA-Leistungen', en: 'EfA services' },
  'score.servicesBlocked': { de: 'begrenzt durch {ids}', en: 'capped by {ids}' },
  'score.more': {
    de: '… und {count} weitere im Bericht: efa-readiness report {file} --format html --output {out}',
    en: '… and {count} more in the report: efa-readiness report {file} --format html --output {out}',
  },
  'score.warnings': { de: '{count} Warnung(en):', en: '{count} warning(s):' },
  'score.failUnder': {
    de: 'Gesamtwert {score} liegt unter --fail-under {limit}.',
    en: 'overall score {score} is below --fail-under {limit}.',
  },
  'score.failUnderNull': {
    de: 'Kein Gesamtwert (kein Kriterium zählt); --fail-under {limit} ist nicht erreicht.',
    en: 'no overall score (no criterion counts); --fail-under {limit} is not met.',
  },
  'score.badFailUnder': {
    de: "--fail-under erwartet eine Zahl von 0 bis 100, gefunden '{value}'.",
    en: "--fail-under expects a number from 0 to 100, found '{value}'.",
  },

  // validate (terminal)
  'validate.ok': { de: '✓ {file}: gültig ({what})', en: '✓ {file}: valid ({what})' },
  'validate.failed': { de: '✗ {file}: {count} Fehler', en: '✗ {file}: {count} error(s)' },
  'validate.catalogue': { de: 'Katalog {id} {version}', en: 'catalogue {id} {version}' },
  'validate.assessment': {
    de: 'Einschätzung {name}, Katalog {catalogue}',
    en: 'assessment {name}, catalogue {catalogue}',
  },
  'validate.warning': { de: 'Warnung', en: 'warning' },
  'validate.error': { de: 'Fehler', en: 'error' },
  'validate.summary': {
    de: '{files} Datei(en) geprüft: {errors} Fehler, {warnings} Warnung(en).',
    en: '{files} file(s) checked: {errors} error(s), {warnings} warning(s).',
  },

  // v1.1 result texts (terminal, report and compare share them: src/render/result-text.ts)
  'v11.notAssessable': {
    de: 'noch nicht bewertbar: zu wenige Antworten ({coverage} % von mindestens {min} %)',
    en: 'not yet assessable: too few answers ({coverage} % of at least {min} %)',
  },
  'v11.missing': { de: 'Es fehlen Antworten zu: {list}', en: 'Answers missing for: {list}' },
  'v11.nextBand.one': {
    de: 'Mit dieser Maßnahme erreichen Sie „{band}“: {steps} (+{gain} Punkte)',
    en: 'With this action you reach “{band}”: {steps} (+{gain} points)',
  },
  'v11.nextBand.many': {
    de: 'Mit diesen {count} Maßnahmen erreichen Sie „{band}“: {steps} (+{gain} Punkte)',
    en: 'With these {count} actions you reach “{band}”: {steps} (+{gain} points)',
  },
  'v11.nextBand.unreachable': {
    de: '„{band}“ ist mit den gesetzten Zielwerten nicht erreichbar: auch alle {count} Maßnahmen zusammen ergeben nur {score} Punkte (nötig: {min}).',
    en: '“{band}” cannot be reached with the targets set: even all {count} actions together give only {score} points (needed: {min}).',
  },
  'v11.nextBand.partial': { de: '{title} (auf {to} Punkte)', en: '{title} (to {to} points)' },
  'v11.notResponsible.catalogue': {
    de: 'nicht zuständig (Regel des Katalogs)',
    en: 'not responsible (the catalogue’s rule)',
  },
  'v11.notResponsible.assessment': {
    de: 'nicht zuständig (eigene Angabe)',
    en: 'not responsible (own statement)',
  },
  'v11.notResponsible.assessmentNote': {
    de: 'nicht zuständig (eigene Angabe: {note})',
    en: 'not responsible (own statement: {note})',
  },
  'v11.stage': { de: 'Anschluss: {stage}', en: 'Connection: {stage}' },
  'v11.stage.none': { de: 'nicht begonnen', en: 'not started' },
  'v11.stage.planned': { de: 'geplant', en: 'planned' },
  'v11.stage.contracted': { de: 'beauftragt', en: 'contracted' },
  'v11.stage.configured': { de: 'eingerichtet', en: 'configured' },
  'v11.stage.tested': { de: 'getestet', en: 'tested' },
  'v11.stage.live': { de: 'in Betrieb', en: 'live' },
  'v11.stage.unknown': { de: 'keine Angabe', en: 'not stated' },
  'v11.status.open': { de: 'offen', en: 'open' },
  'v11.status.in-progress': { de: 'in Arbeit', en: 'in progress' },
  'v11.status.done': { de: 'erledigt', en: 'done' },
  'v11.owner': { de: 'wer: {owner}', en: 'who: {owner}' },
  'v11.due': { de: 'bis {date}', en: 'due {date}' },
  'v11.cost': { de: 'Kosten: {cost}', en: 'cost: {cost}' },
  'v11.cost.none': { de: 'keine', en: 'none' },
  'v11.cost.low': { de: 'gering', en: 'low' },
  'v11.cost.medium': { de: 'mittel', en: 'medium' },
  'v11.cost.high': { de: 'hoch', en: 'high' },
  'v11.after': { de: 'nach: {list}', en: 'after: {list}' },
};
