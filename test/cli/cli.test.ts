import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE, ROOT, runCli, tempDir } from '../helpers/cli.js';

const CATALOGUE = join(CONFORMANCE, 'catalogue.yaml');
const TOWN = join(CONFORMANCE, 'case-1-town.yaml');
const version = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
).version;

describe('help and version', () => {
  it('prints the version', () => {
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it('shows German help with the exit codes by default', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Aufruf: efa-readiness/);
    expect(run.stdout).toContain('Befehle:');
    expect(run.stdout).toMatch(
      /Exit-Codes:[\s\S]*1 {2}Ergebnis unter --fail-under[\s\S]*2 {2}ungültige Eingabe/,
    );
  });

  it('shows English help under LANG=en_GB.UTF-8 and with --lang en', () => {
    for (const run of [
      runCli(['--help'], { env: { LANG: 'en_GB.UTF-8' } }),
      runCli(['--help', '--lang', 'en']),
    ]) {
      expect(run.stdout).toMatch(/^Usage: efa-readiness/);
      expect(run.stdout).toContain('Exit codes:');
    }
  });

  it('lets LC_ALL win over LANG', () => {
    expect(
      runCli(['--help'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'de_DE.UTF-8' } }).stdout,
    ).toMatch(/^Aufruf:/);
  });

  it.each(['validate', 'score', 'report', 'interview', 'init', 'compare'])(
    '%s --help shows an example and every option described',
    (command) => {
      const run = runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`Beispiele:\\n\\s+\\$ efa-readiness ${command}`));
      for (const line of run.stdout.split('\n').filter((l) => /^\s+-/.test(l))) {
        expect(
          line.trim().split(/\s{2,}/).length,
          `option without description: ${line}`,
        ).toBeGreaterThan(1);
      }
    },
  );
});

