import { createHash } from 'node:crypto';
import { describe as suite, expect, it } from 'vitest';
import {
  aggregateComparison,
  digestKey,
  digestResult,
  groupByMunicipality,
  indexCatalogue,
} from '../../src/compare/aggregate.js';
import { dropDuplicates } from '../../src/compare/duplicates.js';
import { describe, quantile, round1 } from '../../src/compare/stats.js';
import { catalogue, result } from './fixtures.js';

const entry = (
  r: ReturnType<typeof result>,
  file = `${r.municipality.name}.yaml`,
  catalogueRef = 'mini',
) => ({
  file,
  result: r,
  catalogueRef,
});

suite('quantiles (Hyndman & Fan type 7)', () => {
  it('interpolates between order statistics like R quantile(type = 7)', () => {
    // R: quantile(c(1, 2, 3, 4), c(.25, .5, .75)) -> 1.75 2.50 3.25
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 10);
    expect(quantile([1, 2, 3, 4], 0.5)).toBeCloseTo(2.5, 10);
    expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25, 10);
    // R: quantile(c(10, 20, 40, 80, 90), c(.25, .5, .75)) -> 20 40 80
    expect(quantile([10, 20, 40, 80, 90], 0.25)).toBe(20);
    expect(quantile([10, 20, 40, 80, 90], 0.5)).toBe(40);
    expect(quantile([10, 20, 40, 80, 90], 0.75)).toBe(80);
    expect(quantile([7], 0.25)).toBe(7);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('describes values, leaving out nulls, sorting, rounding to one decimal', () => {
    expect(describe([30, null, 10, 20, 40])).toEqual({
      n: 4,
      min: 10,
      q1: 17.5,
      median: 25,
      q3: 32.5,
      max: 40,
      mean: 25,
    });
    expect(describe([null, null])).toEqual({
      n: 0,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      mean: null,
    });
    expect(describe([1, 2]).mean).toBe(1.5);
    expect(describe([0.1, 0.2, 0.3]).mean).toBe(0.2);
  });

  it('rounds half away from zero despite binary noise', () => {
    expect(round1(0.05)).toBe(0.1);
    expect(round1(1.25)).toBe(1.3);
    expect(round1(-1.25)).toBe(-1.3);
    expect(round1((2.675 * 10) / 10)).toBe(2.7);
    expect(round1(33.333333)).toBe(33.3);
  });
});

