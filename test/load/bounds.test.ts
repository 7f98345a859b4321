import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE, runCli, tempDir } from '../helpers/cli.js';

/**
 * Issue 10, findings 11 and 19: numbers are bounded so every sum stays
 * finite, and ids end with a letter or digit. Each bad catalogue or
 * assessment is refused at the line of the value, exit 2.
 */
const CATALOGUE = readFileSync(join(CONFORMANCE, 'catalogue.yaml'), 'utf8');
const HEAD =
  'format: efa-readiness/assessment/v1\ncatalogue: conformance\nmunicipality: {name: Musterstadt, type: stadt, state: HE}\n';
const ASSESSMENT = `${HEAD}answers:\n  interfaces.routing: 2\n  staff.lead: true\n`;

const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

const catalogues: [string, string, string][] = [
  [
    'a dimension weight of 1e308',
    '    weight: 2\n    criteria:',
    '    weight: 1e308\n    criteria:',
  ],
  ['a criterion weight of 1e308', '        weight: 2\n', '        weight: 1e308\n'],
  ['a service weight of 1e308', 'weights: {staff: 2}', 'weights: {staff: 1e308}'],
  ['a level value of 1e12', '{value: 1, label', '{value: 1000000000000, label'],
  ['a criterion id with a trailing dot', 'id: staff.lead', 'id: staff.lead.'],
  ['a criterion id with two dots', 'id: staff.lead', 'id: staff..lead'],
];

let dir: string;
beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, 'ok.yaml'), ASSESSMENT);
});

describe('bounded numbers and well-formed ids', () => {
  it.each(catalogues)('refuses %s with its line', (name, from, to) => {
    expect(CATALOGUE).toContain(from);
    const text = CATALOGUE.replace(from, to);
    const file = `cat-${name.replace(/\W+/g, '-')}.yaml`;
    writeFileSync(join(dir, file), text);
    const run = runCli(['validate', file], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(2);
    const changed = to.split('\n')[0]?.trim() ?? to;
    expect(run.stdout + run.stderr).toContain(`${file}:${lineOf(text, changed)}:`);
  });

  it.each([
    ['a population of 1e308', HEAD.replace('state: HE}', 'state: HE, population: 1e308}')],
    ['a number answer of 1e308', `${HEAD}answers:\n  interfaces.routing: 1e308\n`],
    ['an answer key with a trailing dot', `${HEAD}answers:\n  interfaces.: 2\n`],
  ])('refuses %s in an assessment', (_, text) => {
    writeFileSync(join(dir, 'a.yaml'), text);
    writeFileSync(join(dir, 'c.yaml'), CATALOGUE);
    const run = runCli(['score', 'a.yaml', '--catalogue', 'c.yaml'], { cwd: dir });
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toMatch(/a\.yaml:[345]:\d+/);
    expect(run.stdout + run.stderr).not.toMatch(/Infinity|null|TypeError/);
  });
});
