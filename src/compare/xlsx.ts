import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import '../i18n/messages/xlsx.js';
import { EXCLUDED, MISSING, NOT_APPLICABLE, UNKNOWN } from './aggregate.js';
import type { Comparison, Stats } from './types.js';
import {
  type AssessmentLine,
  type CompareView,
  bandLabel,
  dimensionTitle,
  latestLines,
  prepareCompareView,
} from './view.js';
import { stageLabel } from '../render/result-text.js';

/**
 * The comparison as an Excel workbook for the programme (`compare --format
 * xlsx`), written with exceljs' streaming writer: every row is committed as
 * it is made, so 11,000 municipalities never sit in memory as cells.
 *
 * Every sheet is one table: a frozen, bold header row with an autofilter,
 * column widths set. Numbers are numbers (format one decimal), dates are
 * dates, AGS and ids are text (leading zeros kept). Text is only ever a
 * string value: exceljs writes a formula only from a `{ formula }` object,
 * which nothing here builds, so `=HYPERLINK(…)` in a name stays text.
 * Sheet and column names follow the comparison's language; an anonymized
 * comparison has pseudonyms and no AGS, on every sheet alike.
 */

type Kind = 'text' | 'number' | 'integer' | 'date';
type Value = string | number | Date | null;

interface Column {
  header: string;
  kind: Kind;
  width: number;
}

interface Sheet {
  name: string;
  columns: Column[];
  rows: Iterable<Value[]>;
  /** Columns (1-based) that get the heatmap's colour scale. */
  colourScale?: number[];
}

/** Excel's paper size code of A4 (exceljs' `PaperSize` is a const enum, not importable here). */
const A4 = 9 as unknown as ExcelJS.PaperSize;
/** Up to this sum of column widths (characters) a sheet is printed fitted to the page's width. */
const FIT_WIDTH = 260;
const NUMBER_FORMAT = '0.0';
const INTEGER_FORMAT = '0';
const HEADER_FILL = 'FFE8EEF6';
/** Readiness from low to high: red, yellow, green (Excel's own three-colour scale). */
const SCALE = ['FFF8696B', 'FFFFEB84', 'FF63BE7B'] as const;

/** The workbook's bytes. */
export async function renderCompareXlsx(c: Comparison): Promise<Buffer> {
  return serializeCompareXlsx(prepareCompareView(c));
}

/** The workbook of a prepared view: labels, order and anonymization are the view's. */
export async function serializeCompareXlsx(view: CompareView): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'efa-readiness';
  const dateFormat = view.c.lang === 'de' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
  for (const sheet of sheets(view)) writeSheet(workbook, sheet, dateFormat);
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/** The sheets in order; "Entwicklung" only where there are trends. */
export function sheets(view: CompareView): Sheet[] {
  const list = [
    overviewSheet(view),
    bandsSheet(view),
    rankingSheet(view),
    heatmapSheet(view),
    criteriaSheet(view),
    knockoutSheet(view),
    servicesSheet(view),
    actionsSheet(view),
  ];
  if (view.c.trends.length > 0) list.push(trendsSheet(view));
  return list;
}

function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: Sheet,
  dateFormat: string,
): void {
  const ws = addWorksheet(workbook, sheet, dateFormat);
  writeHeader(ws, sheet);
  let last = 1;
  for (const values of sheet.rows) {
    ws.addRow(values.map((v, i) => cellValue(v, sheet.columns[i]?.kind ?? 'text'))).commit();
    last += 1;
  }
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, last), column: sheet.columns.length },
  };
  if (last >= 2) for (const column of sheet.colourScale ?? []) addColourScale(ws, column, last);
  ws.commit();
}

/** A sheet with its frozen header, print setup and column formats. */
function addWorksheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  sheet: Sheet,
  dateFormat: string,
): ExcelJS.Worksheet {
  const fits = sheet.columns.reduce((sum, col) => sum + col.width, 0) <= FIT_WIDTH;
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    // A4 landscape, the header row repeated on every printed page; a table of
    // readable width is fitted to the page's width (the wide criteria sheet is not)
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: fits,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    },
  });
  const numFmt: Record<Kind, string> = {
    number: NUMBER_FORMAT,
    integer: INTEGER_FORMAT,
    date: dateFormat,
    text: '@',
  };
  ws.columns = sheet.columns.map((col) => ({
    width: col.width,
    style: { numFmt: numFmt[col.kind] },
  }));
  return ws;
}

function writeHeader(ws: ExcelJS.Worksheet, sheet: Sheet): void {
  const header = ws.addRow(sheet.columns.map((col) => col.header));
  header.font = { bold: true, name: 'Calibri', size: 11 };
  header.alignment = { vertical: 'top', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  header.commit();
}

/** Red to green over 0–100 on rows 2..last of a column (1-based). */
function addColourScale(ws: ExcelJS.Worksheet, column: number, last: number): void {
  const letter = columnLetter(column);
  ws.addConditionalFormatting({
    ref: `${letter}2:${letter}${last}`,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: 0 },
          { type: 'num', value: 50 },
          { type: 'num', value: 100 },
        ],
        color: SCALE.map((argb) => ({ argb })),
      },
    ],
  });
}

