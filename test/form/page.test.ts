import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderAssessmentYaml } from '../../src/form/assessment-yaml.js';
import { readImport } from '../../src/form/import.js';
import { catalogueLanguages, renderFormPage, storageKey } from '../../src/form/page.js';
import {
  assessmentFromState,
  emptyState,
  parseStoredState,
  stateFromAssessment,
  stateFromStored,
  storedState,
} from '../../src/form/state.js';
import { loadCatalogue } from '../../src/app/load.js';
import type { Assessment, Catalogue } from '../../src/model/types.js';
import { scoreAssessment } from '../../src/score/score.js';
import { noPositions } from '../../src/model/source.js';
import { validateAssessment } from '../../src/validate/index.js';
import { EXAMPLES, pageData, readExample, withOwnKeys } from './helpers.js';

const { catalogue } = await loadCatalogue('efa-default', { lang: 'de' });
/** Every shipped example; those of a Land profile (`catalogue: he@…`) with their profile. */
const examples = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const catalogues = new Map<string, Catalogue>();
for (const name of examples) {
  const id = /^catalogue: ([a-z0-9-]+)/m.exec(readExample(name))?.[1] ?? 'efa-default';
  catalogues.set(name, (await loadCatalogue(id, { lang: 'de' })).catalogue);
}
const catalogueOf = (name: string): Catalogue => catalogues.get(name) ?? catalogue;

function exampleAssessment(name: string, own = catalogue): Assessment {
  const read = readImport(new TextEncoder().encode(readExample(name)), name, own, 'de');
  if ('errors' in read) throw new Error(read.errors.map((e) => e.message).join('\n'));
  return read.assessment;
}

const page = (from?: string): string =>
  renderFormPage({
    catalogue,
    lang: 'de',
    script: 'document.title = "x </script> y";',
    css: 'body { color: black; }',
    ...(from
      ? { from: { file: from, text: readExample(from), assessment: exampleAssessment(from) } }
      : {}),
  });

