import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';
import type { Catalogue } from '../../src/model/types.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

/**
 * The v1.1 keys of FORMAT.md: accepted where right, each mistake an error (or
 * warning) with its place and what to change.
 */
const CATALOGUE = `format: efa-readiness/catalogue/v1
id: v11
version: 1.1.0
min_coverage: 50
title: {de: Test, en: Test}
levels:
  - {value: 0, label: nein}
  - {value: 1, label: teils}
  - {value: 2, label: ja}
bands:
  - {id: low, min: 0, label: niedrig}
  - {id: high, min: 60, label: hoch}
dimensions:
  - id: a
    title: A
    criteria:
      - id: a.one
        title: Eins
        question: Eins?
        replaces: [a.old-one]
        recommendations:
          - {below: 100, text: Machen, owner: {de: Hauptamt, en: Main office}, cost: low}
      - id: a.two
        title: Zwei
        question: Zwei?
        depends_on: [b.three]
  - id: b
    title: B
    criteria:
      - id: b.three
        title: Drei
        question: Drei?
        type: boolean
services:
  - id: wohngeld
    title: Wohngeld
    applies_when: {type: [stadt]}
  - id: kfz-zulassung
    title: Kfz
`;

function catalogueOf(text: string, lang: 'de' | 'en' = 'de') {
  const parsed = parseYaml(text, 'cat.yaml', lang);
  return validateCatalogue(parsed.value, parsed.source, lang);
}

const catalogue = catalogueOf(CATALOGUE).value as Catalogue;

function assessmentOf(body: string, lang: 'de' | 'en' = 'de') {
  const text = `format: efa-readiness/assessment/v1\ncatalogue: v11\nmunicipality: {name: M, type: stadt, state: HE}\n${body}`;
  const parsed = parseYaml(text, 'a.yaml', lang);
  return validateAssessment(parsed.value, parsed.source, lang, catalogue);
}

describe('v1.1 catalogue keys', () => {
  it('accepts min_coverage, applies_when on services, depends_on, replaces, owner and cost', () => {
    expect(catalogueOf(CATALOGUE).errors).toEqual([]);
  });

  it('names an unknown depends_on id with a suggestion', () => {
    const { errors } = catalogueOf(
      CATALOGUE.replace('depends_on: [b.three]', 'depends_on: [b.thre]'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-criterion', line: 26, criterion: 'a.two' });
    expect(errors[0]?.message).toMatch(/b\.thre.*b\.three/);
  });

  it('rejects a depends_on cycle across dimensions and a criterion depending on itself', () => {
    const cycle = CATALOGUE.replace(
      '        type: boolean\n',
      '        type: boolean\n        depends_on: [a.two]\n',
    );
    const { errors } = catalogueOf(cycle, 'en');
    expect(errors.map((e) => e.code)).toEqual(['depends-on-cycle']);
    expect(errors[0]?.message).toMatch(/a\.two → b\.three → a\.two/);
    const self = CATALOGUE.replace('depends_on: [b.three]', 'depends_on: [a.two]');
    expect(catalogueOf(self).errors.map((e) => e.code)).toEqual(['depends-on-self']);
  });

  it('rejects a replaced id that is a current one, and two criteria replacing one id', () => {
    const current = CATALOGUE.replace('replaces: [a.old-one]', 'replaces: [a.two]');
    expect(catalogueOf(current).errors.map((e) => e.code)).toEqual(['replaces-current']);
    const twice = CATALOGUE.replace(
      'depends_on: [b.three]',
      'depends_on: [b.three]\n        replaces: [a.old-one]',
    );
    const { errors } = catalogueOf(twice, 'en');
    expect(errors.map((e) => e.code)).toEqual(['replaces-twice']);
    expect(errors[0]?.message).toMatch(/'a\.old-one' is already replaced by 'a\.one'/);
  });

  it('rejects a cost that does not exist and a service population range upside down', () => {
    expect(catalogueOf(CATALOGUE.replace('cost: low', 'cost: cheap')).errors[0]?.message).toMatch(
      /none, low, medium, high/,
    );
    const range = CATALOGUE.replace(
      'applies_when: {type: [stadt]}',
      'applies_when: {population: {min: 10, max: 5}}',
    );
    expect(catalogueOf(range).errors.map((e) => e.code)).toEqual(['population-range']);
  });
});

describe('v1.1 assessment keys', () => {
  it('accepts services and actions', () => {
    const result = assessmentOf(
      'answers: {a.one: 2, a.two: 1, b.three: true}\nservices:\n  wohngeld: {stage: configured}\n  kfz-zulassung: {responsible: false, note: Kreis}\nactions:\n  a.two: {owner: "Hauptamt, Frau A.", due: 2027-03-31, status: in-progress, note: läuft}\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('names an unknown service id with "did you mean"', () => {
    const { errors } = assessmentOf('services:\n  wohngelt: {stage: live}\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'unknown-service', line: 5, col: 3 });
    expect(errors[0]?.message).toMatch(/wohngelt.*Meinten Sie .*wohngeld/);
  });

  it('rejects a stage that does not exist, listing the stages', () => {
    const { errors } = assessmentOf('services:\n  wohngeld: {stage: livee}\n', 'en');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/none, planned, contracted, configured, tested, live/);
    expect(errors[0]?.message).toMatch(/live/);
  });

  it('rejects a due that is not a date, and one that is no calendar day', () => {
    const notDate = assessmentOf('actions:\n  a.two: {due: next week}\n');
    expect(notDate.errors.map((e) => e.path)).toEqual(['actions.a.two.due']);
    const noDay = assessmentOf('actions:\n  a.two: {due: 2027-02-30}\n');
    expect(noDay.errors.map((e) => e.code)).toEqual(['bad-date']);
    expect(noDay.errors[0]).toMatchObject({ line: 5 });
  });

  it('rejects an unknown action status and an action for an unknown criterion', () => {
    const status = assessmentOf('actions:\n  a.two: {status: finished}\n', 'en');
    expect(status.errors[0]?.message).toMatch(/open, in-progress, done/);
    const unknown = assessmentOf('actions:\n  a.tow: {status: open}\n');
    expect(unknown.errors.map((e) => e.code)).toEqual(['unknown-criterion']);
    expect(unknown.errors[0]?.message).toMatch(/a\.two/);
  });

  it('counts an answer under a replaced id, with one warning naming both ids', () => {
    const result = assessmentOf('answers: {a.old-one: 2, a.two: 2, b.three: true}\n', 'en');
    expect(result.errors).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: 'replaced-id', criterion: 'a.one', line: 4 });
    expect(result.warnings[0]?.message).toMatch(/'a\.old-one'.*'a\.one'/);
  });

  it('rejects an answer under both the old and the current id', () => {
    const { errors } = assessmentOf('answers: {a.old-one: 2, a.one: 1}\n');
    expect(errors.map((e) => e.code)).toEqual(['replaced-both']);
  });

  it('warns where an action is marked done but the answer is still below target', () => {
    const { errors, warnings } = assessmentOf(
      'answers: {a.one: 1, a.two: 2, b.three: false}\nactions:\n  a.one: {status: done}\n  a.two: {status: done}\n  b.three: {status: done}\n',
    );
    expect(errors).toEqual([]);
    expect(warnings.map((w) => [w.criterion, w.message])).toEqual([
      ['a.one', 'als erledigt markiert, Antwort aber noch Stufe 1 – bitte aktualisieren.'],
      [
        'b.three',
        'als erledigt markiert, Antwort aber noch bei 0,0 von Ziel 100 – bitte aktualisieren.',
      ],
    ]);
  });
});