/** A value as its cell holds it: text stays a string, whatever it starts with. */
function cellValue(value: Value, kind: Kind): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'text') return String(value);
  return value;
}

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `YYYY-MM-DD` as a date at midnight UTC (what spreadsheets take as that calendar day), else null. */
export function dateValue(iso: string | null): Date | null {
  if (iso === null || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

// ---- column helpers -----------------------------------------------------------------------------

const text = (header: string, width = 14): Column => ({ header, kind: 'text', width });
const number = (header: string, width = 12): Column => ({ header, kind: 'number', width });
const integer = (header: string, width = 10): Column => ({ header, kind: 'integer', width });
const date = (header: string): Column => ({ header, kind: 'date', width: 12 });

/** The municipality's name, and its AGS unless anonymized (the view's heads decide). */
function who(view: CompareView): Column[] {
  const { heads } = view;
  return [text(heads.municipality, 28), ...(heads.ags === null ? [] : [text(heads.ags, 11)])];
}

function whoValues(view: CompareView, line: AssessmentLine): Value[] {
  return [line.name, ...(view.heads.ags === null ? [] : [line.ags])];
}

// ---- sheets -------------------------------------------------------------------------------------

function overviewSheet(view: CompareView): Sheet {
  const { c } = view;
  const m = (key: string): string => t(c.lang, key);
  const stats = (label: string, s: Stats): Value[] => [
    label,
    s.n,
    s.min,
    s.q1,
    s.median,
    s.q3,
    s.max,
    s.mean,
  ];
  return {
    name: m('xlsx.sheet.overview'),
    columns: [
      text(m('xlsx.col.measure'), 34),
      integer(m('xlsx.col.n')),
      number(m('xlsx.col.min')),
      number(m('xlsx.col.q1')),
      number(m('compare.col.median')),
      number(m('xlsx.col.q3')),
      number(m('xlsx.col.max')),
      number(m('compare.col.mean')),
    ],
    rows: [
      stats(m('compare.col.score'), c.overall),
      stats(m('xlsx.col.coveragePercent'), c.coverage),
      ...c.dimensions.map((d) => stats(`${m('compare.col.dimension')}: ${d.title}`, d.stats)),
      ...c.services.map((s) => stats(`${m('xlsx.col.service')}: ${s.title}`, s.stats)),
    ],
  };
}

function bandsSheet(view: CompareView): Sheet {
  const { c } = view;
  const m = (key: string): string => t(c.lang, key);
  return {
    name: m('xlsx.sheet.bands'),
    columns: [
      text(m('compare.col.band'), 24),
      integer(m('compare.col.count')),
      number(m('xlsx.col.sharePercent')),
    ],
    rows: c.bands.map((b) => [b.label, b.count, b.share]),
  };
}

function rankingSheet(view: CompareView): Sheet {
  const { c, heads } = view;
  const m = (key: string): string => t(c.lang, key);
  return {
    name: m('xlsx.sheet.ranking'),
    columns: [
      integer(heads.rank, 7),
      ...who(view),
      text(heads.type, 16),
      text(heads.state, 8),
      date(heads.date),
      number(heads.score),
      text(heads.band, 18),
      number(heads.coverage),
      ...heads.dimensions.map((title) => number(title, 16)),
      text(heads.failedGates, 30),
    ],
    rows: mapIterable(latestLines(c), (line) => [
      line.rank,
      ...whoValues(view, line),
      line.type,
      line.state,
      dateValue(line.date),
      line.score,
      line.band,
      line.coverage,
      ...line.dimensions,
      line.failedGates,
    ]),
  };
}

function heatmapSheet(view: CompareView): Sheet {
  const { c, heads } = view;
  const first = who(view).length + 2;
  return {
    name: t(c.lang, 'xlsx.sheet.heatmap'),
    columns: [
      ...who(view),
      number(heads.score),
      ...heads.dimensions.map((title) => number(title, 16)),
    ],
    rows: mapIterable(latestLines(c), (line) => [
      ...whoValues(view, line),
      line.score,
      ...line.dimensions,
    ]),
    colourScale: Array.from({ length: c.dimensions.length + 1 }, (_, i) => first - 1 + i),
  };
}

function criteriaSheet(view: CompareView): Sheet {
  const { c, heads } = view;
  const m = (key: string): string => t(c.lang, key);
  const code: Record<number, string> = {
    [EXCLUDED]: m('xlsx.value.excluded'),
    [NOT_APPLICABLE]: m('xlsx.value.notApplicable'),
    [UNKNOWN]: m('xlsx.value.unknown'),
    [MISSING]: m('xlsx.value.missing'),
  };
  return {
    name: m('xlsx.sheet.criteria'),
    // Scores where answered, else the status as text: a column holds both.
    columns: [...who(view), date(heads.date), ...c.criteria.map((k) => number(k.id, 14))],
    rows: mapIterable(latestLines(c), (line) => [
      ...whoValues(view, line),
      dateValue(line.date),
      ...c.criteria.map((_, i) => {
        const value = line.row.criteria?.[i];
        if (value === undefined) return null;
        return value >= 0 ? value : (code[value] ?? null);
      }),
    ]),
  };
}

function knockoutSheet(view: CompareView): Sheet {
  const { c } = view;
  const m = (key: string): string => t(c.lang, key);
  return {
    name: m('xlsx.sheet.knockout'),
    columns: [
      text(m('xlsx.col.criterionId'), 24),
      text(m('compare.col.criterion'), 36),
      text(m('compare.col.dimension'), 24),
      integer(m('xlsx.col.minimum')),
      text(m('xlsx.col.capsAt'), 18),
      integer(m('xlsx.col.applies'), 14),
      integer(m('xlsx.col.failed'), 14),
      number(m('xlsx.col.failedPercent'), 14),
    ],
    rows: c.criteria
      .filter((k) => k.gate !== null)
      .map((k) => [
        k.id,
        k.title,
        dimensionTitle(c, k.dimension),
        k.gate?.min ?? null,
        k.gate?.cap_label ?? null,
        k.gate?.applies ?? null,
        k.gate?.failed ?? null,
        k.gate?.failed_share ?? null,
      ]),
  };
}

function servicesSheet(view: CompareView): Sheet {
  const { c } = view;
  const m = (key: string): string => t(c.lang, key);
  return {
    name: m('xlsx.sheet.services'),
    columns: [
      ...who(view),
      text(m('xlsx.col.serviceId'), 20),
      text(m('xlsx.col.service'), 32),
      number(m('xlsx.col.points')),
      text(view.heads.band, 18),
      text(m('xlsx.col.applicable'), 11),
      text(m('xlsx.col.stage'), 18),
    ],
    rows: flatMapIterable(latestLines(c), (line) => serviceRows(view, line)),
  };
}

/** One row per service of a municipality's latest assessment. */
function serviceRows(view: CompareView, line: AssessmentLine): Value[][] {
  const { c } = view;
  const { row } = line;
  return c.services.map((s, i) => {
    const stage = row.service_stages?.[i] ?? null;
    // not responsible: no points and no band (the next column says why), never "ohne Wert"
    const applies = row.service_applicable?.[i] !== false;
    return [
      ...whoValues(view, line),
      s.id,
      s.title,
      line.services[i] ?? null,
      !applies || row.service_bands === undefined
        ? null
        : bandLabel(c, row.service_bands[i] ?? null),
      t(c.lang, applies ? 'compare.yes' : 'compare.no'),
      stage === null ? null : stageLabel(stage, c.lang),
    ];
  });
}

function actionsSheet(view: CompareView): Sheet {
  const { c } = view;
  const m = (key: string): string => t(c.lang, key);
  return {
    name: m('xlsx.sheet.actions'),
    columns: [
      integer(m('xlsx.col.priority'), 9),
      text(m('xlsx.col.criterionId'), 24),
      text(m('compare.col.criterion'), 36),
      text(m('compare.col.dimension'), 24),
      integer(m('xlsx.col.failed'), 14),
      number(m('compare.col.mean')),
      number(m('xlsx.col.meanGain'), 14),
      integer(m('xlsx.col.belowTarget'), 14),
      text(m('xlsx.col.recommendation'), 60),
      text(m('xlsx.col.effort'), 12),
      text(m('xlsx.col.horizon'), 14),
    ],
    rows: c.priorities.map((k, i) => [
      i + 1,
      k.id,
      k.title,
      dimensionTitle(c, k.dimension),
      k.gate?.failed ?? null,
      k.mean,
      k.mean_gain,
      k.below_target,
      k.recommendation,
      k.effort === null ? null : t(c.lang, `compare.effort.${k.effort}`),
      k.horizon === null ? null : t(c.lang, `compare.horizon.${k.horizon}`),
    ]),
  };
}

function trendsSheet(view: CompareView): Sheet {
  const { c } = view;
  const m = (key: string): string => t(c.lang, key);
  return {
    name: m('xlsx.sheet.trends'),
    columns: [
      text(m('compare.col.municipality'), 28),
      integer(m('xlsx.col.assessments'), 12),
      date(m('xlsx.col.fromDate')),
      date(m('xlsx.col.toDate')),
      number(m('xlsx.col.fromScore'), 14),
      number(m('xlsx.col.toScore'), 14),
      number(m('xlsx.col.change')),
      number(m('xlsx.col.gapFrom'), 14),
      number(m('xlsx.col.gapTo'), 14),
      number(m('xlsx.col.closedPercent'), 14),
    ],
    rows: c.trends.map((tr) => [
      tr.name,
      tr.points.length,
      dateValue(tr.from_date),
      dateValue(tr.to_date),
      tr.score.from,
      tr.score.to,
      tr.score.change,
      tr.targets.gap_from,
      tr.targets.gap_to,
      tr.targets.closed_share,
    ]),
  };
}

function* mapIterable<T, U>(items: Iterable<T>, fn: (item: T) => U): Generator<U> {
  for (const item of items) yield fn(item);
}

function* flatMapIterable<T, U>(items: Iterable<T>, fn: (item: T) => U[]): Generator<U> {
  for (const item of items) yield* fn(item);
}
