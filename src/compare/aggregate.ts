import { createHash } from 'node:crypto';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import { resolveText } from '../model/text.js';
import {
  MUNICIPALITY_TYPES,
  STATES,
  type Catalogue,
  type Criterion,
  type Lang,
  type Recommendation,
  type Result,
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
  type Row,
  type ServiceSummary,
  type SkippedFile,
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

export interface AggregateOptions {
  lang: Lang;
  groupBy?: GroupBy;
  anonymize?: boolean;
  skipped?: readonly SkippedFile[];
  /** How many criteria the short lists (gate failures, lowest means, priorities) hold. */
  listLength?: number;
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
  const { lang } = options;
  const anonymize = options.anonymize === true;
  const listLength = options.listLength ?? 10;
  const text = (value: Parameters<typeof resolveText>[0]): string =>
    resolveText(value, lang, catalogue.language ?? 'de');

  const criterionIndex = new Map<string, { criterion: Criterion; order: number }>();
  for (const d of catalogue.dimensions) {
    for (const c of d.criteria) criterionIndex.set(c.id, { criterion: c, order: criterionIndex.size });
  }
  const criterionTitle = (id: string): string => {
    const found = criterionIndex.get(id);
    return found ? text(found.criterion.title) : id;
  };

  // ---- identity: same AGS, else same name -------------------------------
  const groups = groupByMunicipality(entries);
  const names = anonymize ? pseudonyms(groups, lang) : undefined;

  // ---- ranking by the latest assessment ----------------------------------
  const ranked = groups
    .map((g) => ({ group: g, latest: g.members[g.members.length - 1] as Member }))
    .sort((a, b) => {
      const sa = a.latest.entry.result.score;
      const sb = b.latest.entry.result.score;
      if (sa !== sb) {
        if (sa === null) return 1;
        if (sb === null) return -1;
        return sb - sa;
      }
      return displayName(a.group, names).localeCompare(displayName(b.group, names), 'de') ||
        a.group.firstIndex - b.group.firstIndex;
    });

  const municipalities: MunicipalityEntry[] = [];
  const assessments: Row[] = [];
  let previousScore: number | null | undefined;
  let previousRank = 0;
  ranked.forEach(({ group, latest }, index) => {
    const score = latest.entry.result.score;
    let rank: number | null = null;
    if (score !== null) {
      rank = score === previousScore ? previousRank : index + 1;
      previousScore = score;
      previousRank = rank;
    }
    const name = displayName(group, names);
    const first = group.members[0] as Member;
    const entry: MunicipalityEntry = {
      rank,
      name,
      type: latest.entry.result.municipality.type,
      state: latest.entry.result.municipality.state,
      assessments: group.members.length,
      latest: assessments.length + group.members.length - 1,
    };
    const ags = first.entry.result.municipality.ags ?? latest.entry.result.municipality.ags;
    if (!anonymize && ags !== undefined) entry.ags = ags;
    municipalities.push(entry);
    group.members.forEach((member, i) => {
      assessments.push(toRow(member.entry.result, index, name, anonymize, i === group.members.length - 1));
    });
  });

  const latestResults = ranked.map((r) => r.latest.entry.result);
  const latestRows = municipalities.map((m) => assessments[m.latest] as Row);

  // ---- bands, dimensions --------------------------------------------------
  const bandLabel = (id: string | null): string => {
    if (id === null) return t(lang, 'compare.band.none');
    const band = catalogue.bands.find((b) => b.id === id);
    return band ? text(band.label) : id;
  };
  const countBands = (bands: readonly (string | null)[]): BandCount[] => {
    const total = bands.length;
    const ids: (string | null)[] = catalogue.bands.map((b) => b.id);
    if (bands.includes(null)) ids.push(null);
    return ids.map((id) => {
      const count = bands.filter((b) => b === id).length;
      return { id, label: bandLabel(id), count, share: total === 0 ? 0 : round1((100 * count) / total) };
    });
  };

  const dimensions = catalogue.dimensions.map((d) => ({
    id: d.id,
    title: text(d.title),
    weight: d.weight ?? 1,
    stats: describe(latestRows.map((r) => r.dimensions[d.id] ?? null)),
  }));

  // ---- criteria -------------------------------------------------------------
  const criteria = summariseCriteria(catalogue, latestResults, text, bandLabel);
  const ordered = criteria.map((c, i) => ({ c, i }));
  const gateFailures = ordered
    .filter(({ c }) => c.gate !== null && c.gate.failed > 0)
    .sort((a, b) => byGateFailures(a.c, b.c) || a.i - b.i)
    .map(({ c }) => c);
  const lowestMean = ordered
    .filter(({ c }) => c.mean !== null)
    .sort((a, b) => (a.c.mean as number) - (b.c.mean as number) || a.i - b.i)
    .slice(0, listLength)
    .map(({ c }) => c);
  const rest = ordered
    .filter(({ c }) => !(c.gate !== null && c.gate.failed > 0) && c.mean_gain > 0)
    .sort((a, b) => b.c.mean_gain - a.c.mean_gain || a.i - b.i)
    .map(({ c }) => c);
  const priorities = [...gateFailures, ...rest].slice(0, listLength);

  // ---- services ---------------------------------------------------------------
  const services: ServiceSummary[] = (catalogue.services ?? []).map((s) => {
    const results = latestResults.map((r) => r.services.find((x) => x.id === s.id));
    const blocked = new Map<string, number>();
    for (const r of results) for (const c of r?.blocked_by ?? []) blocked.set(c, (blocked.get(c) ?? 0) + 1);
    return {
      id: s.id,
      title: text(s.title),
      stats: describe(results.map((r) => r?.score ?? null)),
      bands: countBands(results.map((r) => r?.band ?? null)),
      blocked_by: [...blocked]
        .sort((a, b) => b[1] - a[1] || catalogueOrder(criterionIndex, a[0], b[0]))
        .slice(0, 5)
        .map(([criterion, count]) => ({ criterion, title: criterionTitle(criterion), count })),
    };
  });

  // ---- groups -----------------------------------------------------------------
  const groupBy: GroupBy = options.groupBy ?? 'type';
  const keys: readonly string[] = groupBy === 'type' ? MUNICIPALITY_TYPES : STATES;
  const groupEntries: GroupSummary[] = [];
  for (const key of keys) {
    const members = latestResults.filter((r) => r.municipality[groupBy] === key);
    if (members.length === 0) continue;
    const rows = latestRows.filter((r) => r[groupBy] === key);
    const failures = new Map<string, number>();
    for (const r of members) {
      for (const g of r.gates) if (!g.passed) failures.set(g.criterion, (failures.get(g.criterion) ?? 0) + 1);
    }
    const top = [...failures].sort((a, b) => b[1] - a[1] || catalogueOrder(criterionIndex, a[0], b[0]))[0];
    const dimensionMedians: Record<string, number | null> = {};
    for (const d of catalogue.dimensions) dimensionMedians[d.id] = median(rows.map((r) => r.dimensions[d.id] ?? null));
    groupEntries.push({
      key,
      label: t(lang, `compare.${groupBy}.${key}`),
      count: members.length,
      score: describe(members.map((r) => r.score)),
      bands: countBands(members.map((r) => r.band)),
      dimension_medians: dimensionMedians,
      top_blocker: top ? { criterion: top[0], title: criterionTitle(top[0]), count: top[1] } : null,
    });
  }

  // ---- trends -------------------------------------------------------------------
  const trends: Trend[] = [];
  ranked.forEach(({ group }, index) => {
    if (group.members.length < 2) return;
    trends.push(buildTrend(catalogue, group, index, displayName(group, names)));
  });

  // ---- catalogue versions ---------------------------------------------------------
  const versionCounts = new Map<string, number>();
  for (const e of entries) {
    const version = declaredVersion(e.catalogueRef);
    if (version !== undefined && version !== catalogue.version) {
      versionCounts.set(version, (versionCounts.get(version) ?? 0) + 1);
    }
  }
  const versions: VersionNote[] = [...versionCounts]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([version, count]) => ({ version, count }));

  const skipped: SkippedFile[] = (options.skipped ?? []).map((s, i) =>
    anonymize ? { file: `#${i + 1}`, problems: s.problems } : { ...s },
  );

  return {
    format: COMPARISON_FORMAT,
    lang,
    catalogue: { id: catalogue.id, version: catalogue.version, title: text(catalogue.title) },
    anonymized: anonymize,
    method: { quantiles: 'type-7', basis: 'latest', identity: 'ags-else-name' },
    counts: {
      files: entries.length + skipped.length,
      assessments: entries.length,
      municipalities: municipalities.length,
      skipped: skipped.length,
    },
    overall: describe(latestResults.map((r) => r.score)),
    coverage: describe(latestResults.map((r) => r.coverage)),
    bands: countBands(latestResults.map((r) => r.band)),
    dimensions,
    gate_failures: gateFailures,
    lowest_mean: lowestMean,
    priorities,
    criteria,
    services,
    groups: { by: groupBy, entries: groupEntries },
    municipalities,
    assessments,
    trends,
    versions,
    skipped,
  };
}

