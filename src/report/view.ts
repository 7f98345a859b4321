import { addMessages, formatDate, formatDecimal, formatNumber, t } from '../i18n/index.js';
import { reportMessages } from '../i18n/messages/report.js';
import { resolveText } from '../model/text.js';
import type {
  ActionResult,
  AnswerValue,
  Assessment,
  Catalogue,
  Criterion,
  CriterionResult,
  Lang,
  Result,
  Text,
} from '../model/types.js';
import {
  actionMetaText,
  missingCriteria,
  nextBandText,
  notAssessableText,
  responsibilityText,
  stageLabel,
} from '../render/result-text.js';
import { type IndexedCriterion, indexCriteria } from '../model/catalogue.js';
import { printedOrder } from '../score/actions.js';
import { bandByScore } from '../score/band.js';
import { type Anchor, paletteStep, scaleGeometry } from './band-scale.js';
import { escapeCssString, jsonForScript, safeLinkUrl } from './escape.js';
import { buildMinimumView, type MinimumView } from './minimum.js';
import { buildOverlayView, type OverlayView } from './overlay.js';
import { renderRadarSvg } from './radar.js';
import { firstActions } from '../score/first-actions.js';

addMessages(reportMessages);

/**
 * The report's view model: everything a template shows, already resolved to
 * one language and formatted for it, built purely from the result, the
 * catalogue and the assessment. It is plain JSON (no functions, no
 * undefined: absent values are null) and it is the documented data of every
 * template, built-in or given with `--template` (see templates/README.md).
 *
 * Strings in it are raw text as the user wrote them; templates escape them
 * (HTML: Handlebars' `{{…}}`; Markdown: the `md`/`cell` helpers). Only the
 * fields under `raw` are already safe markup for `{{{…}}}`.
 */
export interface ReportView {
  format: 'efa-readiness/report-view/v1';
  lang: Lang;
  /** Headings and fixed texts in the report language (templates/README.md lists them). */
  labels: Record<string, string>;
  title: string;
  /** The title shortened to at most 70 characters, for the HTML `<title>`. */
  pageTitle: string;
  generator: { name: string; version: string };
  cover: CoverView;
  summary: SummaryView;
  profile: ProfileView;
  blockers: GateView[];
  /** The EfA-Mindestanforderungen NL1–NL5 and how far each is met (src/report/minimum.ts). */
  minimum: MinimumView[];
  strengths: StrengthView[];
  plan: PlanView;
  services: ServiceView[];
  /** v1.1: whether any service has a stage (the services table shows the column then). */
  serviceStages: boolean;
  criteria: CriteriaDimensionView[];
  appendix: AppendixView;
  /**
   * Pre-escaped markup built by efa-readiness itself: safe for `{{{…}}}` in HTML.
   * `printCss` is the `@page` rule with the printed footer (municipality, date,
   * "Seite x von y"), its texts escaped for a CSS string inside `<style>`.
   */
  raw: { radarSvg: string | null; resultJson: string; printCss: string };
}

export interface CoverView {
  municipality: string;
  type: string;
  typeId: string;
  state: string;
  stateId: string;
  ags: string | null;
  population: string | null;
  /** The assessment's date, formatted (no clock time), or null. */
  date: string | null;
  dateIso: string | null;
  method: string | null;
  methodId: string | null;
  assessors: string[];
  catalogue: { id: string; version: string; title: string };
}

export interface BandView {
  id: string;
  label: string;
  description: string | null;
  min: string;
  /** Place in the catalogue's bands, for colour: the lowest, the upper part (from 60 %) or between. */
  tone: 'low' | 'mid' | 'high';
  /**
   * The step of the colour-blind-safe palette, 0 (lowest) to 4 (highest),
   * spread over the catalogue's bands (src/report/band-scale.ts); also the
   * fill of the band's icon. Colour and icon only repeat what the label says.
   */
  step: number;
}

/** Page 1: the bands as a scale with their thresholds and the score marked (SVG percentages). */
export interface BandScaleView {
  segments: { x: string; width: string; step: number; current: boolean; band: BandView }[];
  ticks: { x: string; text: string; anchor: Anchor }[];
  /** At the overall score; null where there is none. */
  marker: { x: string; text: string; anchor: Anchor } | null;
  /** The bands in order, each with its threshold, the municipality's marked (a legend in words). */
  legend: {
    band: BandView;
    /** "ab 45" */
    threshold: string;
    current: boolean;
    byScore: boolean;
    note: string | null;
  }[];
  /** The scale in one sentence, for screen readers and Markdown. */
  sentence: string;
}

