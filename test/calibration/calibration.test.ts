import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment, loadCatalogue } from '../../src/app/load.js';
import type { Catalogue, Result } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { agreement, type ProfileAgreement, profileIds, readRaters, table } from './agreement.js';

/**
 * The calibration suite (issue 15): twelve fictional municipalities as field
 * notes, rated blind by three reviewers, assessed from the notes alone by an
 * assessor who saw no rating. The default catalogue must agree with the
 * raters' median. CALIBRATION_CATALOGUE=<file|id> re-runs it on another
 * catalogue (a Land's overlay); see README.md beside this file.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const catalogueRef =
  process.env.CALIBRATION_CATALOGUE ?? join(here, '../../criteria/efa-default.yaml');
const raters = readRaters(join(here, 'ratings'));
const profiles = profileIds(join(here, 'profiles'));

/**
 * Two assessment sets, each written blind from the notes by a different assessor:
 * `assessments/` (A, the one the thresholds were chosen on) and `assessments-b/`
 * (B, the check). The same requirements hold for both.
 */
const SETS = ['assessments', 'assessments-b'] as const;

async function scoreAll(catalogue: Catalogue, set: string): Promise<Map<string, Result>> {
  const results = new Map<string, Result>();
  for (const profile of profiles) {
    const file = join(here, set, `${profile}.yaml`);
    const { assessment } = await loadAssessment(file, { lang: 'de', catalogue });
    results.set(profile, scoreAssessment(catalogue, assessment, { lang: 'de' }));
  }
  return results;
}

function agreements(results: Map<string, Result>): ProfileAgreement[] {
  return profiles.map((profile) => {
    const result = results.get(profile);
    if (!result) throw new Error(`no result for ${profile}`);
    const ratings = raters.map((rater) => {
      const rating = rater.profiles[profile];
      if (!rating) throw new Error(`${rater.rater} did not rate ${profile}`);
      return rating;
    });
    return agreement(profile, result, ratings);
  });
}

let catalogue: Catalogue;

beforeAll(async () => {
  catalogue = (await loadCatalogue(catalogueRef, { lang: 'de' })).catalogue;
});

describe.each(SETS)('calibration against blind expert ratings (%s)', (set) => {
  let rows: ProfileAgreement[];
  beforeAll(async () => {
    rows = agreements(await scoreAll(catalogue, set));
    console.log(`\ncalibration of ${set} against ${catalogueRef}\n${table(rows)}\n`);
  });

  it('has at least twelve profiles, each rated by at least three raters', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(12);
    expect(raters.length).toBeGreaterThanOrEqual(3);
    for (const rater of raters) expect(Object.keys(rater.profiles).sort()).toEqual(profiles);
  });

  it('gives the raters’ median band on at least 11 of 12 profiles', () => {
    const agreeing = rows.filter((row) => row.bandAgrees).length;
    expect(agreeing, table(rows)).toBeGreaterThanOrEqual(Math.ceil((11 / 12) * rows.length));
  });

  it('puts a rated blocker among the first three actions on at least two thirds of the profiles', () => {
    const judged = rows.filter((row) => row.blockersOverlap !== null);
    const overlapping = judged.filter((row) => row.blockersOverlap).length;
    const detail = judged
      .map((row) => `${row.profile}: ${row.firstActions.join(', ')} | ${row.blockers.join(', ')}`)
      .join('\n');
    expect(overlapping * 3, detail).toBeGreaterThanOrEqual(judged.length * 2);
  });

  // Set B's assessor declared some responsibilities explicitly, with a legal reason the raters
  // did not weigh (a Landkreis as Straßenbaulastträger of its Kreisstraßen, a town in NW as
  // Schulträger); an explicit `responsible:` overrides the catalogue, so on B this would test
  // the assessor, not the catalogue's `applies_when`. README.md beside this file says so.
  it.skipIf(set !== 'assessments')(
    'shows every service the raters say is not the municipality’s as “nicht zuständig”',
    () => {
      const wrong = rows
        .filter((row) => row.wronglyApplicable.length > 0)
        .map((row) => `${row.profile}: ${row.wronglyApplicable.join(', ')}`);
      expect(wrong).toEqual([]);
    },
  );

  it('notices when a band threshold moves far enough to change verdicts', async () => {
    if (process.env.CALIBRATION_CATALOGUE) return; // the mutation is one of efa-default
    const moved = structuredClone(catalogue);
    const ready = moved.bands.find((band) => band.id === 'ready');
    if (!ready) throw new Error('efa-default has no band "ready"');
    ready.min += 10;
    const mutated = agreements(await scoreAll(moved, set));
    expect(mutated.filter((row) => row.bandAgrees).length).toBeLessThan(11);
  });

  it('notices when the information security gate caps at "Noch nicht startklar" again', async () => {
    if (process.env.CALIBRATION_CATALOGUE) return;
    const moved = structuredClone(catalogue);
    const infosec = moved.dimensions
      .flatMap((d) => d.criteria)
      .find((criterion) => criterion.id === 'staff.infosec');
    if (!infosec?.gate) throw new Error('efa-default has no gate on staff.infosec');
    infosec.gate.cap = 'not-ready';
    const mutated = agreements(await scoreAll(moved, set));
    const profile01 = mutated.find((row) => row.profile.startsWith('01-'));
    expect(profile01?.bandAgrees).toBe(false);
  });
});
