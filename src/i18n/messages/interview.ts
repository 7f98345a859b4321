import type { MessageTable } from '../index.js';

/** Messages of `interview` and `init`. */
export const interview: MessageTable = {
  // CLI options added for `init`

  // interview: start and file
  'interview.welcome': {
    de: 'Einschätzung nach „{catalogue}“. Jede Antwort wird sofort gespeichert; mit Strg+C können Sie jederzeit unterbrechen und später fortsetzen.',
    en: 'Assessment against "{catalogue}". Every answer is saved at once; press Ctrl+C at any time to stop and continue later.',
  },
  'interview.savingTo': {
    de: 'Die Antworten werden in {file} gespeichert.',
    en: 'Answers are saved to {file}.',
  },
  'interview.resumingFound': {
    de: 'In {file} gibt es schon eine Einschätzung dieser Kommune; sie wird fortgesetzt.',
    en: '{file} already holds an assessment of this municipality; it is continued.',
  },
  'interview.fileTaken': {
    de: '{file} gibt es schon und ist keine Einschätzung dieser Kommune; sie bleibt unverändert.',
    en: '{file} exists and is not an assessment of this municipality; it is left unchanged.',
  },
  'interview.fileStem': { de: 'selbsteinschaetzung', en: 'self-assessment' },
  'interview.noFreeName': {
    de: 'Im Ordner {folder} ist kein freier Dateiname für {name} zu finden. Geben Sie die Datei mit --output an.',
    en: 'No free file name for {name} in {folder}. Name the file with --output.',
  },
  'interview.status': {
    de: '{name}: {answered} von {total} Fragen beantwortet ({file})',
    en: '{name}: {answered} of {total} questions answered ({file})',
  },

  // municipality and assessment
  'interview.municipality.name': { de: 'Name der Kommune', en: 'Name of the municipality' },
  'interview.municipality.type': { de: 'Art der Kommune', en: 'Type of municipality' },
  'interview.municipality.state': { de: 'Land', en: 'Land (federal state)' },
  'interview.municipality.ags': {
    de: 'Amtlicher Gemeindeschlüssel (8 Ziffern, Kreise 5; optional, Enter überspringt)',
    en: 'Official municipality key, AGS (8 digits, districts 5; optional, Enter skips)',
  },
  'interview.municipality.population': {
    de: 'Einwohnerzahl (optional, Enter überspringt)',
    en: 'Population (optional, Enter skips)',
  },
  'interview.assessment.date': {
    de: 'Datum der Erhebung (JJJJ-MM-TT)',
    en: 'Date of the assessment (YYYY-MM-DD)',
  },
  'interview.assessment.method': { de: 'Art der Erhebung', en: 'Method' },
  'interview.assessment.assessors': {
    de: 'Beteiligte Personen (mit Komma getrennt; optional)',
    en: 'Assessors (separated by commas; optional)',
  },
  'interview.required': { de: 'Bitte einen Namen eingeben.', en: 'Please enter a name.' },
  'interview.agsExpected': {
    de: 'Der AGS hat 8 Ziffern (Kreisschlüssel: 5), z. B. 06435014.',
    en: 'The AGS has 8 digits (district key: 5), e.g. 06435014.',
  },
  'interview.nameOneLine': {
    de: 'Bitte den Namen ohne Steuerzeichen eingeben.',
    en: 'Please enter the name without control characters.',
  },
  'interview.populationTooLarge': {
    de: 'Das ist mehr, als eine Kommune Einwohner hat; bitte höchstens 100.000.000 eingeben – oder leer lassen.',
    en: 'That is more people than any municipality has; enter at most 100,000,000 – or leave it empty.',
  },
  'interview.populationExpected': {
    de: 'Bitte eine ganze Zahl eingeben, z. B. 23000 – oder leer lassen.',
    en: 'Please enter a whole number, e.g. 23000 – or leave it empty.',
  },
  'interview.dateExpected': {
    de: 'Bitte ein Datum in der Form JJJJ-MM-TT eingeben, z. B. 2026-11-20.',
    en: 'Please enter a date as YYYY-MM-DD, e.g. 2026-11-20.',
  },
  'interview.type.gemeinde': { de: 'Gemeinde', en: 'Municipality (Gemeinde)' },
  'interview.type.stadt': { de: 'Stadt (kreisangehörig)', en: 'Town (within a district)' },
  'interview.type.kreisfreie-stadt': { de: 'Kreisfreie Stadt', en: 'Independent city' },
  'interview.type.landkreis': { de: 'Landkreis', en: 'District (Landkreis)' },
  'interview.type.verbund': {
    de: 'Verbund (Amt, Verbandsgemeinde, Zweckverband)',
    en: 'Association of municipalities',
  },
  'interview.type.other': { de: 'Sonstige', en: 'Other' },
  'interview.state.BW': { de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  'interview.state.BY': { de: 'Bayern', en: 'Bavaria' },
  'interview.state.BE': { de: 'Berlin', en: 'Berlin' },
  'interview.state.BB': { de: 'Brandenburg', en: 'Brandenburg' },
  'interview.state.HB': { de: 'Bremen', en: 'Bremen' },
  'interview.state.HH': { de: 'Hamburg', en: 'Hamburg' },
  'interview.state.HE': { de: 'Hessen', en: 'Hessen' },
  'interview.state.MV': { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  'interview.state.NI': { de: 'Niedersachsen', en: 'Lower Saxony' },
  'interview.state.NW': { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  'interview.state.RP': { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  'interview.state.SL': { de: 'Saarland', en: 'Saarland' },
  'interview.state.SN': { de: 'Sachsen', en: 'Saxony' },
  'interview.state.ST': { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  'interview.state.SH': { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  'interview.state.TH': { de: 'Thüringen', en: 'Thuringia' },
  'interview.method.self': {
    de: 'Einschätzung der Kommune',
    en: 'Self-assessment by the municipality',
  },
  'interview.method.interview': { de: 'Interview', en: 'Interview' },
  'interview.method.workshop': { de: 'Workshop', en: 'Workshop' },

  // criteria
  'interview.progress': {
    de: 'Frage {number} von {total} · {dimension}',
    en: 'Question {number} of {total} · {dimension}',
  },
  'interview.yes': { de: 'Ja', en: 'Yes' },
  'interview.no': { de: 'Nein', en: 'No' },
  'interview.unknown': { de: 'Weiß nicht', en: "Don't know" },
  'interview.na': { de: 'Trifft nicht zu (n/a)', en: 'Not applicable (n/a)' },
  'interview.showHelp': { de: '? Hilfe anzeigen', en: '? Show help' },
  'interview.checklistHint': {
    de: '(Leertaste wählt aus, Enter bestätigt; nichts gewählt = keiner erfüllt)',
    en: '(space selects, Enter confirms; nothing selected = none met)',
  },
  'interview.checklistExclusive': {
    de: '„Weiß nicht“ und „Trifft nicht zu“ lassen sich nicht mit Einträgen kombinieren.',
    en: '"Don\'t know" and "Not applicable" cannot be combined with items.',
  },
  'interview.numberHintUnknown': { de: 'w = weiß nicht', en: "u = don't know" },
  'interview.numberHintNa': { de: 'n/a = trifft nicht zu', en: 'n/a = not applicable' },
  'interview.numberExpected': {
    de: 'Bitte eine Zahl eingeben (z. B. {example}) – oder w für „weiß nicht“.',
    en: 'Please enter a number (e.g. {example}) – or u for "don\'t know".',
  },
  'interview.naNotAllowed': {
    de: '„Trifft nicht zu“ ist bei dieser Frage nicht vorgesehen.',
    en: '"Not applicable" is not an option for this question.',
  },
  'interview.noHelp': {
    de: 'Zu dieser Frage gibt es keine Hilfe.',
    en: 'There is no help for this question.',
  },
  'interview.note': {
    de: 'Notiz (leer lassen: keine Notiz)',
    en: 'Note (leave empty for none)',
  },
  'interview.noteRequired': {
    de: 'Notiz: Warum trifft die Frage nicht zu? (bei „trifft nicht zu“ erforderlich)',
    en: 'Note: why does the question not apply? (required with "not applicable")',
  },
  'interview.noteNeeded': {
    de: 'Bitte kurz begründen, warum die Frage nicht zutrifft.',
    en: 'Please say briefly why the question does not apply.',
  },
  'interview.evidence': {
    de: 'Nachweise (mehrere mit ; trennen; leer lassen: keine)',
    en: 'Evidence (separate several with a semicolon; leave empty for none)',
  },
  'interview.currentNote': { de: 'Notiz: {note}', en: 'Note: {note}' },
  'interview.currentEvidence': { de: 'Nachweise: {evidence}', en: 'Evidence: {evidence}' },

  // services (v1.1)
  'interview.services.question': {
    de: 'Für welche dieser Leistungen ist Ihre Kommune zuständig, und wie weit ist der Anschluss?',
    en: 'Which of these services is your municipality responsible for, and how far is the connection?',
  },
  'interview.services.progress': {
    de: 'Leistung {number} von {total} · {title}',
    en: 'Service {number} of {total} · {title}',
  },
  'interview.services.responsible': {
    de: 'Ist Ihre Kommune für „{title}“ zuständig?',
    en: 'Is your municipality responsible for "{title}"?',
  },
  'interview.services.yes': { de: 'Ja, zuständig', en: 'Yes, responsible' },
  'interview.services.no': { de: 'Nein, nicht zuständig', en: 'No, not responsible' },
  'interview.services.stage': {
    de: 'Wie weit ist der Anschluss an „{title}“?',
    en: 'How far is the connection to "{title}"?',
  },
  'interview.services.why': {
    de: 'Notiz: Warum ist die Kommune nicht zuständig, wer ist es? (optional, Enter überspringt)',
    en: 'Note: why is the municipality not responsible, and who is? (optional, Enter skips)',
  },

  // resume menu
  'interview.menu.message': {
    de: 'Wie möchten Sie weitermachen?',
    en: 'How do you want to go on?',
  },
  'interview.menu.missing': {
    de: 'Mit den offenen Fragen fortfahren ({count})',
    en: 'Continue with the open questions ({count})',
  },
  'interview.menu.unknown': {
    de: 'Fragen mit „weiß nicht“ erneut stellen ({count})',
    en: 'Ask the "don\'t know" questions again ({count})',
  },
  'interview.menu.dimension': { de: 'Eine Dimension erneut durchgehen', en: 'Revisit a dimension' },
  'interview.menu.services': {
    de: 'Zuständigkeit und Anschluss der Leistungen durchgehen ({answered}/{total})',
    en: 'Go through responsibility and connection of the services ({answered}/{total})',
  },
  'interview.menu.criterion': {
    de: 'Eine einzelne Frage erneut beantworten (Suche nach Id oder Titel)',
    en: 'Answer a single question again (search by id or title)',
  },
  'interview.menu.municipality': {
    de: 'Angaben zur Kommune und zur Erhebung ändern',
    en: 'Change the municipality and assessment details',
  },
  'interview.menu.finish': {
    de: 'Beenden und Ergebnis anzeigen',
    en: 'Finish and show the result',
  },
  'interview.pickDimension': { de: 'Welche Dimension?', en: 'Which dimension?' },
  'interview.dimensionChoice': {
    de: '{title} ({answered}/{total})',
    en: '{title} ({answered}/{total})',
  },
  'interview.pickCriterion': {
    de: 'Welche Frage? (Id oder Titel tippen)',
    en: 'Which question? (type id or title)',
  },

  // keys help in prompts
  'interview.keys.navigate': { de: 'bewegen', en: 'navigate' },
  'interview.keys.select': { de: 'auswählen', en: 'select' },
  'interview.keys.all': { de: 'alle', en: 'all' },
  'interview.keys.invert': { de: 'umkehren', en: 'invert' },
  'interview.keys.submit': { de: 'bestätigen', en: 'submit' },
  'interview.keys.space': { de: 'Leertaste', en: 'space' },
  'interview.keys.note': { de: 'Notiz', en: 'note' },
  'interview.keys.evidence': { de: 'Nachweise', en: 'evidence' },
  'interview.keys.back': { de: 'zurück', en: 'back' },
  'interview.keys.help': { de: 'Hilfe', en: 'help' },
  // the letters of those keys, in the reader's words (zurück / back)
  'interview.letter.note': { de: 'n', en: 'n' },
  'interview.letter.evidence': { de: 'e', en: 'e' },
  'interview.letter.back': { de: 'z', en: 'b' },

  // command edges
  'interview.noTty': {
    de: 'Das Interview braucht ein Terminal (die Eingabe ist keins). Ohne Terminal legen Sie mit „efa-readiness init --output <datei>“ eine Vorlage an und füllen sie in einem Editor aus.',
    en: 'The interview needs a terminal (input is not one). Without a terminal, create a template with "efa-readiness init --output <file>" and fill it in with an editor.',
  },
  'interview.unknownDimension': {
    de: '--dimension: „{id}“ ist keine Dimension des Katalogs {catalogue}{suggestion}; vorhanden sind: {ids}.',
    en: '--dimension: "{id}" is not a dimension of catalogue {catalogue}{suggestion}; there are: {ids}.',
  },
  'interview.didYouMean': { de: ' (meinten Sie „{id}“?)', en: ' (did you mean "{id}"?)' },
  'interview.noFolder': {
    de: 'Der Ordner {folder} für {file} existiert nicht. Legen Sie ihn an oder wählen Sie mit --output einen anderen Ort.',
    en: 'The folder {folder} for {file} does not exist. Create it or choose another place with --output.',
  },
  'interview.cannotResume': {
    de: '{file} gibt es schon, lässt sich aber nicht fortsetzen (siehe oben); die Datei bleibt unverändert. Beheben Sie die Fehler oder wählen Sie mit --output eine andere Datei.',
    en: '{file} exists but cannot be continued (see above); it is left unchanged. Fix the problems or choose another file with --output.',
  },
  'interview.otherCatalogue': {
    de: '{file} ist eine Einschätzung nach dem Katalog {found}, nicht nach {wanted}. Lassen Sie --catalogue weg oder wählen Sie eine andere Datei.',
    en: '{file} is an assessment against catalogue {found}, not {wanted}. Leave out --catalogue or choose another file.',
  },
  'interview.cancelled': {
    de: 'Abgebrochen. Ihre Antworten sind gespeichert in {file} ({answered} von {total} beantwortet). Fortsetzen mit: {command}',
    en: 'Cancelled. Your answers are saved in {file} ({answered} of {total} answered). Continue with: {command}',
  },
  'interview.cancelledNothing': {
    de: 'Abgebrochen. Es wurde noch nichts gespeichert.',
    en: 'Cancelled. Nothing has been saved yet.',
  },
  'interview.done': {
    de: 'Fertig: {answered} von {total} Fragen beantwortet, gespeichert in {file}.',
    en: 'Done: {answered} of {total} questions answered, saved in {file}.',
  },
  'interview.summary.score': {
    de: 'Gesamtwert {score} von 100 · {band} · Abdeckung {coverage} %',
    en: 'Overall score {score} of 100 · {band} · coverage {coverage}%',
  },
  'interview.summary.noScore': {
    de: 'Noch kein Gesamtwert: keine Frage, die zählt, ist beantwortet.',
    en: 'No overall score yet: no question that counts has been answered.',
  },
  'interview.summary.capped': {
    de: 'Die Reifestufe ist durch nicht erfüllte K.-o.-Kriterien begrenzt: {criteria}',
    en: 'The readiness band is capped by knock-out criteria not met: {criteria}',
  },
  'interview.summary.dimension': { de: '  {title}: {score}', en: '  {title}: {score}' },
  'interview.summary.report': {
    de: 'Blaupause erstellen: {command}',
    en: 'Render the Blaupause: {command}',
  },
  'interview.summary.dash': { de: '–', en: '–' },

  // init
  'init.written': {
    de: '{file} angelegt: {count} Kriterien, alle auf „unknown“. Füllen Sie die Datei in einem Editor aus und prüfen Sie sie mit: {command}',
    en: '{file} created: {count} criteria, all set to "unknown". Fill it in with an editor and check it with: {command}',
  },
  'init.missingFlags': {
    de: 'init braucht ohne Terminal die Angaben {flags}, z. B.: efa-readiness init --name "Musterstadt" --type stadt --state HE --output musterstadt.yaml',
    en: 'Without a terminal, init needs {flags}, e.g.: efa-readiness init --name "Musterstadt" --type stadt --state HE --output musterstadt.yaml',
  },
  'init.fileWord': { de: '<datei>', en: '<file>' },
  'init.badName': { de: '--name darf nicht leer sein.', en: '--name must not be empty.' },
  'init.controlInName': {
    de: '--name darf keinen Zeilenumbruch und keine Steuerzeichen enthalten; gefunden: „{name}“. Bitte den Namen in einer Zeile angeben.',
    en: '--name must not contain a line break or control characters; found "{name}". Give the name on one line.',
  },
  'init.t.intro': {
    de: 'Einschätzung zur EfA-Nachnutzung nach dem Katalog „{title}“ ({id} {version}).',
    en: 'Assessment of readiness to reuse EfA services against the catalogue "{title}" ({id} {version}).',
  },
  'init.t.howto': {
    de: 'Jede Antwort steht auf „unknown“ (weiß nicht), bis Sie sie ersetzen; so ist die Datei schon jetzt gültig. Eine Antwort mit Notiz und Nachweisen schreiben Sie so: {example}',
    en: 'Every answer is "unknown" until you replace it, so the file is valid right away. An answer with a note and evidence is written like this: {example}',
  },
  'init.t.check': {
    de: 'Prüfen: efa-readiness validate {file} · Ergebnis: efa-readiness score {file}',
    en: 'Check: efa-readiness validate {file} · Result: efa-readiness score {file}',
  },
  'init.t.type': { de: 'Art: {values}', en: 'Type: {values}' },
  'init.t.state': { de: 'Land: {values}', en: 'Land: {values}' },
  'init.t.ags': {
    de: 'Amtlicher Gemeindeschlüssel, 8 Ziffern (Kreise: 5), in Anführungszeichen:',
    en: 'Official municipality key (AGS), 8 digits (districts: 5), in quotes:',
  },
  'init.t.population': {
    de: 'Einwohnerzahl (manche Kriterien gelten nur ab oder bis zu einer Größe):',
    en: 'Population (some criteria apply only above or below a size):',
  },
  'init.t.assessment': {
    de: 'Angaben zur Erhebung (optional): Datum, Art (self | interview | workshop), Beteiligte',
    en: 'About the assessment (optional): date, method (self | interview | workshop), assessors',
  },
  'init.t.dimension': { de: 'Dimension: {title} ({id})', en: 'Dimension: {title} ({id})' },
  'init.t.question': { de: 'Frage: {question}', en: 'Question: {question}' },
  'init.t.help': { de: 'Hinweis: {help}', en: 'Help: {help}' },
  'init.t.appliesWhen': {
    de: 'Gilt nur für: {condition} (sonst zählt die Antwort nicht)',
    en: 'Applies only to: {condition} (otherwise the answer does not count)',
  },
  'init.t.services': {
    de: 'EfA-Leistungen: Für welche dieser Leistungen ist Ihre Kommune zuständig, und wie weit ist der Anschluss? Zum Ausfüllen die Kommentarzeichen vor „services:“ und den Zeilen darunter entfernen. stage: {stages}; wo die Kommune nicht zuständig ist: {responsible: false, note: "warum"}.',
    en: 'EfA services: which of these services is your municipality responsible for, and how far is the connection? To fill in, remove the comment signs before "services:" and the lines below it. stage: {stages}; where the municipality is not responsible: {responsible: false, note: "why"}.',
  },
  'init.t.serviceApplies': {
    de: '{title}: laut Katalog zuständig.',
    en: '{title}: responsible according to the catalogue.',
  },
  'init.t.serviceExcluded': {
    de: '{title}: laut Katalog nicht zuständig; nur eintragen, wenn doch.',
    en: '{title}: not responsible according to the catalogue; fill in only if it is.',
  },
  'init.t.excluded': {
    de: 'Trifft nach den Angaben zur Kommune oben nicht zu; gilt sie doch, das Kommentarzeichen vor der nächsten Zeile entfernen.',
    en: 'Does not apply according to the municipality above; if it does apply, remove the comment sign before the next line.',
  },
  'init.t.condType': { de: 'Art {values}', en: 'type {values}' },
  'init.t.condState': { de: 'Land {values}', en: 'Land {values}' },
  'init.t.condPopulation': { de: 'Einwohnerzahl {range}', en: 'population {range}' },
  'init.t.levels': { de: 'Stufen:', en: 'Levels:' },
  'init.t.options': { de: 'Optionen (Id = Bedeutung):', en: 'Options (id = meaning):' },
  'init.t.items': { de: 'Einträge (Id = Bedeutung):', en: 'Items (id = meaning):' },
  'init.t.thresholds': { de: 'Wertung: {steps}', en: 'Scoring: {steps}' },
  'init.t.threshold': { de: 'ab {min} → {score}', en: 'from {min} → {score}' },
  'init.t.allowed.scale': {
    de: 'Erlaubt: eine Stufe {min}–{max}',
    en: 'Allowed: a level {min}–{max}',
  },
  'init.t.allowed.boolean': {
    de: 'Erlaubt: true (ja), false (nein)',
    en: 'Allowed: true (yes), false (no)',
  },
  'init.t.allowed.choice': { de: 'Erlaubt: eine der Ids', en: 'Allowed: one of the ids' },
  'init.t.allowed.number': { de: 'Erlaubt: eine Zahl{unit}', en: 'Allowed: a number{unit}' },
  'init.t.unit': { de: ' in {unit}', en: ' in {unit}' },
  'init.t.allowed.checklist': {
    de: 'Erlaubt: eine Liste der erfüllten Ids, z. B. {example}; [] für keinen',
    en: 'Allowed: a list of the ids met, e.g. {example}; [] for none',
  },
  'init.t.allowed.unknown': { de: ', unknown (weiß nicht)', en: ', unknown' },
  'init.t.allowed.na': { de: ', n/a (trifft nicht zu)', en: ', n/a (not applicable)' },
  'init.t.noteExample': { de: 'Notiz', en: 'note' },
  'init.t.evidenceExample': { de: 'Dokument', en: 'document' },

  // interview: the file changed outside this interview
  'interview.merged': {
    de: '{file} wurde inzwischen außerhalb dieses Interviews geändert; diese Änderungen bleiben erhalten, Ihre Antwort ist ergänzt.',
    en: '{file} was changed outside this interview meanwhile; those changes are kept and your answer is added.',
  },
  'interview.createdMeanwhile': {
    de: '{file} wurde inzwischen von einem anderen Programm angelegt und bleibt unverändert. Bitte das Interview mit --output {file} neu starten, um diese Datei fortzusetzen.',
    en: '{file} was created by another program meanwhile and was left unchanged. Start the interview again with --output {file} to continue that file.',
  },
  'interview.cannotMerge': {
    de: '{file} wurde inzwischen außerhalb dieses Interviews geändert und ist kein gültiges YAML mehr; Ihre letzte Antwort wurde nicht gespeichert. Bitte die Datei reparieren (efa-readiness validate {file}) und das Interview fortsetzen.',
    en: '{file} was changed outside this interview meanwhile and is no longer valid YAML; your last answer was not saved. Repair the file (efa-readiness validate {file}) and continue the interview.',
  },
  'interview.changedInvalid': {
    de: '{file} wurde inzwischen außerhalb dieses Interviews geändert und ist so keine gültige Selbsteinschätzung mehr; Ihre letzte Antwort wurde nicht gespeichert. Bitte die genannten Stellen korrigieren und das Interview fortsetzen.',
    en: '{file} was changed outside this interview meanwhile and is no longer a valid assessment; your last answer was not saved. Correct the places listed and continue the interview.',
  },
};
