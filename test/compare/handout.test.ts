/**
 * Handouts (issue 17 item 6): each municipality's page places it against the
 * medians and quartiles of all, of its type and of its Land. The peer marks
 * of every handout must equal what `compare --format json` reports for the
 * same groups; anonymized handouts name no other municipality.
 */
import { describe, expect, it } from 'vitest';
import { aggregateWithIdentities, type DigestEntry } from '../../src/compare/aggregate.js';
import { digestResult, indexCatalogue } from '../../src/compare/aggregate.js';
import {
  MIN_PEERS,
  handoutFileNames,
  handoutView,
  positionOf,
  slug,
} from '../../src/compare/handout.js';
import { renderHandouts } from '../../src/compare/handout-html.js';
import { renderCompareJson } from '../../src/compare/json.js';
import type { Comparison, PeerGroup, Stats } from '../../src/compare/types.js';
import { prepareCompareView } from '../../src/compare/view.js';
import type { MunicipalityType, State } from '../../src/model/types.js';
import { readCsv, TEST_PSEUDONYM_KEY } from './helpers.js';
import { catalogue, result } from './fixtures.js';

const TYPES: MunicipalityType[] = ['stadt', 'gemeinde', 'landkreis'];
const STATES: State[] = ['HE', 'BY', 'SN'];

/** 23 municipalities: groups of every size, from one (a lone Saxon district) to a dozen. */
function entries(): DigestEntry[] {
  const index = indexCatalogue(catalogue);
  return Array.from({ length: 23 }, (_, i) => {
    const type = i === 22 ? 'verbund' : (TYPES[i % 3] as MunicipalityType);
    const state = i === 22 ? 'SN' : (STATES[i % 2] as State);
    const r = result({
      name: `Ortschaft ${String.fromCharCode(65 + i)}${i % 5 === 0 ? 'ä' : ''}`,
      ags: String(6400000 + i).padStart(8, '0'),
      type,
      state,
      // ties on purpose: 7 and 14 share a score
      score: i === 14 ? 41 : (i * 41) % 97,
      interfaces: i === 3 ? null : (i * 17) % 101,
      staff: (i * 29) % 101,
    });
    return { file: `${i}.yaml`, digest: digestResult(r, index) };
  });
}

interface Mark {
  group: string;
  measure: string;
  dimension?: string;
  value?: number;
  median?: number;
  q1?: number;
  q3?: number;
  n?: number;
}

