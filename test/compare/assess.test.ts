import { copyFileSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { digestKey, digestResult, indexCatalogue } from '../../src/compare/aggregate.js';
import { assessText, assessTextExactly } from '../../src/compare/assess.js';
import { findAssessmentFiles } from '../../src/load/many.js';
import { readAssessments } from '../../src/compare/read.js';
import { parseYaml } from '../../src/load/parse.js';
import type { Catalogue } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const catalogueText = readFileSync(`${FIXTURES}catalogue.yaml`, 'utf8');
const parsedCatalogue = parseYaml(catalogueText, 'catalogue.yaml', 'de');
const catalogue = validateCatalogue(parsedCatalogue.value, parsedCatalogue.source, 'de')
  .value as Catalogue;

const broken = `format: efa-readiness/assessment/v1
catalogue: conformance
municipality: {name: Fehlerhausen, type: stadt, state: HE}
answers:
  interfaces.routing: 7
  interfaces.paymnet: epayment
  staff.lead: vielleicht
`;

describe('assessText', () => {
  it('scores a valid file on the fast path exactly as load → validate → score does', () => {
    const file = `${FIXTURES}pilots/02-wiesenstadt-2026.yaml`;
    const text = readFileSync(file, 'utf8');
    const outcome = assessText(text, file, catalogue, 'de');
    const parsed = parseYaml(text, file, 'de');
    const assessment = validateAssessment(parsed.value, parsed.source, 'de', catalogue).value;
    expect(assessment).toBeDefined();
    if (!assessment) return;
    const expected = digestResult(
      scoreAssessment(catalogue, assessment, { lang: 'de' }),
      indexCatalogue(catalogue),
    );
    expect(outcome).toEqual({
      kind: 'scored',
      file,
      digest: expected,
      key: digestKey(expected),
      catalogueRef: 'conformance@1.0.0',
    });
  });

  it('reports every problem of an invalid file with the positions of the exact parser', () => {
    const fast = assessText(broken, 'broken.yaml', catalogue, 'de');
    const exact = assessTextExactly(broken, 'broken.yaml', catalogue, 'de');
    expect(fast).toEqual(exact);
    expect(fast.kind).toBe('invalid');
    if (fast.kind !== 'invalid') return;
    const places = fast.diagnostics.map((d) => [d.line, d.col, d.criterion]);
    expect(places).toEqual(
      expect.arrayContaining([
        [5, 23, 'interfaces.routing'],
        [6, 3, 'interfaces.paymnet'],
        [7, 15, 'staff.lead'],
      ]),
    );
    for (const d of fast.diagnostics) expect(d.line).toBeGreaterThan(0);
  });

  it('keeps syntax errors with their place', () => {
    const outcome = assessText(
      'format: efa-readiness/assessment/v1\nanswers: [1, 2\n',
      'syntax.yaml',
      catalogue,
      'en',
    );
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind === 'invalid') expect(outcome.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it('tells a file of another catalogue apart from an invalid one', () => {
    const other = broken.replace('catalogue: conformance', 'catalogue: efa-default@1.0.0');
    expect(assessText(other, 'other.yaml', catalogue, 'de')).toEqual({
      kind: 'other-catalogue',
      file: 'other.yaml',
      catalogueRef: 'efa-default@1.0.0',
    });
  });
});

describe('reading files', () => {
  it('finds YAML files in folders, sorted, without hidden ones or duplicates', async () => {
    const files = await findAssessmentFiles(
      ['test/compare/fixtures/pilots', 'test/compare/fixtures/pilots/03-musterburg-ost.yaml'],
      { cwd: fileURLToPath(new URL('../../', import.meta.url)), lang: 'de' },
    );
    expect(files).toHaveLength(8);
    expect(files[0]).toBe('test/compare/fixtures/pilots/01-wiesenstadt-2025.yaml');
  });

  it('names a path that does not exist', async () => {
    await expect(
      findAssessmentFiles(['gibt-es-nicht/'], { cwd: FIXTURES, lang: 'de' }),
    ).rejects.toThrow('Nicht gefunden: gibt-es-nicht/');
  });

  it('reads in order and reports progress', async () => {
    const files = await findAssessmentFiles(['pilots'], { cwd: FIXTURES, lang: 'de' });
    const progress: number[] = [];
    const outcomes = await readAssessments(
      files.map((f) => `${FIXTURES}${f}`),
      catalogue,
      { lang: 'de', onProgress: (done) => progress.push(done) },
    );
    expect(outcomes.map((o) => o.kind)).toEqual(new Array(8).fill('scored'));
    expect(outcomes.map((o) => o.file.split('/').pop())).toEqual(
      files.map((f) => f.split('/').pop()),
    );
    expect(progress.at(-1)).toBe(8);
  });
});

describe('symbolic links', () => {
  it('follows links to files, not to folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'efa-links-'));
    copyFileSync(`${FIXTURES}pilots/03-musterburg-ost.yaml`, join(dir, 'a.yaml'));
    symlinkSync(`${FIXTURES}pilots/05-wetterkreis.yaml`, join(dir, 'b.yaml'));
    symlinkSync(dir, join(dir, 'loop'));
    const files = await findAssessmentFiles([dir], { cwd: dir, lang: 'de' });
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.yaml', 'b.yaml']);
  });
});
