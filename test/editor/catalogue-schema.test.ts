/**
 * The generated catalogue schema: golden files for the interview fixture
 * catalogue in both languages (refresh with UPDATE_GOLDEN=1 and review the
 * diff), the build's output for the shipped catalogue in sync with the
 * generator, and the schema's verdicts (compiled with ajv) agreeing with the
 * tool's own validation on the files at hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { catalogueSchemaPath } from '../../src/load/paths.js';
import { renderInitTemplate } from '../../src/interview/template.js';
import { catalogueSchemaText, readBaseAssessmentSchema } from '../../src/load/schema-file.js';
import type { Catalogue } from '../../src/model/types.js';
import {
  catalogueAssessmentSchema,
  type JsonSchema,
  renderSchema,
} from '../../src/schema/catalogue-schema.js';
import { mergeYamlSchemas } from '../../src/schema/vscode-settings.js';
import { expectGolden } from '../helpers/golden.js';
import {
  assessmentErrors,
  DEFAULT_CATALOGUE,
  FIXTURE,
  readCatalogue,
} from '../interview/helpers.js';

/** An ajv validator of the schema, knowing the editor keywords yaml-language-server reads. */
function compile(schema: JsonSchema): (data: unknown) => boolean {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
  ajv.addKeyword('enumDescriptions');
  ajv.addKeyword('markdownDescription');
  ajv.addKeyword('errorMessage');
  ajv.addKeyword('deprecationMessage');
  ajv.addKeyword('doNotSuggest');
  return ajv.compile(schema);
}

const base = readBaseAssessmentSchema();
const catalogue: Catalogue = readCatalogue(DEFAULT_CATALOGUE);
const schema = catalogueAssessmentSchema(catalogue, base, 'de');
const validate = compile(schema);

function withAnswers(answers: Record<string, unknown>): unknown {
  return {
    format: 'efa-readiness/assessment/v1',
    catalogue: 'efa-default@1.0.0',
    municipality: { name: 'Musterstadt', type: 'stadt', state: 'HE' },
    answers,
  };
}

describe('catalogue schema', () => {
  it.each(['de', 'en'] as const)(
    'matches the golden file for the fixture catalogue (%s)',
    (lang) => {
      const fixture = readCatalogue(FIXTURE);
      expectGolden(
        renderSchema(catalogueAssessmentSchema(fixture, base, lang)),
        `editor/interview-fixture.${lang}.assessment.schema.json`,
      );
    },
  );

  it('is built for the shipped catalogue, at its stable path, as the generator makes it', () => {
    const built = catalogueSchemaPath('efa-default');
    expect(built.endsWith('/schemas/catalogues/efa-default.assessment.schema.json')).toBe(true);
    expect(readFileSync(built, 'utf8')).toBe(catalogueSchemaText(catalogue));
  });

  it('knows every criterion under answers, titled and asked in German', () => {
    const answers = (schema.properties as Record<string, JsonSchema>).answers as {
      properties: Record<string, { title: string; description: string }>;
      additionalProperties: boolean;
    };
    const ids = catalogue.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
    expect(Object.keys(answers.properties)).toEqual(ids);
    expect(answers.additionalProperties).toBe(false);
    expect(answers.properties['reuse.policy']?.description).toMatch(/^[^–]+ – .+\?$/);
  });

  it('accepts what the tool accepts: the init template and every example', () => {
    const template = renderInitTemplate(
      catalogue,
      { name: 'Musterstadt', type: 'stadt', state: 'HE' },
      { lang: 'de', schemaComment: ' x', file: 'a.yaml', today: '2026-11-21' },
    );
    expect(validate(parse(template))).toBe(true);
    const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
    for (const name of readdirSync(examples).filter((n) => n.endsWith('.yaml'))) {
      const text = readFileSync(join(examples, name), 'utf8');
      if (!/^catalogue: efa-default@/m.test(text)) continue; // a Land profile's: its own schema
      expect(assessmentErrors(text, catalogue), name).toEqual([]);
      expect(validate(parse(text)), name).toBe(true);
    }
  });

  it.each([
    ['a misspelt id', { 'reuse.legal-rout': 'unknown' }],
    ['a level above the scale', { 'reuse.it-provider': 9 }],
    ['ja for a level', { 'reuse.it-provider': { value: 'ja' } }],
    ['a word for a yes/no question', { 'reuse.policy': 'vielleicht' }],
    ['n/a where the question does not allow it', { 'staff.leadership': 'n/a' }],
    ['an unknown option', { 'reuse.legal-route': 'fitstore' }],
    ['an unknown checklist item', { 'regionality.hessen': ['civento', 'portal'] }],
    ['an item twice', { 'regionality.hessen': ['civento', 'civento'] }],
    ['75 % for a number', { 'reuse.adopted-share': '75 %' }],
    ['notes for note', { 'reuse.policy': { value: true, notes: 'x' } }],
  ])('rejects %s', (_what, answers) => {
    expect(validate(withAnswers(answers))).toBe(false);
  });

  it.each([
    ['n/a where allowed', { 'interfaces.dvdv': 'n/a' }],
    ['a number', { 'reuse.adopted-share': 75 }],
    ['an empty checklist', { 'regionality.hessen': [] }],
    ['the long form', { 'reuse.policy': { value: false, note: 'x', evidence: ['y'] } }],
  ])('accepts %s', (_what, answers) => {
    expect(validate(withAnswers(answers))).toBe(true);
  });
});