describe('usage errors', () => {
  it('explains an unknown option in German, exit 2', () => {
    const run = runCli(['score', TOWN, '--frmat', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Fehler: unbekannte Option '--frmat'/);
    expect(run.stderr).toContain('efa-readiness --help');
  });

  it('rejects a format that is not offered, naming the choices', () => {
    const run = runCli(['score', TOWN, '--format', 'xml', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/'xml'.*text, json/);
  });

  it('rejects an unknown command', () => {
    const run = runCli(['scor', TOWN]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unbekannter Befehl 'scor'/);
  });

  it('rejects a --fail-under that is not a number from 0 to 100', () => {
    const run = runCli(['score', TOWN, '--catalogue', CATALOGUE, '--fail-under', 'hundert']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "--fail-under erwartet eine Zahl von 0 bis 100, gefunden 'hundert'",
    );
  });

  it('names the catalogue it looked for when there is none', () => {
    const run = runCli(['score', TOWN]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /Katalog 'conformance' nicht gefunden: .*mitgeliefert: .*--catalogue/,
    );
  });
});

describe('score', () => {
  it('prints a summary for a person: score, band, coverage, dimensions, actions', () => {
    const run = runCli(['score', TOWN, '--catalogue', CATALOGUE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Rollout-Bereitschaft: Musterstadt · Stadt · Hessen');
    expect(run.stdout).toContain('Gesamtwert: 80,6 / 100');
    expect(run.stdout).toContain('Reifestufe: bereit');
    expect(run.stdout).toContain('Abdeckung: 100,0 %');
    expect(run.stdout).toMatch(/Schnittstellen +█+░+ +83,3/);
    expect(run.stdout).toMatch(
      /1\. \+11,1 Pkt\. +Antragsrouting\n +→ Fachverfahren direkt anbinden/,
    );
    expect(run.stdout).not.toContain('\u001b['); // not a TTY: no colour
  });

  it('says which gate capped the band and why', () => {
    const run = runCli([
      'score',
      join(CONFORMANCE, 'case-2-district-gate.yaml'),
      '--catalogue',
      CATALOGUE,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Overall score: 42.2 / 100');
    expect(run.stdout).toMatch(/1\. \+33\.3 pts +Application routing \[knock-out criterion\]/);
  });

  it('colours only when asked and not with NO_COLOR or --no-color', () => {
    expect(
      runCli(['score', TOWN, '-c', CATALOGUE], { env: { FORCE_COLOR: '1' } }).stdout,
    ).toContain('\u001b[');
    expect(
      runCli(['score', TOWN, '-c', CATALOGUE], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout,
    ).not.toContain('\u001b[');
    expect(
      runCli(['score', TOWN, '-c', CATALOGUE, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout,
    ).not.toContain('\u001b[');
  });

  it('prints the result JSON with the contract keys, warnings on stderr only', () => {
    const run = runCli(
      ['score', 'case-3-na-missing.yaml', '--catalogue', 'catalogue.yaml', '--format', 'json'],
      { cwd: CONFORMANCE },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    for (const key of [
      'format',
      'catalogue',
      'municipality',
      'score',
      'band',
      'band_by_score',
      'coverage',
      'dimensions',
      'gates',
      'actions',
      'services',
    ]) {
      expect(result).toHaveProperty(key);
    }
    expect(result.format).toBe('efa-readiness/result/v1');
    expect(run.stderr).toMatch(
      /Warnung {2}case-3-na-missing\.yaml:6:19 {2}answers\.staff\.training: n\/a ohne Notiz/,
    );
    expect(run.stderr).toMatch(/2 Kriterien ohne Antwort.*interfaces\.payment, staff\.lead/);
  });

  it('exits 1 below --fail-under and 0 at or above it', () => {
    const below = runCli(['score', TOWN, '-c', CATALOGUE, '--fail-under', '80,7']);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain('Gesamtwert 80,6 liegt unter --fail-under 80,7.');
    expect(runCli(['score', TOWN, '-c', CATALOGUE, '--fail-under', '80.6']).code).toBe(0);
  });

  it('warns when the assessment names another catalogue version', () => {
    const dir = tempDir({
      'old.yaml': readFileSync(TOWN, 'utf8').replace('conformance@1.0.0', 'conformance@0.9.0'),
    });
    const run = runCli(['score', 'old.yaml', '-c', CATALOGUE, '--lang', 'en'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /old\.yaml:2:12 {2}catalogue: the assessment names conformance@0\.9\.0, version 1\.0\.0 was loaded/,
    );
  });
});

describe('validate', () => {
  it('checks catalogues and assessments together; a catalogue on the command line serves the assessments naming it', () => {
    const run = runCli(
      ['validate', 'catalogue.yaml', 'case-1-town.yaml', 'case-3-na-missing.yaml'],
      { cwd: CONFORMANCE },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ catalogue.yaml: gültig (Katalog conformance 1.0.0)');
    expect(run.stdout).toContain(
      '✓ case-1-town.yaml: gültig (Einschätzung Musterstadt, Katalog conformance)',
    );
    expect(run.stdout).toMatch(/Warnung {2}case-3-na-missing\.yaml:6:19/);
    expect(run.stdout).toContain('3 Datei(en) geprüft: 0 Fehler, 2 Warnung(en).');
  });

  it('finds every rule of FORMAT.md in a broken catalogue', () => {
    const broken = readFileSync(CATALOGUE, 'utf8')
      .replace('{value: 2, label', '{value: 5, label')
      .replace('{id: conditional, min: 45', '{id: conditional, min: 80')
      .replace('gate: {min: 50, cap: conditional}', 'gate: {min: 50, cap: conditionl}')
      .replace('title: {de: Personal, en: Staff}', 'title: {en: Staff}')
      .replace('- id: staff.lead', '- id: staff.training')
      .replace(
        '{criterion: interfaces.payment, min: 100}',
        '{criterion: interfaces.paymnt, min: 100}',
      );
    const dir = tempDir({ 'broken.yaml': broken });
    const run = runCli(['validate', 'broken.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(
      /broken\.yaml:11:\d+ {2}levels\.2\.value: Stufen müssen 0, 1, 2, … ohne Lücke sein: erwartet 2, gefunden 5/,
    );
    expect(run.stdout).toMatch(
      /broken\.yaml:17:\d+ {2}bands\.2\.min: Reifestufen \(bands\) müssen aufsteigen/,
    );
    expect(run.stdout).toMatch(
      /interfaces\.routing › gate\.cap: unbekannte Reifestufe 'conditionl'.*Meinten Sie 'conditional'\?/,
    );
    expect(run.stdout).toMatch(/dimensions\.1\.title: Text fehlt in der Katalogsprache 'de'/);
    expect(run.stdout).toMatch(/staff\.training › id: Id 'staff\.training' kommt mehrfach vor/);
    expect(run.stdout).toMatch(
      /services\.0\.requires\.0\.criterion: unbekanntes Kriterium 'interfaces\.paymnt'.*Meinten Sie 'interfaces\.payment'\?/,
    );
  });
});
