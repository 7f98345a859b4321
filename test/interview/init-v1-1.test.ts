import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderInitTemplate } from '../../src/interview/template.js';
import { parseYaml } from '../../src/load/parse.js';
import type { Assessment, Catalogue } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

/** `init` and the v1.1 keys: a commented services block, and a fresh file gives no verdict. */
const file = fileURLToPath(new URL('../conformance/v1.1/catalogue.yaml', import.meta.url));
const parsed = parseYaml(readFileSync(file, 'utf8'), 'catalogue.yaml', 'de');
const catalogue = validateCatalogue(parsed.value, parsed.source, 'de').value as Catalogue;

function init(lang: 'de' | 'en'): string {
  return renderInitTemplate(
    catalogue,
    { name: 'Teststadt', type: 'stadt', state: 'HE' },
    { lang, schemaComment: ' schema', file: 't.yaml', today: '2026-12-02' },
  );
}

function check(text: string): Assessment {
  const doc = parseYaml(text, 't.yaml', 'de');
  const validated = validateAssessment(doc.value, doc.source, 'de', catalogue);
  expect(validated.errors).toEqual([]);
  return validated.value as Assessment;
}

describe('init with v1.1 keys', () => {
  it('writes a commented services block, one entry per service, by the catalogue rule', () => {
    const text = init('de');
    const block = text.slice(text.indexOf('# services:'));
    expect(block.split('\n').slice(0, 4)).toEqual([
      '# services:',
      '#   wohngeld: {stage: none}  # Wohngeld: laut Katalog zuständig.',
      '#   bauantrag: {stage: none}  # Bauantrag: laut Katalog zuständig.',
      '#   kfz: {responsible: true, stage: none}  # Kfz-Zulassung: laut Katalog nicht zuständig; nur eintragen, wenn doch.',
    ]);
    expect(init('en')).toContain('which of these services is your municipality responsible for');
  });

  it('is valid as written and once the services block is uncommented', () => {
    const text = init('de');
    expect(check(text).services).toBeUndefined();
    const at = text.indexOf('# services:');
    const uncommented =
      text.slice(0, at) +
      text
        .slice(at)
        .replace(/^# services:/m, 'services:')
        .replace(/^# {3}/gm, '  ');
    const a = check(uncommented);
    expect(a.services?.kfz).toEqual({ responsible: true, stage: 'none' });
    const result = scoreAssessment(catalogue, a, { lang: 'de' });
    expect(result.services.map((s) => [s.id, s.applicable, s.stage])).toEqual([
      ['wohngeld', true, 'none'],
      ['bauantrag', true, 'none'],
      ['kfz', true, 'none'],
    ]);
  });

  it('gives a fresh file no verdict once the catalogue sets min_coverage', () => {
    const result = scoreAssessment(catalogue, check(init('de')), { lang: 'de' });
    expect(result).toMatchObject({
      assessable: false,
      band: null,
      band_by_score: null,
      coverage: 0,
    });
    expect(result.next_band).toBeNull();
  });
});
