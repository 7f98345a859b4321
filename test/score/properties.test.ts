import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  AnswerEntry,
  Assessment,
  Catalogue,
  Criterion,
  MunicipalityType,
  Result,
} from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { assessment, catalogue } from './fixtures.js';

/** Invariants of SCORING.md checked on random weights, gates and answers. */

const TYPES: MunicipalityType[] = ['gemeinde', 'stadt', 'landkreis'];

/** A catalogue like the fixture with random weights and gate minimums. */
const arbCatalogue = fc
  .record({
    dimWeights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 2 }),
    critWeights: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 6, maxLength: 6 }),
    gateMin: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ dimWeights, critWeights, gateMin }) => {
    const c = catalogue();
    let i = 0;
    c.dimensions.forEach((d, j) => {
      d.weight = dimWeights[j] ?? 1;
      d.criteria.forEach((criterion) => {
        criterion.weight = critWeights[i++] ?? 1;
      });
    });
    const gated = c.dimensions[0]!.criteria[0]!;
    gated.gate = { min: gateMin, cap: 'mid' };
    return c;
  });

function arbValue(criterion: Criterion): fc.Arbitrary<AnswerEntry | undefined> {
  const specials: fc.Arbitrary<AnswerEntry | undefined>[] = [
    fc.constant(undefined),
    fc.constant('unknown'),
  ];
  if (criterion.allow_na) specials.push(fc.constant('n/a'));
  let value: fc.Arbitrary<AnswerEntry>;
  switch (criterion.type ?? 'scale') {
    case 'scale':
      value = fc.integer({ min: 0, max: 4 });
      break;
    case 'boolean':
      value = fc.boolean();
      break;
    case 'choice':
      value = fc.constantFrom(...(criterion.options ?? []).map((o) => o.id));
      break;
    case 'number':
      value = fc.integer({ min: 0, max: 120 });
      break;
    case 'checklist':
      value = fc.subarray((criterion.items ?? []).map((i) => i.id));
      break;
  }
  return fc.oneof({ weight: 1, arbitrary: fc.oneof(...specials) }, { weight: 4, arbitrary: value });
}

const arbCase = arbCatalogue.chain((c) => {
  const criteria = c.dimensions.flatMap((d) => d.criteria);
  return fc
    .record({
      catalogue: fc.constant(c),
      answers: fc.tuple(...criteria.map(arbValue)),
      type: fc.constantFrom(...TYPES),
    })
    .map(({ catalogue: cat, answers, type }) => {
      const record: Record<string, AnswerEntry> = {};
      criteria.forEach((criterion, i) => {
        const v = answers[i];
        if (v !== undefined) record[criterion.id] = v;
      });
      return {
        catalogue: cat,
        assessment: assessment(record, { municipality: { name: 'X', type, state: 'HE' } }),
      };
    });
});

const run = (c: Catalogue, a: Assessment): Result => scoreAssessment(c, a, { lang: 'de' });

function allScores(r: Result): (number | null)[] {
  return [
    r.score,
    r.coverage,
    ...r.dimensions.flatMap((d) => [d.score, d.coverage, ...d.criteria.map((c) => c.score)]),
    ...r.services.map((s) => s.score),
  ];
}

const bandIndex = (c: Catalogue, id: string | null): number =>
  id === null ? -1 : c.bands.findIndex((b) => b.id === id);

