import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';
import type { Assessment, Catalogue, Lang } from '../../src/model/types.js';
import { renderScoreText } from '../../src/render/score-text.js';
import { PLAIN } from '../../src/render/style.js';
import { buildReportView } from '../../src/report/view.js';
import { printedOrder } from '../../src/score/actions.js';
import { scoreAssessment } from '../../src/score/score.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

/** The v1.1 data as people read it: terminal and report view, German and English. */
const DIR = fileURLToPath(new URL('../conformance/v1.1/', import.meta.url));

function load(): Catalogue {
  const parsed = parseYaml(readFileSync(`${DIR}catalogue.yaml`, 'utf8'), 'catalogue.yaml', 'de');
  return validateCatalogue(parsed.value, parsed.source, 'de').value as Catalogue;
}
const catalogue = load();

function assessmentOf(body: string): Assessment {
  const text = `format: efa-readiness/assessment/v1\ncatalogue: own-v11\n${body}`;
  const parsed = parseYaml(text, 'a.yaml', 'de');
  const checked = validateAssessment(parsed.value, parsed.source, 'de', catalogue);
  expect(checked.errors).toEqual([]);
  return checked.value as Assessment;
}

const STADT = 'municipality: {name: Musterstadt, type: stadt, state: HE}\n';
const CASE_A = assessmentOf(
  `${STADT}answers: {org.lead: true, org.plan: 2, tech.portal: 1, tech.payment: 2}\n`,
);
const text = (a: Assessment, lang: Lang): string =>
  renderScoreText(scoreAssessment(catalogue, a, { lang }), catalogue, { lang, style: PLAIN });
const view = (a: Assessment, lang: Lang) =>
  buildReportView(scoreAssessment(catalogue, a, { lang }), catalogue, a, { lang, version: '1' });

describe('next band in words', () => {
  it('is on the first screen of score, in both languages', () => {
    const de = text(CASE_A, 'de').split('\n').slice(0, 8).join('\n');
    expect(de).toContain(
      'Mit diesen 2 Maßnahmen erreichen Sie „hoch“: Portalanbindung, Rollout-Plan (+31,2 Punkte)',
    );
    expect(text(CASE_A, 'en')).toContain(
      'With these 2 actions you reach “high”: Portal connection, Rollout plan (+31.2 points)',
    );
  });

  it('names a step that stops short of the target, and says plainly when not reachable', () => {
    const d = assessmentOf(
      `${STADT}answers: {org.lead: true, org.plan: 2, tech.portal: 1, tech.payment: 2}\ntargets: {tech.portal: 60}\n`,
    );
    expect(view(d, 'de').summary.nextBand?.sentence).toContain('Portalanbindung (auf 50 Punkte)');
    const e = assessmentOf(
      `${STADT}answers: {org.lead: true, org.plan: 0, tech.portal: 0, tech.payment: 0}\ntargets: {org.plan: 25, tech.portal: 25, tech.payment: 25}\n`,
    );
    expect(view(e, 'de').summary.nextBand).toMatchObject({
      reachable: false,
      sentence:
        '„mittel“ ist mit den gesetzten Zielwerten nicht erreichbar: auch alle 3 Maßnahmen zusammen ergeben nur 43,8 Punkte (nötig: 50).',
    });
  });
});

describe('not yet assessable', () => {
  const little = assessmentOf(`${STADT}answers: {org.lead: true}\n`);

  it('says so with the numbers and lists what is missing, in the terminal', () => {
    const de = text(little, 'de');
    expect(de).toContain(
      'Reifestufe: noch nicht bewertbar: zu wenige Antworten (25,0 % von mindestens 50 %)',
    );
    expect(de).toContain('Es fehlen Antworten zu: Rollout-Plan, Portalanbindung, Bezahlung');
    expect(de).not.toContain('Mit diesen');
    expect(text(little, 'en')).toContain(
      'not yet assessable: too few answers (25.0 % of at least 50 %)',
    );
  });

  it('says so in the report summary, with the missing criteria and no band', () => {
    const summary = view(little, 'en').summary;
    expect(summary.band).toBeNull();
    expect(summary.assessable).toBe(false);
    expect(summary.sentences.join(' ')).toContain(
      'Not yet assessable: too few answers (25.0 % of at least 50 %).',
    );
    expect(summary.missing.map((m) => m.criterion)).toEqual([
      'org.plan',
      'tech.portal',
      'tech.payment',
    ]);
    expect(summary.nextBand).toBeNull();
  });
});

