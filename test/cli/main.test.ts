import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { handleError } from '../../src/cli/run.js';
import { InputError } from '../../src/errors.js';
import { CONFORMANCE } from '../helpers/cli.js';

/** The CLI in-process: argv → exit code and output, with fake streams. */
async function run(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(argv, {
    env,
    stdout,
    stderr,
    stdin: new PassThrough(),
    cwd: CONFORMANCE,
  });
  return { code, out, err };
}

describe('argv → behaviour', () => {
  it.each([
    [['score', 'case-1-town.yaml', '-c', 'catalogue.yaml'], 0, /Gesamtwert: 80,6/],
    [
      ['score', 'case-1-town.yaml', '--catalogue=catalogue.yaml', '--lang=en'],
      0,
      /Overall score: 80\.6/,
    ],
    [['score', 'case-1-town.yaml', '-c', 'catalogue.yaml', '-f', 'json'], 0, /"band": "ready"/],
    [
      ['score', 'case-1-town.yaml', '-c', 'catalogue.yaml', '--fail-under', '90'],
      1,
      /^Rollout-Bereitschaft/,
    ],
    [['validate', 'catalogue.yaml'], 0, /✓ catalogue\.yaml/],
  ] as const)('%j exits %i', async (argv, code, pattern) => {
    const result = await run([...argv]);
    expect(result.code, result.err).toBe(code);
    expect(result.out).toMatch(pattern);
  });

  it.each([
    [['score'], /das Argument 'assessment' fehlt/],
    [['score', 'a.yaml', 'b.yaml'], /zu viele Argumente/],
    [['score', 'a.yaml', '--format'], /der Option '-f, --format <format>' fehlt ihr Wert/],
    [
      ['score', 'a.yaml', '--lang', 'fr'],
      /'fr' ist für '--lang <lang>' nicht erlaubt; erlaubt sind de, en/,
    ],
    [['bogus'], /unbekannter Befehl 'bogus'/],
  ] as const)('%j is a usage error (exit 2)', async (argv, pattern) => {
    const result = await run([...argv]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(pattern);
  });

  it('prints help on stdout with exit 0', async () => {
    const result = await run(['score', '--help'], { LANG: 'en_US.UTF-8' });
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Usage: efa-readiness score \[options\] <assessment>/);
    expect(result.out).toContain('--fail-under <score>');
  });
});

describe('handleError', () => {
  const capture = () => {
    const stderr = new PassThrough();
    let text = '';
    stderr.on('data', (d: Buffer) => (text += d.toString()));
    return { stderr, text: () => text };
  };

  it('prints each diagnostic of an input error and exits 2, without a stack', () => {
    const io = capture();
    const code = handleError(
      new InputError('', [
        {
          severity: 'error',
          code: 'x',
          file: join('a', 'b.yaml'),
          line: 3,
          col: 5,
          path: 'answers.x',
          message: 'kaputt',
        },
      ]),
      { lang: 'de', stderr: io.stderr },
    );
    expect(code).toBe(2);
    expect(io.text()).toBe(`${join('a', 'b.yaml')}:3:5  answers.x: kaputt\n`);
  });

  it('calls an unexpected error a bug, asks for a report, and shows the stack', () => {
    const io = capture();
    const code = handleError(new TypeError('cannot read x of undefined'), {
      lang: 'en',
      stderr: io.stderr,
    });
    expect(code).toBe(70);
    expect(io.text()).toMatch(
      /^This is a bug in efa-readiness [\d.]+, not in your input\. Please report it/,
    );
    expect(io.text()).toMatch(/TypeError: cannot read x of undefined\n\s+at /);
  });
});
