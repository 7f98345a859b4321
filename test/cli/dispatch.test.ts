import { PassThrough } from 'node:stream';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSimpleArgv } from '../../src/cli/dispatch.js';
import { main } from '../../src/cli/main.js';
import { ROOT, tempDir } from '../helpers/cli.js';

/**
 * The fast dispatch (src/cli/dispatch.ts) against the full commander program:
 * for every argv, the same stdout, stderr and exit code. Each row also says
 * whether the fast dispatch takes it, so the table cannot drift into testing
 * the full program twice.
 */
async function run(argv: readonly string[], fast: boolean, env: NodeJS.ProcessEnv) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(
    argv,
    { env, stdout, stderr, stdin: new PassThrough(), cwd: DIR },
    { fast },
  );
  return { code, stdout: out, stderr: err };
}

const EXAMPLE = join(ROOT, 'examples/musterstadt.yaml');
const CATALOGUE = join(ROOT, 'criteria/efa-default.yaml');
const good = readFileSync(EXAMPLE, 'utf8');
const DIR = tempDir({
  'bad-level.yaml': good.replace('reuse.cost-avv: 2', 'reuse.cost-avv: 7'),
  'broken.yaml': 'format: efa-readiness/assessment/v1\nanswers: [unclosed\n',
  'not-yaml.txt': 'just words',
  'taken.html': 'already here',
});

type Row = [name: string, argv: string[], fast: boolean, code: number, env?: NodeJS.ProcessEnv];

const ROWS: Row[] = [
  // score
  ['score', ['score', EXAMPLE], true, 0],
  ['score in English', ['score', EXAMPLE, '--lang', 'en'], true, 0],
  ['score --lang=en -f json', ['score', EXAMPLE, '--lang=en', '-f', 'json'], true, 0],
  ['score --format=json --no-color', ['score', '--format=json', EXAMPLE, '--no-color'], true, 0],
  ['score with LANG=en', ['score', EXAMPLE], true, 0, { LANG: 'en_GB.UTF-8' }],
  ['score below --fail-under', ['score', EXAMPLE, '--fail-under', '99'], true, 1],
  ['score --fail-under=50,5', ['score', EXAMPLE, '--fail-under=50,5'], true, 0],
  ['score --fail-under not a number', ['score', EXAMPLE, '--fail-under', 'abc'], true, 2],
  ['score with a catalogue file', ['score', EXAMPLE, '-c', CATALOGUE], true, 0],
  ['score with an unknown catalogue', ['score', EXAMPLE, '--catalogue', 'nowhere'], true, 2],
  ['score a missing file', ['score', 'missing.yaml'], true, 2],
  ['score a missing file, en', ['score', 'missing.yaml', '--lang', 'en'], true, 2],
  ['score a level off the scale', ['score', 'bad-level.yaml'], true, 2],
  ['score broken YAML', ['score', 'broken.yaml', '--lang', 'en'], true, 2],
  ['score not an assessment', ['score', 'not-yaml.txt'], true, 2],
  ['score --format xml', ['score', EXAMPLE, '--format', 'xml'], false, 2],
  ['score --lang fr', ['score', EXAMPLE, '--lang', 'fr'], false, 2],
  ['score without a file', ['score'], false, 2],
  ['score two files', ['score', EXAMPLE, EXAMPLE], false, 2],
  ['score an unknown option', ['score', EXAMPLE, '--colour'], false, 2],
  ['score an unknown option, en', ['score', EXAMPLE, '--lang', 'en', '--formt', 'json'], false, 2],
  ['score an option twice', ['score', EXAMPLE, '-f', 'json', '-f', 'text'], false, 0],
  ['score -fjson', ['score', EXAMPLE, '-fjson'], false, 0],
  ['score a value missing', ['score', EXAMPLE, '--fail-under'], false, 2],
  ['score --help', ['score', '--help'], false, 0],
  ['score --', ['score', '--', EXAMPLE], false, 0],
  // report
  ['report', ['report', EXAMPLE], true, 0],
  ['report html in English', ['report', EXAMPLE, '--format', 'html', '--lang', 'en'], true, 0],
  ['report docx to stdout', ['report', EXAMPLE, '-f', 'docx'], true, 2],
  ['report over a file without --force', ['report', EXAMPLE, '-o', 'taken.html'], true, 2],
  ['report a missing template', ['report', EXAMPLE, '--template', 'none.hbs'], true, 2],
  ['report --force=yes', ['report', EXAMPLE, '--force=yes'], false, 2],
  ['report --format txt', ['report', EXAMPLE, '--format', 'txt'], false, 2],
  ['report an unknown option', ['report', EXAMPLE, '--fail-under', '50'], false, 2],
  // validate
  ['validate one assessment', ['validate', EXAMPLE], true, 0],
  [
    'validate the catalogue and examples',
    ['validate', CATALOGUE, EXAMPLE, 'bad-level.yaml'],
    true,
    2,
  ],
  ['validate in English', ['validate', 'bad-level.yaml', 'broken.yaml', '--lang=en'], true, 2],
  ['validate --dry-run without --fix', ['validate', EXAMPLE, '--dry-run'], true, 2],
  ['validate --fix --dry-run', ['validate', '--fix', '--dry-run', 'bad-level.yaml'], true, 2],
  ['validate a missing file', ['validate', 'missing.yaml'], true, 2],
  ['validate without files', ['validate'], false, 2],
  ['validate --format json', ['validate', EXAMPLE, '--format', 'json'], false, 2],
  // not taken at all
  ['no command', [], false, 0],
  ['--help', ['--help'], false, 0],
  ['an unknown command', ['scroe', EXAMPLE], false, 2],
];

describe('fast dispatch = full program', () => {
  it.each(ROWS)('%s', async (_name, argv, fast, code, env = {}) => {
    expect(parseSimpleArgv(argv) !== undefined).toBe(fast);
    const full = await run(argv, false, env);
    const quick = await run(argv, true, env);
    expect(quick).toEqual(full);
    expect(full.code, full.stderr).toBe(code);
    // Every row shows its output or its complaint; no stack trace, whatever the input.
    expect(full.stdout + full.stderr).not.toBe('');
    expect(full.stderr).not.toMatch(/\n\s+at /);
  });

  it('the table has good and bad input on both paths, in both languages', () => {
    const taken = ROWS.filter(([, , fast]) => fast).map(([, argv]) => argv[0]);
    expect(new Set(taken)).toEqual(new Set(['score', 'report', 'validate']));
    expect(ROWS.some(([, argv, fast]) => fast && argv.some((a) => a.includes('en')))).toBe(true);
  });
});

describe('parseSimpleArgv', () => {
  it('hands the command the options object commander would', () => {
    expect(parseSimpleArgv(['report', 'a.yaml', '-f', 'html', '-o', 'b.html', '--force'])).toEqual({
      command: 'report',
      operands: ['a.yaml'],
      options: { format: 'html', output: 'b.html', force: true, color: true },
    });
    expect(parseSimpleArgv(['validate', 'a.yaml', 'b.yaml', '--no-color', '--fix'])).toEqual({
      command: 'validate',
      operands: ['a.yaml', 'b.yaml'],
      options: { color: false, fix: true },
    });
  });
});
