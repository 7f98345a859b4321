import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/report/view.js';
import * as fixture from './fixture.js';

const build = (lang: 'de' | 'en', result = fixture.cappedResult()) =>
  buildReportView(result, fixture.catalogue(), fixture.assessment(), { lang, version: '9.9.9' });

describe('buildReportView', () => {
  it('is plain JSON: nothing lost in a JSON round trip, no undefined', () => {
    const view = build('de');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(JSON.stringify(view)).not.toContain('undefined');
  });

  it('fills the cover in the report language, without any clock time', () => {
    const de = build('de').cover;
    expect(de).toMatchObject({
      municipality: 'Musterstadt',
      type: 'Stadt',
      state: 'Hessen',
      ags: '06435014',
      population: '23.000',
      date: '20.11.2026',
      dateIso: '2026-11-20',
      method: 'Workshop',
      assessors: ['A. Beispiel', 'B. Muster'],
      catalogue: { id: 'fixture', version: '1.2.0', title: 'Testkatalog' },
    });
    const en = build('en').cover;
    expect(en).toMatchObject({ state: 'Hessen', date: '20 November 2026', population: '23,000' });
    expect(JSON.stringify(build('de'))).not.toMatch(/\d{2}:\d{2}/);
  });

  it('formats numbers with a decimal comma in German and a point in English', () => {
    expect(build('de').summary).toMatchObject({ score: '72,4', coverage: '87,5\u00a0%' });
    expect(build('en').summary).toMatchObject({ score: '72.4', coverage: '87.5\u00a0%' });
  });

  it('says the band in words and which gate capped it, with the catalogue reason', () => {
    const { summary } = build('de');
    expect(summary.band).toMatchObject({ id: 'conditional', label: 'bedingt bereit', tone: 'mid' });
    expect(summary.bandByScore).toMatchObject({ id: 'ready', label: 'bereit', tone: 'high' });
    expect(summary.capped).toBe(true);
    expect(summary.cappedBy.map((g) => [g.criterion, g.reason])).toEqual([
      ['interfaces.routing', 'Ohne Zustellung kein EfA-Dienst.'],
    ]);
    expect(summary.sentences.join(' ')).toContain(
      'Nach Punkten allein wäre die Reifestufe „bereit“',
    );
  });

  it('does not claim a cap where the band is the band by score', () => {
    const view = build('en', fixture.result());
    expect(view.summary.capped).toBe(false);
    expect(view.summary.cappedBy).toEqual([]);
    expect(view.blockers).toHaveLength(1); // the gate still failed and is still a blocker
    expect(view.summary.sentences.join(' ')).not.toContain('By score alone');
  });

  it('takes the three most valuable actions on answered criteria, names the unanswered to clarify, and groups the plan by horizon', () => {
    const view = build('de');
    const status = (id: string) =>
      fixture
        .cappedResult()
        .dimensions.flatMap((d) => d.criteria)
        .find((c) => c.id === id)?.status;
    // security.concept (rank 2 in the plan) is not answered: page 1 asks to clarify it instead
    expect(status('security.concept')).not.toBe('answered');
    expect(view.summary.topActions.map((a) => a.criterion)).toEqual([
      'interfaces.routing',
      'interfaces.payment',
      'staff.lotsen',
    ]);
    expect(view.summary.toClarify.map((c) => c.criterion)).toEqual(['security.concept']);
    expect(view.summary.toClarifyText).toBe(view.summary.toClarify[0]?.title);
    // the plan itself keeps the spec's order
    expect(view.plan.actions.map((a) => a.criterion).slice(0, 2)).toEqual([
      'interfaces.routing',
      'security.concept',
    ]);
    expect(view.plan.horizons.map((h) => [h.id, h.actions.map((a) => a.rank)])).toEqual([
      ['short', [1]],
      ['medium', [5]],
      ['none', [2, 3, 4]],
    ]);
    expect(view.plan.actions[0]).toMatchObject({
      gain: '25,0',
      effort: 'mittel',
      gate: true,
      target: '100',
    });
  });

  it('writes each answer the way its type means it', () => {
    const answers = Object.fromEntries(
      build('de').criteria.flatMap((d) => d.criteria.map((c) => [c.id, c.answer])),
    );
    expect(answers).toEqual({
      'interfaces.routing': '1/4 – Zustellpunkt beantragt',
      'interfaces.payment': 'per Rechnung',
      'staff.lead': 'ja',
      'staff.lotsen': '3 Personen',
      'staff.district-team': 'gilt nicht für diese Kommune',
      'staff.training': 'trifft nicht zu',
      'security.basics': '3 von 4: ISB benannt, WiBA-Checklisten, Datensicherung',
      'security.concept': 'unbekannt',
    });
  });

  it('keeps notes and evidence and turns only http(s) references into links', () => {
    const routing = build('de').criteria[0]?.criteria[0];
    expect(routing).toMatchObject({
      note: 'Zustellpunkt ist beantragt.',
      evidence: ['Ticket 4711'],
    });
    expect(routing?.references).toEqual([
      {
        title: 'FIT-Connect',
        url: 'https://docs.fitko.de/fit-connect/',
        urlText: 'https://docs.fitko.de/fit-connect/',
      },
      { title: 'Intranet', url: null, urlText: 'javascript:alert(1)' },
    ]);
  });

  it('lists strengths (answered, at least 75 points) best first', () => {
    expect(build('de').strengths.map((s) => [s.criterion, s.score])).toEqual([
      ['staff.lead', '100,0'],
      ['security.basics', '75,0'],
    ]);
  });

  it('names what blocks each service', () => {
    expect(build('en').services.map((s) => [s.title, s.blockedBy.map((b) => b.title)])).toEqual([
      ['Resident parking permit', ['Application routing', 'Payment']],
      ['Housing benefit', ['Application routing']],
    ]);
  });

  it('shows the computation of every dimension and of the overall score', () => {
    const { appendix } = build('de');
    expect(appendix.dimensionComputations).toEqual([
      { title: 'Schnittstellen', computation: 'D = (2 × 25,0 + 1 × 40,0) / (2 + 1) = 30,0' },
      { title: 'Personal', computation: 'D = (1 × 100,0 + 1 × 50,0) / (1 + 1) = 75,0' },
      { title: 'Informationssicherheit', computation: 'D = (1 × 75,0 + 1 × 0,0) / (1 + 1) = 37,5' },
    ]);
    expect(build('en', fixture.result()).appendix.overallComputation).toBe(
      'O = (2 × 30.0 + 1 × 75.0 + 1 × 37.5) / (2 + 1 + 1) = 43.1',
    );
  });

  it('embeds the result JSON so that it cannot end the script element', () => {
    const { hostile } = { hostile: fixture.hostile() };
    const view = buildReportView(hostile.result, hostile.catalogue, hostile.assessment, {
      lang: 'de',
      version: '1',
    });
    expect(view.raw.resultJson).not.toMatch(/[<>]/);
    expect(JSON.parse(view.raw.resultJson)).toEqual(hostile.result);
  });

  it('handles a result without any score', () => {
    const result = {
      ...fixture.result(),
      score: null,
      band: null,
      band_by_score: null,
      coverage: null,
      actions: [],
    };
    const view = build('de', result);
    expect(view.summary.score).toBeNull();
    expect(view.summary.sentences[0]).toContain('kein Gesamtwert');
    expect(view.appendix.overallComputation).toBeNull();
  });

  it('labels every message key in both languages', () => {
    const de = build('de').labels;
    const en = build('en').labels;
    expect(Object.keys(de)).toEqual(Object.keys(en));
    for (const key of Object.keys(de)) expect(de[key], key).not.toBe('');
    expect(de.generatedBy).toBe('Erstellt mit efa-readiness 9.9.9');
  });
});