describe('scoring invariants', () => {
  it('keeps every score and coverage within 0..100', () => {
    fc.assert(
      fc.property(arbCase, ({ catalogue: c, assessment: a }) => {
        for (const s of allScores(run(c, a))) if (s !== null) expect(s >= 0 && s <= 100).toBe(true);
      }),
    );
  });

  it('never lowers any score or band when one answer is raised', () => {
    fc.assert(
      fc.property(arbCase, fc.nat(), ({ catalogue: c, assessment: a }, pick) => {
        const criteria = c.dimensions.flatMap((d) => d.criteria);
        const criterion = criteria[pick % criteria.length]!;
        const raised = raise(criterion, a.answers?.[criterion.id]);
        if (raised === undefined) return;
        const before = run(c, a);
        const after = run(c, { ...a, answers: { ...a.answers, [criterion.id]: raised } });
        const b = allScores(before);
        allScores(after).forEach((s, i) => {
          const old = b[i];
          if (s !== null && old !== null && old !== undefined)
            expect(s).toBeGreaterThanOrEqual(old);
        });
        expect(bandIndex(c, after.band)).toBeGreaterThanOrEqual(bandIndex(c, before.band));
        after.services.forEach((s, i) => {
          expect(bandIndex(c, s.band)).toBeGreaterThanOrEqual(
            bandIndex(c, before.services[i]?.band ?? null),
          );
        });
      }),
    );
  });

  it('gives the same scores whatever the order of dimensions and criteria', () => {
    fc.assert(
      fc.property(
        arbCase,
        fc.boolean(),
        fc.boolean(),
        ({ catalogue: c, assessment: a }, flipDims, flipCrit) => {
          const shuffled: Catalogue = structuredClone(c);
          if (flipDims) shuffled.dimensions.reverse();
          if (flipCrit) shuffled.dimensions.forEach((d) => d.criteria.reverse());
          const x = run(c, a);
          const y = run(shuffled, a);
          expect(y.score).toBe(x.score);
          expect(y.coverage).toBe(x.coverage);
          expect(y.band).toBe(x.band);
          const byId = (r: Result) =>
            Object.fromEntries(r.dimensions.map((d) => [d.id, [d.score, d.coverage]]));
          expect(byId(y)).toEqual(byId(x));
          expect(y.services).toEqual(
            x.services.map((s) => ({
              ...s,
              blocked_by: y.services.find((t) => t.id === s.id)?.blocked_by,
            })),
          );
          expect([...y.actions].map((t) => [t.criterion, t.gain]).sort()).toEqual(
            [...x.actions].map((t) => [t.criterion, t.gain]).sort(),
          );
        },
      ),
    );
  });

  it('scores n/a on a criterion exactly as if the criterion were removed', () => {
    fc.assert(
      fc.property(arbCase, ({ catalogue: c, assessment: a }) => {
        const withNa = run(c, { ...a, answers: { ...a.answers, 'b.list': 'n/a' } });
        const removed: Catalogue = structuredClone(c);
        const b = removed.dimensions[1]!;
        b.criteria = b.criteria.filter((x) => x.id !== 'b.list');
        const without = run(removed, a.answers ? { ...a, answers: omit(a.answers, 'b.list') } : a);
        expect(without.score).toBe(withNa.score);
        expect(without.coverage).toBe(withNa.coverage);
        expect(without.band).toBe(withNa.band);
        expect(without.dimensions.map((d) => d.score)).toEqual(
          withNa.dimensions.map((d) => d.score),
        );
      }),
    );
  });

  it('never raises a band through a gate', () => {
    fc.assert(
      fc.property(arbCase, ({ catalogue: c, assessment: a }) => {
        const gated = run(c, a);
        expect(bandIndex(c, gated.band)).toBeLessThanOrEqual(bandIndex(c, gated.band_by_score));
        const ungated: Catalogue = structuredClone(c);
        ungated.dimensions.forEach((d) => {
          d.criteria.forEach((x) => delete x.gate);
        });
        expect(bandIndex(c, gated.band)).toBeLessThanOrEqual(bandIndex(c, run(ungated, a).band));
        expect(gated.score).toBe(run(ungated, a).score);
      }),
    );
  });
});

/** A strictly better answer than `entry`, or undefined when there is none. */
function raise(criterion: Criterion, entry: AnswerEntry | undefined): AnswerEntry | undefined {
  const value = entry === undefined || entry === 'unknown' ? undefined : entry;
  if (entry === 'n/a') return undefined;
  switch (criterion.type ?? 'scale') {
    case 'scale':
      return value === undefined ? 0 : (value as number) < 4 ? (value as number) + 1 : undefined;
    case 'boolean':
      return value === true ? undefined : value === undefined ? false : true;
    case 'choice': {
      const options = [...(criterion.options ?? [])].sort((x, y) => x.score - y.score);
      const current = options.findIndex((o) => o.id === value);
      return options[current + 1]?.id;
    }
    case 'number':
      return value === undefined ? 0 : (value as number) + 10;
    case 'checklist': {
      const have = (value as string[] | undefined) ?? [];
      const next = (criterion.items ?? []).find((i) => !have.includes(i.id));
      return value === undefined ? [] : next ? [...have, next.id] : undefined;
    }
  }
}

function omit<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

