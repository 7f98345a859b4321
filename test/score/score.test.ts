import { describe, expect, it } from 'vitest';
import { round1 } from '../../src/model/round.js';
import { scoreAssessment } from '../../src/score/score.js';
import { assessment, catalogue } from './fixtures.js';

const score = (answers: Parameters<typeof assessment>[0], extra = {}, lang: 'de' | 'en' = 'de') =>
  scoreAssessment(catalogue(), assessment(answers, extra), { lang });

describe('round1', () => {
  it('rounds half away from zero, also where binary noise would round down', () => {
    expect(round1(80.55)).toBe(80.6);
    expect(round1(0.05)).toBe(0.1);
    expect(round1(1.005 * 10)).toBe(10.1);
    expect(round1(-2.25)).toBe(-2.3);
    expect(round1(66.66666)).toBe(66.7);
    expect(round1(0)).toBe(0);
  });
});

describe('criterion scores by type', () => {
  it('scores scale, boolean, choice, number and checklist as SCORING.md §2 says', () => {
    const result = score({
      'a.scale': 3,
      'a.bool': true,
      'a.choice': 'some',
      'b.number': 55,
      'b.list': ['x'],
    });
    const all = Object.fromEntries(
      result.dimensions.flatMap((d) => d.criteria).map((c) => [c.id, c.score]),
    );
    expect(all).toEqual({
      'a.scale': 75,
      'a.bool': 100,
      'a.choice': 60,
      'b.number': 75,
      'b.list': 75,
      'b.district': null,
    });
  });

  it('gives 0 below the first threshold and uses the last one reached', () => {
    expect(score({ 'b.number': 5 }).dimensions[1]?.criteria[0]?.score).toBe(0);
    expect(score({ 'b.number': 90 }).dimensions[1]?.criteria[0]?.score).toBe(100);
  });

  it('counts unknown and missing as 0 but only answered towards coverage', () => {
    const result = score({ 'a.scale': 'unknown', 'a.bool': true });
    const a = result.dimensions[0]!;
    expect(a.criteria.map((c) => c.status)).toEqual(['unknown', 'answered', 'missing']);
    expect(a.score).toBe(25); // (2·0 + 1·100 + 1·0) / 4
    expect(a.coverage).toBe(25);
  });

  it('leaves n/a and excluded criteria out of the score', () => {
    const result = score({ 'b.number': 95, 'b.list': 'n/a' });
    const b = result.dimensions[1]!;
    expect(b.criteria.map((c) => c.status)).toEqual(['answered', 'not-applicable', 'excluded']);
    expect(b.score).toBe(100);
    expect(b.coverage).toBe(100);
  });
});

describe('dimensions, overall and bands', () => {
  it('weights dimensions and keeps full precision until output', () => {
    const result = score({
      'a.scale': 4,
      'a.bool': true,
      'a.choice': 'all',
      'b.number': 95,
      'b.list': ['y'],
    });
    // A = 100; B = (100 + 25) / 2 = 62.5; O = (2·100 + 62.5) / 3 = 87.5
    expect(result.score).toBe(87.5);
    expect(result.band).toBe('high');
    expect(result.capped_by).toEqual([]);
  });

  it('caps the band with a failed gate but never changes the score', () => {
    const result = score({
      'a.scale': 1,
      'a.bool': true,
      'a.choice': 'all',
      'b.number': 95,
      'b.list': ['x', 'y'],
    });
    // A = (2·25 + 100 + 100) / 4 = 62.5; B = 100; O = (2·62.5 + 100) / 3 = 75: exactly the 'high' boundary
    expect(result.score).toBe(75);
    expect(result.band_by_score).toBe('high');
    expect(result.band).toBe('mid');
    expect(result.capped_by).toEqual(['a.scale']);
    expect(result.gates).toEqual([
      { criterion: 'a.scale', dimension: 'a', min: 50, score: 25, passed: false, cap: 'mid' },
    ]);
  });

  it('gives null scores and bands where nothing counts', () => {
    const c = catalogue();
    c.dimensions = [c.dimensions[1]!];
    c.services = [];
    const result = scoreAssessment(c, assessment({ 'b.number': 'n/a', 'b.list': 'n/a' }), {
      lang: 'de',
    });
    expect(result.score).toBeNull();
    expect(result.band).toBeNull();
    expect(result.coverage).toBeNull();
  });
});

