import { createHash, createHmac, randomBytes } from 'node:crypto';
import { chooseRecommendation } from '../score/recommendation.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import { resolveText } from '../model/text.js';
import { idRecord } from '../model/own.js';
import {
  MUNICIPALITY_TYPES,
  STATES,
  type Catalogue,
  type Criterion,
  type Lang,
  type Recommendation,
  type Result,
  type Stage,
} from '../model/types.js';
import { describe, median, round1 } from './stats.js';
import {
  COMPARISON_FORMAT,
  type BandCount,
  type Comparison,
  type CriterionSummary,
  type DimensionChange,
  type GroupBy,
  type GroupSummary,
  type MunicipalityEntry,
  type NextStepSummary,
  type PeerGroup,
  type Row,
  type ServiceSummary,
  type SkippedFile,
  type StageCell,
  type Stats,
  type Trend,
  type VersionNote,
} from './types.js';

/** One scored assessment, as the loading side hands it over. */
export interface ScoredAssessment {
  /** The file it came from (used for order and in warnings, never in anonymized output). */
  file: string;
  result: Result;
  /** The catalogue reference the assessment names (`id` or `id@version`). */
  catalogueRef?: string;
}

/** Criterion codes in `Digest.criteria` for criteria without an own score. */
export const EXCLUDED = -1;
export const NOT_APPLICABLE = -2;
export const UNKNOWN = -3;
export const MISSING = -4;

/**
 * What a comparison needs of one result, in a compact form: numbers in
 * catalogue order instead of an object per criterion. 11,000 results hold
 * some 700,000 criterion objects; as digests they are a few flat arrays
 * each, cheap to send from a worker thread and light on the heap.
 */
export interface Digest {
  name: string;
  type: Result['municipality']['type'];
  state: Result['municipality']['state'];
  ags?: string;
  date: string | null;
  /** How the answers were collected (`self`, `interview`, `workshop`), null where not said. */
  method: string | null;
  score: number | null;
  band: string | null;
  coverage: number | null;
  /** Dimension scores in catalogue order. */
  dimensions: (number | null)[];
  /** Per criterion in catalogue order: its score where it counts and was answered, else a code (EXCLUDED …). */
  criteria: number[];
  /** Criterion indices of the gates that apply, and of those that failed. */
  gates: number[];
  failed: number[];
  /** Action plan as pairs: criterion index, gain. */
  actions: number[];
  /** Service scores and bands in catalogue order. */
  services: (number | null)[];
  serviceBands: (string | null)[];
  /** Blocked services as pairs: service index, criterion index. */
  blocked: number[];
  /** v1.1: whether the result is assessable. */
  assessable: boolean;
  /** v1.1: per service, 1 where it applies, 0 where the municipality is not responsible. */
  applicable: number[];
  /** v1.1: per service, the assessment's stage or null. */
  stages: (Stage | null)[];
  /** v1.1: criterion index of the first step to the next band, or -1. */
  nextStep: number;
  /** v1.1: criterion indices of the actions the assessment marks done. */
  done: number[];
}

export interface DigestEntry {
  file: string;
  digest: Digest;
  catalogueRef?: string;
  /** `digestKey(digest)`, where the worker that made the digest computed it already. */
  key?: string;
}

/**
 * What tells two digests apart, short: the SHA-256 of the digest as JSON.
 * Equal digests give equal keys; different ones differ but for a SHA-256
 * collision. Computed on the worker threads, so the main thread finds the
 * duplicates among 50,000 files in one set of 44-character keys. Pure.
 */
export function digestKey(digest: Digest): string {
  return createHash('sha256').update(JSON.stringify(digest)).digest('base64');
}

/** Positions of ids in catalogue order, to digest results. */
export interface CatalogueIndex {
  criteria: Map<string, number>;
  criterionIds: string[];
  dimensions: Map<string, number>;
  services: Map<string, number>;
}

export function indexCatalogue(catalogue: Catalogue): CatalogueIndex {
  const criterionIds = catalogue.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
  return {
    criteria: new Map(criterionIds.map((id, i) => [id, i])),
    criterionIds,
    dimensions: new Map(catalogue.dimensions.map((d, i) => [d.id, i])),
    services: new Map((catalogue.services ?? []).map((s, i) => [s.id, i])),
  };
}