suite('aggregateComparison', () => {
  const pilots = [
    result({
      name: 'Aheim',
      ags: '06000001',
      score: 80,
      band: 'ready',
      routing: 100,
      interfaces: 90,
      staff: 60,
    }),
    result({
      name: 'Bedorf',
      ags: '06000002',
      score: 40,
      band: 'not-ready',
      routing: 25,
      interfaces: 20,
      staff: 70,
      gaps: [
        { criterion: 'interfaces.routing', gain: 30 },
        { criterion: 'staff.lead', gain: 5 },
      ],
    }),
    result({
      name: 'Cestadt',
      ags: '06000003',
      score: 60,
      band: 'conditional',
      routing: 0,
      interfaces: 40,
      staff: null,
      gaps: [{ criterion: 'interfaces.routing', gain: 40 }],
    }),
    result({
      name: 'Dekreis',
      ags: '06000',
      type: 'landkreis',
      score: 60,
      band: 'conditional',
      routing: null,
      interfaces: 70,
      staff: 40,
      gaps: [{ criterion: 'staff.lead', gain: 7 }],
    }),
  ];
  const c = aggregateComparison(
    catalogue,
    pilots.map((r) => entry(r)),
    { lang: 'de' },
  );

  it('ranks by score with shared ranks for ties, names in order of ties', () => {
    expect(c.municipalities.map((m) => [m.rank, m.name])).toEqual([
      [1, 'Aheim'],
      [2, 'Cestadt'],
      [2, 'Dekreis'],
      [4, 'Bedorf'],
    ]);
  });

  it('gives quartiles per dimension, leaving out dimensions without a score', () => {
    const interfaces = c.dimensions.find((d) => d.id === 'interfaces');
    expect(interfaces?.stats).toEqual({
      n: 4,
      min: 20,
      q1: 35,
      median: 55,
      q3: 75,
      max: 90,
      mean: 55,
    });
    const staff = c.dimensions.find((d) => d.id === 'staff');
    expect(staff?.stats).toEqual({
      n: 3,
      min: 40,
      q1: 50,
      median: 60,
      q3: 65,
      max: 70,
      mean: 56.7,
    });
    expect(c.overall.median).toBe(60);
  });

  it('counts gate failures only where the gate applies', () => {
    const routing = c.criteria.find((x) => x.id === 'interfaces.routing');
    expect(routing?.gate).toMatchObject({
      applies: 3,
      failed: 2,
      failed_share: 66.7,
      cap_label: 'bedingt bereit',
    });
    expect(c.gate_failures.map((g) => g.id)).toEqual(['interfaces.routing']);
    // not-applicable does not count; the other three do
    expect(routing?.counted).toBe(3);
    expect(routing?.mean).toBe(41.7);
    // the Blaupause: gate failures first, then by mean gain (35 / 4 = 8.75 -> 8.8; 12 / 4 = 3)
    expect(c.priorities.map((p) => [p.id, p.mean_gain])).toEqual([
      ['interfaces.routing', 17.5],
      ['staff.lead', 3],
    ]);
    expect(routing?.recommendation).toBe('Zustellpunkt einrichten');
    expect(routing?.effort).toBe('medium');
  });

  it('counts missing answers and excluded criteria correctly', () => {
    const lead = c.criteria.find((x) => x.id === 'staff.lead');
    expect(lead).toMatchObject({ counted: 4, unknown_or_missing: 4, mean: 0 });
    const team = c.criteria.find((x) => x.id === 'staff.district-team');
    expect(team).toMatchObject({ counted: 1, unknown_or_missing: 1 });
  });

  it('distributes bands with shares', () => {
    expect(c.bands.map((b) => [b.id, b.count, b.share])).toEqual([
      ['not-ready', 1, 25],
      ['conditional', 2, 50],
      ['ready', 1, 25],
    ]);
  });

  it('groups by type and by Land', () => {
    expect(c.groups.entries.map((g) => [g.key, g.label, g.count, g.score.median])).toEqual([
      ['stadt', 'Stadt', 3, 60],
      ['landkreis', 'Landkreis', 1, 60],
    ]);
    expect(c.groups.entries[0]?.top_blocker).toEqual({
      criterion: 'interfaces.routing',
      title: 'Antragsrouting',
      count: 2,
    });
    const byState = aggregateComparison(
      catalogue,
      pilots.map((r) => entry(r)),
      { lang: 'en', groupBy: 'state' },
    );
    expect(byState.groups.entries.map((g) => [g.label, g.count])).toEqual([['Hessen', 4]]);
  });

  it('rejects nothing and reports nothing for an empty input', () => {
    const empty = aggregateComparison(catalogue, [], { lang: 'de' });
    expect(empty.counts).toEqual({
      files: 0,
      assessments: 0,
      municipalities: 0,
      skipped: 0,
      by_method: { interview: 0, workshop: 0, self: 0, none: 0 },
    });
    expect(empty.overall.median).toBeNull();
    expect(empty.priorities).toEqual([]);
  });
});