export interface SummaryView {
  score: string | null;
  scoreValue: number | null;
  band: BandView | null;
  bandByScore: BandView | null;
  capped: boolean;
  coverage: string | null;
  coverageValue: number | null;
  /** One or more sentences in words: score, band, cap, coverage. */
  sentences: string[];
  /** The failed gates that set the band (see `blockers` for all failed gates). */
  cappedBy: GateView[];
  /** The first three actions on answered criteria (fewer known gaps: filled up in plan order). */
  topActions: (ActionView & { position: number })[];
  /** Actions on criteria answered "unknown" or not at all, not among topActions: to clarify first. */
  toClarify: { criterion: string; title: string }[];
  /** The same titles in one line, or null. */
  toClarifyText: string | null;
  /** v1.1: false where too little is answered for a band (then `band` is null). */
  assessable: boolean;
  /** v1.1: "noch nicht bewertbar: zu wenige Antworten (…)", or null. */
  notAssessable: string | null;
  /** v1.1: the counting criteria without a usable answer, where not assessable. */
  missing: { criterion: string; title: string }[];
  /** v1.1: the path to the next band, or null (not assessable, or the highest band). */
  nextBand: NextBandView | null;
  /** The bands as a scale with the score marked; null where not assessable or without a score. */
  scale: BandScaleView | null;
  /** The failed knock-out criteria that do not set the band now (each caps at a band above). */
  otherFailedGates: GateView[];
  /** The same grouped by the band each caps at, lowest first: "begrenzt auf „X“: A, B; …"; or null. */
  otherFailedGatesText: string | null;
  /** The first titles of `missing`, for page 1, and how many more there are. */
  missingShown: { criterion: string; title: string }[];
  missingMore: number;
}

export interface NextBandView {
  /** "Mit diesen 2 Maßnahmen erreichen Sie „Startklar“: … (+6,3 Punkte)" or "… nicht erreichbar …". */
  sentence: string;
  band: BandView | null;
  reachable: boolean;
  score: string;
  steps: { criterion: string; title: string; to: string; gain: string }[];
}

export interface DimensionView {
  id: string;
  title: string;
  description: string | null;
  score: string | null;
  scoreValue: number | null;
  /** 0..100 for bar widths (0 where there is no score). */
  percent: number;
  coverage: string | null;
  weight: string;
  /** A text bar of ten blocks for Markdown, e.g. "██████░░░░". */
  bar: string;
  band: BandView | null;
}

export interface ProfileView {
  dimensions: DimensionView[];
}

export interface GateView {
  criterion: string;
  title: string;
  dimension: string;
  dimensionTitle: string;
  score: string;
  min: string;
  passed: boolean;
  cap: BandView | null;
  reason: string;
}

export interface StrengthView {
  criterion: string;
  title: string;
  dimensionTitle: string;
  score: string;
  answer: string;
}

export interface ActionView {
  rank: number;
  criterion: string;
  title: string;
  dimension: string;
  dimensionTitle: string;
  score: string;
  target: string;
  gain: string;
  gainValue: number;
  gate: boolean;
  recommendation: string | null;
  effort: string;
  effortId: string | null;
  horizon: string;
  horizonId: string | null;
  /** v1.1: who, by when, status, cost, what must come first, in one line; or null. */
  meta: string | null;
  /** v1.1: the assessment's owner, else the recommendation's role; or null. */
  owner: string | null;
  due: string | null;
  status: string | null;
  statusId: 'open' | 'in-progress' | 'done' | null;
  cost: string | null;
  costId: 'none' | 'low' | 'medium' | 'high' | null;
  /** v1.1: the criteria named in depends_on that still have an open action. */
  dependsOn: { criterion: string; title: string }[];
}

export interface HorizonView {
  id: 'short' | 'medium' | 'long' | 'none';
  label: string;
  actions: ActionView[];
}

export interface PlanView {
  actions: ActionView[];
  horizons: HorizonView[];
  /** The first ten actions of the printed order, by horizon. */
  top: HorizonView[];
  /** The actions after the first ten, by horizon (folded in HTML, shown in print). */
  rest: HorizonView[];
  /** "Weitere 34 Maßnahmen (ab Nr. 11)", or null where there are at most ten. */
  restSummary: string | null;
}

export interface ServiceView {
  id: string;
  title: string;
  leika: string | null;
  score: string | null;
  band: BandView | null;
  blocked: boolean;
  blockedBy: { criterion: string; title: string }[];
  /** v1.1: false where the municipality is not responsible. */
  applicable: boolean;
  /** v1.1: "nicht zuständig (…)" with the reason, or null where the service applies. */
  responsibility: string | null;
  /** v1.1: the connection stage in words, or null where the assessment gives none. */
  stage: string | null;
  stageId: string | null;
}

export interface ReferenceView {
  title: string;
  /** Only http: and https: URLs; anything else is null and the text shows `urlText`. */
  url: string | null;
  urlText: string | null;
}

export interface CriterionView {
  id: string;
  title: string;
  question: string;
  status: string;
  statusId: string;
  answer: string;
  score: string | null;
  weight: string;
  note: string | null;
  evidence: string[];
  references: ReferenceView[];
  /**
   * Whether the criterion still needs work: an open action and fewer than 75
   * points (or no usable answer). The others (met from 75 points, or not
   * counting) are folded in the HTML report.
   */
  open: boolean;
}

export interface CriteriaDimensionView {
  id: string;
  title: string;
  score: string | null;
  criteria: CriterionView[];
  /** The criteria that still need work (`open`), and the rest: met or not counting (folded in HTML). */
  open: CriterionView[];
  done: CriterionView[];
  /** "8 Kriterien erfüllt (ab 75 Punkten) oder nicht zählend", or null where every criterion is open. */
  doneSummary: string | null;
  /** How this dimension's score is computed from its criteria, with the numbers. */
  computation: string | null;
}

