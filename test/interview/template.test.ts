/**
 * The `init` template: golden files for the fixture catalogue in both
 * languages (refresh with UPDATE_GOLDEN=1 after an intended change and review
 * the diff), and for every catalogue at hand: the text validates at once.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderInitTemplate } from '../../src/interview/template.js';
import type { Lang, Municipality } from '../../src/model/types.js';
import {
  CONFORMANCE,
  DEFAULT_CATALOGUE,
  FIXTURE,
  assessmentErrors,
  readCatalogue,
} from './helpers.js';

const SCHEMA = ' yaml-language-server: $schema=../schemas/assessment.schema.json';
const town: Pick<Municipality, 'name' | 'type' | 'state'> = {
  name: 'Musterstadt',
  type: 'stadt',
  state: 'HE',
};

function render(file: string, lang: Lang, municipality = town): string {
  return renderInitTemplate(readCatalogue(file), municipality, {
    lang,
    schemaComment: SCHEMA,
    file: 'musterstadt.yaml',
    today: '2026-11-21',
  });
}

function expectGolden(name: string, actual: string): void {
  const golden = fileURLToPath(new URL(`../golden/interview/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
    mkdirSync(dirname(golden), { recursive: true });
    writeFileSync(golden, actual);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`wrote the missing golden ${golden}; review it and run again`);
  }
  expect(actual).toBe(readFileSync(golden, 'utf8'));
}

describe('init template', () => {
  it.each(['de', 'en'] as const)(
    'matches the golden file for the fixture catalogue (%s)',
    (lang) => {
      expectGolden(`init-fixture.${lang}.yaml`, render(FIXTURE, lang));
    },
  );

  it.each([
    ['fixture', FIXTURE],
    ['conformance', CONFORMANCE],
    ['efa-default', DEFAULT_CATALOGUE],
  ])(
    'validates at once against the %s catalogue, in both languages, for a town and a district',
    (_, file) => {
      const catalogue = readCatalogue(file);
      for (const lang of ['de', 'en'] as const) {
        for (const municipality of [
          town,
          { name: 'Kreis "Nord": Ost', type: 'landkreis', state: 'SH' } as const,
        ]) {
          const text = render(file, lang, municipality);
          expect(assessmentErrors(text, catalogue, lang)).toEqual([]);
          const js = parseDocument(text).toJS() as {
            municipality: unknown;
            answers: Record<string, unknown>;
          };
          expect(js.municipality).toEqual(municipality);
          expect(Object.values(js.answers).every((v) => v === 'unknown')).toBe(true);
        }
      }
    },
  );

  it('lists every criterion once, in catalogue order; those that do not apply are commented out', () => {
    const catalogue = readCatalogue(FIXTURE);
    const text = render(FIXTURE, 'de');
    const entries = [...text.matchAll(/^ {2}(?:# )?([a-z0-9.-]+): unknown$/gm)].map((m) => m[1]);
    expect(entries).toEqual(catalogue.dimensions.flatMap((d) => d.criteria.map((c) => c.id)));
    expect(text).toContain('  # staff.district-team: unknown');
    const district = render(FIXTURE, 'de', {
      name: 'Beispielkreis',
      type: 'landkreis',
      state: 'HE',
    });
    expect(district).toContain('\n  staff.district-team: unknown');
  });

  it('explains every type in comments: levels, options, unit and thresholds, checklist syntax, n/a', () => {
    const text = render(FIXTURE, 'de');
    expect(text).toContain('#   3 = vollständig: Nachnutzung vereinbart');
    expect(text).toContain(
      '# Erlaubt: eine Stufe 0–3, unknown (weiß nicht)\n  reuse.fit-store: unknown',
    );
    expect(text).toContain('# Erlaubt: true (ja), false (nein), unknown (weiß nicht)');
    expect(text).toContain('#   fit-connect = über FIT-Connect');
    expect(text).toContain('# Wertung: ab 0 → 0, ab 25 → 50, ab 75 → 100');
    expect(text).toContain('# Erlaubt: eine Zahl in Prozent, unknown (weiß nicht)');
    const joined = text.replace(/\n {2}# {3}/g, ' '); // wrapped comment lines continue indented
    expect(joined).toContain(
      '# Erlaubt: eine Liste der erfüllten Ids, z. B. [bundid, epayment]; [] für keinen, unknown (weiß nicht)\n  interfaces.components: unknown',
    );
    expect(text).toContain(
      'unknown (weiß nicht), n/a (trifft nicht zu)\n  staff.training: unknown',
    );
    expect(text).toContain('# Gilt nur für: Art landkreis');
    expect(text.split('\n').every((line) => line.length <= 100)).toBe(true);
  });
});
