import { formatDecimal, formatNumber, t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import '../i18n/messages/xlsx.js';
import type { Lang } from '../model/types.js';
import { stageLabel } from '../render/result-text.js';
import type {
  BandCount,
  Comparison,
  MunicipalityEntry,
  Row,
  StageCell,
  Stats,
  Trend,
} from './types.js';

/**
 * What the Markdown and HTML renderers share: which parts of a comparison a
 * person reads, and in how much detail. Beyond `foldAbove` municipalities
 * (`--fold-above`, default FOLD_ABOVE) a document stays readable by folding
 * rows into groups and distributions; the full table is in the CSV and JSON
 * output. 500 keeps a district's towns, even a large Land's, in full.
 */
export const FOLD_ABOVE = 500;
/** With folding, the ranking shows up to this many from the top and from the bottom. */
export const RANKING_EDGE = 10;

/** How a document is rendered: from how many rows on it folds. */
export interface RenderOptions {
  foldAbove?: number;
}

/** The fold limit of the options: a whole number of at least 2, else the default. */
export function foldLimit(options: RenderOptions | undefined): number {
  const n = options?.foldAbove;
  return n !== undefined && Number.isInteger(n) && n >= 2 ? n : FOLD_ABOVE;
}

/**
 * One assessment as every table of the comparison lists it (Markdown, HTML,
 * CSV, XLSX): labels in the reader's language, numbers as numbers (each
 * format writes them its own way), the AGS only where not anonymized. Made
 * by `assessmentLine` alone, so no two formats can label a row differently.
 */
export interface AssessmentLine {
  row: Row;
  /** The place in the ranking: on a municipality's latest assessment only. */
  rank: number | null;
  name: string;
  /** The AGS; null under `--anonymize` or where the assessment gives none. */
  ags: string | null;
  type: string;
  state: string;
  date: string | null;
  latest: boolean;
  score: number | null;
  band: string;
  coverage: number | null;
  /** In the order of `c.dimensions`. */
  dimensions: (number | null)[];
  /** In the order of `c.services`. */
  services: (number | null)[];
  /** The ids of the knock-out criteria not met, space-separated. */
  failedGates: string;
  /** The stage per service in words, in the order of `c.services` ('–' for none). */
  stages: string[];
}

export function assessmentLine(c: Comparison, row: Row): AssessmentLine {
  const entry = c.municipalities[row.municipality];
  return {
    row,
    rank: row.latest ? (entry?.rank ?? null) : null,
    name: row.name,
    ags: c.anonymized ? null : (row.ags ?? null),
    type: typeLabel(c.lang, row.type),
    state: row.state,
    date: row.date,
    latest: row.latest,
    score: row.score,
    band: bandLabel(c, row.band),
    coverage: row.coverage,
    dimensions: c.dimensions.map((d) => row.dimensions[d.id] ?? null),
    services: c.services.map((s) => row.services[s.id] ?? null),
    failedGates: row.failed_gates.join(' '),
    stages: c.services.map((s) => stageCellText(c.lang, row.stages[s.id] ?? null)),
  };
}

/** The column headers of a table of assessment lines: one set for the CSV and the workbook. */
export interface LineHeads {
  rank: string;
  municipality: string;
  /** null under `--anonymize`: then no table has an AGS column. */
  ags: string | null;
  type: string;
  state: string;
  date: string;
  latest: string;
  score: string;
  band: string;
  /** The coverage as a bare number, so its header carries the unit. */
  coverage: string;
  dimensions: string[];
  services: string[];
  failedGates: string;
  /** v1.1: "<service>: Anschluss" per service. */
  stages: string[];
}

export function lineHeads(c: Comparison): LineHeads {
  const m = (key: string): string => t(c.lang, key);
  return {
    rank: m('compare.col.rank'),
    municipality: m('compare.col.municipality'),
    ags: c.anonymized ? null : m('compare.col.ags'),
    type: m('compare.col.type'),
    state: m('compare.col.state'),
    date: m('compare.col.date'),
    latest: m('compare.col.latest'),
    score: m('compare.col.score'),
    band: m('compare.col.band'),
    coverage: m('xlsx.col.coveragePercent'),
    dimensions: c.dimensions.map((d) => d.title),
    services: c.services.map((s) => s.title),
    failedGates: m('compare.col.failedGates'),
    stages: c.services.map((s) => t(c.lang, 'compare.col.stage', { service: s.title })),
  };
}

/** Every assessment, history included, in the comparison's order (the CSV's rows). */
export function* assessmentLines(c: Comparison): Generator<AssessmentLine> {
  for (const row of c.assessments) yield assessmentLine(c, row);
}

/** The latest assessment of each municipality, in ranking order. */
export function* latestLines(c: Comparison): Generator<AssessmentLine> {
  for (const entry of c.municipalities) {
    const row = c.assessments[entry.latest];
    if (row !== undefined) yield assessmentLine(c, row);
  }
}

/** v1.1: whether any assessment gives a stage or declines a service (then tables show stages). */
export function anyStage(rows: readonly Row[]): boolean {
  return rows.some((r) => Object.values(r.stages).some((s) => s !== null));
}

export interface RankingView {
  folded: boolean;
  top: RankedLine[];
  /** Only when folded: the bottom of the ranking. */
  bottom: RankedLine[];
  hidden: number;
}

/** A municipality of the ranking with its latest assessment, as a line. */
export interface RankedLine {
  entry: MunicipalityEntry;
  row: Row;
  line: AssessmentLine;
}

export function rankingView(c: Comparison, foldAbove = FOLD_ABOVE): RankingView {
  const ranked = (entry: MunicipalityEntry): RankedLine => {
    const row = c.assessments[entry.latest] as Row;
    return { entry, row, line: assessmentLine(c, row) };
  };
  const all = c.municipalities;
  if (all.length <= foldAbove)
    return { folded: false, top: all.map(ranked), bottom: [], hidden: 0 };
  // a small limit shows fewer at each end, so that the folded view never exceeds it
  const edge = Math.min(RANKING_EDGE, Math.floor(foldAbove / 2));
  return {
    folded: true,
    top: all.slice(0, edge).map(ranked),
    bottom: all.slice(all.length - edge).map(ranked),
    hidden: all.length - 2 * edge,
  };
}

/** Trends shown: all up to the limit, else the largest changes either way. */
export function trendView(
  c: Comparison,
  foldAbove = FOLD_ABOVE,
): { shown: Trend[]; hidden: number } {
  if (c.trends.length <= foldAbove) return { shown: c.trends, hidden: 0 };
  const byChange = [...c.trends].sort(
    (a, b) =>
      Math.abs(b.score.change ?? 0) - Math.abs(a.score.change ?? 0) ||
      a.municipality - b.municipality,
  );
  return { shown: byChange.slice(0, foldAbove), hidden: c.trends.length - foldAbove };
}

export function num(value: number | null, lang: Lang): string {
  return value === null ? '–' : formatNumber(value, lang);
}

export function signed(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const text = formatNumber(value, lang);
  return value > 0 ? `+${text}` : value < 0 ? text.replace('-', '−') : text;
}

/** The number cells of a distribution row: n, min, Q1, median, Q3, max, mean. */
export function statsCells(stats: Stats, lang: Lang): string[] {
  return [
    integer(stats.n, lang),
    num(stats.min, lang),
    num(stats.q1, lang),
    num(stats.median, lang),
    num(stats.q3, lang),
    num(stats.max, lang),
    num(stats.mean, lang),
  ];
}

export function percent(value: number | null, lang: Lang): string {
  return value === null ? '–' : `${formatNumber(value, lang)} %`;
}

export function integer(value: number, lang: Lang): string {
  return formatDecimal(value, lang, 0, 0);
}

export function bandLabel(c: Comparison, id: string | null): string {
  if (id === null) return t(c.lang, 'compare.band.none');
  return c.bands.find((b) => b.id === id)?.label ?? id;
}

export function typeLabel(lang: Lang, type: string): string {
  return t(lang, `compare.type.${type}`);
}

export function dimensionTitle(c: Comparison, id: string): string {
  return c.dimensions.find((d) => d.id === id)?.title ?? id;
}

export function bandSummary(bands: readonly BandCount[], lang: Lang): string {
  return bands.map((b) => `${b.label}: ${integer(b.count, lang)}`).join(' · ');
}

/** The method note, one sentence per rule, in the reader's language. */
export function methodNotes(c: Comparison): string[] {
  const lang = c.lang;
  return [
    t(lang, 'compare.method.basis'),
    t(lang, 'compare.method.identity'),
    t(lang, 'compare.method.quantiles'),
    t(lang, 'compare.method.blaupause'),
    t(lang, 'compare.method.targets'),
    ...(c.anonymized ? [t(lang, 'compare.method.anonymized')] : []),
  ];
}

/** "4 Interviews, 2 Workshops": the assessments by method, singular or plural, only those used. */
export function methodBreakdown(byMethod: Readonly<Record<string, number>>, lang: Lang): string {
  return Object.entries(byMethod)
    .filter(([, count]) => count > 0)
    .map(([method, count]) =>
      t(lang, `compare.by.${method}.${count === 1 ? 'one' : 'other'}`, {
        count: integer(count, lang),
      }),
    )
    .join(', ');
}

export function effortHorizon(lang: Lang, effort: string | null, horizon: string | null): string {
  const parts: string[] = [];
  if (effort !== null) parts.push(t(lang, `compare.effort.${effort}`));
  if (horizon !== null) parts.push(t(lang, `compare.horizon.${horizon}`));
  return parts.join(', ');
}

/** v1.1: "n Kommunen noch nicht bewertbar …", or null where every one is assessable. */
export function notAssessableNote(c: Comparison): string | null {
  if (c.not_assessable === 0) return null;
  return t(c.lang, 'compare.notAssessable', {
    count: integer(c.not_assessable, c.lang),
    min: formatNumber(c.catalogue.min_coverage, c.lang, 0),
  });
}

/** v1.1: per band the most common first step, as plain-text cells (head, rows); null where none. */
export function nextStepTable(c: Comparison): { head: string[]; rows: string[][] } | null {
  if (c.next_steps.length === 0) return null;
  const lang = c.lang;
  return {
    head: [
      t(lang, 'compare.col.band'),
      t(lang, 'compare.col.count'),
      t(lang, 'compare.col.firstStep'),
    ],
    rows: c.next_steps.map((s) => [
      s.label,
      integer(s.count, lang),
      s.step === null ? '–' : `${s.step.title} (${integer(s.step.count, lang)})`,
    ]),
  };
}

/** A stage cell in words. */
export function stageCellText(lang: Lang, cell: StageCell): string {
  if (cell === null) return '–';
  return cell === 'not-responsible'
    ? t(lang, 'compare.col.notResponsible')
    : stageLabel(cell, lang);
}

/**
 * v1.1: the matrix municipality × service of stages, as plain-text cells, at
 * most `foldAbove` rows; null where no assessment gives a stage or declines a service.
 */
export function stageMatrix(
  c: Comparison,
  foldAbove = FOLD_ABOVE,
): { head: string[]; rows: string[][]; shown: number; total: number } | null {
  const any = c.stages.rows.some((r) => Object.values(r.stages).some((s) => s !== null));
  if (!any || c.stages.services.length === 0) return null;
  const lang = c.lang;
  const rows = c.stages.rows
    .slice(0, foldAbove)
    .map((r) => [
      r.name,
      ...c.stages.services.map((s) => stageCellText(lang, r.stages[s.id] ?? null)),
    ]);
  return {
    head: [t(lang, 'compare.col.municipality'), ...c.stages.services.map((s) => s.title)],
    rows,
    shown: rows.length,
    total: c.stages.rows.length,
  };
}

/** A short label stays at most this long; the full name is in the legend and the tooltip. */
const SHORT_LABEL = 20;

/**
 * A dimension's title shortened for a table header: up to the first "und",
 * "and", comma, bracket or dash ("Nachnutzung und Wiederverwendbarkeit" →
 * "Nachnutzung"), then whole words up to SHORT_LABEL characters; one word
 * longer than that is cut with a full stop. Never breaks a word otherwise.
 */
export function shortLabel(title: string): string {
  const head = (title.split(/\s+(?:und|and|&|–|—)\s+|,\s|\s\(|\s\//u)[0] ?? title).trim();
  if (head.length <= SHORT_LABEL) return head;
  let out = '';
  for (const word of head.split(/\s+/u)) {
    const next = out === '' ? word : `${out} ${word}`;
    if (next.length > SHORT_LABEL) break;
    out = next;
  }
  return out !== '' ? out : `${head.slice(0, SHORT_LABEL - 1)}.`;
}

/** Dimension id -> its short label; where two would read the same, both keep the full title. */
export function dimensionLabels(c: Comparison): Map<string, string> {
  const short = c.dimensions.map((d) => ({ id: d.id, title: d.title, label: shortLabel(d.title) }));
  const counts = new Map<string, number>();
  for (const s of short) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  return new Map(short.map((s) => [s.id, (counts.get(s.label) ?? 0) > 1 ? s.title : s.label]));
}

/**
 * How many characters of unbreakable words fit across a printed A4 table
 * (180 mm at 8 pt, bold headers), with a margin: a table wider than this
 * would have to break words inside.
 */
export const PRINT_WIDTH_CHARS = 96;
/** A token this long breaks anywhere (see html-table.ts), so it counts only this much. */
const TOKEN_CAP = 24;

/** The longest word of a text (breaks at spaces and after hyphens), capped at TOKEN_CAP. */
function longestWord(text: string): number {
  let longest = 0;
  for (const word of text.split(/\s+|(?<=[-–/])/u)) longest = Math.max(longest, word.length);
  return Math.min(longest, TOKEN_CAP);
}

/**
 * Split the columns after the first (the row header) into groups that each
 * fit PRINT_WIDTH_CHARS beside the first, counting each column by its
 * longest word (header or cell) plus room for its padding. Every group holds
 * at least one column. Returns the column indices of each group.
 */
export function columnGroups(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  budget = PRINT_WIDTH_CHARS,
): number[][] {
  const width = (i: number): number =>
    Math.max(longestWord(head[i] ?? ''), ...rows.map((r) => longestWord(r[i] ?? ''))) + 2;
  const room = budget - width(0);
  const groups: number[][] = [];
  let current: number[] = [];
  let used = 0;
  for (let i = 1; i < head.length; i++) {
    const w = width(i);
    if (current.length > 0 && used + w > room) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += w;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/**
 * Everything the documents decide about a comparison before any markup:
 * which rows show under the fold, the stage matrix, the next steps and the
 * notes, as plain text. Built once by `prepareCompareView`; the Markdown and
 * HTML serialisers only escape and lay it out (Lighthouse's
 * `prepareReportResult`).
 */
export interface CompareView {
  c: Comparison;
  foldAbove: number;
  ranking: RankingView;
  trends: { shown: Trend[]; hidden: number };
  stages: ReturnType<typeof stageMatrix>;
  nextSteps: ReturnType<typeof nextStepTable>;
  notAssessable: string | null;
  /** The headers of every table of assessment lines (CSV, workbook). */
  heads: LineHeads;
  /** The notes section: method, other catalogue versions, where the full table is. */
  notes: string[];
}

export function prepareCompareView(c: Comparison, options?: RenderOptions): CompareView {
  const foldAbove = foldLimit(options);
  const notes = methodNotes(c);
  for (const v of c.versions) {
    notes.push(
      t(c.lang, 'compare.note.version', {
        version: v.version,
        count: integer(v.count, c.lang),
        used: c.catalogue.version,
      }),
    );
  }
  if (c.counts.municipalities > foldAbove) notes.push(t(c.lang, 'compare.note.fullTable'));
  return {
    c,
    foldAbove,
    ranking: rankingView(c, foldAbove),
    trends: trendView(c, foldAbove),
    stages: stageMatrix(c, foldAbove),
    nextSteps: nextStepTable(c),
    notAssessable: notAssessableNote(c),
    heads: lineHeads(c),
    notes,
  };
}