/** A criterion's entry in `Digest.criteria`: its score, or the code of why it has none. */
function criterionCode(c: Result['dimensions'][number]['criteria'][number]): number {
  switch (c.status) {
    case 'excluded':
      return EXCLUDED;
    case 'not-applicable':
      return NOT_APPLICABLE;
    case 'unknown':
      return UNKNOWN;
    case 'missing':
      return MISSING;
    default:
      return c.score ?? 0;
  }
}

/** A result as a digest. Pure. */
export function digestResult(result: Result, index: CatalogueIndex): Digest {
  const dimensions = new Array<number | null>(index.dimensions.size).fill(null);
  const criteria = new Array<number>(index.criteria.size).fill(MISSING);
  for (const d of result.dimensions) {
    const di = index.dimensions.get(d.id);
    if (di !== undefined) dimensions[di] = d.score;
    for (const c of d.criteria) {
      const ci = index.criteria.get(c.id);
      if (ci === undefined) continue;
      criteria[ci] = criterionCode(c);
    }
  }
  const gates: number[] = [];
  const failed: number[] = [];
  for (const g of result.gates) {
    const ci = index.criteria.get(g.criterion);
    if (ci === undefined) continue;
    gates.push(ci);
    if (!g.passed) failed.push(ci);
  }
  const actions: number[] = [];
  for (const a of result.actions) {
    const ci = index.criteria.get(a.criterion);
    if (ci !== undefined) actions.push(ci, a.gain);
  }
  const services = new Array<number | null>(index.services.size).fill(null);
  const serviceBands = new Array<string | null>(index.services.size).fill(null);
  const blocked: number[] = [];
  const applicable = new Array<number>(index.services.size).fill(1);
  const stages = new Array<Stage | null>(index.services.size).fill(null);
  for (const s of result.services) {
    const si = index.services.get(s.id);
    if (si === undefined) continue;
    services[si] = s.score;
    serviceBands[si] = s.band;
    applicable[si] = s.applicable ? 1 : 0;
    stages[si] = s.stage ?? null;
    for (const b of s.blocked_by) {
      const ci = index.criteria.get(b);
      if (ci !== undefined) blocked.push(si, ci);
    }
  }
  const { municipality } = result;
  const digest: Digest = {
    name: municipality.name,
    type: municipality.type,
    state: municipality.state,
    date: result.assessment?.date ?? null,
    method: result.assessment?.method ?? null,
    score: result.score,
    band: result.band,
    coverage: result.coverage,
    dimensions,
    criteria,
    gates,
    failed,
    actions,
    services,
    serviceBands,
    blocked,
    assessable: result.assessable,
    applicable,
    stages,
    nextStep: index.criteria.get(result.next_band?.steps[0]?.criterion ?? '') ?? -1,
    done: result.actions
      .filter((a) => a.status === 'done')
      .map((a) => index.criteria.get(a.criterion) ?? -1)
      .filter((ci) => ci >= 0),
  };
  if (municipality.ags !== undefined) digest.ags = municipality.ags;
  return digest;
}

export interface AggregateOptions {
  lang: Lang;
  groupBy?: GroupBy;
  anonymize?: boolean;
  /**
   * The secret the pseudonyms are keyed with (HMAC-SHA-256). The same key
   * gives the same pseudonyms across runs (`--anonymize-key`); without one a
   * fresh random key is drawn, so pseudonyms differ from run to run.
   */
  pseudonymKey?: Uint8Array;
  skipped?: readonly SkippedFile[];
  /** How many criteria the short lists (gate failures, lowest means, priorities) hold. */
  listLength?: number;
  /** Add each row's criterion scores and service bands (`Row.criteria`, `Row.service_bands`). */
  details?: boolean;
}

/**
 * Many results -> one comparison. Pure: the same results in the same order
 * give the same comparison. Statistics use the latest assessment of each
 * municipality (several assessments of one municipality are its trend).
 */
export function aggregateComparison(
  catalogue: Catalogue,
  entries: readonly ScoredAssessment[],
  options: AggregateOptions,
): Comparison {
  const index = indexCatalogue(catalogue);
  return aggregateDigests(
    catalogue,
    entries.map((e) => ({
      file: e.file,
      digest: digestResult(e.result, index),
      ...(e.catalogueRef !== undefined ? { catalogueRef: e.catalogueRef } : {}),
    })),
    options,
  );
}

/** The same as `aggregateComparison`, from digests (what the worker threads send). Pure. */
export function aggregateDigests(
  catalogue: Catalogue,
  entries: readonly DigestEntry[],
  options: AggregateOptions,
): Comparison {
  return aggregateWithIdentities(catalogue, entries, options).comparison;
}

