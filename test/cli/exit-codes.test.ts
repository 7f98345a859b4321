/**
 * Input the user gave that used to end in exit 70 or to be misread: each is
 * a clear message and exit 2 (in-process, with fake streams).
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { checkPopulation } from '../../src/interview/flow.js';
import { CONFORMANCE } from '../helpers/cli.js';

async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(argv, {
    env: {},
    stdout,
    stderr,
    stdin: new PassThrough(),
    cwd: CONFORMANCE,
  });
  return { code, out, err };
}

describe('exit 2, not 70, for what the user typed', () => {
  it('init --name with a line break or a control character', async () => {
    for (const name of ['Muster\nstadt', 'X\u001b]0;PWNED\u0007']) {
      const r = await run(['init', '--name', name, '--type', 'stadt', '--state', 'HE']);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(
        /^--name darf keinen Zeilenumbruch und keine Steuerzeichen enthalten; gefunden: „(Muster\\nstadt|X\\x1b\]0;PWNED\\x07)“/,
      );
    }
  });

  it.each(['0x40', '1e2', 'Infinity', '-5', '101', '6 0', ''])(
    '--fail-under %j is refused: only decimal numbers 0–100',
    async (value) => {
      const r = await run([
        'score',
        'case-1-town.yaml',
        '-c',
        'catalogue.yaml',
        '--fail-under',
        value,
      ]);
      expect(r.err).toBe(`--fail-under erwartet eine Zahl von 0 bis 100, gefunden '${value}'.\n`);
      expect(r.code).toBe(2);
    },
  );

  it.each([
    ['60', 0],
    ['80,5', 0],
    ['99.5', 1],
    [' 100 ', 1],
  ])('--fail-under %j is taken', async (value, code) => {
    const r = await run([
      'score',
      'case-1-town.yaml',
      '-c',
      'catalogue.yaml',
      '--fail-under',
      value,
    ]);
    expect(r.code).toBe(code);
  });

  it('a population of 400 digits is refused at the prompt; real ones are taken', () => {
    expect(checkPopulation('1'.repeat(400), 'de')).toBe(
      'Das ist mehr, als eine Kommune Einwohner hat; bitte höchstens 100.000.000 eingeben – oder leer lassen.',
    );
    expect(checkPopulation('100.000.001', 'en')).toContain('at most 100,000,000');
    expect(checkPopulation('3.850.809', 'de')).toBe(true);
    expect(checkPopulation('', 'de')).toBe(true);
    expect(checkPopulation('000023000', 'de')).toBe(true);
    expect(checkPopulation('viele', 'de')).toContain('ganze Zahl');
  });
});
