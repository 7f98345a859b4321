import type { Comparison } from './types.js';
import {
  type AssessmentLine,
  type CompareView,
  anyStage,
  assessmentLines,
  prepareCompareView,
} from './view.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';

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
  return serializeCompareCsv(prepareCompareView(c), locale);
}

/** The CSV of a prepared view: labels, order and anonymization are the view's (`assessmentLine`). */
export function serializeCompareCsv(view: CompareView, locale: CsvLocale): string {
  const { c, heads } = view;
  const separator = csvSeparator(locale);
  const number = (value: number | null): string => csvNumber(value, locale);
  // v1.1: the stage per service, where any assessment gives one or declines a service
  const staged = anyStage(c.assessments);
  const head = [
    heads.rank,
    heads.municipality,
    ...(heads.ags === null ? [] : [heads.ags]),
    heads.type,
    heads.state,
    heads.date,
    heads.latest,
    heads.score,
    heads.band,
    heads.coverage,
    ...heads.dimensions,
    ...heads.services,
    heads.failedGates,
    ...(staged ? heads.stages : []),
  ];
  const yes = t(c.lang, 'compare.yes');
  const no = t(c.lang, 'compare.no');
  const cells = (line: AssessmentLine): CsvCell[] => [
    { raw: line.rank === null ? '' : String(line.rank) },
    line.name,
    ...(heads.ags === null ? [] : [{ id: line.ags ?? '' }]),
    line.type,
    line.state,
    line.date ?? '',
    line.latest ? yes : no,
    { raw: number(line.score) },
    line.band,
    { raw: number(line.coverage) },
    ...line.dimensions.map((v) => ({ raw: number(v) })),
    ...line.services.map((v) => ({ raw: number(v) })),
    line.failedGates,
    ...(staged ? line.stages : []),
  ];
  const lines: CsvCell[][] = [head];
  for (const line of assessmentLines(c)) lines.push(cells(line));
  return csvDocument(lines, separator);
}

/**
 * A CSV field: text (guarded against formulas, quoted where needed), an id
 * (always quoted, see below) or raw (a number this module formatted).
 */
export type CsvCell = string | { id: string } | { raw: string };

export function csvSeparator(locale: CsvLocale): string {
  return locale === 'de' ? ';' : ',';
}

/** One decimal, with a decimal comma for `de`; empty for no value. */
export function csvNumber(value: number | null, locale: CsvLocale): string {
  if (value === null) return '';
  const fixed = value.toFixed(1);
  return locale === 'de' ? fixed.replace('.', ',') : fixed;
}

/** The file: byte order mark, one line per row, CRLF after each (RFC 4180). */
export function csvDocument(rows: Iterable<readonly CsvCell[]>, separator: string): string {
  const lines: string[] = [];
  for (const row of rows) lines.push(row.map((cell) => csvCell(cell, separator)).join(separator));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function csvCell(cell: CsvCell, separator: string): string {
  if (typeof cell === 'string') return csvText(cell, separator);
  if ('raw' in cell) return cell.raw;
  return csvId(cell.id);
}

/**
 * An id (the AGS) always in quotes: CSV has no types, but a quoted field is
 * what imports can be told to keep as text (LibreOffice: "Format quoted field
 * as text"), and no reader loses anything by it. The XLSX output keeps it typed.
 */
function csvId(value: string): string {
  return value === '' ? '' : `"${guard(value).replace(/"/g, '""')}"`;
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
