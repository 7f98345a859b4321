import { describe, expect, it } from 'vitest';
import { noPositions } from '../../src/model/source.js';
import type { Catalogue } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { validateAssessment } from '../../src/validate/index.js';
import { assessment, catalogue } from './fixtures.js';

/**
 * Issue 10, finding 14: ids are data. `constructor` is the one name of
 * Object.prototype the id patterns allow (lower case, no underscore); an id
 * like it must score as any other, never pick up a built-in.
 */
function prototypeCatalogue(): Catalogue {
  const text = JSON.stringify(catalogue())
    .replaceAll('"a.scale"', '"constructor"')
    .replaceAll('"id":"a"', '"id":"constructor"');
  return JSON.parse(text) as Catalogue;
}

describe('ids named like Object.prototype members', () => {
  it('scores an unanswered criterion "constructor" as missing, with an action, and keeps sums finite', () => {
    const result = scoreAssessment(prototypeCatalogue(), assessment({ 'a.bool': true }), {
      lang: 'de',
    });
    const c = result.dimensions.flatMap((d) => d.criteria).find((x) => x.id === 'constructor');
    expect(c).toMatchObject({ status: 'missing', score: 0 });
    expect(result.actions.map((a) => a.criterion)).toContain('constructor');
    expect(result.dimensions.find((d) => d.id === 'constructor')?.score).toBe(25);
    for (const s of result.services) expect(Number.isFinite(s.score)).toBe(true);
  });

  it('scores an own answer "constructor" like any other (level 2 = 50)', () => {
    const answers = JSON.parse('{"constructor": 2, "a.bool": true}') as Record<string, number>;
    const result = scoreAssessment(prototypeCatalogue(), assessment(answers), { lang: 'de' });
    expect(
      result.dimensions.flatMap((d) => d.criteria).find((x) => x.id === 'constructor'),
    ).toMatchObject({
      status: 'answered',
      score: 50,
    });
    const plain = scoreAssessment(catalogue(), assessment({ 'a.scale': 2, 'a.bool': true }), {
      lang: 'de',
    });
    expect(result.score).toBe(plain.score);
  });

  it('uses a target only where the assessment sets one', () => {
    const result = scoreAssessment(
      prototypeCatalogue(),
      assessment(JSON.parse('{"constructor": 4, "a.bool": true}') as Record<string, number>, {
        targets: {},
      }),
      { lang: 'de' },
    );
    expect(result.actions.map((a) => a.criterion)).not.toContain('constructor');
    const low = scoreAssessment(prototypeCatalogue(), assessment({ 'a.bool': true }), {
      lang: 'de',
    });
    expect(low.actions.find((a) => a.criterion === 'constructor')?.gain).toBeGreaterThan(0);
  });

  it('lists an unanswered "constructor" among the missing answers', () => {
    const v = validateAssessment(
      assessment({ 'a.bool': true }),
      noPositions('x.yaml'),
      'en',
      prototypeCatalogue(),
    );
    const missing = v.warnings.find((w) => w.code === 'missing-answers');
    expect(missing?.message).toContain('constructor');
  });
});
