import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';
import type { Catalogue } from '../../src/model/types.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

/**
 * Plausibility warnings (issue 14): answers that contradict each other are
 * pointed out at the answer to check, as warnings that never change a score.
 */
const text = readFileSync(new URL('../../criteria/efa-default.yaml', import.meta.url), 'utf8');
const parsedCatalogue = parseYaml(text, 'efa-default.yaml', 'de');
const catalogue = validateCatalogue(parsedCatalogue.value, parsedCatalogue.source, 'de')
  .value as Catalogue;

function warningsOf(body: string, lang: 'de' | 'en' = 'de') {
  const yaml = `format: efa-readiness/assessment/v1
catalogue: efa-default@1.1.0
municipality: {name: Prüfstadt, type: stadt, state: HE, population: 20000}
${body}`;
  const parsed = parseYaml(yaml, 'a.yaml', lang);
  const result = validateAssessment(parsed.value, parsed.source, lang, catalogue);
  expect(result.errors).toEqual([]);
  return result.warnings.filter((w) => w.code === 'implausible');
}

describe('plausibility warnings', () => {
  it('flags connected services without a receiving route in operation, at the route answer', () => {
    const warnings = warningsOf(`answers:
  reuse.adopted-share: 62
  interfaces.delivery-point: 1
`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ line: 6, criterion: 'interfaces.delivery-point' });
    expect(warnings[0]?.message).toMatch(/62 % der EfA-Leistungen .* kein Empfangsweg .*Stufe 1/);
  });

  it('flags services tested or live without a receiving route, naming them, in English too', () => {
    const warnings = warningsOf(
      `answers:
  interfaces.delivery-point: 0
services:
  wohngeld: {stage: live}
  hundesteuer: {stage: tested}
  gewerbeanmeldung: {stage: planned}
`,
      'en',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/wohngeld, hundesteuer tested or live.*level 0/);
  });

  it('flags services in operation without a legal basis of reuse', () => {
    const warnings = warningsOf(`answers:
  reuse.legal-route: none
  reuse.adopted-share: 30
  interfaces.delivery-point: 3
`);
    expect(warnings.map((w) => w.criterion)).toEqual(['reuse.legal-route']);
    expect(warnings[0]?.message).toMatch(/keine Rechtsgrundlage/);
  });

  it('stays silent where the answers agree, are unknown, or the service is not the municipality’s', () => {
    expect(
      warningsOf(`answers:
  reuse.adopted-share: 62
  interfaces.delivery-point: 3
  reuse.legal-route: marketplace
`),
    ).toEqual([]);
    expect(
      warningsOf(`answers:
  reuse.adopted-share: 0
  interfaces.delivery-point: unknown
services:
  kfz-zulassung: {responsible: false, stage: live, note: Kreis}
`),
    ).toEqual([]);
  });
});