/** Who a municipality of a comparison really is, also under `--anonymize` (never in its output). */
export interface Identity {
  name: string;
  ags?: string;
}

/**
 * `aggregateDigests`, and beside the comparison the real name (and AGS) of
 * each of its `municipalities`, in the same order: the handouts name their
 * own municipality and the facilitator's key maps pseudonyms to names. Pure.
 */
export function aggregateWithIdentities(
  catalogue: Catalogue,
  entries: readonly DigestEntry[],
  options: AggregateOptions,
): { comparison: Comparison; identities: Identity[] } {
  const x = aggregateContext(catalogue, options);
  const ranked = rankMunicipalities(x, entries, options);
  const { municipalities, identities, assessments } = rankedRows(x, ranked, options);
  const latest = ranked.map((r) => r.latest);
  const criteria = summariseCriteria(catalogue, latest, x.text, x.bandLabel);
  const groupBy: GroupBy = options.groupBy ?? 'type';
  const skipped: SkippedFile[] = (options.skipped ?? []).map((s, i) =>
    x.anonymize ? { file: anonymizedFile(s.file, i), problems: s.problems } : { ...s },
  );
  const comparison: Comparison = {
    format: COMPARISON_FORMAT,
    lang: x.lang,
    catalogue: {
      id: catalogue.id,
      version: catalogue.version,
      title: x.text(catalogue.title),
      min_coverage: catalogue.min_coverage ?? 0,
    },
    anonymized: x.anonymize,
    method: { quantiles: 'type-7', basis: 'latest', identity: 'ags-else-name-in-land' },
    counts: {
      files: entries.length + skipped.length,
      assessments: entries.length,
      municipalities: municipalities.length,
      skipped: skipped.length,
      by_method: methodCounts(entries.map((e) => e.digest.method)),
    },
    overall: describe(latest.map((r) => r.score)),
    coverage: describe(latest.map((r) => r.coverage)),
    bands: x.countBands(latest.map((r) => r.band)),
    dimensions: catalogue.dimensions.map((d, di) => ({
      id: d.id,
      title: x.text(d.title),
      weight: d.weight ?? 1,
      stats: describe(latest.map((r) => r.dimensions[di] ?? null)),
    })),
    ...criterionLists(criteria, options.listLength ?? 10),
    criteria,
    services: summariseServices(x, latest),
    not_assessable: latest.filter((r) => !r.assessable && r.score !== null).length,
    next_steps: summariseNextSteps(x, latest),
    stages: stageSummary(x, ranked),
    groups: { by: groupBy, entries: summariseGroups(x, latest, groupBy) },
    peers: summarisePeers(catalogue, latest, x.lang),
    municipalities,
    assessments,
    trends: summariseTrends(catalogue, ranked),
    versions: versionNotes(catalogue, entries),
    skipped,
  };
  return { comparison, identities };
}

/** What the parts of an aggregation share: the catalogue, its index, texts and band counts. */
interface AggregateContext {
  catalogue: Catalogue;
  index: CatalogueIndex;
  lang: Lang;
  anonymize: boolean;
  text: (value: Parameters<typeof resolveText>[0]) => string;
  bandLabel: (id: string | null) => string;
  countBands: (bands: readonly (string | null)[]) => BandCount[];
  /** The `n` criteria counted most often (ties: catalogue order), with their titles. */
  topCriteria: (
    counts: Map<number, number>,
    n: number,
  ) => { criterion: string; title: string; count: number }[];
}

function aggregateContext(catalogue: Catalogue, options: AggregateOptions): AggregateContext {
  const { lang } = options;
  const index = indexCatalogue(catalogue);
  const text = (value: Parameters<typeof resolveText>[0]): string =>
    resolveText(value, lang, catalogue.language ?? 'de');
  const allCriteria = catalogue.dimensions.flatMap((d) => d.criteria);
  const criterionTitle = (i: number): string => {
    const c = allCriteria[i];
    return c ? text(c.title) : String(i);
  };
  const bandLabel = (id: string | null): string => {
    if (id === null) return t(lang, 'compare.band.none');
    const band = catalogue.bands.find((b) => b.id === id);
    return band ? text(band.label) : id;
  };
  const countBands = (bands: readonly (string | null)[]): BandCount[] => {
    const total = bands.length;
    const counts = new Map<string | null, number>();
    for (const b of bands) counts.set(b, (counts.get(b) ?? 0) + 1);
    const ids: (string | null)[] = catalogue.bands.map((b) => b.id);
    if (counts.has(null)) ids.push(null);
    return ids.map((id) => {
      const count = counts.get(id) ?? 0;
      return {
        id,
        label: bandLabel(id),
        count,
        share: total === 0 ? 0 : round1((100 * count) / total),
      };
    });
  };
  const topCriteria: AggregateContext['topCriteria'] = (counts, n) =>
    [...counts]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, n)
      .map(([ci, count]) => ({
        criterion: index.criterionIds[ci] ?? String(ci),
        title: criterionTitle(ci),
        count,
      }));
  const anonymize = options.anonymize === true;
  return { catalogue, index, lang, anonymize, text, bandLabel, countBands, topCriteria };
}

