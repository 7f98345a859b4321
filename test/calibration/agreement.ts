import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { Result } from '../../src/model/types.js';
import { firstActions } from '../../src/score/first-actions.js';

/**
 * The calibration suite's arithmetic: the raters' median per profile, and how
 * far a scored result agrees with it. Pure over plain data, so the test, a
 * Land re-running the suite on its overlay, and the note all count the same.
 */

export const BANDS = ['not-ready', 'conditional', 'ready', 'leading'] as const;
export type Band = (typeof BANDS)[number];

export interface Rating {
  band: Band;
  blockers: string[];
  responsible_for: string[];
  reason?: string;
}

export interface Rater {
  rater: string;
  profiles: Record<string, Rating>;
}

/**
 * Which criteria of efa-default speak to each blocker topic of the rating
 * brief. A first-three action on one of these criteria "names" the topic.
 */
export const TOPIC_CRITERIA: Readonly<Record<string, readonly string[]>> = {
  'legal-basis': ['reuse.legal-route', 'reuse.cost-avv'],
  'receiving-route': ['interfaces.delivery-point', 'interfaces.fachverfahren', 'interfaces.dvdv'],
  'responsibility-data': ['regionality.responsibilities'],
  infosec: ['staff.infosec'],
  'return-channel': ['interfaces.return-channel'],
  epayment: ['interfaces.epayment'],
  'user-account': ['interfaces.user-account'],
  leadership: ['staff.leadership', 'staff.digital-officer'],
  capacity: ['staff.capacity', 'staff.core-team'],
  budget: ['staff.budget', 'regionality.funding'],
  'reuse-organisation': ['staff.core-team', 'reuse.four-lines', 'reuse.portfolio', 'reuse.policy'],
  'parameters-local-law': ['reuse.parameters', 'regionality.local-law'],
  usability: [
    'usability.accessibility',
    'usability.findability',
    'usability.plain-language',
    'usability.support',
    'usability.neutral-design',
    'usability.user-involvement',
  ],
  monitoring: ['usability.monitoring'],
  governance: [
    'staff.association-governance',
    'regionality.district-coordination',
    'regionality.ikz',
  ],
  'data-protection': ['staff.data-protection'],
  change: ['staff.change'],
};

/** The brief's service names where the catalogue uses another id. */
const SERVICE_IDS: Readonly<Record<string, string>> = { wohnsitzanmeldung: 'ewa' };
export const serviceId = (name: string): string => SERVICE_IDS[name] ?? name;

export function readRaters(dir: string): Rater[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8')) as Rater);
}

export function profileIds(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => basename(name, '.md'));
}

/** The median band of the ratings (the lower middle for an even count). */
export function medianBand(ratings: readonly Rating[]): Band {
  const ranks = ratings.map((r) => BANDS.indexOf(r.band)).sort((a, b) => a - b);
  const rank = ranks[Math.floor((ranks.length - 1) / 2)] ?? 0;
  return BANDS[rank] ?? 'not-ready';
}

/** Blocker topics named by a majority of the raters (all named ones if none has a majority). */
export function ratedBlockers(ratings: readonly Rating[]): string[] {
  const counts = new Map<string, number>();
  for (const rating of ratings)
    for (const topic of rating.blockers) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  const majority = [...counts].filter(([, n]) => n * 2 > ratings.length).map(([topic]) => topic);
  return majority.length > 0 ? majority : [...counts.keys()];
}

/** Services a majority of raters say the municipality is not responsible for, as catalogue ids. */
export function notResponsible(ratings: readonly Rating[], services: readonly string[]): string[] {
  return services.filter((id) => {
    const saying = ratings.filter(
      (rating) => !rating.responsible_for.map(serviceId).includes(id),
    ).length;
    return saying * 2 > ratings.length;
  });
}

export interface ProfileAgreement {
  profile: string;
  tool: { band: string | null; score: number | null; coverage: number | null };
  raters: Band[];
  median: Band;
  bandAgrees: boolean;
  /** null where the raters named no blocker (nothing to overlap). */
  blockersOverlap: boolean | null;
  firstActions: string[];
  blockers: string[];
  /** Services the raters exclude that the tool still counts as applicable. */
  wronglyApplicable: string[];
}

export function agreement(profile: string, result: Result, ratings: Rating[]): ProfileAgreement {
  const median = medianBand(ratings);
  const blockers = ratedBlockers(ratings);
  // the three actions the report puts on page 1 (answered criteria first, src/score/first-actions.ts)
  const first = firstActions(result.actions, result.dimensions).first.map(
    (action) => action.criterion,
  );
  const topicsOfActions = new Set(
    Object.entries(TOPIC_CRITERIA)
      .filter(([, ids]) => ids.some((id) => first.includes(id)))
      .map(([topic]) => topic),
  );
  const services = result.services.map((service) => service.id);
  const excluded = notResponsible(ratings, services);
  return {
    profile,
    tool: { band: result.band, score: result.score, coverage: result.coverage },
    raters: ratings.map((rating) => rating.band),
    median,
    bandAgrees: result.band === median,
    blockersOverlap:
      blockers.length === 0 ? null : blockers.some((topic) => topicsOfActions.has(topic)),
    firstActions: first,
    blockers,
    wronglyApplicable: excluded.filter(
      (id) => result.services.find((service) => service.id === id)?.applicable !== false,
    ),
  };
}

/** The table the test prints: profile × (tool, raters). */
export function table(rows: readonly ProfileAgreement[]): string {
  const lines = [
    'profile                        tool (score, coverage)             raters → median        blockers overlap',
  ];
  for (const row of rows) {
    const tool = `${row.tool.band ?? '—'} (${row.tool.score ?? '—'}, ${row.tool.coverage ?? '—'} %)`;
    const raters = `${row.raters.join('/')} → ${row.median}`;
    const overlap = row.blockersOverlap === null ? 'n/a' : row.blockersOverlap ? 'yes' : 'no';
    lines.push(
      `${row.bandAgrees ? '✓' : '✗'} ${row.profile.padEnd(30)} ${tool.padEnd(34)} ${raters.padEnd(22)} ${overlap}`,
    );
  }
  return lines.join('\n');
}