describe('action plan', () => {
  it('puts failed gates first, then by gain, and picks the recommendation with the smallest below above the score', () => {
    const result = score({
      'a.scale': 1,
      'a.bool': false,
      'a.choice': 'some',
      'b.number': 95,
      'b.list': ['x', 'y'],
    });
    expect(result.actions.map((a) => a.criterion)).toEqual(['a.scale', 'a.bool', 'a.choice']);
    expect(result.actions[0]).toMatchObject({
      gate: true,
      recommendation: 'anfangen',
      effort: 'high',
      horizon: 'long',
    });
    // gain = (W_a/ΣW)·(w_c/Σw_a)·(t−s) = (2/3)·(2/4)·(100−25) = 25
    expect(result.actions[0]?.gain).toBe(25);
    expect(result.actions[1]?.gain).toBe(16.7);
  });

  it('uses the assessment target over the catalogue target and skips criteria at target', () => {
    const result = score(
      { 'a.scale': 4, 'a.bool': true, 'a.choice': 'some', 'b.number': 95, 'b.list': ['x', 'y'] },
      { targets: { 'a.choice': 60 } },
    );
    expect(result.actions).toEqual([]);
  });

  it('resolves recommendation texts in the requested language', () => {
    const result = score({ 'a.scale': 3 }, {}, 'en');
    expect(result.actions.find((a) => a.criterion === 'a.scale')?.recommendation).toBe('finish');
  });
});

describe('services', () => {
  it('fails a requirement on a criterion that does not count, capped at its cap', () => {
    const result = score({
      'a.scale': 4,
      'a.bool': true,
      'a.choice': 'all',
      'b.number': 95,
      'b.list': ['x', 'y'],
    });
    expect(result.services).toEqual([
      {
        id: 'svc',
        applicable: true,
        score: 100,
        band: 'mid',
        band_by_score: 'high',
        blocked_by: ['b.district'],
      },
    ]);
  });

  it('passes a requirement that is met, and inherits the catalogue gate caps', () => {
    const result = scoreAssessment(
      catalogue(),
      assessment(
        {
          'a.scale': 1,
          'a.bool': true,
          'a.choice': 'all',
          'b.number': 95,
          'b.list': ['x', 'y'],
          'b.district': true,
        },
        { municipality: { name: 'Kreis', type: 'landkreis', state: 'HE' } },
      ),
      { lang: 'de' },
    );
    // service weights: a 2, b 3 → (2·(2·25+100+100)/4 + 3·100) / 5 = 85
    expect(result.services[0]).toEqual({
      id: 'svc',
      applicable: true,
      score: 85,
      band: 'mid',
      band_by_score: 'high',
      blocked_by: ['a.scale'],
    });
  });
});

describe('result document', () => {
  it('validates against the shipped result schema', async () => {
    const { schemaDiagnostics } = await import('../../src/validate/schema.js');
    const { noPositions } = await import('../../src/model/source.js');
    const result = score({ 'a.scale': 1, 'a.bool': 'unknown', 'b.list': 'n/a' });
    expect(
      schemaDiagnostics(
        'result',
        JSON.parse(JSON.stringify(result)),
        noPositions('result.json'),
        'en',
      ),
    ).toEqual([]);
    expect(
      schemaDiagnostics('result', { ...result, score: 120 }, noPositions('result.json'), 'en'),
    ).not.toEqual([]);
  });
});

describe('round1 against decimal rounding', () => {
  it('agrees with rounding the decimal rendering for every value with up to three decimals', () => {
    for (let i = 0; i <= 100_000; i++) {
      const value = i / 1000;
      const decimal = Math.round(Number((value * 10).toPrecision(12))) / 10;
      expect(round1(value)).toBe(decimal);
    }
  });
});