describe('catalogue schema with the v1.1 keys', () => {
  const v11 = readCatalogue(
    fileURLToPath(new URL('../conformance/v1.1/catalogue.yaml', import.meta.url)),
  );
  const v11Schema = catalogueAssessmentSchema(v11, base, 'de');
  const check = compile(v11Schema);
  const assessment = (extra: Record<string, unknown>): unknown => ({
    format: 'efa-readiness/assessment/v1',
    catalogue: 'own-v11',
    municipality: { name: 'M', type: 'stadt', state: 'HE' },
    ...extra,
  });
  const props = v11Schema.properties as Record<string, { properties: Record<string, JsonSchema> }>;

  it('knows the services and the actions by id', () => {
    expect(Object.keys(props.services?.properties ?? {})).toEqual(['wohngeld', 'bauantrag', 'kfz']);
    expect(check(assessment({ services: { wohngeld: { stage: 'live' } } }))).toBe(true);
    expect(check(assessment({ services: { wohngelt: { stage: 'live' } } }))).toBe(false);
    expect(check(assessment({ actions: { 'tech.payment': { status: 'open' } } }))).toBe(true);
    expect(check(assessment({ actions: { 'tech.paymnt': { status: 'open' } } }))).toBe(false);
  });

  it('accepts an answer under a replaced id, marked and not offered', () => {
    expect(check(assessment({ answers: { 'tech.epay': 2 } }))).toBe(true);
    const old = props.answers?.properties['tech.epay'];
    expect(old?.doNotSuggest).toBe(true);
    expect(old?.deprecationMessage).toBe(
      "'tech.epay' heißt jetzt 'tech.payment'; die Antwort zählt, bitte unter dem neuen Namen eintragen.",
    );
  });
});

describe('VS Code settings', () => {
  const key = '/opt/efa/schemas/catalogues/efa-default.assessment.schema.json';

  it('writes yaml.schemas into a new file', () => {
    const merged = mergeYamlSchemas(undefined, key);
    expect(merged).toEqual({
      text: `${JSON.stringify({ 'yaml.schemas': { [key]: ['*.yaml', '**/*.yaml'] } }, null, 2)}\n`,
    });
  });

  it('keeps every other setting and other schema mappings, and replaces an older own one', () => {
    const old = JSON.stringify({
      'editor.tabSize': 2,
      'yaml.schemas': {
        'https://example.org/k8s.json': ['k8s/*.yaml'],
        './.vscode/alt.assessment.schema.json': ['*.yaml', '**/*.yaml'],
      },
      'files.eol': '\n',
    });
    const merged = mergeYamlSchemas(old, key);
    if (!('text' in merged)) throw new Error('expected text');
    expect(JSON.parse(merged.text)).toEqual({
      'editor.tabSize': 2,
      'yaml.schemas': {
        'https://example.org/k8s.json': ['k8s/*.yaml'],
        [key]: ['*.yaml', '**/*.yaml'],
      },
      'files.eol': '\n',
    });
    expect(mergeYamlSchemas(merged.text, key)).toEqual({ text: merged.text });
  });

  it('leaves a file with comments or a wrong shape alone', () => {
    expect(mergeYamlSchemas('{ // mine\n "a": 1 }', key)).toMatchObject({ error: 'json' });
    expect(mergeYamlSchemas('{"yaml.schemas": []}', key)).toEqual({
      error: 'not-object',
      reason: 'yaml.schemas',
    });
    expect(mergeYamlSchemas('[1]', key)).toMatchObject({ error: 'not-object' });
  });
});
