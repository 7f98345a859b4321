import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aggregateComparison } from '../../src/compare/aggregate.js';
import { renderCompareCsv } from '../../src/compare/csv.js';
import { renderCompareHtml } from '../../src/compare/html.js';
import { renderCompareMarkdown } from '../../src/compare/markdown.js';
import { parseYaml } from '../../src/load/parse.js';
import type { Assessment, Catalogue } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

/** compare with the v1.1 data: responsibility, stages, no verdict, next steps, actions done. */
const DIR = fileURLToPath(new URL('../conformance/v1.1/', import.meta.url));
const read = (name: string) => parseYaml(readFileSync(DIR + name, 'utf8'), name, 'de');
const parsedCatalogue = read('catalogue.yaml');
const catalogue = validateCatalogue(parsedCatalogue.value, parsedCatalogue.source, 'de')
  .value as Catalogue;

function scored(name: string, patch: (a: Assessment) => Assessment = (a) => a) {
  const parsed = read(name);
  const assessment = validateAssessment(parsed.value, parsed.source, 'de', catalogue)
    .value as Assessment;
  return { file: name, result: scoreAssessment(catalogue, patch(assessment), { lang: 'de' }) };
}

const entries = [
  scored('case-a-gate-merge.yaml'),
  scored('case-b-overrides.yaml'),
  scored('case-d-gate-two-actions.yaml'),
  scored('case-e-not-reachable.yaml'),
  scored('case-f-plan.yaml'),
  // too little answered for a verdict
  scored('case-e-not-reachable.yaml', (a) => ({
    ...a,
    municipality: { ...a.municipality, name: 'Leerdorf' },
    answers: { 'org.lead': true },
    targets: {},
  })),
];
const c = aggregateComparison(catalogue, entries, { lang: 'de' });

describe('compare with v1.1 results', () => {
  it('leaves services a municipality is not responsible for out of every service statistic', () => {
    const bauantrag = c.services.find((s) => s.id === 'bauantrag');
    // Kleindorf declines it; Musterstadt (latest: case-f), Mittelstadt, Kleinstadt, Leerdorf remain
    expect(bauantrag?.not_responsible).toBe(1);
    expect(bauantrag?.stats.n).toBe(4);
    expect(bauantrag?.bands.reduce((sum, b) => sum + b.count, 0)).toBe(4);
    const kfz = c.services.find((s) => s.id === 'kfz');
    expect(kfz).toMatchObject({ not_responsible: 5, blocked_by: [] });
    expect(kfz?.stats.n).toBe(0);
  });

  it('has the matrix municipality × service of stages', () => {
    const kleindorf = c.stages.rows.find((r) => r.name === 'Kleindorf');
    expect(kleindorf?.stages).toEqual({
      wohngeld: 'planned',
      bauantrag: 'not-responsible',
      kfz: 'not-responsible',
    });
    expect(renderCompareMarkdown(c)).toMatch(
      /\| Kleindorf \| geplant \| nicht zuständig \| nicht zuständig \|/,
    );
    expect(renderCompareHtml(c)).toContain('<th scope="row">Kleindorf</th><td>geplant</td>');
    const csv = renderCompareCsv(c, 'de').split('\r\n');
    expect(csv[0]).toContain('Wohngeld: Anschluss;Bauantrag: Anschluss;Kfz-Zulassung: Anschluss');
    expect(csv.find((l) => l.includes('Kleindorf'))).toMatch(
      /;geplant;nicht zuständig;nicht zuständig$/,
    );
  });

  it('says plainly how many are not yet assessable', () => {
    expect(c.not_assessable).toBe(1);
    expect(renderCompareMarkdown(c)).toContain(
      '1 Kommune(n) noch nicht bewertbar: zu wenige Antworten (unter 50 % Abdeckung)',
    );
  });

  it('names the most common first step per band', () => {
    // mid: Mittelstadt (case-d) starts with the portal gate; low: Kleinstadt (case-e) with the plan
    expect(c.next_steps.map((s) => [s.band, s.count, s.step?.criterion])).toEqual([
      ['low', 1, 'org.plan'],
      ['mid', 1, 'tech.portal'],
    ]);
  });

  it('counts the actions done between two assessments of a municipality', () => {
    // case-a had actions for portal, plan, payment; case-f: portal reached its target,
    // payment is marked done, plan is still open → 2
    const trend = c.trends.find((tr) => tr.name === 'Musterstadt');
    expect(trend?.actions_done).toBe(2);
    expect(renderCompareMarkdown(c)).toMatch(/\| Musterstadt \|.*\| 2 \|\n/);
  });
});
