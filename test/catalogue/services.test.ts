/**
 * Services follow responsibility (issue 14, item 3): which service profiles of
 * efa-default apply to which municipality type and Land by default, and that the
 * assessment's own word (`services.<id>.responsible`) overrides the default both
 * ways (a Sonderstatusstadt in Hessen is its own building authority).
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/app/load.js';
import type {
  Assessment,
  Catalogue,
  MunicipalityType,
  Result,
  State,
} from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { ROOT } from '../helpers/cli.js';

let catalogue: Catalogue;

beforeAll(async () => {
  ({ catalogue } = await loadCatalogue(join(ROOT, 'criteria', 'efa-default.yaml'), {
    lang: 'de',
    cwd: ROOT,
  }));
});

function score(
  type: MunicipalityType,
  state: State,
  services?: Record<string, { responsible: boolean }>,
): Result {
  const assessment = {
    format: 'efa-readiness/assessment/v1',
    catalogue: 'efa-default@1.1.0',
    municipality: { name: 'Prüfort', type, state },
    answers: { 'reuse.legal-route': 'fit-store' },
    ...(services ? { services } : {}),
  } as Assessment;
  return scoreAssessment(catalogue, assessment, { lang: 'de' });
}

function applies(type: MunicipalityType, state: State, id: string): boolean {
  const s = score(type, state).services.find((x) => x.id === id);
  if (!s) throw new Error(`no service ${id}`);
  return s.applicable;
}

describe('services by responsibility', () => {
  it.each(['gemeinde', 'stadt', 'verbund'] as const)(
    'a %s is not the building or vehicle registration authority by default',
    (type) => {
      for (const id of ['baugenehmigung', 'kfz-zulassung', 'fuehrerschein', 'aufenthaltstitel'])
        expect(applies(type, 'HE', id), id).toBe(false);
    },
  );

  it.each(['kreisfreie-stadt', 'landkreis'] as const)('a %s is', (type) => {
    for (const id of ['baugenehmigung', 'kfz-zulassung', 'fuehrerschein', 'aufenthaltstitel'])
      expect(applies(type, 'NW', id), id).toBe(true);
  });

  it('a Landkreis levies no dog tax, keeps no civil status register and registers no residents', () => {
    for (const id of ['hundesteuer', 'personenstandsurkunde', 'ewa', 'gewerbeanmeldung'])
      expect(applies('landkreis', 'NI', id), id).toBe(false);
  });

  it('every Gemeinde runs the registration office: the eWA applies', () => {
    for (const type of ['gemeinde', 'stadt', 'kreisfreie-stadt', 'verbund'] as const)
      expect(applies(type, 'BY', 'ewa'), type).toBe(true);
  });

  it.each(['HE', 'BY', 'BW'] as const)('Elterngeld is a Land task in %s', (state) => {
    expect(applies('landkreis', state, 'elterngeld')).toBe(false);
    expect(applies('kreisfreie-stadt', state, 'elterngeld')).toBe(false);
  });

  it.each(['NW', 'NI', 'SN', 'TH'] as const)(
    'Elterngeld lies with districts and cities in %s',
    (state) => {
      expect(applies('landkreis', state, 'elterngeld')).toBe(true);
      expect(applies('gemeinde', state, 'elterngeld')).toBe(false);
    },
  );

  it('lets a Hessian Sonderstatusstadt say it is the building authority, and a town say it is not', () => {
    const sonderstatus = score('stadt', 'HE', { baugenehmigung: { responsible: true } });
    expect(sonderstatus.services.find((s) => s.id === 'baugenehmigung')?.applicable).toBe(true);
    const town = score('stadt', 'HE', { hundesteuer: { responsible: false } });
    const dogTax = town.services.find((s) => s.id === 'hundesteuer');
    expect(dogTax?.applicable).toBe(false);
    expect(dogTax?.score).toBeNull();
  });

  it('names i-Kfz as a federal procedure, not an EfA service', () => {
    const kfz = catalogue.services?.find((s) => s.id === 'kfz-zulassung');
    expect(JSON.stringify(kfz?.title)).toMatch(/keine EfA-Leistung/);
  });

  it('carries only LeiKa keys of 14 digits starting with 99', () => {
    for (const s of catalogue.services ?? [])
      if (s.leika !== undefined) expect(s.leika, s.id).toMatch(/^99\d{12}$/);
  });
});