/** A municipality in ranking order: its assessments, the latest, and the name shown. */
interface Ranked {
  group: MunicipalityGroup;
  latest: Digest;
  name: string;
}

// ---- identity: same AGS, else same name; ranking by the latest assessment ----
function rankMunicipalities(
  x: AggregateContext,
  entries: readonly DigestEntry[],
  options: AggregateOptions,
): Ranked[] {
  const collator = new Intl.Collator('de');
  const groups = groupByMunicipality(entries);
  const names = x.anonymize
    ? pseudonyms(groups, x.lang, options.pseudonymKey ?? randomBytes(32))
    : undefined;
  return groups
    .map((g) => ({
      group: g,
      latest: (g.members[g.members.length - 1] as Member).entry.digest,
      name: displayName(g, names),
    }))
    .sort((a, b) => {
      const sa = a.latest.score;
      const sb = b.latest.score;
      if (sa !== sb) {
        if (sa === null) return 1;
        if (sb === null) return -1;
        return sb - sa;
      }
      return collator.compare(a.name, b.name) || a.group.firstIndex - b.group.firstIndex;
    });
}

/** The ranked municipalities as entries (equal scores share a rank), identities and rows. */
function rankedRows(
  x: AggregateContext,
  ranked: readonly Ranked[],
  options: AggregateOptions,
): { municipalities: MunicipalityEntry[]; identities: Identity[]; assessments: Row[] } {
  const municipalities: MunicipalityEntry[] = [];
  const identities: Identity[] = [];
  const assessments: Row[] = [];
  let previousScore: number | null | undefined;
  let previousRank = 0;
  ranked.forEach(({ group, latest, name }, position) => {
    const score = latest.score;
    let rank: number | null = null;
    if (score !== null) {
      rank = score === previousScore ? previousRank : position + 1;
      previousScore = score;
      previousRank = rank;
    }
    const entry: MunicipalityEntry = {
      rank,
      name,
      type: latest.type,
      state: latest.state,
      assessments: group.members.length,
      latest: assessments.length + group.members.length - 1,
    };
    const ags =
      latest.ags ?? group.members.find((m) => m.entry.digest.ags !== undefined)?.entry.digest.ags;
    if (!x.anonymize && ags !== undefined) entry.ags = ags;
    municipalities.push(entry);
    identities.push(ags === undefined ? { name: latest.name } : { name: latest.name, ags });
    group.members.forEach((member, i) => {
      assessments.push(
        toRow(
          member.entry.digest,
          x.catalogue,
          x.index,
          position,
          name,
          x.anonymize,
          i === group.members.length - 1,
          options.details === true,
        ),
      );
    });
  });
  return { municipalities, identities, assessments };
}

// ---- criteria: the short lists ----------------------------------------------------
function criterionLists(
  criteria: readonly CriterionSummary[],
  listLength: number,
): Pick<Comparison, 'gate_failures' | 'lowest_mean' | 'priorities'> {
  const ordered = criteria.map((c, i) => ({ c, i }));
  const gateFailed = (c: CriterionSummary): boolean => c.gate !== null && c.gate.failed > 0;
  const gateFailures = ordered
    .filter(({ c }) => gateFailed(c))
    .sort((a, b) => byGateFailures(a.c, b.c) || a.i - b.i)
    .map(({ c }) => c);
  const lowestMean = ordered
    .filter(({ c }) => c.mean !== null)
    .sort((a, b) => (a.c.mean ?? 0) - (b.c.mean ?? 0) || a.i - b.i)
    .slice(0, listLength)
    .map(({ c }) => c);
  const rest = ordered
    .filter(({ c }) => !gateFailed(c) && c.mean_gain > 0)
    .sort((a, b) => b.c.mean_gain - a.c.mean_gain || a.i - b.i)
    .map(({ c }) => c);
  const priorities = [...gateFailures, ...rest].slice(0, listLength);
  return { gate_failures: gateFailures, lowest_mean: lowestMean, priorities };
}