export interface AppendixView {
  paragraphs: string[];
  bands: BandView[];
  levels: { value: number; label: string; description: string | null }[];
  gates: GateView[];
  /** The overall score recomputed from the dimension scores, with the numbers. */
  overallComputation: string | null;
  dimensionComputations: { title: string; computation: string }[];
  /** v1.1 Overlay: the catalogue chain and what the overlays changed; null for a catalogue that extends none. */
  overlay: OverlayView | null;
}

export interface ViewOptions {
  lang: Lang;
  /** The version of efa-readiness, shown in the footer. */
  version: string;
}

const STRENGTH_MIN = 75;
/** The plan shows this many actions; the rest are folded (issue 17: a plan people read). */
const PLAN_TOP = 10;
/** Page 1 names at most this many criteria still without an answer. */
const MISSING_SHOWN = 8;
const HORIZONS = ['short', 'medium', 'long'] as const;

/**
 * What every part of the view needs: the inputs, the reader's language and the
 * small formatters and lookups over them, built once per report.
 */
interface ViewContext {
  result: Result;
  catalogue: Catalogue;
  assessment: Assessment;
  lang: Lang;
  labels: Record<string, string>;
  text: (value: Text | undefined) => string;
  optionalText: (value: Text | undefined) => string | null;
  num: (value: number) => string;
  optionalNum: (value: number | null) => string | null;
  percent: (value: number | null) => string | null;
  weightText: (value: number) => string;
  places: ReadonlyMap<string, IndexedCriterion>;
  criterionTitle: (id: string) => string;
  dimensionTitle: (id: string) => string;
  band: (id: string | null) => BandView | null;
  maxLevel: number;
}

/** Build the view model (pure): one small builder per part, over one context. */
export function buildReportView(
  result: Result,
  catalogue: Catalogue,
  assessment: Assessment,
  options: ViewOptions,
): ReportView {
  const ctx = viewContext(result, catalogue, assessment, options);
  const { lang, labels } = ctx;
  const gates = gatesView(ctx);
  const { actions, plan } = planPart(ctx);
  const profile = profileView(ctx);
  const criteria = criteriaView(ctx);
  const cover = coverView(ctx);
  const title = `${labels.documentTitle ?? ''} – ${result.municipality.name}`;
  const radarSvg = renderRadarSvg(
    profile.map((d) => ({
      label: d.title,
      value: d.scoreValue,
      display: d.score ?? labels.notScored ?? '',
    })),
    { id: 'radar', title: labels.radarTitle ?? '', description: labels.radarDesc ?? '' },
  );
  const services = servicesView(ctx);
  return {
    format: 'efa-readiness/report-view/v1',
    lang,
    labels,
    title,
    pageTitle: shortTitle(title, 70),
    generator: { name: 'efa-readiness', version: options.version },
    cover,
    summary: summaryView(ctx, gates, actions),
    profile: { dimensions: profile },
    blockers: gates.blockers,
    minimum: buildMinimumView(result, catalogue, lang, ctx.text, ctx.num),
    strengths: strengthsView(ctx),
    plan,
    services,
    serviceStages: services.some((s) => s.stage !== null),
    criteria,
    appendix: appendixView(ctx, gates.all, criteria),
    raw: { radarSvg, resultJson: jsonForScript(result), printCss: printCss(cover, labels) },
  };
}

function viewContext(
  result: Result,
  catalogue: Catalogue,
  assessment: Assessment,
  options: ViewOptions,
): ViewContext {
  const { lang } = options;
  const fallback = catalogue.language ?? 'de';
  const text = (value: Text | undefined): string => resolveText(value, lang, fallback);
  const optionalText = (value: Text | undefined): string | null => {
    const resolved = text(value);
    return resolved === '' ? null : resolved;
  };
  const num = (value: number): string => formatNumber(value, lang, 1);
  const places = indexCriteria(catalogue);
  return {
    result,
    catalogue,
    assessment,
    lang,
    labels: buildLabels(lang, options.version),
    text,
    optionalText,
    num,
    optionalNum: (value) => (value === null ? null : num(value)),
    percent: (value) => (value === null ? null : `${num(value)}\u00a0%`),
    weightText: (value) =>
      Number.isInteger(value) ? String(value) : formatNumber(value, lang, 2).replace(/0$/, ''),
    places,
    criterionTitle: (id) => {
      const place = places.get(id);
      return place ? text(place.criterion.title) : id;
    },
    dimensionTitle: (id) => {
      const dimension = catalogue.dimensions.find((d) => d.id === id);
      return dimension ? text(dimension.title) : id;
    },
    band: (id) => bandView(catalogue, id, text, optionalText),
    maxLevel: Math.max(0, ...catalogue.levels.map((l) => l.value)),
  };
}