/** The peer marks of a handout: every bar's data-* attributes. */
function marks(html: string): Mark[] {
  return [...html.matchAll(/<svg class="bar"([^>]*)>/g)].map((m) => {
    const attrs = Object.fromEntries(
      [...(m[1] ?? '').matchAll(/data-([a-z0-9]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]),
    ) as Record<string, string>;
    const number = (k: string): number | undefined =>
      attrs[k] === undefined ? undefined : Number(attrs[k]);
    const mark: Mark = { group: attrs.group ?? '', measure: attrs.measure ?? '' };
    if (attrs.dimension !== undefined) mark.dimension = attrs.dimension;
    for (const k of ['value', 'median', 'q1', 'q3', 'n'] as const) {
      const v = number(k);
      if (v !== undefined) mark[k] = v;
    }
    return mark;
  });
}

function groupOf(json: Comparison, key: string): PeerGroup | undefined {
  return json.peers.find((g) => (g.by === 'all' ? 'all' : `${g.by}:${g.key}`) === key);
}

function expected(stats: Stats): Pick<Mark, 'median' | 'q1' | 'q3' | 'n'> {
  const out: Pick<Mark, 'median' | 'q1' | 'q3' | 'n'> = { n: stats.n };
  if (stats.median !== null) out.median = stats.median;
  if (stats.q1 !== null) out.q1 = stats.q1;
  if (stats.q3 !== null) out.q3 = stats.q3;
  return out;
}

describe('handouts', () => {
  const { comparison, identities } = aggregateWithIdentities(catalogue, entries(), { lang: 'de' });
  const json = JSON.parse(renderCompareJson(comparison)) as Comparison;
  const files = renderHandouts(comparison, identities);

  it('one page per municipality, no key without --anonymize', () => {
    expect(files).toHaveLength(23);
    expect(files.every((f) => f.name.endsWith('.html') && f.mode === undefined)).toBe(true);
    expect(new Set(files.map((f) => f.name)).size).toBe(23);
  });

  it("every peer mark equals the median and quartiles compare's JSON reports for that group", () => {
    let checked = 0;
    json.municipalities.forEach((entry, i) => {
      const html = files[i]?.content ?? '';
      const row = json.assessments[entry.latest];
      const own = ['all', `type:${entry.type}`, `state:${entry.state}`].filter(
        (key) => (groupOf(json, key)?.count ?? 0) >= MIN_PEERS,
      );
      const found = marks(html);
      // a bar for the score and each dimension, for each group large enough
      expect(found, entry.name).toHaveLength(own.length * (1 + json.dimensions.length));
      expect(new Set(found.map((m) => m.group))).toEqual(new Set(own));
      for (const mark of found) {
        const group = groupOf(json, mark.group);
        expect(group, mark.group).toBeDefined();
        if (!group) continue;
        const stats =
          mark.measure === 'score' ? group.score : group.dimensions[mark.dimension ?? ''];
        expect(stats, `${mark.group} ${mark.dimension ?? ''}`).toBeDefined();
        if (!stats) continue;
        const { value } = mark;
        const peer: Partial<Mark> = {};
        for (const k of ['median', 'q1', 'q3', 'n'] as const)
          if (mark[k] !== undefined) peer[k] = mark[k];
        expect(peer, `${entry.name} ${mark.group} ${mark.dimension ?? 'score'}`).toEqual(
          expected(stats),
        );
        const own = mark.measure === 'score' ? row?.score : row?.dimensions[mark.dimension ?? ''];
        expect(value ?? null).toBe(own ?? null);
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('leaves out groups smaller than three, and says why', () => {
    // the one Verbund is alone in its type; Saxony holds only it
    const i = json.municipalities.findIndex((m) => m.type === 'verbund');
    const html = files[i]?.content ?? '';
    expect(marks(html).map((m) => m.group)).toEqual(Array(1 + json.dimensions.length).fill('all'));
    expect(html).toContain('Zu wenige Kommunen für einen Vergleich (1; erst ab 3).');
  });

  it('ranks within each group by score, equal scores sharing a rank ("Platz 3 von 12")', () => {
    const compareView = prepareCompareView(comparison);
    json.municipalities.forEach((entry, i) => {
      const view = handoutView(compareView, i, identities[i] ?? { name: '' });
      const score = json.assessments[entry.latest]?.score ?? null;
      for (const p of view.positions.filter((q) => q.compared)) {
        const peers = json.municipalities
          .filter((m) => p.group.by === 'all' || m[p.group.by] === p.group.key)
          .map((m) => json.assessments[m.latest]?.score ?? null)
          .filter((s): s is number => s !== null);
        const rank = 1 + peers.filter((s) => score !== null && s > score).length;
        expect(p.rank).toEqual({ rank, of: peers.length });
        expect(files[i]?.content).toContain(`Platz ${rank} von ${peers.length}`);
      }
    });
    const tied = json.municipalities.filter((m) => json.assessments[m.latest]?.score === 41);
    expect(tied).toHaveLength(2);
    expect(tied[0]?.rank).toBe(tied[1]?.rank);
  });

  it('draws the medians of the groups as outlines on the radar (three dimensions and more)', () => {
    const three = {
      ...catalogue,
      dimensions: [
        ...catalogue.dimensions,
        {
          id: 'usability',
          title: { de: 'Nutzerfreundlichkeit', en: 'Usability' },
          criteria: [{ id: 'usability.forms', title: 'Formulare', question: 'Formulare?' }],
        },
      ],
    };
    const index = indexCatalogue(three);
    const many = entries().map((e, i) => {
      const digest = { ...e.digest, dimensions: [...e.digest.dimensions, (i * 13) % 100] };
      return { ...e, digest: { ...digest, criteria: [...digest.criteria, 0] } };
    });
    expect(index.dimensions.size).toBe(3);
    const c = aggregateWithIdentities(three, many, { lang: 'en' });
    const page = renderHandouts(c.comparison, c.identities)[0]?.content ?? '';
    const outlines = [
      ...page.matchAll(
        /<polygon class="radar-outline [^"]+" data-group="([^"]+)" points="([^"]+)"/g,
      ),
    ];
    const first = c.comparison.municipalities[0];
    expect(outlines.map((o) => o[1])).toEqual(
      ['all', `type:${first?.type}`, `state:${first?.state}`].filter(
        (k) => (groupOf(c.comparison, k)?.count ?? 0) >= MIN_PEERS,
      ),
    );
    for (const o of outlines) expect((o[2] ?? '').split(' ')).toHaveLength(3);
    expect(page).toContain('median: All municipalities');
    expect(page).toContain('Readiness review among peers');
  });
});

describe('anonymized handouts', () => {
  const { comparison, identities } = aggregateWithIdentities(catalogue, entries(), {
    lang: 'de',
    anonymize: true,
    pseudonymKey: TEST_PSEUDONYM_KEY,
  });
  const files = renderHandouts(comparison, identities);
  const pages = files.filter((f) => f.name.endsWith('.html'));

  it('each names only its own municipality (and its own pseudonym), no other name, pseudonym or AGS', () => {
    expect(pages).toHaveLength(23);
    comparison.municipalities.forEach((entry, i) => {
      const html = pages[i]?.content ?? '';
      const own = identities[i];
      expect(html).toContain(`<h1>${own?.name ?? '?'}</h1>`);
      expect(html).toContain(`„${entry.name}“`);
      identities.forEach((other, k) => {
        if (k === i) return;
        expect(html, `${own?.name ?? ''} names ${other.name}`).not.toContain(other.name);
        expect(html).not.toContain(comparison.municipalities[k]?.name ?? '?');
        expect(html).not.toContain(other.ags ?? '?');
      });
      expect(html).not.toContain(own?.ags ?? '?');
    });
  });

  it('adds a key for the facilitator alone (mode 0600): pseudonym → name, AGS, handout', () => {
    const key = files.find((f) => f.name === '_schluessel-pseudonyme.csv');
    expect(key?.mode).toBe(0o600);
    const rows = readCsv((key?.content ?? '').replace(/^\uFEFF/, ''), ';');
    expect(rows[0]).toEqual(['Pseudonym', 'Kommune', 'AGS', 'Typ', 'Land', 'Handout']);
    expect(rows).toHaveLength(24);
    comparison.municipalities.forEach((entry, i) => {
      expect(rows[i + 1]).toEqual([
        entry.name,
        identities[i]?.name,
        identities[i]?.ags,
        expect.any(String),
        entry.state,
        pages[i]?.name,
      ]);
    });
  });
});

describe('positions and file names', () => {
  const stats: Stats = { n: 9, min: 0, q1: 25, median: 50, q3: 75, max: 100, mean: 50 };
  it.each([
    [90, 'top'],
    [75, 'above'],
    [60, 'above'],
    [50, 'at'],
    [25, 'below'],
    [10, 'bottom'],
    [null, 'none'],
  ] as const)('%s against 25/50/75 is %s', (value, position) => {
    expect(positionOf(value, stats)).toBe(position);
  });

  it.each([
    ['Wiesenstadt', 'wiesenstadt'],
    ['Bad Königshofen i. Grabfeld', 'bad-koenigshofen-i-grabfeld'],
    ['Großröhrsdorf/Süd', 'grossroehrsdorf-sued'],
    ['Saint-Étienne', 'saint-etienne'],
    ['../../etc/passwd', 'etc-passwd'],
    ['<script>', 'script'],
    ['CON', 'kommune-con'],
    ['???', 'kommune'],
    ['x'.repeat(200), 'x'.repeat(60)],
  ])('%s → %s', (name, expectedSlug) => {
    expect(slug(name)).toBe(expectedSlug);
  });

  it('gives two Neustadts different files: the Land, then a number', () => {
    const index = indexCatalogue(catalogue);
    const towns = (['HE', 'BY', 'BY'] as const).map((state, i) => ({
      file: `${i}.yaml`,
      digest: digestResult(
        result({ name: 'Neustadt', state, ags: String(100 + i).padStart(8, '0') }),
        index,
      ),
    }));
    const { comparison, identities } = aggregateWithIdentities(catalogue, towns, { lang: 'de' });
    expect(handoutFileNames(comparison, identities).sort()).toEqual([
      'neustadt-by-2.html',
      'neustadt-by.html',
      'neustadt.html',
    ]);
  });
});