// ---- services ---------------------------------------------------------------------
function summariseServices(x: AggregateContext, latest: readonly Digest[]): ServiceSummary[] {
  const services = x.catalogue.services ?? [];
  // one pass over the results for every service's blockers
  const blockedBy = services.map(() => new Map<number, number>());
  // v1.1: a service the municipality is not responsible for counts in no statistic over services
  for (const r of latest) {
    for (let k = 0; k < r.blocked.length; k += 2) {
      const counts = blockedBy[r.blocked[k] as number];
      const ci = r.blocked[k + 1] as number;
      counts?.set(ci, (counts.get(ci) ?? 0) + 1);
    }
  }
  return services.map((s, si) => {
    const blocked = blockedBy[si] ?? new Map<number, number>();
    const responsible = latest.filter((r) => r.applicable[si] !== 0);
    return {
      id: s.id,
      title: x.text(s.title),
      not_responsible: latest.length - responsible.length,
      stats: describe(responsible.map((r) => r.services[si] ?? null)),
      bands: x.countBands(responsible.map((r) => r.serviceBands[si] ?? null)),
      blocked_by: x.topCriteria(blocked, 5),
    };
  });
}

/** v1.1: the roll-out stages, latest assessment × service, in ranking order. */
function stageSummary(x: AggregateContext, ranked: readonly Ranked[]): Comparison['stages'] {
  return {
    services: (x.catalogue.services ?? []).map((s) => ({ id: s.id, title: x.text(s.title) })),
    rows: ranked.map(({ latest: r, name }, position) => ({
      municipality: position,
      name,
      stages: stageCells(r, x.catalogue),
    })),
  };
}

// ---- v1.1: the most common first step to the next band, per band ------------------
function summariseNextSteps(x: AggregateContext, latest: readonly Digest[]): NextStepSummary[] {
  return x.catalogue.bands.flatMap((b) => {
    const firsts = new Map<number, number>();
    let count = 0;
    for (const r of latest) {
      if (r.band !== b.id || r.nextStep < 0) continue;
      count++;
      firsts.set(r.nextStep, (firsts.get(r.nextStep) ?? 0) + 1);
    }
    return count === 0
      ? []
      : [
          {
            band: b.id,
            label: x.bandLabel(b.id),
            count,
            step: x.topCriteria(firsts, 1)[0] ?? null,
          },
        ];
  });
}

// ---- groups -------------------------------------------------------------------------
function summariseGroups(
  x: AggregateContext,
  latest: readonly Digest[],
  groupBy: GroupBy,
): GroupSummary[] {
  const keys: readonly string[] = groupBy === 'type' ? MUNICIPALITY_TYPES : STATES;
  const entries: GroupSummary[] = [];
  for (const key of keys) {
    const members = latest.filter((r) => r[groupBy] === key);
    if (members.length === 0) continue;
    const failures = new Map<number, number>();
    for (const r of members)
      for (const ci of r.failed) failures.set(ci, (failures.get(ci) ?? 0) + 1);
    const dimensionMedians = idRecord<number | null>();
    x.catalogue.dimensions.forEach((d, di) => {
      dimensionMedians[d.id] = median(members.map((r) => r.dimensions[di] ?? null));
    });
    entries.push({
      key,
      label: t(x.lang, `compare.${groupBy}.${key}`),
      count: members.length,
      score: describe(members.map((r) => r.score)),
      bands: x.countBands(members.map((r) => r.band)),
      dimension_medians: dimensionMedians,
      top_blocker: x.topCriteria(failures, 1)[0] ?? null,
    });
  }
  return entries;
}

// ---- trends ---------------------------------------------------------------------------
function summariseTrends(catalogue: Catalogue, ranked: readonly Ranked[]): Trend[] {
  const trends: Trend[] = [];
  ranked.forEach(({ group, name }, position) => {
    if (group.members.length < 2) return;
    trends.push(buildTrend(catalogue, group, position, name));
  });
  return trends;
}

// ---- catalogue versions -----------------------------------------------------------------
function versionNotes(catalogue: Catalogue, entries: readonly DigestEntry[]): VersionNote[] {
  const versionCounts = new Map<string, number>();
  for (const e of entries) {
    const version = declaredVersion(e.catalogueRef);
    if (version !== undefined && version !== catalogue.version) {
      versionCounts.set(version, (versionCounts.get(version) ?? 0) + 1);
    }
  }
  return [...versionCounts]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([version, count]) => ({ version, count }));
}