/** A band by id, coloured by its place on the scale; an unknown id is shown as itself. */
function bandView(
  catalogue: Catalogue,
  id: string | null,
  text: ViewContext['text'],
  optionalText: ViewContext['optionalText'],
): BandView | null {
  if (id === null) return null;
  const index = catalogue.bands.findIndex((b) => b.id === id);
  const found = catalogue.bands[index];
  if (!found) return { id, label: id, description: null, min: '', tone: 'low', step: 0 };
  // Colour by place: the lowest band low, the upper part (from 60 % of the scale) high.
  const position = catalogue.bands.length > 1 ? index / (catalogue.bands.length - 1) : 1;
  const tone = position === 0 ? 'low' : position >= 0.6 ? 'high' : 'mid';
  return {
    id,
    label: text(found.label),
    description: optionalText(found.description),
    min: String(found.min),
    tone,
    step: paletteStep(index, catalogue.bands.length),
  };
}

interface GatesPart {
  all: GateView[];
  blockers: GateView[];
  cappedBy: GateView[];
}

function gatesView(ctx: ViewContext): GatesPart {
  const { result, lang, num } = ctx;
  const all = result.gates.map((g): GateView => {
    const title = ctx.criterionTitle(g.criterion);
    const reason =
      ctx.optionalText(ctx.places.get(g.criterion)?.criterion.gate?.reason) ??
      t(lang, 'report.gate.defaultReason', {
        criterion: title,
        score: num(g.score),
        min: String(g.min),
      });
    return {
      criterion: g.criterion,
      title,
      dimension: g.dimension,
      dimensionTitle: ctx.dimensionTitle(g.dimension),
      score: num(g.score),
      min: String(g.min),
      passed: g.passed,
      cap: ctx.band(g.cap),
      reason,
    };
  });
  const cappedBy = result.capped_by
    .map((id) => all.find((g) => g.criterion === id && !g.passed))
    .filter((g): g is GateView => g !== undefined);
  return { all, blockers: all.filter((g) => !g.passed), cappedBy };
}

function actionView(ctx: ViewContext, a: ActionResult, index: number): ActionView {
  const { lang, num } = ctx;
  return {
    rank: index + 1,
    criterion: a.criterion,
    title: ctx.criterionTitle(a.criterion),
    dimension: a.dimension,
    dimensionTitle: ctx.dimensionTitle(a.dimension),
    score: num(a.score),
    target: String(a.target),
    gain: num(a.gain),
    gainValue: a.gain,
    gate: a.gate,
    recommendation: a.recommendation,
    effort: t(lang, `report.label.effort.${a.effort ?? 'none'}`),
    effortId: a.effort,
    horizon: t(lang, `report.label.horizon.${a.horizon ?? 'none'}`),
    horizonId: a.horizon,
    meta: actionMetaText(a, ctx.catalogue, lang),
    owner: a.owner ?? a.recommendation_owner ?? null,
    due: a.due === undefined ? null : formatDate(a.due, lang),
    status: a.status === undefined ? null : t(lang, `v11.status.${a.status}`),
    statusId: a.status ?? null,
    cost: a.cost ? t(lang, `v11.cost.${a.cost}`) : null,
    costId: a.cost ?? null,
    dependsOn: (a.depends_on ?? []).map((id) => ({
      criterion: id,
      title: ctx.criterionTitle(id),
    })),
  };
}

function planPart(ctx: ViewContext): { actions: ActionView[]; plan: PlanView } {
  // v1.1: printed, an action never precedes one it depends on
  const printed = printedOrder(ctx.result.actions);
  const actions = printed.map((a, index) => actionView(ctx, a, index));
  const horizons = horizonGroups(printed, actions, ctx.lang);
  return { actions, plan: planView(actions, horizons, ctx.lang) };
}

/** An answer as the reader reads it: the level's meaning, the option's label, the number's unit. */
function answerText(ctx: ViewContext, c: CriterionResult): string {
  if (c.status !== 'answered' || c.value === undefined)
    return t(ctx.lang, `report.label.status.${c.status}`);
  const place = ctx.places.get(c.id);
  return place ? formatAnswer(ctx, place.criterion, c.value) : formatValue(ctx.lang, c.value);
}

function formatValue(lang: Lang, value: AnswerValue): string {
  if (typeof value === 'boolean') return t(lang, value ? 'report.label.yes' : 'report.label.no');
  if (typeof value === 'number') return formatDecimal(value, lang, 0, 2);
  if (Array.isArray(value)) return value.join(', ');
  return value;
}

function formatAnswer(ctx: ViewContext, criterion: Criterion, value: AnswerValue): string {
  const { lang, text, maxLevel } = ctx;
  switch (criterion.type ?? 'scale') {
    case 'scale': {
      if (typeof value !== 'number') return formatValue(lang, value);
      const specific = criterion.levels?.[String(value)];
      const level = ctx.catalogue.levels.find((l) => l.value === value);
      const meaning = specific !== undefined ? text(specific) : text(level?.label);
      return meaning === '' ? `${value}/${maxLevel}` : `${value}/${maxLevel} – ${meaning}`;
    }
    case 'choice': {
      const option = criterion.options?.find((o) => o.id === value);
      return option ? text(option.label) : formatValue(lang, value);
    }
    case 'number': {
      if (typeof value !== 'number') return formatValue(lang, value);
      const unit = text(criterion.unit);
      const shown = formatDecimal(value, lang, 0, 2);
      return unit === '' ? shown : `${shown} ${unit}`;
    }
    case 'checklist':
      return Array.isArray(value) ? checklistText(ctx, criterion, value) : formatValue(lang, value);
    case 'boolean':
      return formatValue(lang, value);
  }
}

