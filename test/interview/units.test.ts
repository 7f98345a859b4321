import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  NA,
  UNKNOWN,
  fromEntry,
  parseEvidence,
  parseNumberInput,
  toEntry,
} from '../../src/interview/answer.js';
import {
  documentAnswers,
  setAnswer,
  setInfoField,
  setMunicipalityField,
} from '../../src/interview/document.js';
import { stringifyDocument } from '../../src/load/yaml-edit.js';
import { candidateFileNames, slugify } from '../../src/interview/paths.js';
import { assessmentSchemaPath, schemaComment } from '../../src/load/paths.js';
import { planQuestions, progress } from '../../src/interview/plan.js';
import { isIsoDate } from '../../src/interview/flow.js';
import { shellQuote, wrap } from '../../src/interview/template.js';
import { FIXTURE, readCatalogue } from './helpers.js';

const catalogue = readCatalogue(FIXTURE);

describe('parseNumberInput', () => {
  it.each([
    ['12,5', 'de', 12.5],
    ['1.234', 'de', 1234],
    ['1.234,5', 'de', 1234.5],
    ['12.5', 'de', 12.5],
    ['-3', 'de', -3],
    ['40 %', 'de', 40],
    ['12.5', 'en', 12.5],
    ['1,234', 'en', 1234],
    ['1,234.5', 'en', 1234.5],
    ['0', 'en', 0],
  ] as const)('%s (%s) is %d', (input, lang, value) => {
    expect(parseNumberInput(input, lang)).toEqual({ kind: 'number', value });
  });

  it('reads "weiß nicht", n/a and help, and rejects what is not a number', () => {
    expect(parseNumberInput('w', 'de')).toEqual({ kind: 'special', value: UNKNOWN });
    expect(parseNumberInput('Weiß nicht', 'de')).toEqual({ kind: 'special', value: UNKNOWN });
    expect(parseNumberInput('unknown', 'en')).toEqual({ kind: 'special', value: UNKNOWN });
    expect(parseNumberInput('n/a', 'de')).toEqual({ kind: 'special', value: NA });
    expect(parseNumberInput('?', 'de')).toEqual({ kind: 'help' });
    expect(parseNumberInput('  ', 'de')).toEqual({ kind: 'empty' });
    for (const bad of ['viel', '12,5,3', '1e', 'Infinity', '1,5']) {
      expect(parseNumberInput(bad, 'en').kind, bad).toBe('invalid');
    }
  });
});

describe('answers and entries', () => {
  it('stores the short form without note or evidence, the long form with them', () => {
    expect(toEntry({ value: 3 })).toBe(3);
    expect(toEntry({ value: 3, note: '  ', evidence: [''] })).toBe(3);
    expect(toEntry({ value: ['a'], note: 'x' })).toEqual({ value: ['a'], note: 'x' });
    expect(fromEntry({ value: 2, evidence: ['e'] })).toEqual({ value: 2, evidence: ['e'] });
    expect(fromEntry(['a', 'b'])).toEqual({ value: ['a', 'b'] });
    expect(parseEvidence(' Protokoll; ; Liste.xlsx ')).toEqual(['Protokoll', 'Liste.xlsx']);
  });
});

describe('editing the document in place', () => {
  const source = `# Kopf
format: efa-readiness/assessment/v1
catalogue: interview-fixture
municipality: {name: Musterstadt, type: stadt, state: HE}
answers:
  reuse.fit-store: 1 # vorläufig
  interfaces.components: [bundid] # laut IT
  interfaces.transport: {value: mail, x-quelle: Telefonat}
`;

  it('replaces a scalar in its node, keeps the comment, and appends new criteria', () => {
    const doc = parseDocument(source);
    setAnswer(doc, 'reuse.fit-store', { value: UNKNOWN });
    setAnswer(doc, 'interfaces.components', { value: ['bundid', 'pvog'] });
    setAnswer(doc, 'staff.training', { value: NA });
    const text = stringifyDocument(doc);
    expect(text).toContain('  reuse.fit-store: unknown # vorläufig\n');
    expect(text).toContain('  interfaces.components: [bundid, pvog] # laut IT\n');
    expect(text.endsWith('  staff.training: n/a\n')).toBe(true);
  });

  it('drops note and evidence that were cleared, keeping unknown keys of the long form', () => {
    const doc = parseDocument(source);
    setAnswer(doc, 'interfaces.transport', { value: 'fit-connect', note: 'neu' });
    expect(documentAnswers(doc)['interfaces.transport']).toEqual({
      value: 'fit-connect',
      'x-quelle': 'Telefonat',
      note: 'neu',
    });
    setAnswer(doc, 'interfaces.transport', { value: 'fit-connect' });
    expect(documentAnswers(doc)['interfaces.transport']).toEqual({
      value: 'fit-connect',
      'x-quelle': 'Telefonat',
    });
  });

  it('creates, changes and removes municipality and assessment fields', () => {
    const doc = parseDocument(source);
    setMunicipalityField(doc, 'ags', '06435014');
    setMunicipalityField(doc, 'population', 23000);
    setInfoField(doc, 'method', 'workshop');
    setInfoField(doc, 'assessors', ['A', 'B']);
    let js = doc.toJS() as Record<string, Record<string, unknown>>;
    expect(js.municipality).toEqual({
      name: 'Musterstadt',
      type: 'stadt',
      state: 'HE',
      ags: '06435014',
      population: 23000,
    });
    expect(js.assessment).toEqual({ method: 'workshop', assessors: ['A', 'B'] });
    expect(stringifyDocument(doc)).toContain('ags: "06435014"'); // a string, not the number 6435014
    setMunicipalityField(doc, 'population', undefined);
    setInfoField(doc, 'method', undefined);
    setInfoField(doc, 'assessors', []);
    js = doc.toJS() as Record<string, Record<string, unknown>>;
    expect(js.municipality).toEqual({
      name: 'Musterstadt',
      type: 'stadt',
      state: 'HE',
      ags: '06435014',
    });
    expect(js.assessment).toBeUndefined();
    expect(stringifyDocument(doc).startsWith('# Kopf\n')).toBe(true);
  });
});

