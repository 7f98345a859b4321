/**
 * `init` and `interview` without a terminal: exit codes, messages, and that
 * nothing is overwritten. The init → validate → score round and the missing
 * terminal through the built binary (after `npm run build`), the rest
 * in-process through `main(argv, io)`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';
import { FIXTURE } from './helpers.js';

const INIT = [
  'init',
  '--catalogue',
  FIXTURE,
  '--name',
  'Musterstadt',
  '--type',
  'stadt',
  '--state',
  'HE',
];

describe('init', () => {
  it('writes a template that validates, says what to do next, and refuses to overwrite it', () => {
    const dir = tempDir();
    const run = runCli([...INIT, '--output', 'musterstadt.yaml'], { cwd: dir });
    expect(run.stderr).toBe(
      'musterstadt.yaml angelegt: 6 Kriterien, alle auf „unknown“. Füllen Sie die Datei in einem Editor aus und prüfen Sie sie mit: efa-readiness validate musterstadt.yaml\n',
    );
    expect(run.code).toBe(0);
    const text = readFileSync(join(dir, 'musterstadt.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*\/schemas\/assessment\.schema\.json$/,
    );

    const check = runCli(['validate', 'musterstadt.yaml', '--catalogue', FIXTURE], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('0 Fehler, 0 Warnung(en)');
    const score = runCli(
      ['score', 'musterstadt.yaml', '--catalogue', FIXTURE, '--format', 'json'],
      { cwd: dir },
    );
    expect(score.code).toBe(0);
    expect((JSON.parse(score.stdout) as { coverage: number }).coverage).toBe(0);

    writeFileSync(join(dir, 'musterstadt.yaml'), '# meine Notizen\n');
    const again = runCli([...INIT, '--output', 'musterstadt.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('existiert bereits');
    expect(readFileSync(join(dir, 'musterstadt.yaml'), 'utf8')).toBe('# meine Notizen\n');

    const forced = runCli([...INIT, '--output', 'musterstadt.yaml', '--force', '--lang', 'en'], {
      cwd: dir,
    });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'musterstadt.yaml'), 'utf8')).toContain(
      '# Question: Does the municipality know the FIT-Store?',
    );
  });

  it('prints the template to stdout without --output', async () => {
    const run = await runMain(INIT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'format: efa-readiness/assessment/v1\ncatalogue: interview-fixture@1.2.0\n',
    );
    expect(run.stderr).toBe('');
  });

  it('without a terminal needs --name, --type and --state, and says so', () => {
    const run = runCli(
      ['init', '--catalogue', FIXTURE, '--name', 'Musterstadt', '--output', 'x.yaml'],
      { cwd: tempDir() },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('init braucht ohne Terminal die Angaben --type, --state');
    expect(run.stderr).not.toMatch(/at .*\.js/);
  });

  it('rejects an unknown type or Land with the allowed values', async () => {
    const run = await runMain([...INIT.slice(0, -2), '--state', 'XX'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("'XX' ist für '--state <land>' nicht erlaubt");
  });

  it('names a catalogue it cannot find', async () => {
    const run = await runMain([
      'init',
      '--catalogue',
      'gibt-es-nicht',
      '--name',
      'A',
      '--type',
      'stadt',
      '--state',
      'HE',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('gibt-es-nicht');
  });

  it('uses the shipped default catalogue', async () => {
    const run = await runMain(['init', '--name', 'A', '--type', 'gemeinde', '--state', 'BY']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^catalogue: efa-default@\d+\.\d+\.\d+$/m);
  });
});

describe('interview without a terminal', () => {
  it('exits 2 and points to init', async () => {
    const run = await runMain(['interview', '--output', 'x.yaml'], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Das Interview braucht ein Terminal');
    expect(run.stderr).toContain('efa-readiness init --output');
    const en = await runMain(['interview', '--lang', 'en'], { cwd: tempDir() });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('The interview needs a terminal');
  });
});