function checklistText(ctx: ViewContext, criterion: Criterion, value: readonly string[]): string {
  const items = criterion.items ?? [];
  const checked = items
    .filter((item) => value.includes(item.id))
    .map((item) => ctx.text(item.label));
  if (checked.length === 0)
    return t(ctx.lang, 'report.answer.checklistEmpty', { total: items.length });
  return t(ctx.lang, 'report.answer.checklist', {
    count: checked.length,
    total: items.length,
    items: checked.join(', '),
  });
}

function profileView(ctx: ViewContext): DimensionView[] {
  const { catalogue } = ctx;
  return ctx.result.dimensions.map((d) => {
    const dimension = catalogue.dimensions.find((x) => x.id === d.id);
    return {
      id: d.id,
      title: ctx.text(dimension?.title) || d.id,
      description: ctx.optionalText(dimension?.description),
      score: ctx.optionalNum(d.score),
      scoreValue: d.score,
      percent: d.score === null ? 0 : Math.min(100, Math.max(0, d.score)),
      coverage: ctx.percent(d.coverage),
      weight: ctx.weightText(d.weight),
      bar: textBar(d.score),
      band: ctx.band(bandByScore(catalogue.bands, d.score)),
    };
  });
}

type DimensionResult = Result['dimensions'][number];

function criteriaView(ctx: ViewContext): CriteriaDimensionView[] {
  const openIds = new Set(ctx.result.actions.map((a) => a.criterion));
  return ctx.result.dimensions.map((d): CriteriaDimensionView => {
    const list = d.criteria.map((c) => criterionView(ctx, c, openIds));
    const done = list.filter((c) => !c.open);
    return {
      id: d.id,
      title: ctx.dimensionTitle(d.id),
      score: ctx.optionalNum(d.score),
      computation: dimensionComputation(ctx, d),
      criteria: list,
      open: list.filter((c) => c.open),
      done,
      doneSummary:
        done.length === 0 ? null : t(ctx.lang, 'report.criteria.done', { count: done.length }),
    };
  });
}

/** `D = (w × s + …) / (w + …) = D`, over the criteria that count; null where none does. */
function dimensionComputation(ctx: ViewContext, d: DimensionResult): string | null {
  const { num, weightText } = ctx;
  const counting = d.criteria.filter(
    (c) => c.score !== null && c.status !== 'excluded' && c.status !== 'not-applicable',
  );
  if (d.score === null || counting.length === 0) return null;
  return `D = (${counting.map((c) => `${weightText(c.weight)} × ${num(c.score ?? 0)}`).join(' + ')}) / (${counting
    .map((c) => weightText(c.weight))
    .join(' + ')}) = ${num(d.score)}`;
}

function criterionView(
  ctx: ViewContext,
  c: CriterionResult,
  openIds: ReadonlySet<string>,
): CriterionView {
  const criterion = ctx.places.get(c.id)?.criterion;
  return {
    id: c.id,
    title: ctx.criterionTitle(c.id),
    question: ctx.text(criterion?.question),
    status: t(ctx.lang, `report.label.status.${c.status}`),
    statusId: c.status,
    answer: answerText(ctx, c),
    score: ctx.optionalNum(c.score),
    weight: ctx.weightText(c.weight),
    note: c.note !== undefined && c.note.trim() !== '' ? c.note : null,
    evidence: c.evidence ?? [],
    references: (criterion?.references ?? []).map((r) => {
      const url = safeLinkUrl(r.url);
      return {
        title: ctx.text(r.title) || (r.url ?? ''),
        url,
        urlText: url === null ? (r.url ?? null) : url,
      };
    }),
    open: openIds.has(c.id) && !(c.status === 'answered' && (c.score ?? 0) >= STRENGTH_MIN),
  };
}

function strengthsView(ctx: ViewContext): StrengthView[] {
  return ctx.result.dimensions
    .flatMap((d) => d.criteria.map((c) => ({ c, d })))
    .filter(({ c }) => c.status === 'answered' && c.score !== null && c.score >= STRENGTH_MIN)
    .map(({ c, d }, order) => ({ c, d, order }))
    .sort((a, b) => (b.c.score ?? 0) - (a.c.score ?? 0) || a.order - b.order)
    .map(({ c, d }) => ({
      criterion: c.id,
      title: ctx.criterionTitle(c.id),
      dimensionTitle: ctx.dimensionTitle(d.id),
      score: ctx.num(c.score ?? 0),
      answer: answerText(ctx, c),
    }));
}

