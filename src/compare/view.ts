import { formatNumber, t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
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
 * person reads, and in how much detail. Beyond `DETAIL_LIMIT` municipalities
 * a document stays readable by folding rows into groups and distributions;
 * the full table is in the CSV and JSON output.
 */
export const DETAIL_LIMIT = 60;
/** With folding, the ranking shows this many from the top and from the bottom. */
export const RANKING_EDGE = 10;

export interface RankingView {
  folded: boolean;
  top: { entry: MunicipalityEntry; row: Row }[];
  /** Only when folded: the bottom of the ranking. */
  bottom: { entry: MunicipalityEntry; row: Row }[];
  hidden: number;
}

export function rankingView(c: Comparison): RankingView {
  const rows = c.municipalities.map((entry) => ({
    entry,
    row: c.assessments[entry.latest] as Row,
  }));
  if (rows.length <= DETAIL_LIMIT) return { folded: false, top: rows, bottom: [], hidden: 0 };
  return {
    folded: true,
    top: rows.slice(0, RANKING_EDGE),
    bottom: rows.slice(rows.length - RANKING_EDGE),
    hidden: rows.length - 2 * RANKING_EDGE,
  };
}

/** Trends shown: all up to the limit, else the largest changes either way. */
export function trendView(c: Comparison): { shown: Trend[]; hidden: number } {
  if (c.trends.length <= DETAIL_LIMIT) return { shown: c.trends, hidden: 0 };
  const byChange = [...c.trends].sort(
    (a, b) =>
      Math.abs(b.score.change ?? 0) - Math.abs(a.score.change ?? 0) ||
      a.municipality - b.municipality,
  );
  return { shown: byChange.slice(0, DETAIL_LIMIT), hidden: c.trends.length - DETAIL_LIMIT };
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
  return value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB');
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
 * most DETAIL_LIMIT rows; null where no assessment gives a stage or declines a service.
 */
export function stageMatrix(
  c: Comparison,
): { head: string[]; rows: string[][]; shown: number; total: number } | null {
  const any = c.stages.rows.some((r) => Object.values(r.stages).some((s) => s !== null));
  if (!any || c.stages.services.length === 0) return null;
  const lang = c.lang;
  const rows = c.stages.rows
    .slice(0, DETAIL_LIMIT)
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