describe('services by responsibility', () => {
  const b = assessmentOf(
    'municipality: {name: Kleindorf, type: gemeinde, state: TH}\nanswers: {org.lead: true, org.plan: 4, tech.portal: 1, tech.payment: 3}\nservices:\n  wohngeld: {responsible: true, stage: tested}\n  bauantrag: {responsible: false, note: Aufgabe des Kreises}\n  kfz: {stage: none}\n',
  );

  it('shows "nicht zuständig" with the reason instead of a band or blockers, and the stage', () => {
    const de = text(b, 'de');
    expect(de).toMatch(/Bauantrag +— +nicht zuständig \(eigene Angabe: Aufgabe des Kreises\)\n/);
    expect(de).toMatch(
      /Kfz-Zulassung +— +nicht zuständig \(Regel des Katalogs\) · Anschluss: nicht begonnen/,
    );
    expect(de).toMatch(/Wohngeld .*begrenzt durch Portalanbindung · Anschluss: getestet/);
    const services = view(b, 'en').services;
    expect(services.map((s) => [s.id, s.responsibility, s.stage, s.blocked])).toEqual([
      ['wohngeld', null, 'tested', true],
      ['bauantrag', 'not responsible (own statement: Aufgabe des Kreises)', null, false],
      ['kfz', 'not responsible (the catalogue’s rule)', 'not started', false],
    ]);
  });
});

describe('the printed plan', () => {
  // plan (gain 25) outranks portal (6.3) in the result, but depends on it
  const a = assessmentOf(
    `${STADT}answers: {org.lead: true, org.plan: 0, tech.portal: 3, tech.payment: 4}\nactions:\n  tech.portal: {owner: "IT, Herr B.", due: 2027-01-15, status: in-progress}\n`,
  );
  const result = scoreAssessment(catalogue, a, { lang: 'de' });

  it('keeps the spec order in the result and puts a dependency first when printed', () => {
    expect(result.actions.map((x) => x.criterion)).toEqual(['org.plan', 'tech.portal']);
    expect(printedOrder(result.actions).map((x) => x.criterion)).toEqual([
      'tech.portal',
      'org.plan',
    ]);
    const plan = view(a, 'de').plan;
    expect(plan.actions.map((x) => x.criterion)).toEqual(['tech.portal', 'org.plan']);
    expect(plan.horizons.flatMap((h) => h.actions.map((x) => x.criterion))).toEqual([
      'tech.portal',
      'org.plan',
    ]);
    const all = text(a, 'de').split('\n');
    const lines = all.slice(all.indexOf('Wichtigste Maßnahmen'));
    const portal = lines.findIndex((l) => l.includes('Portalanbindung'));
    const planLine = lines.findIndex((l) => l.includes('Rollout-Plan'));
    expect(portal).toBeGreaterThan(0);
    expect(portal).toBeLessThan(planLine);
  });

  it('shows who, by when, the status, the cost and what comes first', () => {
    const actions = view(a, 'de').plan.actions;
    expect(actions[0]?.meta).toBe('wer: IT, Herr B. · bis 15.01.2027 · in Arbeit · Kosten: mittel');
    expect(actions[1]?.meta).toBe('wer: Hauptamt · Kosten: keine · nach: Portalanbindung');
    expect(view(a, 'en').plan.actions[0]?.meta).toBe(
      'who: IT, Herr B. · due 15 January 2027 · in progress · cost: medium',
    );
  });

  it('never prints a dependent action in an earlier horizon than its dependency', () => {
    const c: Catalogue = structuredClone(catalogue);
    const dims = c.dimensions;
    dims[0]!.criteria[1]!.recommendations = [{ below: 100, text: 'Plan', horizon: 'short' }];
    dims[1]!.criteria[0]!.recommendations = [{ below: 100, text: 'Portal', horizon: 'long' }];
    const r = scoreAssessment(c, a, { lang: 'de' });
    const horizons = buildReportView(r, c, a, { lang: 'de', version: '1' }).plan.horizons;
    expect(horizons.map((h) => [h.id, h.actions.map((x) => x.criterion)])).toEqual([
      ['long', ['tech.portal', 'org.plan']],
    ]);
  });
});