function servicesView(ctx: ViewContext): ServiceView[] {
  const { lang } = ctx;
  return ctx.result.services.map((s) => {
    const service = ctx.catalogue.services?.find((x) => x.id === s.id);
    return {
      id: s.id,
      title: ctx.text(service?.title) || s.id,
      leika: service?.leika ?? null,
      score: ctx.optionalNum(s.score),
      band: ctx.band(s.band),
      blocked: s.blocked_by.length > 0,
      blockedBy: s.blocked_by.map((id) => ({ criterion: id, title: ctx.criterionTitle(id) })),
      applicable: s.applicable,
      responsibility: responsibilityText(s, lang),
      stage: s.stage === undefined ? null : stageLabel(s.stage, lang),
      stageId: s.stage ?? null,
    };
  });
}

function coverView(ctx: ViewContext): CoverView {
  const { result, lang } = ctx;
  const info = result.assessment ?? ctx.assessment.assessment ?? {};
  const dateIso = isoDate(info.date);
  const municipality = result.municipality;
  return {
    municipality: municipality.name,
    type: t(lang, `report.type.${municipality.type}`),
    typeId: municipality.type,
    state: t(lang, `report.state.${municipality.state}`),
    stateId: municipality.state,
    ags: municipality.ags ?? null,
    population:
      municipality.population === undefined
        ? null
        : formatDecimal(municipality.population, lang, 0, 2),
    date: dateIso === null ? null : formatDate(dateIso, lang),
    dateIso,
    method: info.method === undefined ? null : t(lang, `report.method.${info.method}`),
    methodId: info.method ?? null,
    assessors: info.assessors ?? [],
    catalogue: {
      id: result.catalogue.id,
      version: result.catalogue.version,
      title: ctx.text(ctx.catalogue.title),
    },
  };
}

/** Page 1: score, band and why, what is missing, the next band and the first actions. */
function summaryView(ctx: ViewContext, gates: GatesPart, actions: ActionView[]): SummaryView {
  const { result, catalogue, lang } = ctx;
  const overallBand = ctx.band(result.band);
  const byScore = ctx.band(result.band_by_score);
  const capped =
    result.band !== null && result.band !== result.band_by_score && result.capped_by.length > 0;
  const notAssessable = notAssessableText(result, lang);
  const missing =
    notAssessable === null
      ? []
      : missingCriteria(result).map((id) => ({ criterion: id, title: ctx.criterionTitle(id) }));
  const otherFailedGates = gates.blockers.filter((g) => !gates.cappedBy.includes(g));
  return {
    score: ctx.optionalNum(result.score),
    scoreValue: result.score,
    band: overallBand,
    bandByScore: byScore,
    capped,
    coverage: ctx.percent(result.coverage),
    coverageValue: result.coverage,
    sentences: summarySentences(ctx, { overallBand, byScore, capped, notAssessable }),
    cappedBy: gates.cappedBy,
    ...openingActions(ctx, actions),
    assessable: result.assessable,
    notAssessable,
    missing,
    nextBand: nextBandView(result, catalogue, lang, ctx.band, ctx.criterionTitle),
    scale:
      notAssessable === null && result.score !== null
        ? bandScaleView(result, catalogue, lang, ctx.band)
        : null,
    otherFailedGates,
    otherFailedGatesText: gatesByCap(otherFailedGates, catalogue, lang),
    missingShown: missing.slice(0, MISSING_SHOWN),
    missingMore: Math.max(0, missing.length - MISSING_SHOWN),
  };
}

/**
 * Page 1's three actions: those on answered criteria first (src/score/first-actions.ts);
 * the unanswered ones named as still to clarify. The plan keeps the spec's order.
 */
function openingActions(
  ctx: ViewContext,
  actions: ActionView[],
): Pick<SummaryView, 'topActions' | 'toClarify' | 'toClarifyText'> {
  // `actions` are the plan's, in printed order: the selection keeps that order
  const opening = firstActions(actions, ctx.result.dimensions);
  const topActions = opening.first.map((a, index) => ({ ...a, position: index + 1 }));
  const toClarify = opening.toClarify.map((a) => ({
    criterion: a.criterion,
    title: ctx.criterionTitle(a.criterion),
  }));
  return {
    topActions,
    toClarify,
    toClarifyText: toClarify.length === 0 ? null : toClarify.map((c) => c.title).join(', '),
  };
}

/** The summary's sentences: the score and band (or why there is none), the cap, the coverage. */
function summarySentences(
  ctx: ViewContext,
  page: {
    overallBand: BandView | null;
    byScore: BandView | null;
    capped: boolean;
    notAssessable: string | null;
  },
): string[] {
  const { result, lang, num } = ctx;
  const { overallBand, byScore, notAssessable } = page;
  const municipality = result.municipality.name;
  const sentences: string[] = [];
  if (result.score !== null && notAssessable !== null) {
    sentences.push(
      t(lang, 'report.summary.scoreOnly', { municipality, score: num(result.score) }),
      `${notAssessable.charAt(0).toUpperCase()}${notAssessable.slice(1)}.`,
    );
  } else if (result.score === null || overallBand === null) {
    sentences.push(t(lang, 'report.summary.notScored', { municipality }));
  } else {
    sentences.push(
      t(lang, 'report.summary.scored', {
        municipality,
        score: num(result.score),
        band: overallBand.label,
      }),
    );
    if (page.capped && byScore !== null) {
      sentences.push(
        t(lang, 'report.summary.capped', { byScore: byScore.label, band: overallBand.label }),
      );
    }
  }
  if (result.coverage !== null)
    sentences.push(t(lang, 'report.summary.coverage', { coverage: num(result.coverage) }));
  return sentences;
}

