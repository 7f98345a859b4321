import type { MessageTable } from '../index.js';

/**
 * Messages of the report of one municipality, the Standortbestimmung (the compare
 * report is the Blaupause). Keys under `report.label.` are handed to
 * templates as `labels` (without the prefix); the rest are used to build
 * sentences of the view model or by the `report` command.
 */
export const reportMessages: MessageTable = {
  // document and sections
  'report.label.documentTitle': {
    de: 'Standortbestimmung: EfA-Rollout-Bereitschaft',
    en: 'Standortbestimmung (readiness review): EfA rollout readiness',
  },
  'report.label.subtitle': {
    de: 'Wie bereit ist die Kommune, EfA-Leistungen („Einer für Alle“) nachzunutzen?',
    en: 'How ready is the municipality to reuse EfA ("Einer für Alle") services?',
  },
  'report.label.cover': { de: 'Eckdaten', en: 'Key facts' },
  'report.label.summary': { de: 'Kurzfassung', en: 'Summary' },
  'report.label.profile': {
    de: 'Reifeprofil nach Dimensionen',
    en: 'Readiness profile by dimension',
  },
  'report.label.blockers': {
    de: 'K.-o.-Kriterien',
    en: 'Knock-out criteria',
  },
  'report.label.strengths': { de: 'Stärken', en: 'Strengths' },
  'report.label.plan': { de: 'Maßnahmenplan', en: 'Action plan' },
  'report.label.services': { de: 'Bereitschaft je EfA-Leistung', en: 'Readiness per EfA service' },
  'report.label.criteria': { de: 'Alle Kriterien mit Antworten', en: 'All criteria with answers' },
  'report.label.appendix': {
    de: 'Anhang: Methode und Formeln',
    en: 'Appendix: method and formulas',
  },
  'report.label.contents': { de: 'Inhalt', en: 'Contents' },

  // cover
  'report.label.municipality': { de: 'Kommune', en: 'Municipality' },
  'report.label.type': { de: 'Kommunentyp', en: 'Type of municipality' },
  'report.label.state': { de: 'Land', en: 'Land (state)' },
  'report.label.ags': { de: 'Amtlicher Gemeindeschlüssel', en: 'Official municipality key (AGS)' },
  'report.label.population': { de: 'Einwohnerzahl', en: 'Population' },
  'report.label.date': { de: 'Stand der Einschätzung', en: 'Date of the assessment' },
  'report.label.method': { de: 'Erhebungsmethode', en: 'Method' },
  'report.label.assessors': { de: 'Beteiligte', en: 'Assessors' },
  'report.label.catalogue': { de: 'Kriterienkatalog', en: 'Criteria catalogue' },
  'report.label.notGiven': { de: 'nicht angegeben', en: 'not given' },

  // summary
  'report.label.score': { de: 'Gesamtwert', en: 'Overall score' },
  'report.label.band': { de: 'Reifestufe', en: 'Readiness band' },
  'report.label.bandByScore': {
    de: 'Reifestufe allein nach Punkten',
    en: 'Readiness band by score alone',
  },
  'report.label.coverage': { de: 'Abdeckung', en: 'Coverage' },
  'report.label.outOf100': { de: 'von 100', en: 'out of 100' },
  'report.label.cappedBy': { de: 'Begrenzt durch', en: 'Capped by' },
  'report.label.topActions': {
    de: 'Die drei wirksamsten Maßnahmen',
    en: 'The three most valuable actions',
  },
  'report.label.toClarify': {
    de: 'Zuerst zu klären (Antwort „weiß nicht“ oder keine Antwort; im Maßnahmenplan mit 0 Punkten gerechnet)',
    en: 'To clarify first (answered "don\'t know" or not at all; counted with 0 points in the action plan)',
  },
  'report.label.noActions': {
    de: 'Keine Maßnahmen nötig: Alle Kriterien haben ihr Ziel erreicht.',
    en: 'No actions needed: every criterion has reached its target.',
  },
  'report.label.notScored': { de: 'nicht berechenbar', en: 'not computable' },

  // profile
  'report.label.dimension': { de: 'Dimension', en: 'Dimension' },
  'report.label.weight': { de: 'Gewicht', en: 'Weight' },
  'report.label.points': { de: 'Punkte', en: 'Points' },
  'report.label.pointsUnit': { de: 'Punkte', en: 'points' },
  'report.label.chart': { de: 'Grafik', en: 'Chart' },
  'report.label.radarTitle': {
    de: 'Netzdiagramm des Reifeprofils',
    en: 'Radar chart of the readiness profile',
  },
  'report.label.radarDesc': {
    de: 'Jede Achse ist eine Dimension von 0 (Mitte) bis 100 (Rand). Die Werte stehen in der Tabelle.',
    en: 'Each axis is one dimension from 0 (centre) to 100 (edge). The values are in the table.',
  },

  // blockers, strengths
  'report.label.noBlockers': {
    de: 'Alle K.-o.-Kriterien sind erfüllt. Ob die EfA-Mindestanforderungen des IT-Planungsrats erfüllt sind, zeigt der nächste Abschnitt.',
    en: 'Every knock-out criterion is met. Whether the IT Planning Council’s EfA minimum requirements are met is shown in the next section.',
  },
  'report.label.blockersIntro': {
    de: 'Nicht erfüllte K.-o.-Kriterien: Jedes begrenzt die Reifestufe, gleich wie viele Punkte die Kommune sonst erreicht.',
    en: 'Knock-out criteria not met: each one caps the readiness band, however many points the municipality reaches otherwise.',
  },
  'report.label.efaMinimum': {
    de: 'EfA-Mindestanforderungen NL1–NL5',
    en: 'EfA minimum requirements NL1–NL5',
  },
  'report.label.efaMinimumIntro': {
    de: 'Die Pflichten der nachnutzenden Seite nach den EfA-Mindestanforderungen des IT-Planungsrats, abgeleitet aus den Kriterien, die sie abbilden: erfüllt ab 75 Punkten (Stufe 3), teilweise ab 50 Punkten (Stufe 2), sonst nicht erfüllt. Sie sind nicht dasselbe wie die K.-o.-Kriterien dieses Katalogs.',
    en: 'The duties of the reusing side under the IT Planning Council’s EfA minimum requirements, derived from the criteria that cover them: met from 75 points (level 3), partly met from 50 points (level 2), otherwise not met. They are not the same as this catalogue’s knock-out criteria.',
  },
  'report.label.duty': { de: 'Pflicht', en: 'Duty' },
  'report.label.fulfilment': { de: 'Stand', en: 'Status' },
  'report.minimum.met': { de: 'erfüllt', en: 'met' },
  'report.minimum.partly': { de: 'teilweise erfüllt', en: 'partly met' },
  'report.minimum.not-met': { de: 'nicht erfüllt', en: 'not met' },
  'report.minimum.not-applicable': { de: 'trifft nicht zu', en: 'not applicable' },
  'report.minimum.unknown': { de: 'unbekannt', en: 'unknown' },
  'report.label.minimum': { de: 'Mindestwert', en: 'Minimum' },
  'report.label.capsAt': { de: 'Begrenzt auf', en: 'Caps at' },
  'report.label.why': { de: 'Begründung', en: 'Why' },
  'report.label.noStrengths': {
    de: 'Noch kein Kriterium erreicht 75 Punkte.',
    en: 'No criterion reaches 75 points yet.',
  },
  'report.label.strengthsIntro': {
    de: 'Kriterien mit mindestens 75 von 100 Punkten, auf denen die Nachnutzung aufbauen kann:',
    en: 'Criteria with at least 75 of 100 points that the rollout can build on:',
  },

  // plan
  'report.label.planIntro': {
    de: 'Zuerst die Maßnahmen, die ein nicht erfülltes K.-o.-Kriterium erfüllen; danach nach Punktgewinn geordnet. Der Gewinn gibt an, um wie viele Punkte der Gesamtwert steigt, wenn nur dieses Kriterium sein Ziel erreicht.',
    en: 'First the actions that meet a knock-out criterion not yet met, then by gain. The gain is how many points the overall score rises if this criterion alone reaches its target.',
  },
  'report.label.rank': { de: 'Nr.', en: 'No.' },
  'report.label.criterion': { de: 'Kriterium', en: 'Criterion' },
  'report.label.recommendation': { de: 'Empfehlung', en: 'Recommendation' },
  'report.label.effort': { de: 'Aufwand', en: 'Effort' },
  'report.label.gain': { de: 'Gewinn', en: 'Gain' },
  'report.label.target': { de: 'Ziel', en: 'Target' },
  'report.label.current': { de: 'Ist', en: 'Current' },
  'report.label.gateAction': { de: 'K.-o.-Kriterium', en: 'knock-out criterion' },
  'report.label.noRecommendation': {
    de: 'Keine Empfehlung im Katalog; Ziel selbst festlegen.',
    en: 'No recommendation in the catalogue; set your own goal.',
  },
  'report.label.horizon.short': {
    de: 'Kurzfristig (bis 6 Monate)',
    en: 'Short term (up to 6 months)',
  },
  'report.label.horizon.medium': {
    de: 'Mittelfristig (6 bis 18 Monate)',
    en: 'Medium term (6 to 18 months)',
  },
  'report.label.horizon.long': {
    de: 'Langfristig (über 18 Monate)',
    en: 'Long term (over 18 months)',
  },
  'report.label.horizon.none': { de: 'Ohne Zeithorizont', en: 'No horizon given' },
  'report.label.effort.low': { de: 'gering', en: 'low' },
  'report.label.effort.medium': { de: 'mittel', en: 'medium' },
  'report.label.effort.high': { de: 'hoch', en: 'high' },
  'report.label.effort.none': { de: 'nicht angegeben', en: 'not given' },

  // services
  'report.label.service': { de: 'Leistung', en: 'Service' },
  'report.label.leika': { de: 'LeiKa-Schlüssel', en: 'LeiKa key' },
  'report.label.blockedBy': { de: 'Begrenzt durch', en: 'Capped by' },
  'report.label.nothingBlocks': { de: 'nichts', en: 'nothing' },
  'report.label.noServices': {
    de: 'Der Katalog beschreibt keine einzelnen EfA-Leistungen.',
    en: 'The catalogue describes no individual EfA services.',
  },

  // criteria
  'report.label.answer': { de: 'Antwort', en: 'Answer' },
  'report.label.status': { de: 'Status', en: 'Status' },
  'report.label.note': { de: 'Notiz', en: 'Note' },
  'report.label.details': { de: 'Notiz, Nachweise, Quellen', en: 'Note, evidence, references' },
  'report.label.evidence': { de: 'Nachweise', en: 'Evidence' },
  'report.label.references': { de: 'Quellen', en: 'References' },
  'report.label.question': { de: 'Frage', en: 'Question' },
  'report.label.none': { de: '–', en: '–' },
  'report.label.status.answered': { de: 'beantwortet', en: 'answered' },
  'report.label.status.unknown': { de: 'unbekannt', en: 'unknown' },
  'report.label.status.missing': { de: 'keine Antwort', en: 'no answer' },
  'report.label.status.not-applicable': { de: 'trifft nicht zu', en: 'not applicable' },
  'report.label.status.excluded': {
    de: 'gilt nicht für diese Kommune',
    en: 'does not apply to this municipality',
  },
  'report.label.yes': { de: 'ja', en: 'yes' },
  'report.label.no': { de: 'nein', en: 'no' },

  // appendix
  'report.label.bands': { de: 'Reifestufen', en: 'Readiness bands' },
  'report.label.from': { de: 'Ab', en: 'From' },
  'report.label.meaning': { de: 'Bedeutung', en: 'Meaning' },
  'report.label.levels': { de: 'Antwortskala', en: 'Answer scale' },
  'report.label.level': { de: 'Stufe', en: 'Level' },
  'report.label.gates': {
    de: 'Alle K.-o.-Kriterien mit Ergebnis',
    en: 'All knock-out criteria with their result',
  },
  'report.label.passed': { de: 'erfüllt', en: 'met' },
  'report.label.failed': { de: 'nicht erfüllt', en: 'not met' },
  'report.label.computation': { de: 'Nachrechnung', en: 'Recomputation' },
  'report.label.embeddedData': {
    de: 'Das vollständige Ergebnis ist als JSON in diese Datei eingebettet (Element „efa-result“).',
    en: 'The complete result is embedded in this file as JSON (element "efa-result").',
  },
  'report.label.generatedBy': {
    de: 'Erstellt mit efa-readiness {version}',
    en: 'Made with efa-readiness {version}',
  },
  'report.label.dataStaysLocal': {
    de: 'Der Bericht wurde lokal erstellt; keine Daten haben den Rechner verlassen.',
    en: 'The report was made locally; no data left the computer.',
  },
  'report.label.skipToContent': { de: 'Zum Inhalt springen', en: 'Skip to content' },
  'report.label.page': { de: 'Seite', en: 'Page' },
  'report.label.facts': { de: 'Eckdaten der Einschätzung', en: 'Key facts of the assessment' },
  'report.label.bandScale': {
    de: 'Reifestufen und Gesamtwert',
    en: 'Readiness bands and overall score',
  },
  'report.label.whyHeading': { de: 'Warum diese Reifestufe', en: 'Why this band' },
  'report.label.otherFailedGates': {
    de: 'Nicht erfüllte K.-o.-Kriterien, die die Reifestufe derzeit nicht senken',
    en: 'Knock-out criteria not met that do not lower the band at present',
  },
  'report.label.planMore': { de: 'Weitere Maßnahmen', en: 'Further actions' },
  'report.label.overlay': {
    de: 'Katalogkette und Änderungen gegenüber dem Basiskatalog',
    en: 'Catalogue chain and changes from the base catalogue',
  },
  'report.label.version': { de: 'Version', en: 'Version' },
  'report.label.fingerprint': { de: 'Fingerabdruck', en: 'Fingerprint' },
  'report.label.role': { de: 'Rolle', en: 'Role' },
  'report.label.byCatalogue': { de: 'Durch', en: 'By' },
  'report.label.overlayAdded': { de: 'Hinzugefügte Kriterien', en: 'Criteria added' },
  'report.label.overlayChanged': { de: 'Geänderte Kriterien', en: 'Criteria changed' },
  'report.label.overlayFields': { de: 'Geänderte Felder', en: 'Fields changed' },
  'report.label.overlayRemoved': { de: 'Entfernte Kriterien', en: 'Criteria removed' },
  'report.label.of': { de: 'von', en: 'of' },

  // page 1, plan and criteria folded, overlay appendix
  'report.summary.capGroup': {
    de: 'begrenzt auf „{band}“: {titles}',
    en: 'capping at "{band}": {titles}',
  },
  'report.scale.current': { de: 'Ihre Reifestufe', en: 'your band' },
  'report.scale.byScore': { de: 'nach Punkten allein', en: 'by score alone' },
  'report.scale.from': { de: '{band} ab {min}', en: '{band} from {min}' },
  'report.scale.threshold': { de: 'ab {min}', en: 'from {min}' },
  'report.scale.sentence': {
    de: 'Reifestufen: {bands}. Gesamtwert {score} von 100, Reifestufe „{band}“.',
    en: 'Readiness bands: {bands}. Overall score {score} out of 100, band "{band}".',
  },
  'report.plan.more': {
    de: 'Weitere {count} Maßnahmen (ab Nr. {from})',
    en: '{count} further actions (from no. {from})',
  },
  'report.criteria.done': {
    de: '{count} Kriterien erfüllt (ab 75 Punkten) oder nicht zählend',
    en: '{count} criteria met (75 points or more) or not counting',
  },
  'report.overlay.base': { de: 'Basiskatalog', en: 'base catalogue' },
  'report.overlay.extends': { de: 'erweitert {base}', en: 'extends {base}' },
  'report.overlay.intro': {
    de: 'Bewertet wurde mit dem Katalog {catalogue}. Er erweitert den Basiskatalog {base}: Alle Kriterien des Basiskatalogs gelten unverändert, außer denen, die unten als hinzugefügt, geändert oder entfernt stehen. Der Fingerabdruck kennzeichnet den genauen Inhalt jeder Katalogdatei; ein anderer Fingerabdruck bedeutet einen anderen Katalog.',
    en: 'The assessment was scored on the catalogue {catalogue}. It extends the base catalogue {base}: every criterion of the base catalogue applies unchanged, except those listed below as added, changed or removed. The fingerprint identifies the exact content of each catalogue file; another fingerprint means another catalogue.',
  },
  'report.overlay.none': {
    de: 'Die Erweiterung ändert kein Kriterium des Basiskatalogs.',
    en: 'The extension changes no criterion of the base catalogue.',
  },
  'report.field.title': { de: 'Titel', en: 'title' },
  'report.field.question': { de: 'Frage', en: 'question' },
  'report.field.help': { de: 'Hilfetext', en: 'help text' },
  'report.field.weight': { de: 'Gewicht', en: 'weight' },
  'report.field.gate': { de: 'K.-o.-Kriterium', en: 'knock-out criterion' },
  'report.field.target': { de: 'Ziel', en: 'target' },
  'report.field.levels': { de: 'Stufenbeschreibungen', en: 'level descriptions' },
  'report.field.recommendations': { de: 'Empfehlungen', en: 'recommendations' },
  'report.field.applies_when': { de: 'Geltungsbedingung', en: 'condition of application' },
  'report.field.references': { de: 'Quellen', en: 'references' },
  'report.field.options': { de: 'Auswahloptionen', en: 'choice options' },
  'report.field.items': { de: 'Checklistenpunkte', en: 'checklist items' },
  'report.field.thresholds': { de: 'Schwellen', en: 'thresholds' },
  'report.field.depends_on': { de: 'Abhängigkeiten', en: 'dependencies' },
  'report.field.type': { de: 'Antworttyp', en: 'answer type' },
  'report.field.unit': { de: 'Einheit', en: 'unit' },

  // municipality types
  'report.type.gemeinde': { de: 'Gemeinde', en: 'municipality (Gemeinde)' },
  'report.type.stadt': { de: 'Stadt', en: 'town (Stadt)' },
  'report.type.kreisfreie-stadt': {
    de: 'kreisfreie Stadt',
    en: 'independent city (kreisfreie Stadt)',
  },
  'report.type.landkreis': { de: 'Landkreis', en: 'district (Landkreis)' },
  'report.type.verbund': { de: 'Verbund', en: 'association of municipalities (Verbund)' },
  'report.type.other': { de: 'sonstige', en: 'other' },

  // methods
  'report.method.self': { de: 'Selbsteinschätzung', en: 'self-assessment' },
  'report.method.interview': { de: 'Interview', en: 'interview' },
  'report.method.workshop': { de: 'Workshop', en: 'workshop' },

  // Länder
  'report.state.BW': { de: 'Baden-Württemberg', en: 'Baden-Württemberg' },
  'report.state.BY': { de: 'Bayern', en: 'Bavaria' },
  'report.state.BE': { de: 'Berlin', en: 'Berlin' },
  'report.state.BB': { de: 'Brandenburg', en: 'Brandenburg' },
  'report.state.HB': { de: 'Bremen', en: 'Bremen' },
  'report.state.HH': { de: 'Hamburg', en: 'Hamburg' },
  'report.state.HE': { de: 'Hessen', en: 'Hessen' },
  'report.state.MV': { de: 'Mecklenburg-Vorpommern', en: 'Mecklenburg-Western Pomerania' },
  'report.state.NI': { de: 'Niedersachsen', en: 'Lower Saxony' },
  'report.state.NW': { de: 'Nordrhein-Westfalen', en: 'North Rhine-Westphalia' },
  'report.state.RP': { de: 'Rheinland-Pfalz', en: 'Rhineland-Palatinate' },
  'report.state.SL': { de: 'Saarland', en: 'Saarland' },
  'report.state.SN': { de: 'Sachsen', en: 'Saxony' },
  'report.state.ST': { de: 'Sachsen-Anhalt', en: 'Saxony-Anhalt' },
  'report.state.SH': { de: 'Schleswig-Holstein', en: 'Schleswig-Holstein' },
  'report.state.TH': { de: 'Thüringen', en: 'Thuringia' },

  // sentences of the view model
  'report.summary.scored': {
    de: '{municipality} erreicht {score} von 100 Punkten und ist damit „{band}“.',
    en: '{municipality} scores {score} out of 100 and is therefore "{band}".',
  },
  'report.summary.scoreOnly': {
    de: '{municipality} erreicht {score} von 100 Punkten.',
    en: '{municipality} scores {score} out of 100.',
  },
  'report.label.nextBand': { de: 'Weg zur nächsten Stufe', en: 'Path to the next band' },
  'report.label.missingAnswers': {
    de: 'Noch ohne verwertbare Antwort',
    en: 'Still without a usable answer',
  },
  'report.label.stage': { de: 'Anschluss', en: 'Connection' },
  'report.label.notAssessable': { de: 'noch nicht bewertbar', en: 'not yet assessable' },
  'report.appendix.minCoverage': {
    de: 'Mindestabdeckung: Erreicht die gerundete Abdeckung nicht {min} %, wird keine Stufe vergeben („noch nicht bewertbar“); der Gesamtwert wird trotzdem angegeben.',
    en: 'Minimum coverage: where the rounded coverage does not reach {min} %, no band is given ("not yet assessable"); the overall score is still shown.',
  },
  'report.appendix.nextBand': {
    de: 'Weg zur nächsten Stufe: Zuerst wird jedes nicht erfüllte K.-o.-Kriterium, das unter der nächsten Stufe begrenzt, auf sein Minimum gehoben; dann die übrigen Maßnahmen nach Gewinn (gerundet, absteigend; bei Gleichstand in Katalogreihenfolge) je auf ihr Ziel, bis der gerundete Gesamtwert die Untergrenze der nächsten Stufe erreicht. Der Gewinn eines Schritts ist die Zahl der Punkte, um die er den Gesamtwert hebt. Reichen alle Schritte zusammen nicht, ist die Stufe nicht erreichbar.',
    en: 'Path to the next band: first every failed knock-out criterion that caps below the next band is raised to its minimum; then the remaining actions by gain (rounded, descending; ties in catalogue order), each to its target, until the rounded overall score reaches the next band’s minimum. A step’s gain is the points it adds to the overall score. Where all steps together do not suffice, the band is not reachable.',
  },
  'report.appendix.responsibility': {
    de: 'Zuständigkeit: Eine EfA-Leistung gilt, außer die Kommune gibt „nicht zuständig“ an oder, ohne eigene Angabe, die Regel des Katalogs (Typ, Land, Einwohnerzahl) trifft nicht zu. Eine Leistung, für die die Kommune nicht zuständig ist, hat keinen Wert, keine Stufe und keine Blockaden und zählt in keiner Statistik über Leistungen.',
    en: 'Responsibility: an EfA service applies unless the municipality states it is not responsible or, without such a statement, the catalogue’s rule (type, Land, population) does not hold. A service the municipality is not responsible for has no score, no band and nothing that caps it and counts in no statistic over services.',
  },
  'report.appendix.dependsOn': {
    de: 'Reihenfolge: Eine Maßnahme steht im Maßnahmenplan nie vor einer, von der sie abhängt (solange diese noch offen ist).',
    en: 'Order: in the action plan an action never comes before one it depends on (while that one is still open).',
  },
  'report.summary.notScored': {
    de: 'Für {municipality} lässt sich kein Gesamtwert berechnen: Keine Dimension hat ein zählendes Kriterium.',
    en: 'No overall score can be computed for {municipality}: no dimension has a criterion that counts.',
  },
  'report.summary.capped': {
    de: 'Nach Punkten allein wäre die Reifestufe „{byScore}“; nicht erfüllte K.-o.-Kriterien begrenzen sie auf „{band}“.',
    en: 'By score alone the readiness band would be "{byScore}"; knock-out criteria not met cap it at "{band}".',
  },
  'report.summary.coverage': {
    de: 'Zu {coverage} % der gewichteten Kriterien liegen Antworten vor; unbekannte und fehlende Antworten zählen mit 0 Punkten.',
    en: 'Answers are available for {coverage} % of the weighted criteria; unknown and missing answers count as 0 points.',
  },
  'report.gate.defaultReason': {
    de: '{criterion} erreicht {score} Punkte; verlangt sind mindestens {min}.',
    en: '{criterion} reaches {score} points; at least {min} are required.',
  },
  'report.answer.checklist': {
    de: '{count} von {total}: {items}',
    en: '{count} of {total}: {items}',
  },
  'report.answer.checklistEmpty': { de: '0 von {total}', en: '0 of {total}' },

  // appendix sentences
  'report.appendix.intro': {
    de: 'Die Bewertung folgt dem offenen Verfahren von efa-readiness (Bewertung v1). Jede Zahl dieses Berichts lässt sich mit den folgenden Regeln aus den Antworten und dem Katalog {catalogue} nachrechnen.',
    en: 'The scoring follows the open method of efa-readiness (scoring v1). Every number in this report can be recomputed from the answers and the catalogue {catalogue} with the rules below.',
  },
  'report.appendix.status': {
    de: 'Ein Kriterium zählt, wenn es für die Kommune gilt (Bedingungen zu Typ, Land und Einwohnerzahl) und nicht mit „trifft nicht zu“ beantwortet ist. „Unbekannt“ und fehlende Antworten zählen mit 0 Punkten und senken die Abdeckung.',
    en: 'A criterion counts when it applies to the municipality (conditions on type, Land and population) and is not answered "not applicable". "Unknown" and missing answers count as 0 points and lower the coverage.',
  },
  'report.appendix.criterionScore': {
    de: 'Punkte eines Kriteriums (0 bis 100): Skala 100 × Stufe / {maxLevel}; ja/nein 100 oder 0; Auswahl die Punkte der gewählten Option; Zahl die Punkte der höchsten erreichten Schwelle; Checkliste 100 × Gewicht der erfüllten Punkte / Gesamtgewicht.',
    en: 'Score of a criterion (0 to 100): scale 100 × level / {maxLevel}; yes/no 100 or 0; choice the points of the chosen option; number the points of the highest threshold reached; checklist 100 × weight of the items checked / total weight.',
  },
  'report.appendix.dimension': {
    de: 'Wert einer Dimension: D = Σ (Gewicht × Punkte) / Σ Gewicht über ihre zählenden Kriterien.',
    en: 'Score of a dimension: D = Σ (weight × points) / Σ weight over its counting criteria.',
  },
  'report.appendix.overall': {
    de: 'Gesamtwert: O = Σ (Gewicht der Dimension × D) / Σ Gewicht über die Dimensionen mit einem Wert. Die Abdeckung wird ebenso aus dem beantworteten Gewicht berechnet.',
    en: 'Overall score: O = Σ (dimension weight × D) / Σ weight over the dimensions that have a score. Coverage is computed the same way from the answered weight.',
  },
  'report.appendix.bands': {
    de: 'Reifestufe: die höchste Reifestufe, deren Untergrenze der gerundete Gesamtwert erreicht. Jedes nicht erfüllte K.-o.-Kriterium begrenzt die Reifestufe; der Gesamtwert selbst bleibt unverändert.',
    en: 'Readiness band: the highest band whose minimum the rounded overall score reaches. Every knock-out criterion not met caps the band; the score itself is unchanged.',
  },
  'report.appendix.gain': {
    de: 'Gewinn einer Maßnahme: (Gewicht der Dimension / Σ Gewichte der Dimensionen) × (Gewicht des Kriteriums / Σ Gewichte der Kriterien der Dimension) × (Ziel − Punkte).',
    en: 'Gain of an action: (dimension weight / Σ dimension weights) × (criterion weight / Σ criterion weights of the dimension) × (target − points).',
  },
  'report.appendix.services': {
    de: 'EfA-Leistungen werden wie der Gesamtwert berechnet, mit den Dimensionsgewichten der Leistung. Ihre Reifestufe begrenzen die K.-o.-Kriterien des Katalogs und die Voraussetzungen der Leistung.',
    en: 'EfA services are scored like the overall score, with the service’s dimension weights. Their readiness band is capped by the catalogue’s knock-out criteria and the service’s own prerequisites.',
  },
  'report.appendix.strengths': {
    de: 'Stärken sind beantwortete Kriterien mit mindestens 75 Punkten.',
    en: 'Strengths are answered criteria with at least 75 points.',
  },
  'report.appendix.rounding': {
    de: 'Alle Werte werden mit voller Genauigkeit berechnet und erst für die Ausgabe auf eine Nachkommastelle gerundet; wer mit den gerundeten Werten nachrechnet, kann in der letzten Stelle abweichen.',
    en: 'All values are computed at full precision and rounded to one decimal only for output; recomputing from the rounded values may differ in the last digit.',
  },

  // command
  'report.error.templateMissing': {
    de: 'Die Vorlage {file} wurde nicht gefunden. Erwartet wird der Pfad einer Handlebars-Datei (.hbs).',
    en: 'The template {file} was not found. Expected the path of a Handlebars file (.hbs).',
  },
  'report.error.templateFolder': {
    de: '{file} ist ein Ordner; erwartet wird eine Handlebars-Datei (.hbs).',
    en: '{file} is a folder; expected a Handlebars file (.hbs).',
  },
  'report.error.templateNotFile': {
    de: '{file} ist keine normale Datei (z. B. eine Pipe oder ein Gerät); Vorlagen und Teilvorlagen (*.hbs) müssen normale Dateien sein.',
    en: '{file} is not a regular file (e.g. a pipe or a device); templates and partials (*.hbs) must be regular files.',
  },
  'report.error.templateOutside': {
    de: '{file} verweist auf {target}, außerhalb des Vorlagenordners {folder}; Teilvorlagen werden nur aus dem Ordner der Vorlage gelesen. Bitte die Verknüpfung entfernen oder die Datei in den Ordner kopieren.',
    en: '{file} links to {target}, outside the template folder {folder}; partials are read only from the template’s folder. Remove the link or copy the file into the folder.',
  },
  'report.error.templateUnreadable': {
    de: '{file} kann nicht gelesen werden (keine Berechtigung?); bitte die Rechte prüfen oder die Datei aus dem Vorlagenordner entfernen.',
    en: '{file} cannot be read (no permission?); check its permissions or remove it from the template folder.',
  },
  'report.error.templateTooLarge': {
    de: '{file} ist {size} Bytes groß; eine Vorlage darf höchstens {max} Bytes groß sein.',
    en: '{file} is {size} bytes; a template may be at most {max} bytes.',
  },
  'report.error.templateSyntax': {
    de: 'Die Vorlage {file} ist fehlerhaft: {reason}',
    en: 'The template {file} is invalid: {reason}',
  },
  'report.error.templateRender': {
    de: 'Die Vorlage {file} ließ sich nicht anwenden: {reason}. Die verfügbaren Daten beschreibt templates/README.md.',
    en: 'The template {file} could not be applied: {reason}. templates/README.md describes the data available.',
  },
  'report.error.pdfNeedsOutput': {
    de: 'Ein PDF wird nicht auf die Standardausgabe geschrieben. Bitte mit --output eine Datei angeben, z. B. --output blaupause.pdf.',
    en: 'A PDF is not written to standard output. Please name a file with --output, e.g. --output blaupause.pdf.',
  },
  'report.error.noChromium': {
    de: 'Für --format pdf wird ein Chromium-Browser benötigt, aber keiner wurde gefunden (CHROME_PATH ist nicht gesetzt; gesucht in: {paths}). Installieren Sie ihn, z. B. unter Debian/Ubuntu mit „sudo apt-get install chromium“, oder setzen Sie CHROME_PATH auf einen vorhandenen Chrome/Chromium. Alternativ: --format html und im Browser als PDF drucken.',
    en: '--format pdf needs a Chromium browser, but none was found (CHROME_PATH is not set; looked in: {paths}). Install one, e.g. on Debian/Ubuntu with "sudo apt-get install chromium", or set CHROME_PATH to an existing Chrome/Chromium. Alternatively: --format html and print to PDF from a browser.',
  },
  'report.error.noChromiumWindows': {
    de: 'Für --format pdf wird Microsoft Edge oder Google Chrome benötigt, aber keiner wurde gefunden (CHROME_PATH ist nicht gesetzt; gesucht in: {paths}). Setzen Sie CHROME_PATH auf msedge.exe oder chrome.exe, in PowerShell z. B.: $env:CHROME_PATH = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe". Alternativ: --format html und im Browser als PDF drucken.',
    en: '--format pdf needs Microsoft Edge or Google Chrome, but neither was found (CHROME_PATH is not set; looked in: {paths}). Set CHROME_PATH to msedge.exe or chrome.exe, in PowerShell e.g.: $env:CHROME_PATH = "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe". Alternatively: --format html and print to PDF from a browser.',
  },
  'report.error.chromePathMissing': {
    de: 'CHROME_PATH zeigt auf {file}, dort gibt es aber keine Datei. Bitte den Pfad korrigieren oder Chromium installieren („sudo apt-get install chromium“).',
    en: 'CHROME_PATH points to {file}, but there is no file there. Please correct the path or install Chromium ("sudo apt-get install chromium").',
  },
  'report.error.chromiumFailed': {
    de: 'Chromium ({file}) konnte das PDF nicht erstellen: {reason}. Prüfen Sie die Installation oder setzen Sie CHROME_PATH auf einen anderen Browser.',
    en: 'Chromium ({file}) could not print the PDF: {reason}. Check the installation or set CHROME_PATH to another browser.',
  },
  'report.error.binaryNeedsOutput': {
    de: 'Eine {format}-Datei wird nicht auf die Standardausgabe geschrieben. Bitte mit --output eine Datei angeben, z. B. --output standortbestimmung.{format}.',
    en: 'A {format} file is not written to standard output. Please name a file with --output, e.g. --output readiness.{format}.',
  },
  'report.error.templateNotForFormat': {
    de: '--template gilt nur für --format md, html und pdf; ein {format}-Dokument baut efa-readiness selbst. Bitte --template weglassen.',
    en: '--template applies only to --format md, html and pdf; efa-readiness builds a {format} document itself. Please leave out --template.',
  },
  'report.warn.noRadarImage': {
    de: 'Hinweis: Das Netzdiagramm konnte nicht als Bild erzeugt werden ({reason}); das Dokument enthält seine Werte als Tabelle.',
    en: 'Note: the radar chart could not be rendered as an image ({reason}); the document has its values as a table.',
  },
};