/** SCORING §3 recomputed from a result's criteria, with some criterion scores replaced. */
function overallWith(r: Result, raised: ReadonlyMap<string, number>): number | null {
  let sum = 0;
  let weights = 0;
  for (const d of r.dimensions) {
    let s = 0;
    let w = 0;
    for (const c of d.criteria) {
      if (c.score === null) continue;
      s += c.weight * (raised.get(c.id) ?? c.score);
      w += c.weight;
    }
    if (w === 0) continue;
    sum += d.weight * (s / w);
    weights += d.weight;
  }
  return weights === 0 ? null : sum / weights;
}

const round1 = (x: number): number => Math.round(x * 10 + 1e-9) / 10;

/** Cases with random targets too, so that some paths are not reachable. */
const arbPlanCase = fc
  .tuple(arbCase, fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }))
  .map(([{ catalogue: c, assessment: a }, targets]) => {
    const ids = c.dimensions.flatMap((d) => d.criteria.map((x) => x.id));
    const record: Record<string, number> = {};
    ids.forEach((id, i) => {
      if (i % 2 === 0) record[id] = targets[i] ?? 100;
    });
    return { catalogue: c, assessment: { ...a, targets: record } };
  });

describe('v1.1 invariants', () => {
  it('next_band: its steps, recomputed with the raised values, reach the band it names', () => {
    let seen = 0;
    fc.assert(
      fc.property(arbPlanCase, ({ catalogue: c, assessment: a }) => {
        const r = run(c, a);
        const next = r.next_band;
        if (r.band === null || !r.assessable) expect(next).toBeNull();
        if (next === null) return;
        seen++;
        const raised = new Map(next.steps.map((s) => [s.criterion, s.to]));
        const recomputed = overallWith(r, raised) ?? 0;
        expect(Math.abs(recomputed - next.score)).toBeLessThanOrEqual(0.05 + 1e-9);
        const min = c.bands.find((b) => b.id === next.band)?.min ?? Infinity;
        expect(bandIndex(c, next.band)).toBe(bandIndex(c, r.band) + 1);
        expect(round1(recomputed) >= min).toBe(next.reachable);
        // every gate that capped below the named band passes with the raised values
        for (const g of r.gates) {
          if (g.passed || bandIndex(c, g.cap) >= bandIndex(c, next.band)) continue;
          expect(raised.get(g.criterion) ?? g.score).toBeGreaterThanOrEqual(g.min);
        }
        // not reachable only where raising everything there is would not reach it either
        const all = new Map(r.actions.map((x) => [x.criterion, x.target]));
        for (const g of r.gates) {
          if (!g.passed && bandIndex(c, g.cap) < bandIndex(c, next.band))
            all.set(g.criterion, Math.max(g.min, all.get(g.criterion) ?? 0));
        }
        expect(next.reachable).toBe(round1(overallWith(r, all) ?? 0) >= min);
        // the summed gains are the rise of the score
        const gains = next.steps.reduce((sum, s) => sum + s.gain, 0);
        expect(Math.abs(gains - (recomputed - (overallWith(r, new Map()) ?? 0)))).toBeLessThan(
          0.05 * next.steps.length + 0.05,
        );
      }),
      { numRuns: 300 },
    );
    expect(seen).toBeGreaterThan(0);
  });

  it('a service that does not apply changes no other number', () => {
    fc.assert(
      fc.property(arbCase, fc.boolean(), ({ catalogue: c, assessment: a }, byRule) => {
        const two: Catalogue = structuredClone(c);
        two.services = [
          ...(two.services ?? []),
          {
            id: 'extra',
            title: 'Extra',
            weights: { a: 5 },
            requires: [{ criterion: 'a.scale', min: 100 }],
            ...(byRule ? { applies_when: { type: ['verbund'] } } : {}),
          },
        ];
        const said = byRule ? a : { ...a, services: { extra: { responsible: false } } };
        const withIt = run(two, said);
        const without = run(c, a);
        const extra = withIt.services.find((s) => s.id === 'extra');
        expect(extra).toMatchObject({
          applicable: false,
          excluded_by: byRule ? 'catalogue' : 'assessment',
          score: null,
          band: null,
          blocked_by: [],
        });
        expect({ ...withIt, services: withIt.services.filter((s) => s.id !== 'extra') }).toEqual(
          without,
        );
      }),
    );
  });
});