/** The peer groups of the handouts: all, each type, each Land (only those present). */
function summarisePeers(catalogue: Catalogue, latest: readonly Digest[], lang: Lang): PeerGroup[] {
  const group = (by: PeerGroup['by'], key: string, members: readonly Digest[]): PeerGroup => {
    const dimensions = idRecord<Stats>();
    catalogue.dimensions.forEach((d, di) => {
      dimensions[d.id] = describe(members.map((r) => r.dimensions[di] ?? null));
    });
    return {
      by,
      key,
      label:
        by === 'all'
          ? t(lang, 'compare.peers.all')
          : `${t(lang, `compare.groupBy.${by}`)}: ${t(lang, `compare.${by}.${key}`)}`,
      count: members.length,
      score: describe(members.map((r) => r.score)),
      dimensions,
    };
  };
  const peers = [group('all', 'all', latest)];
  for (const [by, keys] of [
    ['type', MUNICIPALITY_TYPES],
    ['state', STATES],
  ] as const) {
    for (const key of keys) {
      const members = latest.filter((r) => r[by] === key);
      if (members.length > 0) peers.push(group(by, key, members));
    }
  }
  return peers;
}

// ---------------------------------------------------------------- identity

interface Member {
  entry: DigestEntry;
  index: number;
}

export interface MunicipalityGroup {
  key: string;
  members: Member[];
  firstIndex: number;
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/**
 * Several assessments are one municipality when they share the AGS; an
 * assessment without AGS joins the municipality of the same name in the same
 * Land (the one with an AGS where exactly one has it). Members are ordered oldest first;
 * undated before dated, equal dates in input order.
 */
export function groupByMunicipality(entries: readonly DigestEntry[]): MunicipalityGroup[] {
  const agsByName = new Map<string, string | null>();
  // Names repeat across Germany (dozens of places called Neustadt): a name
  // only identifies a municipality within its Land.
  const normalised = entries.map((e) => `${e.digest.state}:${normaliseName(e.digest.name)}`);
  entries.forEach((e, i) => {
    const { ags } = e.digest;
    if (ags === undefined) return;
    const n = normalised[i] as string;
    const known = agsByName.get(n);
    if (known === undefined) agsByName.set(n, ags);
    else if (known !== ags) agsByName.set(n, null); // two municipalities share the name
  });
  const groups = new Map<string, MunicipalityGroup>();
  entries.forEach((entry, index) => {
    const { ags } = entry.digest;
    const n = normalised[index] as string;
    const viaName = agsByName.get(n);
    const key = ags !== undefined ? `ags:${ags}` : viaName ? `ags:${viaName}` : `name:${n}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, members: [], firstIndex: index };
      groups.set(key, group);
    }
    group.members.push({ entry, index });
  });
  for (const group of groups.values()) {
    if (group.members.length < 2) continue;
    group.members.sort((a, b) => {
      const da = a.entry.digest.date ?? '';
      const db = b.entry.digest.date ?? '';
      return da < db ? -1 : da > db ? 1 : a.index - b.index;
    });
  }
  return [...groups.values()];
}

/** A skipped file's name under --anonymize: its number where the caller gave one ("#3 …"), else its position. */
function anonymizedFile(file: string, i: number): string {
  return /^#\d+/.exec(file)?.[0] ?? `#${i + 1}`;
}

function displayName(group: MunicipalityGroup, names: Map<string, string> | undefined): string {
  if (names) return names.get(group.key) ?? group.key;
  return (group.members[group.members.length - 1] as Member).entry.digest.name;
}

/**
 * Pseudonyms "<type> <code>", e.g. "Stadt 4F2A1": the code is taken from an
 * HMAC-SHA-256 of the municipality's identity (AGS, else name) under a
 * secret key, so nobody without the key can recompute it from the public
 * list of all AGS; the same key gives the same pseudonym. On a clash the
 * code grows by a digit.
 */
export function pseudonyms(
  groups: readonly MunicipalityGroup[],
  lang: Lang,
  key: Uint8Array,
): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...groups].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const group of sorted) {
    const latest = (group.members[group.members.length - 1] as Member).entry.digest;
    const label = t(lang, `compare.type.${latest.type}`);
    const digest = createHmac('sha256', key).update(group.key).digest('hex').toUpperCase();
    let length = 5;
    let name = `${label} ${digest.slice(0, length)}`;
    while (taken.has(name) && length < digest.length) {
      length += 1;
      name = `${label} ${digest.slice(0, length)}`;
    }
    taken.add(name);
    result.set(group.key, name);
  }
  return result;
}

