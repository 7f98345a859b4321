/**
 * The shipped examples: every file validates against the default catalogue,
 * the set shows what the issue promises (types, Länder, methods, unknown and
 * n/a, an earlier assessment, a spread of bands, a band capped by a gate),
 * and the scores are pinned in golden files so that a change to the
 * catalogue or the scorer shows up as a reviewable diff. Refresh the goldens
 * with UPDATE_GOLDEN=1 after an intended change.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAssessment, loadCatalogue } from '../../src/app/load.js';
import { answerValue } from '../../src/model/catalogue.js';
import type { Assessment, Catalogue, Result } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { ROOT } from '../helpers/cli.js';
import { expectGolden } from '../helpers/golden.js';

const EXAMPLES = join(ROOT, 'examples');
const SCHEMA_LINE = '# yaml-language-server: $schema=../schemas/assessment.schema.json';
/** Examples whose warnings are deliberate (they show `unknown` answers); errors are never allowed. */
const DELIBERATE_WARNINGS = new Set(['beispielhausen.yaml', 'beispieldorf-erstgespraech.yaml']);

/** The examples of efa-default; those of a Land profile are tested in profiles.test.ts. */
const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .filter((f) => /^catalogue: efa-default@/m.test(readFileSync(join(EXAMPLES, f), 'utf8')))
  .sort();

let catalogue: Catalogue;
const assessments = new Map<string, Assessment>();
const results = new Map<string, Result>();

beforeAll(async () => {
  ({ catalogue } = await loadCatalogue(join(ROOT, 'criteria', 'efa-default.yaml'), {
    lang: 'de',
    cwd: ROOT,
  }));
  for (const file of files) {
    const loaded = await loadAssessment(join(EXAMPLES, file), { lang: 'de', catalogue });
    if (!DELIBERATE_WARNINGS.has(file)) expect(loaded.warnings, file).toEqual([]);
    assessments.set(file, loaded.assessment);
    results.set(file, scoreAssessment(catalogue, loaded.assessment, { lang: 'de' }));
  }
});

function result(file: string): Result {
  const r = results.get(file);
  if (!r) throw new Error(`no result for ${file}`);
  return r;
}

/** The pinned part of a result: what a reader of the example would quote. */
function digest(r: Result): unknown {
  return {
    score: r.score,
    assessable: r.assessable,
    band: r.band,
    band_by_score: r.band_by_score,
    capped_by: r.capped_by,
    coverage: r.coverage,
    dimensions: r.dimensions.map((d) => ({ id: d.id, score: d.score, coverage: d.coverage })),
    actions: r.actions.map((a) => a.criterion),
    services: r.services.map((s) => ({
      id: s.id,
      applicable: s.applicable,
      score: s.score,
      band: s.band,
      blocked_by: s.blocked_by,
    })),
  };
}

describe('the shipped examples', () => {
  it('include Musterstadt and at least five municipalities', () => {
    expect(files).toContain('musterstadt.yaml');
    expect(
      new Set([...assessments.values()].map((a) => a.municipality.name)).size,
    ).toBeGreaterThanOrEqual(5);
  });

  it('start with the schema line and name the default catalogue', () => {
    for (const file of files) {
      expect(readFileSync(join(EXAMPLES, file), 'utf8').split('\n')[0], file).toBe(SCHEMA_LINE);
      expect(assessments.get(file)?.catalogue, file).toBe('efa-default@1.2.0');
    }
  });

  it('carry no AGS, so that no real municipality is described', () => {
    for (const [file, a] of assessments) expect(a.municipality.ags, file).toBeUndefined();
  });

  it('cover the municipality types, several Länder and every method', () => {
    const all = [...assessments.values()];
    expect(new Set(all.map((a) => a.municipality.type))).toEqual(
      new Set(['gemeinde', 'stadt', 'kreisfreie-stadt', 'landkreis', 'verbund']),
    );
    expect(new Set(all.map((a) => a.municipality.state)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(all.map((a) => a.assessment?.method))).toEqual(
      new Set(['self', 'interview', 'workshop']),
    );
  });

  it('show unknown and n/a answers', () => {
    const values = [...assessments.values()].flatMap((a) =>
      Object.values(a.answers ?? {}).map(answerValue),
    );
    expect(values).toContain('unknown');
    expect(values).toContain('n/a');
  });

  it('have an earlier assessment of Musterstadt, dated before and scored lower, for the trend', () => {
    const now = assessments.get('musterstadt.yaml');
    const before = assessments.get('musterstadt-2025.yaml');
    expect(before?.municipality.name).toBe(now?.municipality.name);
    expect((before?.assessment?.date ?? '') < (now?.assessment?.date ?? '')).toBe(true);
    expect(result('musterstadt-2025.yaml').score ?? 0).toBeLessThan(
      result('musterstadt.yaml').score ?? 0,
    );
  });

  it('spread across at least three bands, with at least one band capped by a gate', () => {
    const all = [...results.values()];
    expect(new Set(all.map((r) => r.band)).size).toBeGreaterThanOrEqual(3);
    const capped = all.filter((r) => r.band !== r.band_by_score);
    expect(capped.length).toBeGreaterThanOrEqual(1);
    expect(capped.every((r) => r.capped_by.length > 0)).toBe(true);
  });

  it.each(files)('%s matches its golden scores', (file) => {
    const actual = `${JSON.stringify(digest(result(file)), null, 2)}\n`;
    expectGolden(actual, `examples/${basename(file, '.yaml')}.json`);
  });
});

describe('the examples of version 1.1', () => {
  it('include a Gemeinde for which the Kreis services do not apply', () => {
    const r = result('beispielhausen.yaml');
    const applicable = new Map(r.services.map((s) => [s.id, s.applicable]));
    for (const id of ['baugenehmigung', 'kfz-zulassung', 'fuehrerschein', 'aufenthaltstitel'])
      expect(applicable.get(id), id).toBe(false);
    expect(applicable.get('ewa')).toBe(true);
  });

  it('include a municipality that is not yet assessable: a score, but no band', () => {
    const r = result('beispieldorf-erstgespraech.yaml');
    expect(r.assessable).toBe(false);
    expect(r.band).toBeNull();
    expect(r.score).not.toBeNull();
  });

  it('give services that need different things different scores', () => {
    for (const file of ['musterstadt.yaml', 'beispielstadt.yaml', 'landkreis-musterkreis.yaml']) {
      const scores = result(file)
        .services.filter((s) => s.applicable)
        .map((s) => s.score ?? 0);
      // 1.0.0: all nine within 1.3 points; a service profile can only re-weight dimensions
      expect(Math.max(...scores) - Math.min(...scores), file).toBeGreaterThanOrEqual(3);
    }
  });
});