suite('trends', () => {
  const history = [
    result({
      name: 'Aheim',
      ags: '06000001',
      date: '2026-03-01',
      score: 40,
      interfaces: 30,
      staff: null,
      gaps: [
        { criterion: 'interfaces.routing', gain: 20 },
        { criterion: 'staff.lead', gain: 10 },
      ],
    }),
    result({ name: 'Bedorf', date: '2025-01-01', score: 10 }),
    // same AGS, later date, listed first: order comes from the dates
    result({
      name: 'Aheim (Stadt)',
      ags: '06000001',
      date: '2026-11-01',
      score: 55.5,
      interfaces: 60,
      staff: 45,
      gaps: [{ criterion: 'interfaces.routing', gain: 7.5 }],
    }),
    result({ name: 'Bedorf', date: '2026-01-01', score: 25 }),
    result({ name: 'Aheim', ags: '06000001', date: '2026-06-01', score: 50 }),
  ];
  const entries = [history[2], history[0], history[1], history[3], history[4]].map((r) =>
    entry(r as ReturnType<typeof result>),
  );
  const c = aggregateComparison(catalogue, entries, { lang: 'de' });

  it('recognises one municipality by AGS, else by name, oldest first', () => {
    const index = indexCatalogue(catalogue);
    const groups = groupByMunicipality(
      entries.map((e) => ({ file: e.file, digest: digestResult(e.result, index) })),
    );
    expect(groups.map((g) => [g.key, g.members.map((m) => m.entry.digest.date)])).toEqual([
      ['ags:06000001', ['2026-03-01', '2026-06-01', '2026-11-01']],
      ['name:HE:bedorf', ['2025-01-01', '2026-01-01']],
    ]);
    expect(c.counts).toMatchObject({ assessments: 5, municipalities: 2 });
    expect(c.municipalities[0]).toMatchObject({ name: 'Aheim (Stadt)', assessments: 3, rank: 1 });
  });

  it('gives the change per dimension, null where a side has no score', () => {
    const aheim = c.trends.find((x) => x.name === 'Aheim (Stadt)');
    expect(aheim?.score).toEqual({ from: 40, to: 55.5, change: 15.5 });
    expect(aheim?.dimensions).toEqual([
      { id: 'interfaces', from: 30, to: 60, change: 30 },
      { id: 'staff', from: null, to: 45, change: null },
    ]);
    expect(aheim?.points.map((p) => p.score)).toEqual([40, 50, 55.5]);
  });

  it('measures progress toward targets as the closed part of the gap', () => {
    const aheim = c.trends.find((x) => x.name === 'Aheim (Stadt)');
    expect(aheim?.targets).toEqual({
      gap_from: 30,
      gap_to: 7.5,
      open_from: 2,
      open_to: 1,
      closed_share: 75,
    });
    const bedorf = c.trends.find((x) => x.name === 'Bedorf');
    expect(bedorf?.targets.closed_share).toBeNull();
  });

  it('uses only the latest assessment for the statistics', () => {
    expect(c.overall).toMatchObject({ n: 2, min: 25, max: 55.5 });
    expect(c.assessments.filter((r) => r.latest).map((r) => r.score)).toEqual([55.5, 25]);
  });

  it('joins an assessment without AGS to the municipality with that name and an AGS', () => {
    const joined = aggregateComparison(
      catalogue,
      [
        entry(result({ name: 'Cehausen', ags: '06000009', date: '2026-01-01' })),
        entry(result({ name: ' cehausen ', date: '2026-05-01' })),
      ],
      { lang: 'de' },
    );
    expect(joined.counts.municipalities).toBe(1);
    expect(joined.trends).toHaveLength(1);
  });

  it('keeps places of the same name in different Länder apart', () => {
    const apart = aggregateComparison(
      catalogue,
      [
        entry(result({ name: 'Neustadt', state: 'HE', date: '2026-01-01' })),
        entry(result({ name: 'Neustadt', state: 'BY', date: '2026-05-01' })),
      ],
      { lang: 'de' },
    );
    expect(apart.counts.municipalities).toBe(2);
    expect(apart.trends).toHaveLength(0);
  });
});