describe('the question plan', () => {
  const town = { name: 'A', type: 'stadt', state: 'HE' } as const;
  const district = { name: 'B', type: 'landkreis', state: 'HE' } as const;

  it('leaves out criteria whose applies_when excludes the municipality', () => {
    const ids = (m: typeof town | typeof district): string[] =>
      planQuestions(catalogue, m, {}, { mode: 'missing' }).map((i) => i.criterion.id);
    expect(ids(town)).not.toContain('staff.district-team');
    expect(ids(district)).toContain('staff.district-team');
  });

  it('numbers across the catalogue and filters by mode and dimension', () => {
    const answers = {
      'reuse.fit-store': 2,
      'reuse.contract': 'unknown',
      'staff.training': { value: 'unknown', note: 'x' },
    };
    const missing = planQuestions(catalogue, town, answers, { mode: 'missing' });
    expect(missing.map((i) => [i.criterion.id, i.number, i.total])).toEqual([
      ['interfaces.transport', 3, 6],
      ['interfaces.share-digital', 4, 6],
      ['interfaces.components', 5, 6],
    ]);
    expect(
      planQuestions(catalogue, town, answers, { mode: 'unknown' }).map((i) => i.criterion.id),
    ).toEqual(['reuse.contract', 'staff.training']);
    expect(
      planQuestions(catalogue, town, answers, { mode: 'all', dimensions: ['staff'] }).map(
        (i) => i.criterion.id,
      ),
    ).toEqual(['staff.training']);
    expect(progress(catalogue, town, answers)).toEqual({ answered: 3, total: 6 });
    // an answer to a criterion that does not apply is not counted
    expect(progress(catalogue, town, { 'staff.district-team': true })).toEqual({
      answered: 0,
      total: 6,
    });
  });
});

describe('file names', () => {
  it('slugs German names', () => {
    expect(slugify('Bad Homburg v. d. Höhe')).toBe('bad-homburg-v-d-hoehe');
    expect(slugify('Groß-Umstadt')).toBe('gross-umstadt');
    expect(slugify('Île-de-Test')).toBe('ile-de-test');
    expect(slugify('***')).toBe('');
  });

  it('offers the derived name, then numbered alternatives', () => {
    const names = candidateFileNames('/w', 'selbsteinschaetzung', 'Musterstadt', 3);
    expect(names).toEqual([
      join('/w', 'selbsteinschaetzung-musterstadt.yaml'),
      join('/w', 'selbsteinschaetzung-musterstadt-2.yaml'),
      join('/w', 'selbsteinschaetzung-musterstadt-3.yaml'),
    ]);
    expect(candidateFileNames('/w', 'self-assessment', '***', 1)).toEqual([
      join('/w', 'self-assessment.yaml'),
    ]);
  });

  it('names the package schema by an absolute file URL, which survives moving the file', () => {
    expect(assessmentSchemaPath().endsWith('/schemas/assessment.schema.json')).toBe(true);
    expect(schemaComment('/opt/efa/schemas/assessment.schema.json')).toBe(
      ' yaml-language-server: $schema=file:///opt/efa/schemas/assessment.schema.json',
    );
    // The server reads the reference up to the first space: spaces are percent-encoded.
    expect(schemaComment('/home/a b/Ämter/s.json')).toBe(
      ' yaml-language-server: $schema=file:///home/a%20b/%C3%84mter/s.json',
    );
    expect(schemaComment('./efa-default.assessment.schema.json')).toBe(
      ' yaml-language-server: $schema=./efa-default.assessment.schema.json',
    );
  });
});

describe('small helpers', () => {
  it('checks calendar dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('26-1-1')).toBe(false);
  });

  it('quotes paths for the shell only where needed', () => {
    expect(shellQuote('musterstadt.yaml')).toBe('musterstadt.yaml');
    expect(shellQuote('Meine Kommune.yaml')).toBe("'Meine Kommune.yaml'");
    expect(shellQuote("O'Dorf.yaml")).toBe("'O'\\''Dorf.yaml'");
  });

  it('wraps comment text at the width, continuing indented', () => {
    expect(wrap('eins zwei drei vier', 9)).toEqual(['eins zwei', '  drei', '  vier']);
    expect(wrap('  0 = a\n  1 = b', 40)).toEqual(['  0 = a', '  1 = b']);
  });
});
