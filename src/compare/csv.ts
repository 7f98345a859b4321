import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import type { Comparison } from './types.js';
import { bandLabel, stageCellText, typeLabel } from './view.js';

export type CsvLocale = 'de' | 'en';

/**
 * One row per assessment (history included), for spreadsheets. RFC 4180
 * (quoted where needed, CRLF line ends) with a UTF-8 byte order mark, so Excel
 * and LibreOffice detect the encoding; `de` uses `;` between fields and a
 * decimal comma, as German spreadsheet programs expect, `en` uses `,` and a
 * decimal point. Text that a spreadsheet would run as a formula (starting
 * with = + - @, tab or CR) is prefixed with an apostrophe. The AGS is always
 * quoted (see README, "Spreadsheets"): no formula tricks such as ="…".
 */
export function renderCompareCsv(c: Comparison, locale: CsvLocale): string {
  const lang = c.lang;
  const separator = locale === 'de' ? ';' : ',';
  const m = (key: string): string => t(lang, key);
  const text = (value: string): string => csvText(value, separator);
  // An id (the AGS) always in quotes: CSV has no types, but a quoted field is
  // what imports can be told to keep as text (LibreOffice: "Format quoted field
  // as text"), and no reader loses anything by it. The XLSX output keeps it typed.
  const idText = (value: string): string =>
    value === '' ? '' : `"${guard(value).replace(/"/g, '""')}"`;
  const number = (value: number | null): string => {
    if (value === null) return '';
    const fixed = value.toFixed(1);
    return locale === 'de' ? fixed.replace('.', ',') : fixed;
  };
  const services = c.services.map((s) => s.id);
  // v1.1: the stage per service, where any assessment gives one or declines a service
  const staged = c.assessments.some((r) => Object.values(r.stages).some((s) => s !== null));
  const head = [
    m('compare.col.rank'),
    m('compare.col.municipality'),
    ...(c.anonymized ? [] : [m('compare.col.ags')]),
    m('compare.col.type'),
    m('compare.col.state'),
    m('compare.col.date'),
    m('compare.col.latest'),
    m('compare.col.score'),
    m('compare.col.band'),
    m('compare.col.coverage'),
    ...c.dimensions.map((d) => d.title),
    ...c.services.map((s) => s.title),
    m('compare.col.failedGates'),
    ...(staged ? c.services.map((s) => t(lang, 'compare.col.stage', { service: s.title })) : []),
  ];
  const lines = [head.map(text).join(separator)];
  for (const row of c.assessments) {
    const entry = c.municipalities[row.municipality];
    const cells = [
      row.latest && entry?.rank != null ? String(entry.rank) : '',
      text(row.name),
      ...(c.anonymized ? [] : [idText(row.ags ?? '')]),
      text(typeLabel(lang, row.type)),
      text(row.state),
      text(row.date ?? ''),
      text(row.latest ? m('compare.yes') : m('compare.no')),
      number(row.score),
      text(bandLabel(c, row.band)),
      number(row.coverage),
      ...c.dimensions.map((d) => number(row.dimensions[d.id] ?? null)),
      ...services.map((id) => number(row.services[id] ?? null)),
      text(row.failed_gates.join(' ')),
      ...(staged ? services.map((id) => text(stageCellText(lang, row.stages[id] ?? null))) : []),
    ];
    lines.push(cells.join(separator));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Text a spreadsheet would run as a formula gets an apostrophe in front (see above). */
function guard(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A text field: guarded against formulas, quoted where needed (RFC 4180). */
export function csvText(value: string, separator: string): string {
  return quote(guard(value), separator);
}

function quote(value: string, separator: string): string {
  if (value.includes(separator) || /["\r\n]/.test(value)) return `"${value.replace(/"/g, '""')}"`;
  return value;
}