suite('catalogue versions and anonymizing', () => {
  it('lists assessments that name another catalogue version', () => {
    const c = aggregateComparison(
      catalogue,
      [
        entry(result({ name: 'A' }), 'a.yaml', 'mini@0.9.0'),
        entry(result({ name: 'B' }), 'b.yaml', 'mini@1.0.0'),
        entry(result({ name: 'C' }), 'c.yaml', 'mini@0.9.0'),
      ],
      { lang: 'de' },
    );
    expect(c.versions).toEqual([{ version: '0.9.0', count: 2 }]);
  });

  it('replaces names by stable pseudonyms and drops AGS and file names', () => {
    const input = [
      entry(result({ name: 'Geheimstadt', ags: '06999001', type: 'kreisfreie-stadt' })),
      entry(result({ name: 'Verborgenheim', ags: '06438001', type: 'gemeinde' })),
    ];
    const skipped = [
      { file: 'kommunen/Geheimstadt-alt.yaml', problems: 2, first: 'Geheimstadt: Zeile 3' },
    ];
    const pseudonymKey = new Uint8Array(32).fill(1);
    const a = aggregateComparison(catalogue, input, {
      lang: 'de',
      anonymize: true,
      skipped,
      pseudonymKey,
    });
    const b = aggregateComparison(catalogue, [...input].reverse(), {
      lang: 'de',
      anonymize: true,
      skipped,
      pseudonymKey,
    });
    const names = a.municipalities.map((m) => m.name).sort();
    expect(names).toEqual(b.municipalities.map((m) => m.name).sort());
    // Issue 10, finding 8: another key (or none: a random one) gives other pseudonyms,
    // and none is the unsalted SHA-256 of the public AGS.
    const other = aggregateComparison(catalogue, input, {
      lang: 'de',
      anonymize: true,
      pseudonymKey: new Uint8Array(32).fill(2),
    });
    expect(other.municipalities.map((m) => m.name).sort()).not.toEqual(names);
    const random = aggregateComparison(catalogue, input, { lang: 'de', anonymize: true });
    expect(random.municipalities.map((m) => m.name).sort()).not.toEqual(names);
    for (const ags of ['06999001', '06438001']) {
      const unsalted = createHash('sha256').update(ags).digest('hex').toUpperCase().slice(0, 5);
      for (const c of [a, random]) expect(JSON.stringify(c)).not.toContain(unsalted);
    }
    expect(names[0]).toMatch(/^Gemeinde [0-9A-F]{5}$/);
    expect(names[1]).toMatch(/^Kreisfreie Stadt [0-9A-F]{5}$/);
    const json = JSON.stringify(a);
    for (const secret of ['Geheimstadt', 'Verborgenheim', '06999001', '06438001'])
      expect(json).not.toContain(secret);
    expect(a.skipped).toEqual([{ file: '#1', problems: 2 }]);
  });
});

suite('duplicates by the key the workers compute', () => {
  const index = indexCatalogue(catalogue);
  const digests = [
    digestResult(result({ name: 'A', routing: 2 }), index),
    digestResult(result({ name: 'A', routing: 2 }), index), // a copy
    digestResult(result({ name: 'A', routing: 3 }), index), // one answer differs
    digestResult(result({ name: 'A', routing: 2, date: '2026-02-01' }), index), // another round
    digestResult(result({ name: 'B', routing: 2 }), index),
  ];
  const entries = digests.map((digest, i) => ({ file: `${i}.yaml`, digest }));

  it('gives equal keys exactly for equal digests', () => {
    for (const a of digests)
      for (const b of digests)
        expect(digestKey(a) === digestKey(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
  });

  it('drops the same files with keys from the workers as without', () => {
    const withKeys = dropDuplicates(entries.map((e) => ({ ...e, key: digestKey(e.digest) })));
    const without = dropDuplicates(entries);
    expect(without.duplicates).toEqual([{ kept: '0.yaml', dropped: '1.yaml' }]);
    expect(withKeys.duplicates).toEqual(without.duplicates);
    expect(withKeys.entries.map((e) => e.file)).toEqual(without.entries.map((e) => e.file));
  });
});