/** How the numbers came about: the rules in words, the scale, the gates and each computation. */
function appendixView(
  ctx: ViewContext,
  gates: GateView[],
  criteria: CriteriaDimensionView[],
): AppendixView {
  const { result, catalogue, lang, text } = ctx;
  const catalogueTitle = text(catalogue.title);
  return {
    paragraphs: [
      t(lang, 'report.appendix.intro', {
        catalogue: `${catalogueTitle} (${result.catalogue.id} ${result.catalogue.version})`,
      }),
      t(lang, 'report.appendix.status'),
      t(lang, 'report.appendix.criterionScore', { maxLevel: ctx.maxLevel }),
      t(lang, 'report.appendix.dimension'),
      t(lang, 'report.appendix.overall'),
      t(lang, 'report.appendix.bands'),
      t(lang, 'report.appendix.gain'),
      t(lang, 'report.appendix.services'),
      ...v11Paragraphs(result, catalogue, lang),
      t(lang, 'report.appendix.strengths'),
      t(lang, 'report.appendix.rounding'),
    ],
    bands: catalogue.bands.map((b) => ctx.band(b.id)).filter((b): b is BandView => b !== null),
    levels: catalogue.levels.map((l) => ({
      value: l.value,
      label: text(l.label),
      description: ctx.optionalText(l.description),
    })),
    gates,
    overallComputation: overallComputation(ctx),
    dimensionComputations: criteria
      .filter((d): d is CriteriaDimensionView & { computation: string } => d.computation !== null)
      .map((d) => ({ title: d.title, computation: d.computation })),
    overlay: buildOverlayView(result, lang, text, {
      criterion: ctx.criterionTitle,
      dimension: ctx.dimensionTitle,
    }),
  };
}

/** `O = (w × D + …) / (w + …) = O` over the scored dimensions; null where there is none. */
function overallComputation(ctx: ViewContext): string | null {
  const { result, num, weightText } = ctx;
  const scored = result.dimensions.filter((d) => d.score !== null);
  if (result.score === null || scored.length === 0) return null;
  return `O = (${scored.map((d) => `${weightText(d.weight)} × ${num(d.score ?? 0)}`).join(' + ')}) / (${scored
    .map((d) => weightText(d.weight))
    .join(' + ')}) = ${num(result.score)}`;
}

/** Failed gates grouped by the band they cap at, in band order: one short line for page 1. */
function gatesByCap(gates: GateView[], catalogue: Catalogue, lang: Lang): string | null {
  if (gates.length === 0) return null;
  const order = (g: GateView): number => catalogue.bands.findIndex((b) => b.id === g.cap?.id);
  const groups = new Map<string, { band: string; order: number; titles: string[] }>();
  for (const g of gates) {
    const key = g.cap?.id ?? '';
    const group = groups.get(key) ?? { band: g.cap?.label ?? key, order: order(g), titles: [] };
    group.titles.push(g.title);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order)
    .map((g) => t(lang, 'report.summary.capGroup', { band: g.band, titles: g.titles.join(', ') }))
    .join('; ');
}

/** The plan's first ten actions and the rest, each by horizon in printed order. */
function planView(actions: ActionView[], horizons: HorizonView[], lang: Lang): PlanView {
  const part = (keep: (a: ActionView) => boolean): HorizonView[] =>
    horizons
      .map((h) => ({ ...h, actions: h.actions.filter(keep) }))
      .filter((h) => h.actions.length > 0);
  const more = actions.length - PLAN_TOP;
  return {
    actions,
    horizons,
    top: part((a) => a.rank <= PLAN_TOP),
    rest: part((a) => a.rank > PLAN_TOP),
    restSummary: more > 0 ? t(lang, 'report.plan.more', { count: more, from: PLAN_TOP + 1 }) : null,
  };
}

/** Page 1's scale: every band from its threshold, the score marked, the band reached in words. */
function bandScaleView(
  result: Result,
  catalogue: Catalogue,
  lang: Lang,
  band: (id: string | null) => BandView | null,
): BandScaleView {
  const geometry = scaleGeometry(catalogue.bands, result.score, {
    threshold: (v) => formatDecimal(v, lang, 0, 1),
    score: (v) => formatNumber(v, lang, 1),
  });
  const view = (id: string): BandView =>
    band(id) ?? { id, label: id, description: null, min: '', tone: 'low', step: 0 };
  const capped = result.band !== result.band_by_score;
  const legend = geometry.segments.map((segment) => {
    const current = segment.id === result.band;
    const byScore = capped && segment.id === result.band_by_score;
    const note = current
      ? t(lang, 'report.scale.current')
      : byScore
        ? t(lang, 'report.scale.byScore')
        : null;
    const found = view(segment.id);
    const threshold = t(lang, 'report.scale.threshold', { min: found.min });
    return { band: found, threshold, current, byScore, note };
  });
  const sentence = t(lang, 'report.scale.sentence', {
    bands: legend
      .map((l) => t(lang, 'report.scale.from', { band: l.band.label, min: l.band.min }))
      .join(', '),
    score: geometry.marker?.text ?? '',
    band: legend.find((l) => l.current)?.band.label ?? '',
  });
  return {
    segments: geometry.segments.map((segment) => ({
      ...segment,
      current: segment.id === result.band,
      band: view(segment.id),
    })),
    ticks: geometry.ticks,
    marker: geometry.marker,
    legend,
    sentence,
  };
}

