import { addMessages, type MessageTable } from '../index.js';

/** Messages of `compare`: the comparison of many municipalities. */
export const compare: MessageTable = {
  // municipality types and Länder
  'compare.type.gemeinde': { de: 'Gemeinde', en: 'Municipality' },
  'compare.type.stadt': { de: 'Stadt', en: 'Town' },
  'compare.type.kreisfreie-stadt': { de: 'Kreisfreie Stadt', en: 'Independent city' },
  'compare.type.landkreis': { de: 'Landkreis', en: 'District' },
  'compare.type.verbund': { de: 'Verbund', en: 'Association' },
  'compare.type.other': { de: 'Sonstige', en: 'Other' },
  'compare.state.BW': { de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  'compare.state.BY': { de: 'Bayern', en: 'Bavaria' },
  'compare.state.BE': { de: 'Berlin', en: 'Berlin' },
  'compare.state.BB': { de: 'Brandenburg', en: 'Brandenburg' },
  'compare.state.HB': { de: 'Bremen', en: 'Bremen' },
  'compare.state.HH': { de: 'Hamburg', en: 'Hamburg' },
  'compare.state.HE': { de: 'Hessen', en: 'Hessen' },
  'compare.state.MV': { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  'compare.state.NI': { de: 'Niedersachsen', en: 'Lower Saxony' },
  'compare.state.NW': { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  'compare.state.RP': { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  'compare.state.SL': { de: 'Saarland', en: 'Saarland' },
  'compare.state.SN': { de: 'Sachsen', en: 'Saxony' },
  'compare.state.ST': { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  'compare.state.SH': { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  'compare.state.TH': { de: 'Thüringen', en: 'Thuringia' },
  'compare.effort.low': { de: 'Aufwand gering', en: 'low effort' },
  'compare.effort.medium': { de: 'Aufwand mittel', en: 'medium effort' },
  'compare.effort.high': { de: 'Aufwand hoch', en: 'high effort' },
  'compare.horizon.short': { de: 'kurzfristig', en: 'short term' },
  'compare.horizon.medium': { de: 'mittelfristig', en: 'medium term' },
  'compare.horizon.long': { de: 'langfristig', en: 'long term' },
  'compare.band.none': { de: 'ohne Wert', en: 'no score' },

  // document
  'compare.title': {
    de: 'Blaupause: EfA-Rollout-Bereitschaft, Kommunen: {count}',
    en: 'Blaupause: EfA rollout readiness, municipalities: {count}',
  },
  'compare.subtitle': {
    de: 'Kriterienkatalog {catalogue} ({id} {version}); Einschätzungen: {assessments} ({methods}).',
    en: 'Criteria catalogue {catalogue} ({id} {version}); assessments: {assessments} ({methods}).',
  },
  'compare.by.interview.one': { de: '{count} Interview', en: '{count} interview' },
  'compare.by.interview.other': { de: '{count} Interviews', en: '{count} interviews' },
  'compare.by.workshop.one': { de: '{count} Workshop', en: '{count} workshop' },
  'compare.by.workshop.other': { de: '{count} Workshops', en: '{count} workshops' },
  'compare.by.self.one': { de: '{count} Selbsteinschätzung', en: '{count} self-assessment' },
  'compare.by.self.other': { de: '{count} Selbsteinschätzungen', en: '{count} self-assessments' },
  'compare.by.none.one': { de: '{count} ohne Angabe der Methode', en: '{count} without a method' },
  'compare.by.none.other': {
    de: '{count} ohne Angabe der Methode',
    en: '{count} without a method',
  },
  'compare.anonymizedNote': {
    de: 'Pseudonymisiert: Namen sind durch stabile Pseudonyme ersetzt; AGS, Bearbeitende und Notizen sind entfernt.',
    en: 'Pseudonymised: names are replaced by stable pseudonyms; AGS, assessors and notes are removed.',
  },
  'compare.h.glance': { de: 'Auf einen Blick', en: 'At a glance' },
  'compare.glance.score': {
    de: 'Gesamtwert: Median {median} (mittlere Hälfte {q1}–{q3}), Spannweite {min}–{max}, Mittelwert {mean}, n = {n}',
    en: 'Overall score: median {median} (middle half {q1}–{q3}), range {min}–{max}, mean {mean}, n = {n}',
  },
  'compare.glance.coverage': {
    de: 'Abdeckung (beantwortete Kriterien): Median {median} % (mittlere Hälfte {q1}–{q3} %)',
    en: 'Coverage (criteria answered): median {median} % (middle half {q1}–{q3} %)',
  },
  'compare.h.priorities': {
    de: 'Was zuerst kommt',
    en: 'What comes first',
  },
  'compare.priorities.intro': {
    de: 'Die gemeinsamen Voraussetzungen für den Rollout: zuerst die K.-o.-Kriterien, die am häufigsten nicht erfüllt sind, dann die Kriterien mit dem größten durchschnittlichen Zugewinn für den Gesamtwert.',
    en: 'The common prerequisites for the rollout: first the knock-out criteria not met most often, then the criteria with the largest average gain for the overall score.',
  },
  'compare.priorities.none': {
    de: 'Alle Kommunen erreichen bei allen Kriterien ihren Zielwert.',
    en: 'Every municipality reaches its target on every criterion.',
  },
  'compare.priority.gate': {
    de: 'K.-o.-Kriterium nicht erfüllt: {failed} von {applies} Kommunen ({share})',
    en: 'knock-out criterion not met: {failed} of {applies} municipalities ({share})',
  },
  'compare.priority.mean': {
    de: 'Mittelwert {mean}, durchschnittlicher Zugewinn {gain} Punkte',
    en: 'mean {mean}, average gain {gain} points',
  },
  'compare.priority.recommendation': { de: 'Maßnahme: {text}', en: 'Action: {text}' },
  'compare.h.gates': {
    de: 'Am häufigsten nicht erfüllte K.-o.-Kriterien',
    en: 'Knock-out criteria not met most often',
  },
  'compare.gates.none': {
    de: 'Jede Kommune erfüllt alle K.-o.-Kriterien.',
    en: 'Every municipality meets every knock-out criterion.',
  },
  'compare.gate.rule': {
    de: 'mind. {min}, sonst höchstens „{cap}“',
    en: 'at least {min}, else at most "{cap}"',
  },
  'compare.ofApplies': { de: '{count} von {total}', en: '{count} of {total}' },
  'compare.h.lowest': {
    de: 'Kriterien mit dem niedrigsten Mittelwert',
    en: 'Criteria with the lowest mean',
  },
  'compare.h.dimensions': { de: 'Verteilung je Dimension', en: 'Distribution per dimension' },
  'compare.h.ranking': { de: 'Rangfolge', en: 'Ranking' },
  'compare.ranking.folded': {
    de: 'Die ersten und letzten {shown} Kommunen; {hidden} weitere stehen in der CSV- und JSON-Ausgabe.',
    en: 'The first and last {shown} municipalities; {hidden} more are in the CSV and JSON output.',
  },
  'compare.h.heatmap': { de: 'Heatmap: Werte je Dimension', en: 'Heatmap: scores per dimension' },
  'compare.heatmap.folded': {
    de: 'Bei so vielen Kommunen zeigt die Heatmap den Median je {group}; jede einzelne Kommune steht in der CSV- und JSON-Ausgabe.',
    en: 'With this many municipalities the heatmap shows the median per {group}; every single municipality is in the CSV and JSON output.',
  },
  'compare.heatmap.legend': {
    de: 'Farbstufen von hell nach dunkel: unter 25, 25–49, 50–74, ab 75; schraffiert: kein Wert. Jede Zelle nennt zusätzlich ihren Wert.',
    en: 'Colour steps from light to dark: below 25, 25–49, 50–74, 75 and above; hatched: no value. Every cell also states its value.',
  },
  'compare.groupBy.type': { de: 'Kommunentyp', en: 'Municipality type' },
  'compare.groupBy.state': { de: 'Land', en: 'Land' },
  'compare.h.services': { de: 'Bereitschaft je EfA-Leistung', en: 'Readiness per EfA service' },
  'compare.services.intro': {
    de: 'Wie viele Kommunen für die Nachnutzung der einzelnen EfA-Leistungen bereit sind, und was ihre Reifestufe am häufigsten begrenzt.',
    en: 'How many municipalities are ready to reuse each EfA service, and what caps their readiness band most often.',
  },
  'compare.groups.dimensions': {
    de: 'Median je Dimension und {group}:',
    en: 'Median per dimension and {group}:',
  },
  'compare.h.groups.type': { de: 'Nach Kommunentyp', en: 'By municipality type' },
  'compare.h.groups.state': { de: 'Nach Land', en: 'By Land' },
  'compare.h.trends': { de: 'Entwicklung', en: 'Progress over time' },
  'compare.trends.none': {
    de: 'Keine Kommune wurde mehrfach eingeschätzt; für eine Entwicklung braucht es mehrere datierte Einschätzungen derselben Kommune.',
    en: 'No municipality was assessed more than once; progress needs several dated assessments of the same municipality.',
  },
  'compare.trends.intro': {
    de: 'Mehrfach eingeschätzte Kommunen: {count}. Gezeigt ist die Veränderung von der ersten zur neuesten Einschätzung.',
    en: 'Municipalities assessed more than once: {count}. Shown is the change from the first to the latest assessment.',
  },
  'compare.trends.folded': {
    de: 'Gezeigt werden die {shown} größten Veränderungen; {hidden} weitere stehen in der JSON-Ausgabe.',
    en: 'Shown are the {shown} largest changes; {hidden} more are in the JSON output.',
  },
  'compare.trend.gap': {
    de: '{from} → {to} Punkte ({closed} geschlossen)',
    en: '{from} → {to} points ({closed} closed)',
  },
  'compare.h.notes': { de: 'Hinweise zur Methode', en: 'Notes on the method' },
  'compare.method.basis': {
    de: 'Statistiken, Rangfolge, Reifestufen und Gruppen beruhen auf der jeweils neuesten Einschätzung jeder Kommune.',
    en: 'Statistics, ranking, readiness bands and groups use the latest assessment of each municipality.',
  },
  'compare.method.identity': {
    de: 'Einschätzungen mit demselben Amtlichen Gemeindeschlüssel (AGS), ohne AGS mit demselben Namen im selben Land, gelten als dieselbe Kommune.',
    en: 'Assessments with the same official municipality key (AGS), without AGS with the same name in the same Land, count as the same municipality.',
  },
  'compare.method.quantiles': {
    de: 'Quartile und Median: lineare Interpolation zwischen den Rangwerten (Hyndman & Fan Typ 7, wie R, NumPy und QUARTIL.INKL); Werte auf eine Nachkommastelle gerundet.',
    en: 'Quartiles and median: linear interpolation between order statistics (Hyndman & Fan type 7, as R, NumPy and QUARTILE.INC); values rounded to one decimal.',
  },
  'compare.method.blaupause': {
    de: 'Zugewinn: die Punkte, um die der Gesamtwert einer Kommune stiege, erreichte das Kriterium allein seinen Zielwert (Maßnahmenplan), gemittelt über alle Kommunen.',
    en: "Gain: the points a municipality's overall score would rise if the criterion alone reached its target (action plan), averaged over all municipalities.",
  },
  'compare.method.targets': {
    de: 'Ziel-Lücke: die Summe dieser Zugewinne einer Kommune; „geschlossen“ ist der Anteil der ersten Lücke, der bis zur neuesten Einschätzung geschlossen wurde.',
    en: 'Target gap: the sum of a municipality\'s gains; "closed" is the part of the first gap closed by the latest assessment.',
  },
  'compare.method.anonymized': {
    de: 'Pseudonyme werden aus AGS bzw. Namen berechnet und sind bei gleicher Eingabe stabil; wer die Liste aller AGS hat, kann sie zurückrechnen.',
    en: 'Pseudonyms are computed from the AGS or name and are stable for the same input; someone holding the list of all AGS can reverse them.',
  },
  'compare.note.version': {
    de: 'Einschätzungen, die die Katalogversion {version} nennen: {count}; verglichen wurde mit Version {used}.',
    en: 'Assessments naming catalogue version {version}: {count}; compared with version {used}.',
  },
  'compare.note.fullTable': {
    de: 'Die vollständige Tabelle aller Kommunen steht in der CSV- und JSON-Ausgabe (--format csv, --format json).',
    en: 'The full table of all municipalities is in the CSV and JSON output (--format csv, --format json).',
  },
  'compare.h.skipped': { de: 'Übersprungene Dateien ({count})', en: 'Skipped files ({count})' },
  'compare.skipped.problems': { de: '{count} Problem(e).', en: '{count} problem(s).' },

  // table columns
  'compare.col.band': { de: 'Reifestufe', en: 'Readiness band' },
  'compare.col.bands': { de: 'Reifestufen', en: 'Readiness bands' },
  'compare.col.count': { de: 'Anzahl', en: 'Count' },
  'compare.col.share': { de: 'Anteil', en: 'Share' },
  'compare.col.criterion': { de: 'Kriterium', en: 'Criterion' },
  'compare.col.dimension': { de: 'Dimension', en: 'Dimension' },
  'compare.col.gate': { de: 'K.-o.-Kriterium', en: 'Knock-out criterion' },
  'compare.col.failed': { de: 'nicht erfüllt', en: 'not met' },
  'compare.col.mean': { de: 'Mittelwert', en: 'Mean' },
  'compare.col.median': { de: 'Median', en: 'Median' },
  'compare.col.unknown': { de: 'unbekannt/fehlend', en: 'unknown/missing' },
  'compare.col.belowTarget': { de: 'unter Zielwert', en: 'below target' },
  'compare.col.rank': { de: 'Rang', en: 'Rank' },
  'compare.col.municipality': { de: 'Kommune', en: 'Municipality' },
  'compare.col.type': { de: 'Typ', en: 'Type' },
  'compare.col.state': { de: 'Land', en: 'Land' },
  'compare.col.date': { de: 'Datum', en: 'Date' },
  'compare.col.score': { de: 'Gesamtwert', en: 'Score' },
  'compare.col.coverage': { de: 'Abdeckung', en: 'Coverage' },
  'compare.col.service': { de: 'EfA-Leistung', en: 'EfA service' },
  'compare.col.blockers': { de: 'begrenzt am häufigsten durch', en: 'capped most often by' },
  'compare.col.topBlocker': {
    de: 'am häufigsten nicht erfülltes K.-o.-Kriterium',
    en: 'knock-out criterion not met most often',
  },
  'compare.col.period': { de: 'Zeitraum', en: 'Period' },
  'compare.col.targetGap': { de: 'Ziel-Lücke', en: 'Target gap' },
  'compare.col.ags': { de: 'AGS', en: 'AGS' },
  'compare.col.latest': { de: 'neueste', en: 'latest' },
  'compare.col.failedGates': {
    de: 'nicht erfüllte K.-o.-Kriterien',
    en: 'knock-out criteria not met',
  },
  'compare.yes': { de: 'ja', en: 'yes' },
  'compare.no': { de: 'nein', en: 'no' },

  // HTML only
  'compare.html.skip': { de: 'Zum Inhalt springen', en: 'Skip to content' },
  'compare.html.toc': { de: 'Inhalt', en: 'Contents' },
  'compare.html.generated': {
    de: 'Erstellt mit efa-readiness. Alle Daten bleiben auf Ihrem Rechner.',
    en: 'Made with efa-readiness. All data stays on your machine.',
  },
  'compare.html.legend': {
    de: 'Kurzbezeichnungen der Dimensionen:',
    en: 'Short names of the dimensions:',
  },
  'compare.html.filter': { de: 'Zeilen filtern:', en: 'Filter rows:' },
  'compare.html.filterCount': { de: '{shown} von {total} Zeilen', en: '{shown} of {total} rows' },
  'compare.peers.all': { de: 'Alle Kommunen', en: 'All municipalities' },
  // handouts (--handouts)
  'compare.handout.title': {
    de: 'Standortbestimmung im Vergleich: {name}',
    en: 'Readiness review among peers: {name}',
  },
  'compare.handout.kicker': {
    de: 'Handout zum Workshop · Kriterienkatalog {catalogue} {version}',
    en: 'Workshop handout · criteria catalogue {catalogue} {version}',
  },
  'compare.handout.date': { de: 'Einschätzung vom {date}', en: 'assessment of {date}' },
  'compare.handout.peers': {
    de: 'verglichen mit allen Kommunen des Vergleichs (Kommunen: {count})',
    en: 'compared with every municipality of the comparison (municipalities: {count})',
  },
  'compare.handout.private': {
    de: 'Andere Kommunen erscheinen hier nicht einzeln, nur als Median und mittlere Hälfte ihrer Gruppe.',
    en: 'Other municipalities do not appear one by one here, only as the median and middle half of their group.',
  },
  'compare.handout.pseudonym': {
    de: 'Im anonymisierten Vergleich erscheint Ihre Kommune als „{pseudonym}“. Andere Kommunen erscheinen hier nicht einzeln, nur als Median und mittlere Hälfte ihrer Gruppe.',
    en: 'In the anonymized comparison your municipality appears as "{pseudonym}". Other municipalities do not appear one by one here, only as the median and middle half of their group.',
  },
  'compare.handout.h.position': { de: 'Ihre Position', en: 'Your position' },
  'compare.handout.score': {
    de: 'Gesamtwert {score} von 100 · Reifestufe: {band}',
    en: 'Overall score {score} out of 100 · readiness band: {band}',
  },
  'compare.handout.noScore': {
    de: 'Noch kein Gesamtwert: zu wenige Antworten.',
    en: 'No overall score yet: too few answers.',
  },
  'compare.handout.trend': {
    de: 'Seit der ersten Einschätzung ({from}): {scoreFrom} → {scoreTo} ({change})',
    en: 'Since the first assessment ({from}): {scoreFrom} → {scoreTo} ({change})',
  },
  'compare.handout.scoreCaption': {
    de: 'Gesamtwert im Vergleich mit jeder Gruppe',
    en: 'Overall score compared with each group',
  },
  'compare.handout.col.group': { de: 'Vergleichsgruppe', en: 'Peer group' },
  'compare.handout.col.count': { de: 'Kommunen', en: 'Municipalities' },
  'compare.handout.col.rank': { de: 'Platz', en: 'Rank' },
  'compare.handout.col.you': { de: 'Ihr Wert', en: 'Your score' },
  'compare.handout.col.bar': { de: 'Lage', en: 'Position' },
  'compare.handout.col.middle': { de: 'Mittlere Hälfte', en: 'Middle half' },
  'compare.handout.col.position': { de: 'Ihr Wert liegt', en: 'Your score is' },
  'compare.handout.key.you': { de: 'Ihr Wert', en: 'your score' },
  'compare.handout.key.median': { de: 'Median der Gruppe', en: 'median of the group' },
  'compare.handout.key.middle': {
    de: 'mittlere Hälfte der Gruppe (1. bis 3. Quartil)',
    en: 'middle half of the group (1st to 3rd quartile)',
  },
  'compare.handout.col.pseudonym': { de: 'Pseudonym', en: 'Pseudonym' },
  'compare.handout.col.file': { de: 'Handout', en: 'Handout' },
  'compare.handout.rank': { de: 'Platz {rank} von {of}', en: 'rank {rank} of {of}' },
  'compare.handout.tooFew': {
    de: 'Zu wenige Kommunen für einen Vergleich ({count}; erst ab {min}).',
    en: 'Too few municipalities to compare with ({count}; from {min} on).',
  },
  'compare.handout.pos.top': { de: 'im oberen Viertel', en: 'in the top quarter' },
  'compare.handout.pos.above': { de: 'über dem Median', en: 'above the median' },
  'compare.handout.pos.at': { de: 'am Median', en: 'at the median' },
  'compare.handout.pos.below': { de: 'unter dem Median', en: 'below the median' },
  'compare.handout.pos.bottom': { de: 'im unteren Viertel', en: 'in the bottom quarter' },
  'compare.handout.pos.none': { de: 'kein Wert', en: 'no score' },
  'compare.handout.h.profile': { de: 'Profil im Vergleich', en: 'Profile among peers' },
  'compare.handout.radarTitle': {
    de: 'Profil von {name} mit den Medianen der Vergleichsgruppen',
    en: 'Profile of {name} with the medians of the peer groups',
  },
  'compare.handout.radarDesc': {
    de: 'Fläche: Ihre Werte je Dimension; gestrichelte Linien: Median je Vergleichsgruppe.',
    en: 'Area: your score per dimension; dashed lines: median per peer group.',
  },
  'compare.handout.outline': { de: 'Median: {group}', en: 'median: {group}' },
  'compare.handout.h.dimensions': {
    de: 'Dimensionen im Vergleich',
    en: 'Dimensions among peers',
  },
  'compare.handout.dimensionsCaption': {
    de: 'Ihr Wert je Dimension gegen Median und mittlere Hälfte jeder Gruppe',
    en: 'Your score per dimension against the median and middle half of each group',
  },
  'compare.handout.method': {
    de: 'Median und Quartile (Typ 7) der neuesten Einschätzung jeder Kommune; Ihre Kommune zählt in jeder ihrer Gruppen mit. Gruppen mit weniger als {min} Kommunen werden nicht verglichen, damit keine einzelne Kommune erkennbar wird. Platz: nach dem Gesamtwert, gleiche Werte teilen sich einen Platz.',
    en: 'Median and quartiles (type 7) of the latest assessment of each municipality; your municipality counts in each of its groups. Groups of fewer than {min} municipalities are not compared, so that no single municipality can be recognised. Rank: by overall score; equal scores share a rank.',
  },
  'compare.handout.keyFile': { de: '_schluessel-pseudonyme.csv', en: '_pseudonym-key.csv' },
  'compare.note.handouts': {
    de: 'Handouts geschrieben: {count} in {dir}',
    en: 'Handouts written: {count} in {dir}',
  },
  'compare.note.handoutKey': {
    de: 'Schlüssel der Pseudonyme, nur für die Moderation (nicht weitergeben, Rechte 0600): {file}',
    en: 'Key of the pseudonyms, for the facilitator only (do not hand it out; mode 0600): {file}',
  },
  'compare.error.handoutsNotFolder': {
    de: '{dir} ist kein Ordner. --handouts braucht einen Ordner (ein fehlender wird angelegt).',
    en: '{dir} is not a folder. --handouts needs a folder (a missing one is created).',
  },
  'compare.error.handoutsExist': {
    de: 'Im Ordner {dir} liegt schon ein Handout ({file}); nichts wurde geschrieben. Mit --force die {count} Dateien ersetzen oder einen anderen Ordner wählen.',
    en: 'The folder {dir} already holds a handout ({file}); nothing was written. Replace the {count} files with --force or choose another folder.',
  },
  'compare.error.handoutsFolder': {
    de: 'Der Ordner {dir} für die Handouts lässt sich nicht anlegen: {reason}',
    en: 'Cannot create the folder {dir} for the handouts: {reason}',
  },
  'compare.error.foldAbove': {
    de: '--fold-above erwartet eine ganze Zahl ab 2, nicht „{value}“.',
    en: '--fold-above expects a whole number of at least 2, not "{value}".',
  },
  'compare.error.pdfNeedsOutput': {
    de: 'Ein PDF wird nur in eine Datei geschrieben: bitte --output <datei.pdf> angeben.',
    en: 'A PDF is written only to a file: please give --output <file.pdf>.',
  },
  'compare.html.bandsCaption': {
    de: 'Verteilung der Reifestufen über die Kommunen',
    en: 'Distribution of readiness bands across municipalities',
  },

  // command
  'compare.error.noFiles': {
    de: 'Keine Einschätzungen gefunden in: {paths}. Erwartet werden YAML-Dateien (.yaml, .yml) oder Ordner, die solche enthalten.',
    en: 'No assessments found in: {paths}. Expected YAML files (.yaml, .yml) or folders containing them.',
  },
  'compare.error.notFound': {
    de: 'Nicht gefunden: {path}',
    en: 'Not found: {path}',
  },
  'compare.error.catalogueMismatch': {
    de: 'Verglichen wird mit dem Kriterienkatalog „{used}“ ({source}), aber {count} Datei(en) nennen einen anderen: {details}. Ein Vergleich braucht einen gemeinsamen Katalog; vergleichen Sie die Gruppen getrennt.',
    en: 'The comparison uses criteria catalogue "{used}" ({source}), but {count} file(s) name another: {details}. A comparison needs one catalogue; compare the groups separately.',
  },
  'compare.error.catalogueFromOption': { de: 'aus --catalogue', en: 'from --catalogue' },
  'compare.error.catalogueFromFile': { de: 'genannt in {file}', en: 'named in {file}' },
  'compare.error.catalogueGroup': {
    de: '„{id}“ in {files}',
    en: '"{id}" in {files}',
  },
  'compare.error.invalid': {
    de: '{count} von {total} Dateien sind ungültig; nichts wurde verglichen. Korrigieren Sie die Dateien oder überspringen Sie sie mit --skip-invalid.',
    en: '{count} of {total} files are invalid; nothing was compared. Fix the files or skip them with --skip-invalid.',
  },
  'compare.error.allInvalid': {
    de: 'Alle {count} Dateien sind ungültig; es bleibt nichts zu vergleichen.',
    en: 'All {count} files are invalid; nothing is left to compare.',
  },
  'compare.error.moreFiles': {
    de: '… und {count} weitere Dateien mit Problemen.',
    en: '… and {count} more files with problems.',
  },
  'compare.error.folderUnreadable': {
    de: 'Der Ordner {path} kann nicht gelesen werden ({reason}); bitte die Rechte prüfen.',
    en: 'The folder {path} cannot be read ({reason}); check its permissions.',
  },
  'compare.error.folderUnlisted': {
    de: 'Ordner kann nicht gelesen werden (keine Berechtigung?); die Selbsteinschätzungen darin fehlen im Vergleich. Bitte die Rechte prüfen.',
    en: 'folder cannot be read (no permission?); the assessments inside are missing from the comparison. Check its permissions.',
  },
  'compare.error.keyFormat': {
    de: 'Die Schlüsseldatei {file} enthält keinen Pseudonym-Schlüssel (erwartet: 64 Hexadezimalziffern, wie efa-readiness sie anlegt). Geben Sie eine andere Datei oder einen noch nicht vorhandenen Pfad an.',
    en: 'The key file {file} holds no pseudonym key (expected 64 hexadecimal digits, as efa-readiness creates them). Give another file or a path that does not exist yet.',
  },
  'compare.error.keyUnreadable': {
    de: 'Die Schlüsseldatei {file} kann nicht gelesen werden ({reason}).',
    en: 'The key file {file} cannot be read ({reason}).',
  },
  'compare.error.keyUnwritable': {
    de: 'Die Schlüsseldatei {file} kann nicht angelegt werden ({reason}); bitte einen Pfad in einem beschreibbaren Ordner angeben.',
    en: 'The key file {file} cannot be created ({reason}); give a path in a folder you can write to.',
  },
  'compare.note.keyCreated': {
    de: 'Neuer Pseudonym-Schlüssel in {file} angelegt (nur für Sie lesbar). Mit derselben Datei bleiben die Pseudonyme über Läufe gleich; wer sie hat, kann Pseudonyme Kommunen zuordnen. Nicht weitergeben.',
    en: 'Created a new pseudonym key in {file} (readable by you only). The same file keeps pseudonyms stable across runs; whoever holds it can link pseudonyms to municipalities. Do not share it.',
  },
  'compare.file.anonymized': {
    de: '#{n} (Dateiname wegen --anonymize verborgen)',
    en: '#{n} (file name hidden by --anonymize)',
  },
  'compare.warn.duplicate': {
    de: 'Doppelt, nur einmal gezählt: {file} ist dieselbe Selbsteinschätzung wie {kept} (gleiche Kommune, gleiches Datum, gleiche Antworten; eine Kopie oder Verknüpfung?).',
    en: 'Duplicate, counted once: {file} is the same assessment as {kept} (same municipality, date and answers; a copy or a link?).',
  },
  'compare.warn.skipped': {
    de: 'Übersprungen ({count} Problem(e)): {file}',
    en: 'Skipped ({count} problem(s)): {file}',
  },
  'compare.warn.version': {
    de: 'Einschätzungen, die die Katalogversion {version} nennen: {count}; verglichen wird mit {used}.',
    en: 'Assessments naming catalogue version {version}: {count}; comparing with {used}.',
  },
  'compare.note.catalogueIgnored': {
    de: 'Übergangen (ein Kriterienkatalog, keine Einschätzung): {file}',
    en: 'Passed over (a criteria catalogue, not an assessment): {file}',
  },
  'compare.progress': { de: 'Einlesen', en: 'Reading' },

  // v1.1
  'compare.notAssessable': {
    de: '{count} Kommune(n) noch nicht bewertbar: zu wenige Antworten (unter {min} % Abdeckung); sie stehen bei den Stufen unter „ohne Wert“.',
    en: '{count} municipalit(y/ies) not yet assessable: too few answers (below {min} % coverage); the bands list them under “no score”.',
  },
  'compare.h.nextSteps': {
    de: 'Erster Schritt zur nächsten Stufe',
    en: 'First step to the next band',
  },
  'compare.nextSteps.intro': {
    de: 'Je Stufe der häufigste erste Schritt auf dem Weg zur nächsten Stufe (nur bewertbare Kommunen unterhalb der höchsten Stufe).',
    en: 'Per band, the most common first step on the path to the next band (assessable municipalities below the highest band only).',
  },
  'compare.col.firstStep': { de: 'Häufigster erster Schritt', en: 'Most common first step' },
  'compare.col.notResponsible': { de: 'nicht zuständig', en: 'not responsible' },
  'compare.h.stages': { de: 'Anschlussstand je EfA-Leistung', en: 'Connection stage per service' },
  'compare.stages.intro': {
    de: 'Wie weit jede Kommune (neueste Einschätzung) je EfA-Leistung ist; „nicht zuständig“ zählt in keiner Statistik über Leistungen.',
    en: 'How far each municipality (latest assessment) is per EfA service; “not responsible” counts in no statistic over services.',
  },
  'compare.stages.part': {
    de: 'Anschlussstand je EfA-Leistung, Teil {part} von {parts}',
    en: 'Connection stage per service, part {part} of {parts}',
  },
  'compare.trends.dimensions': {
    de: 'Veränderung je Dimension (Punkte)',
    en: 'Change per dimension (points)',
  },
  'compare.stages.folded': {
    de: 'Die ersten {shown} von {total} Kommunen; alle stehen in der CSV- und JSON-Ausgabe.',
    en: 'The first {shown} of {total} municipalities; all are in the CSV and JSON output.',
  },
  'compare.col.actionsDone': { de: 'Maßnahmen erledigt', en: 'Actions done' },
  'compare.col.stage': { de: '{service}: Anschluss', en: '{service}: connection' },
};

addMessages(compare);