function toRow(
  d: Digest,
  catalogue: Catalogue,
  index: CatalogueIndex,
  municipality: number,
  name: string,
  anonymize: boolean,
  latest: boolean,
  details: boolean,
): Row {
  const dimensions = idRecord<number | null>();
  catalogue.dimensions.forEach((dim, i) => {
    dimensions[dim.id] = d.dimensions[i] ?? null;
  });
  const services = idRecord<number | null>();
  (catalogue.services ?? []).forEach((s, i) => {
    services[s.id] = d.services[i] ?? null;
  });
  const stages = stageCells(d, catalogue);
  const row: Row = {
    municipality,
    name,
    type: d.type,
    state: d.state,
    date: d.date,
    score: d.score,
    band: d.band,
    coverage: d.coverage,
    dimensions,
    services,
    failed_gates: d.failed.map((ci) => index.criterionIds[ci] ?? String(ci)),
    assessable: d.assessable,
    stages,
    latest,
  };
  if (!anonymize && d.ags !== undefined) row.ags = d.ags;
  if (details) {
    row.criteria = d.criteria;
    row.service_bands = d.serviceBands;
    if (d.applicable.includes(0)) row.service_applicable = d.applicable.map((a) => a === 1);
    if (d.stages.some((stage) => stage !== null)) row.service_stages = d.stages;
  }
  return row;
}

/** v1.1: service id -> stage, or "not-responsible" where the service does not apply. */
function stageCells(d: Digest, catalogue: Catalogue): Record<string, StageCell> {
  const cells: Record<string, StageCell> = {};
  (catalogue.services ?? []).forEach((s, i) => {
    cells[s.id] = d.applicable[i] === 0 ? 'not-responsible' : (d.stages[i] ?? null);
  });
  return cells;
}

// ---------------------------------------------------------------- criteria

function summariseCriteria(
  catalogue: Catalogue,
  digests: readonly Digest[],
  text: (value: Parameters<typeof resolveText>[0]) => string,
  bandLabel: (id: string | null) => string,
): CriterionSummary[] {
  const all = catalogue.dimensions.flatMap((d) => d.criteria.map((c) => ({ c, dimension: d.id })));
  const n = all.length;
  const counted = new Array<number>(n).fill(0);
  const unknownOrMissing = new Array<number>(n).fill(0);
  const scores: number[][] = all.map(() => []);
  const applies = new Array<number>(n).fill(0);
  const failed = new Array<number>(n).fill(0);
  const gain = new Array<number>(n).fill(0);
  const below = new Array<number>(n).fill(0);
  // the scores of the municipalities that fail a criterion's knock-out criterion, and of those
  // with an open action on it: a priority's recommendation is chosen from them (issue 14)
  const failing: number[][] = all.map(() => []);
  const open: number[][] = all.map(() => []);
  const scoreAt = (d: Digest, ci: number): number => Math.max(0, d.criteria[ci] ?? 0);
  for (const d of digests) {
    for (let i = 0; i < n; i++) {
      const v = d.criteria[i] ?? MISSING;
      if (v === EXCLUDED || v === NOT_APPLICABLE) continue;
      counted[i] = (counted[i] ?? 0) + 1;
      if (v === UNKNOWN || v === MISSING) {
        unknownOrMissing[i] = (unknownOrMissing[i] ?? 0) + 1;
        scores[i]?.push(0);
      } else scores[i]?.push(v);
    }
    for (const ci of d.gates) applies[ci] = (applies[ci] ?? 0) + 1;
    for (const ci of d.failed) {
      failed[ci] = (failed[ci] ?? 0) + 1;
      failing[ci]?.push(scoreAt(d, ci));
    }
    for (let k = 0; k < d.actions.length; k += 2) {
      const ci = d.actions[k] as number;
      gain[ci] = (gain[ci] ?? 0) + (d.actions[k + 1] ?? 0);
      below[ci] = (below[ci] ?? 0) + 1;
      open[ci]?.push(scoreAt(d, ci));
    }
  }
  return all.map(({ c, dimension }, i) => {
    const stats = describe(scores[i] ?? []);
    const fails = failing[i] ?? [];
    const rec = commonRecommendation(c, fails.length > 0 ? fails : (open[i] ?? []));
    const a = applies[i] ?? 0;
    const f = failed[i] ?? 0;
    return {
      id: c.id,
      dimension,
      title: text(c.title),
      counted: counted[i] ?? 0,
      unknown_or_missing: unknownOrMissing[i] ?? 0,
      mean: stats.mean,
      median: stats.median,
      gate: c.gate
        ? {
            min: c.gate.min,
            cap: c.gate.cap,
            cap_label: bandLabel(c.gate.cap),
            applies: a,
            failed: f,
            failed_share: a === 0 ? null : round1((100 * f) / a),
          }
        : null,
      mean_gain: digests.length === 0 ? 0 : round1((gain[i] ?? 0) / digests.length),
      below_target: below[i] ?? 0,
      recommendation: rec ? text(rec.text) : null,
      effort: rec?.effort ?? null,
      horizon: rec?.horizon ?? null,
    };
  });
}