/**
 * The printed page's margin boxes: municipality and date at the foot on the
 * left, "Seite x von y" on the right. Chromium (also when `--format pdf`
 * prints) and other browsers with CSS Paged Media draw them; the texts are CSS
 * strings, escaped so that no value can leave the string or the `<style>`.
 */
function printCss(cover: CoverView, labels: Record<string, string>): string {
  const left = [cover.municipality, cover.date].filter((x): x is string => x !== null).join(' · ');
  const font =
    'font-family: system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 8.5pt; color: #545454;';
  return [
    '@page {',
    `  @bottom-left { content: ${escapeCssString(left)}; ${font} }`,
    `  @bottom-right { content: ${escapeCssString(`${labels.page ?? ''} `)} counter(page) ${escapeCssString(` ${labels.of ?? ''} `)} counter(pages); ${font} }`,
    '}',
  ].join('\n');
}

/**
 * The plan's horizon groups in printed order. An action goes in its own
 * horizon, or a later one where an action it depends on is there: the printed
 * plan never shows an action before one it depends on.
 */
function horizonGroups(
  printed: readonly ActionResult[],
  actions: readonly ActionView[],
  lang: Lang,
): HorizonView[] {
  const ids = [...HORIZONS, 'none'] as const;
  const place = new Map<string, number>();
  const groups: ActionView[][] = ids.map(() => []);
  printed.forEach((a, i) => {
    let index = ids.indexOf(a.horizon ?? 'none');
    for (const id of a.depends_on ?? []) index = Math.max(index, place.get(id) ?? index);
    place.set(a.criterion, index);
    const view = actions[i];
    if (view) groups[index]?.push(view);
  });
  return ids
    .map((id, i) => ({
      id,
      label: t(lang, `report.label.horizon.${id}`),
      actions: groups[i] ?? [],
    }))
    .filter((h) => h.actions.length > 0);
}

function nextBandView(
  result: Result,
  catalogue: Catalogue,
  lang: Lang,
  band: (id: string | null) => BandView | null,
  title: (id: string) => string,
): NextBandView | null {
  const next = result.next_band;
  const sentence = nextBandText(result, catalogue, lang);
  if (next === null || sentence === null) return null;
  return {
    sentence,
    band: band(next.band),
    reachable: next.reachable,
    score: formatNumber(next.score, lang, 1),
    steps: next.steps.map((s) => ({
      criterion: s.criterion,
      title: title(s.criterion),
      to: formatNumber(s.to, lang, 0),
      gain: formatNumber(s.gain, lang, 1),
    })),
  };
}

/** The appendix's v1.1 rules, each where the catalogue or result uses it. */
function v11Paragraphs(result: Result, catalogue: Catalogue, lang: Lang): string[] {
  const out: string[] = [];
  if (result.min_coverage > 0) {
    out.push(
      t(lang, 'report.appendix.minCoverage', {
        min: formatDecimal(result.min_coverage, lang, 0, 1),
      }),
    );
  }
  out.push(t(lang, 'report.appendix.nextBand'));
  if (result.services.length > 0) out.push(t(lang, 'report.appendix.responsibility'));
  if (catalogue.dimensions.some((d) => d.criteria.some((c) => c.depends_on?.length)))
    out.push(t(lang, 'report.appendix.dependsOn'));
  return out;
}

/** Every `report.label.*` message in one language, keyed without the prefix. */
export function buildLabels(lang: Lang, version: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const prefix = 'report.label.';
  for (const key of Object.keys(reportMessages)) {
    if (key.startsWith(prefix)) labels[key.slice(prefix.length)] = t(lang, key, { version });
  }
  return labels;
}

/**
 * A title for the HTML `<title>` that stays within `max` characters even as
 * escaped markup (validators count `&lt;` as four), cut at the end with "…".
 */
function shortTitle(title: string, max: number): string {
  const cost = (c: string): number => ('&<>"\'`='.includes(c) ? 6 : 1);
  let used = 0;
  let out = '';
  for (const c of title) {
    used += cost(c);
    if (used > max - 1) return `${out.trimEnd()}…`;
    out += c;
  }
  return title;
}

function textBar(score: number | null): string {
  const filled = score === null ? 0 : Math.round(Math.min(100, Math.max(0, score)) / 10);
  return '█'.repeat(filled) + '░'.repeat(10 - filled);
}

/** `YYYY-MM-DD` from the assessment's date (a string, or a Date where a YAML loader made one). */
function isoDate(date: unknown): string | null {
  if (date instanceof Date && !Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
  if (typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date)) return date.slice(0, 10);
  return null;
}