describe('the page', () => {
  it('allows only its own inline script and style, by their sha256', () => {
    const html = page();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64');
    expect(csp).toContain(`'sha256-${hash(script)}'`);
    expect(csp).toContain(`'sha256-${hash(style)}'`);
    // a `</script` inside the code cannot end the element early
    expect(script).toBe('document.title = "x <\\/script> y";');
  });

  it('loads nothing: no src, no link, no URL of any host outside the embedded data', () => {
    const html = page();
    const outside = html.replace(/<script type="application\/json"[\s\S]*?<\/script>/, '');
    expect(outside).not.toMatch(/\ssrc=|<link|<img|<iframe|https?:\/\//i);
  });

  it('contains no answers unless built --from, and says which file they came from', () => {
    expect(pageData(page()).from).toBeNull();
    const from = pageData(page('musterstadt.yaml')).from;
    expect(from?.file).toBe('musterstadt.yaml');
    expect(from?.text).toBe(readExample('musterstadt.yaml'));
  });

  it('offers German and English for the default catalogue, one language for a German-only one', () => {
    expect(catalogueLanguages(catalogue)).toEqual(['de', 'en']);
    const germanOnly: Catalogue = { ...catalogue, title: 'Nur Deutsch' };
    expect(catalogueLanguages(germanOnly)).toEqual(['de']);
  });

  it('keys the autosave by catalogue id, version and municipality', () => {
    expect(storageKey(catalogue)).toBe(
      `efa-readiness/form/${catalogue.id}@${catalogue.version}/blank`,
    );
    const a = exampleAssessment('musterstadt.yaml');
    expect(storageKey(catalogue, a)).toBe(
      `efa-readiness/form/${catalogue.id}@${catalogue.version}/HE/Musterstadt`,
    );
    const withAgs = { ...a, municipality: { ...a.municipality, ags: '06435014' } };
    expect(storageKey(catalogue, withAgs)).toBe(
      `efa-readiness/form/${catalogue.id}@${catalogue.version}/06435014`,
    );
  });
});

describe('state → assessment → YAML', () => {
  it.each(examples)('%s: unchanged, the downloaded text is the file itself', (name) => {
    const catalogue = catalogueOf(name);
    const text = readExample(name);
    const assessment = exampleAssessment(name, catalogue);
    const state = stateFromAssessment(assessment);
    const built = assessmentFromState(
      state,
      catalogue,
      'de',
      parse(text) as Record<string, unknown>,
    );
    expect(built.problems).toEqual([]);
    expect(renderAssessmentYaml(built.assessment, state, catalogue, { text }, '')).toBe(text);
  });

  it.each(examples)(
    '%s: an edited answer changes only that answer, and scores like the CLI',
    (name) => {
      const catalogue = catalogueOf(name);
      const text = readExample(name);
      const assessment = exampleAssessment(name, catalogue);
      const state = stateFromAssessment(assessment);
      const first = catalogue.dimensions[0]!.criteria.find((c) => (c.type ?? 'scale') === 'scale')!;
      state.answers.set(first.id, {
        value: 1,
        note: 'geändert <b>im</b> Formular',
        evidence: ['Beleg'],
      });
      const built = assessmentFromState(
        state,
        catalogue,
        'de',
        parse(text) as Record<string, unknown>,
      );
      const yaml = renderAssessmentYaml(built.assessment, state, catalogue, { text }, '');
      const reread = readImport(new TextEncoder().encode(yaml), name, catalogue, 'de');
      if ('errors' in reread) throw new Error(reread.errors.map((e) => e.message).join('\n'));
      const expected = parse(text) as { answers: Record<string, unknown> };
      expected.answers[first.id] = {
        value: 1,
        note: 'geändert <b>im</b> Formular',
        evidence: ['Beleg'],
      };
      expect(parse(yaml)).toEqual(expected);
      expect(scoreAssessment(catalogue, reread.assessment, { lang: 'de' })).toEqual(
        scoreAssessment(catalogue, built.assessment, { lang: 'de' }),
      );
    },
  );

  it('a new assessment validates once name, type and Land are given; until then each is named', () => {
    const state = emptyState();
    const empty = assessmentFromState(state, catalogue, 'de');
    const errors = validateAssessment(
      empty.assessment,
      noPositions('x.yaml'),
      'de',
      catalogue,
    ).errors;
    expect(errors.map((e) => e.path).sort()).toEqual([
      'municipality.name',
      'municipality.state',
      'municipality.type',
    ]);
    Object.assign(state.municipality, {
      name: 'Beispielau',
      type: 'gemeinde',
      state: 'TH',
      population: '1.234',
    });
    state.answers.set('reuse.legal-route', { value: 'unknown', note: '', evidence: [] });
    const built = assessmentFromState(state, catalogue, 'de');
    const valid = validateAssessment(built.assessment, noPositions('x.yaml'), 'de', catalogue);
    expect(valid.errors).toEqual([]);
    expect(built.assessment.municipality.population).toBe(1234);
    const yaml = renderAssessmentYaml(built.assessment, state, catalogue, null, ' Kopf');
    expect(yaml.startsWith('# Kopf\n')).toBe(true);
    expect(parse(yaml)).toEqual({
      format: 'efa-readiness/assessment/v1',
      catalogue: `${catalogue.id}@${catalogue.version}`,
      municipality: { name: 'Beispielau', type: 'gemeinde', state: 'TH', population: 1234 },
      answers: { 'reuse.legal-route': 'unknown' },
    });
  });

  it('names what only the form sees: a number that does not parse, a note without an answer', () => {
    const state = emptyState();
    const number = catalogue.dimensions
      .flatMap((d) => d.criteria)
      .find((c) => c.type === 'number')!;
    state.answers.set(number.id, { note: '', evidence: [], numberText: 'zwölf' });
    state.answers.set('reuse.legal-route', { note: 'nur eine Notiz', evidence: [] });
    expect(assessmentFromState(state, catalogue, 'de').problems).toEqual([
      { field: `answers.${number.id}`, key: 'form.error.number' },
      { field: 'answers.reuse.legal-route', key: 'form.error.noteWithoutValue' },
    ]);
  });

  it('the autosave keeps an id like `constructor` as data', () => {
    const state = emptyState();
    state.answers.set('constructor', { value: 2, note: 'n', evidence: [] });
    const text = JSON.stringify(storedState(state, null, new Date(0)));
    const back = stateFromStored(parseStoredState(text)!);
    expect(back.answers.get('constructor')).toEqual({ value: 2, note: 'n', evidence: [] });
    expect(parseStoredState('{"version":2}')).toBeUndefined();
    expect(parseStoredState('not json')).toBeUndefined();
  });
});

describe('import', () => {
  it('reports every problem with its line, as validate does', () => {
    const text = [
      'format: efa-readiness/assessment/v1',
      'catalogue: efa-default@1.0.0',
      'municipality: {name: Beispielau, type: dorf, state: HE}',
      'answers:',
      '  reuse.legal-route: 7',
      '  reuse.it-provider: 9',
      '',
    ].join('\n');
    const read = readImport(new TextEncoder().encode(text), 'fehler.yaml', catalogue, 'de');
    expect('errors' in read).toBe(true);
    if (!('errors' in read)) return;
    expect(read.errors.map((e) => `${e.file}:${e.line}`)).toEqual([
      'fehler.yaml:3',
      'fehler.yaml:5',
      'fehler.yaml:6',
    ]);
  });

  it('refuses UTF-16 and binary files with the CLI messages', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x61, 0x00]);
    const read = readImport(utf16, 'x.yaml', catalogue, 'en');
    expect('errors' in read && read.errors[0]?.code).toBe('utf16');
  });
});

describe('own keys (x-…)', () => {
  it('survive an edit of the very answers that carry them', () => {
    const text = withOwnKeys(readExample('musterstadt.yaml'));
    expect(text).toContain('x-quelle');
    const read = readImport(new TextEncoder().encode(text), 'm.yaml', catalogue, 'de');
    if ('errors' in read) throw new Error(read.errors.map((e) => e.message).join('\n'));
    const state = stateFromAssessment(read.assessment);
    state.answers.get('reuse.it-provider')!.value = 1;
    state.answers.get('reuse.legal-route')!.note = 'neu';
    state.municipality.population = '24000';
    const built = assessmentFromState(
      state,
      catalogue,
      'de',
      parse(text) as Record<string, unknown>,
    );
    const yaml = parse(
      renderAssessmentYaml(built.assessment, state, catalogue, { text }, ''),
    ) as Record<string, Record<string, unknown>>;
    expect(yaml['x-projekt']).toEqual({ nummer: 17, leitung: 'Frau A.' });
    expect(yaml.municipality).toMatchObject({ 'x-kreis': 'Musterkreis', population: 24000 });
    expect(yaml.answers!['reuse.it-provider']).toMatchObject({
      'x-quelle': 'Interview 2026',
      value: 1,
    });
    expect(yaml.answers!['reuse.legal-route']).toMatchObject({ 'x-geprueft': true, note: 'neu' });
  });
});