/**
 * The recommendation most of the given municipalities would get for their own score (ties:
 * the more basic one, with the smaller `below`); none for an empty list. Taken from the
 * municipalities that fail the criterion, not from the average score, so that a priority a
 * few fail badly still carries the action they need.
 */
export function commonRecommendation(
  criterion: Criterion,
  scores: readonly number[],
): Recommendation | undefined {
  const counts = new Map<Recommendation, number>();
  for (const score of scores) {
    const r = chooseRecommendation(criterion, score);
    if (r) counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  let best: Recommendation | undefined;
  for (const [r, count] of counts) {
    const bestCount = best ? (counts.get(best) ?? 0) : -1;
    if (count > bestCount || (count === bestCount && best && r.below < best.below)) best = r;
  }
  return best;
}

/** How many assessments used each method, in a fixed order; `none` where none was given. */
export function methodCounts(methods: readonly (string | null)[]): Record<string, number> {
  const out: Record<string, number> = { interview: 0, workshop: 0, self: 0, none: 0 };
  for (const m of methods) {
    const key = m !== null && m in out && m !== 'none' ? m : 'none';
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

function byGateFailures(a: CriterionSummary, b: CriterionSummary): number {
  const fa = a.gate?.failed ?? 0;
  const fb = b.gate?.failed ?? 0;
  if (fa !== fb) return fb - fa;
  const sa = a.gate?.failed_share ?? 0;
  const sb = b.gate?.failed_share ?? 0;
  if (sa !== sb) return sb - sa;
  return b.mean_gain - a.mean_gain;
}

// ---------------------------------------------------------------- trends

function buildTrend(
  catalogue: Catalogue,
  group: MunicipalityGroup,
  municipality: number,
  name: string,
): Trend {
  const first = (group.members[0] as Member).entry.digest;
  const last = (group.members[group.members.length - 1] as Member).entry.digest;
  const change = (from: number | null, to: number | null): number | null =>
    from === null || to === null ? null : round1(to - from);
  const dimensions: DimensionChange[] = catalogue.dimensions.map((d, di) => {
    const from = first.dimensions[di] ?? null;
    const to = last.dimensions[di] ?? null;
    return { id: d.id, from, to, change: change(from, to) };
  });
  const gap = (d: Digest): number => {
    let sum = 0;
    for (let k = 1; k < d.actions.length; k += 2) sum += d.actions[k] ?? 0;
    return round1(sum);
  };
  const gapFrom = gap(first);
  const gapTo = gap(last);
  const openLast = new Set<number>();
  for (let k = 0; k < last.actions.length; k += 2) openLast.add(last.actions[k] ?? -1);
  let actionsDone = 0;
  for (let k = 0; k < first.actions.length; k += 2) {
    const ci = first.actions[k] ?? -1;
    if (!openLast.has(ci) || last.done.includes(ci)) actionsDone++;
  }
  return {
    municipality,
    name,
    from_date: first.date,
    to_date: last.date,
    points: group.members.map((m) => ({
      date: m.entry.digest.date,
      score: m.entry.digest.score,
      band: m.entry.digest.band,
    })),
    score: { from: first.score, to: last.score, change: change(first.score, last.score) },
    dimensions,
    actions_done: actionsDone,
    targets: {
      gap_from: gapFrom,
      gap_to: gapTo,
      open_from: first.actions.length / 2,
      open_to: last.actions.length / 2,
      closed_share: gapFrom === 0 ? null : round1((100 * (gapFrom - gapTo)) / gapFrom),
    },
  };
}

function declaredVersion(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  const at = ref.indexOf('@');
  return at < 0 ? undefined : ref.slice(at + 1);
}
