/**
 * The report's table of the EfA-Mindestanforderungen (NL1–NL5): derived from the
 * criteria a catalogue marks with `x-efa-mindestanforderung`, independent of
 * the knock-out criteria (a duty can be partly met while no knock-out fails).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment, loadCatalogue } from '../../src/app/load.js';
import { resolveText } from '../../src/model/text.js';
import { buildMinimumView, minimumMarker, minimumStatus } from '../../src/report/minimum.js';
import { scoreAssessment } from '../../src/score/score.js';
import { ROOT } from '../helpers/cli.js';

describe('minimumStatus', () => {
  it.each([
    ['answered', 100, 'met'],
    ['answered', 75, 'met'],
    ['answered', 74.9, 'partly'],
    ['answered', 50, 'partly'],
    ['answered', 25, 'not-met'],
    ['answered', 0, 'not-met'],
    ['unknown', 0, 'unknown'],
    ['missing', 0, 'unknown'],
    ['not-applicable', null, 'not-applicable'],
    ['excluded', null, 'not-applicable'],
  ] as const)('%s at %s is %s', (status, score, expected) => {
    expect(minimumStatus({ status, score })).toBe(expected);
  });
});

describe('minimumMarker', () => {
  it('reads the short and the long form and ignores anything else', () => {
    expect(minimumMarker({ 'x-efa-mindestanforderung': 'NL2' })).toEqual({ id: 'NL2' });
    expect(
      minimumMarker({ 'x-efa-mindestanforderung': { id: 'NL4', duty: { de: 'a', en: 'b' } } }),
    ).toEqual({ id: 'NL4', duty: { de: 'a', en: 'b' } });
    expect(minimumMarker({ 'x-efa-mindestanforderung': 4 })).toBeUndefined();
    expect(minimumMarker({})).toBeUndefined();
  });
});

describe('the table for the shipped catalogue', () => {
  it('lists NL1 to NL5 in order and calls NL4 at level 1 "nicht erfüllt"', async () => {
    const { catalogue } = await loadCatalogue(join(ROOT, 'criteria', 'efa-default.yaml'), {
      lang: 'de',
      cwd: ROOT,
    });
    const { assessment } = await loadAssessment(join(ROOT, 'examples', 'musterstadt.yaml'), {
      lang: 'de',
      catalogue,
    });
    const result = scoreAssessment(catalogue, assessment, { lang: 'de' });
    const rows = buildMinimumView(
      result,
      catalogue,
      'de',
      (v) => resolveText(v, 'de', 'de'),
      (n) => n.toFixed(1),
    );
    expect(rows.map((r) => r.id)).toEqual(['NL1', 'NL2', 'NL3', 'NL4', 'NL5']);
    const nl4 = rows.find((r) => r.id === 'NL4');
    expect(nl4).toMatchObject({ criterion: 'interfaces.return-channel', status: 'nicht erfüllt' });
    expect(rows.every((r) => r.duty !== '')).toBe(true);
  });
});