// ---------------------------------------------------------------- identity

interface Member {
  entry: ScoredAssessment;
  index: number;
}

interface MunicipalityGroup {
  key: string;
  members: Member[];
  firstIndex: number;
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');
}

/**
 * Several assessments are one municipality when they share the AGS; an
 * assessment without AGS joins the municipality of the same name (the one
 * with an AGS where exactly one has it). Members are ordered oldest first;
 * undated before dated, equal dates in input order.
 */
export function groupByMunicipality(entries: readonly ScoredAssessment[]): MunicipalityGroup[] {
  const agsByName = new Map<string, string | null>();
  for (const e of entries) {
    const { ags, name } = e.result.municipality;
    if (ags === undefined) continue;
    const n = normaliseName(name);
    const known = agsByName.get(n);
    if (known === undefined) agsByName.set(n, ags);
    else if (known !== ags) agsByName.set(n, null); // two municipalities share the name
  }
  const groups = new Map<string, MunicipalityGroup>();
  entries.forEach((entry, index) => {
    const { ags, name } = entry.result.municipality;
    const viaName = agsByName.get(normaliseName(name));
    const key = ags !== undefined ? `ags:${ags}` : viaName ? `ags:${viaName}` : `name:${normaliseName(name)}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, members: [], firstIndex: index };
      groups.set(key, group);
    }
    group.members.push({ entry, index });
  });
  for (const group of groups.values()) {
    group.members.sort((a, b) => {
      const da = a.entry.result.assessment?.date ?? '';
      const db = b.entry.result.assessment?.date ?? '';
      return da < db ? -1 : da > db ? 1 : a.index - b.index;
    });
  }
  return [...groups.values()];
}

function displayName(group: MunicipalityGroup, names: Map<string, string> | undefined): string {
  if (names) return names.get(group.key) ?? group.key;
  const latest = group.members[group.members.length - 1] as Member;
  return latest.entry.result.municipality.name;
}

/**
 * Pseudonyms "<type> <code>", e.g. "Stadt 4F2A1": the code is taken from a
 * SHA-256 of the municipality's identity (AGS, else name), so the same input
 * gives the same pseudonym in every run; on a clash the code grows by a digit.
 * They hide names from a workshop audience; they are not anonymous to
 * someone who holds the list of all AGS and hashes it.
 */
export function pseudonyms(groups: readonly MunicipalityGroup[], lang: Lang): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...groups].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const group of sorted) {
    const latest = group.members[group.members.length - 1] as Member;
    const label = t(lang, `compare.type.${latest.entry.result.municipality.type}`);
    const digest = createHash('sha256').update(group.key).digest('hex').toUpperCase();
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

function toRow(result: Result, municipality: number, name: string, anonymize: boolean, latest: boolean): Row {
  const dimensions: Record<string, number | null> = {};
  for (const d of result.dimensions) dimensions[d.id] = d.score;
  const services: Record<string, number | null> = {};
  for (const s of result.services) services[s.id] = s.score;
  const row: Row = {
    municipality,
    name,
    type: result.municipality.type,
    state: result.municipality.state,
    date: result.assessment?.date ?? null,
    score: result.score,
    band: result.band,
    coverage: result.coverage,
    dimensions,
    services,
    failed_gates: result.gates.filter((g) => !g.passed).map((g) => g.criterion),
    latest,
  };
  if (!anonymize && result.municipality.ags !== undefined) row.ags = result.municipality.ags;
  return row;
}

// ---------------------------------------------------------------- criteria

function summariseCriteria(
  catalogue: Catalogue,
  results: readonly Result[],
  text: (value: Parameters<typeof resolveText>[0]) => string,
  bandLabel: (id: string | null) => string,
): CriterionSummary[] {
  interface Acc {
    counted: number;
    unknownOrMissing: number;
    scores: number[];
    applies: number;
    failed: number;
    gain: number;
    below: number;
  }
  const acc = new Map<string, Acc>();
  for (const d of catalogue.dimensions) {
    for (const c of d.criteria) {
      acc.set(c.id, { counted: 0, unknownOrMissing: 0, scores: [], applies: 0, failed: 0, gain: 0, below: 0 });
    }
  }
  for (const r of results) {
    for (const d of r.dimensions) {
      for (const c of d.criteria) {
        const a = acc.get(c.id);
        if (!a || c.status === 'excluded' || c.status === 'not-applicable') continue;
        a.counted += 1;
        if (c.status === 'unknown' || c.status === 'missing') a.unknownOrMissing += 1;
        a.scores.push(c.score ?? 0);
      }
    }
    for (const g of r.gates) {
      const a = acc.get(g.criterion);
      if (!a) continue;
      a.applies += 1;
      if (!g.passed) a.failed += 1;
    }
    for (const action of r.actions) {
      const a = acc.get(action.criterion);
      if (!a) continue;
      a.gain += action.gain;
      a.below += 1;
    }
  }
  const summaries: CriterionSummary[] = [];
  for (const d of catalogue.dimensions) {
    for (const c of d.criteria) {
      const a = acc.get(c.id) as Acc;
      const stats = describe(a.scores);
      const rec = stats.mean === null ? undefined : recommendationFor(c, stats.mean);
      summaries.push({
        id: c.id,
        dimension: d.id,
        title: text(c.title),
        counted: a.counted,
        unknown_or_missing: a.unknownOrMissing,
        mean: stats.mean,
        median: stats.median,
        gate: c.gate
          ? {
              min: c.gate.min,
              cap: c.gate.cap,
              cap_label: bandLabel(c.gate.cap),
              applies: a.applies,
              failed: a.failed,
              failed_share: a.applies === 0 ? null : round1((100 * a.failed) / a.applies),
            }
          : null,
        mean_gain: results.length === 0 ? 0 : round1(a.gain / results.length),
        below_target: a.below,
        recommendation: rec ? text(rec.text) : null,
        effort: rec?.effort ?? null,
        horizon: rec?.horizon ?? null,
      });
    }
  }
  return summaries;
}

/** SCORING.md §5: the recommendation whose `below` is the smallest one above the score. */
function recommendationFor(criterion: Criterion, score: number): Recommendation | undefined {
  let chosen: Recommendation | undefined;
  for (const r of criterion.recommendations ?? []) {
    if (r.below > score && (chosen === undefined || r.below < chosen.below)) chosen = r;
  }
  return chosen;
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

function catalogueOrder(index: Map<string, { order: number }>, a: string, b: string): number {
  return (index.get(a)?.order ?? 1e9) - (index.get(b)?.order ?? 1e9);
}

// ---------------------------------------------------------------- trends

function buildTrend(catalogue: Catalogue, group: MunicipalityGroup, municipality: number, name: string): Trend {
  const first = (group.members[0] as Member).entry.result;
  const last = (group.members[group.members.length - 1] as Member).entry.result;
  const change = (from: number | null, to: number | null): number | null =>
    from === null || to === null ? null : round1(to - from);
  const dimensionScore = (r: Result, id: string): number | null =>
    r.dimensions.find((d) => d.id === id)?.score ?? null;
  const dimensions: DimensionChange[] = catalogue.dimensions.map((d) => {
    const from = dimensionScore(first, d.id);
    const to = dimensionScore(last, d.id);
    return { id: d.id, from, to, change: change(from, to) };
  });
  const gap = (r: Result): number => round1(r.actions.reduce((sum, a) => sum + a.gain, 0));
  const gapFrom = gap(first);
  const gapTo = gap(last);
  return {
    municipality,
    name,
    from_date: first.assessment?.date ?? null,
    to_date: last.assessment?.date ?? null,
    points: group.members.map((m) => ({
      date: m.entry.result.assessment?.date ?? null,
      score: m.entry.result.score,
      band: m.entry.result.band,
    })),
    score: { from: first.score, to: last.score, change: change(first.score, last.score) },
    dimensions,
    targets: {
      gap_from: gapFrom,
      gap_to: gapTo,
      open_from: first.actions.length,
      open_to: last.actions.length,
      closed_share: gapFrom === 0 ? null : round1((100 * (gapFrom - gapTo)) / gapFrom),
    },
  };
}

function declaredVersion(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  const at = ref.indexOf('@');
  return at < 0 ? undefined : ref.slice(at + 1);
}
