import { addMessages } from '../index.js';

/**
 * Sheet and column names of the compare workbook (`compare --format xlsx`)
 * that the other compare outputs do not have; the rest come from the
 * `compare.col.*` messages. Sheet names stay within Excel's 31 characters.
 */
export const xlsxMessages = {
  'xlsx.sheet.overview': { de: 'Übersicht', en: 'Overview' },
  'xlsx.sheet.bands': { de: 'Reifestufen', en: 'Bands' },
  'xlsx.sheet.ranking': { de: 'Rangfolge', en: 'Ranking' },
  'xlsx.sheet.heatmap': { de: 'Heatmap', en: 'Heatmap' },
  'xlsx.sheet.criteria': { de: 'Kriterien', en: 'Criteria' },
  'xlsx.sheet.knockout': { de: 'K.-o.-Kriterien', en: 'Knock-out criteria' },
  'xlsx.sheet.services': { de: 'Leistungen', en: 'Services' },
  'xlsx.sheet.actions': { de: 'Maßnahmen', en: 'Actions' },
  'xlsx.sheet.trends': { de: 'Entwicklung', en: 'Progress' },
  'xlsx.col.measure': { de: 'Kennzahl', en: 'Measure' },
  'xlsx.col.n': { de: 'Anzahl Werte', en: 'Values' },
  'xlsx.col.min': { de: 'Minimum', en: 'Minimum' },
  'xlsx.col.q1': { de: '1. Quartil', en: '1st quartile' },
  'xlsx.col.q3': { de: '3. Quartil', en: '3rd quartile' },
  'xlsx.col.max': { de: 'Maximum', en: 'Maximum' },
  'xlsx.col.coveragePercent': { de: 'Abdeckung (%)', en: 'Coverage (%)' },
  'xlsx.col.sharePercent': { de: 'Anteil (%)', en: 'Share (%)' },
  'xlsx.col.criterionId': { de: 'Kriterium-ID', en: 'Criterion id' },
  'xlsx.col.serviceId': { de: 'Leistungs-ID', en: 'Service id' },
  'xlsx.col.service': { de: 'Leistung', en: 'Service' },
  'xlsx.col.points': { de: 'Punkte', en: 'Points' },
  'xlsx.col.minimum': { de: 'Mindestwert', en: 'Minimum' },
  'xlsx.col.capsAt': { de: 'Begrenzt auf', en: 'Caps at' },
  'xlsx.col.applies': { de: 'gilt für (Kommunen)', en: 'applies to (municipalities)' },
  'xlsx.col.failed': { de: 'nicht erfüllt (Kommunen)', en: 'not met (municipalities)' },
  'xlsx.col.failedPercent': { de: 'nicht erfüllt (%)', en: 'not met (%)' },
  'xlsx.col.failedKnockout': {
    de: 'nicht erfüllte K.-o.-Kriterien',
    en: 'knock-out criteria not met',
  },
  'xlsx.col.blockedBy': { de: 'blockiert durch', en: 'blocked by' },
  'xlsx.col.priority': { de: 'Priorität', en: 'Priority' },
  'xlsx.col.meanGain': { de: 'mittlerer Gewinn (Punkte)', en: 'mean gain (points)' },
  'xlsx.col.belowTarget': { de: 'unter Ziel (Kommunen)', en: 'below target (municipalities)' },
  'xlsx.col.recommendation': { de: 'Empfehlung', en: 'Recommendation' },
  'xlsx.col.effort': { de: 'Aufwand', en: 'Effort' },
  'xlsx.col.horizon': { de: 'Zeithorizont', en: 'Horizon' },
  'xlsx.col.fromDate': { de: 'von (Datum)', en: 'from (date)' },
  'xlsx.col.toDate': { de: 'bis (Datum)', en: 'to (date)' },
  'xlsx.col.fromScore': { de: 'Gesamtwert vorher', en: 'score before' },
  'xlsx.col.toScore': { de: 'Gesamtwert nachher', en: 'score after' },
  'xlsx.col.change': { de: 'Veränderung', en: 'Change' },
  'xlsx.col.gapFrom': { de: 'Ziel-Lücke vorher', en: 'target gap before' },
  'xlsx.col.gapTo': { de: 'Ziel-Lücke nachher', en: 'target gap after' },
  'xlsx.col.closedPercent': { de: 'geschlossen (%)', en: 'closed (%)' },
  'xlsx.col.assessments': { de: 'Einschätzungen', en: 'Assessments' },
  'xlsx.col.applicable': { de: 'zuständig', en: 'responsible' },
  'xlsx.col.stage': { de: 'Stand der Anbindung', en: 'Roll-out stage' },
  'xlsx.value.unknown': { de: 'unbekannt', en: 'unknown' },
  'xlsx.value.missing': { de: 'keine Antwort', en: 'no answer' },
  'xlsx.value.notApplicable': { de: 'trifft nicht zu', en: 'not applicable' },
  'xlsx.value.excluded': { de: 'gilt nicht', en: 'does not apply' },
  'xlsx.error.needsOutput': {
    de: 'Eine XLSX-Datei wird nicht auf die Standardausgabe geschrieben. Bitte mit --output eine Datei angeben, z. B. --output blaupause.xlsx.',
    en: 'An XLSX file is not written to standard output. Please name a file with --output, e.g. --output blueprint.xlsx.',
  },
} as const;

addMessages(xlsxMessages);
