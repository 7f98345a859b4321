import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCompareJson } from '../../src/compare/json.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';
import { FIXTURES, GOLDEN, ROOT, compareFolder, readCsv } from './helpers.js';

const CATALOGUE = join(FIXTURES, 'catalogue.yaml');
const PILOTS = join(FIXTURES, 'pilots');

const built = existsSync(join(ROOT, 'dist/compare/worker.js'));
// `npm test` builds first; only a bare `vitest run` on a fresh clone lacks the build.
// CI must not pass by skipping.
if (!built && process.env.CI === 'true') {
  throw new Error('dist/ is missing: run `npm run build` (npm test does) before these tests');
}

/** A folder with copies of some pilot files and extra files. */
function folder(pilots: string[], extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'efa-compare-'));
  for (const p of pilots) copyFileSync(join(PILOTS, p), join(dir, p));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

const BROKEN = `format: efa-readiness/assessment/v1
catalogue: conformance
municipality: {name: Fehlerhausen, type: stadt, state: HE}
answers:
  interfaces.routing: 7
  staff.lead: vielleicht
`;
const SYNTAX = 'format: efa-readiness/assessment/v1\nanswers: [1, 2\n';

// The golden Markdown, invalid files (no stack on stderr) and the worker threads through
// the built binary; the rest in-process through main(argv, io), the same parsing and exit codes.
describe.skipIf(!built)('efa-readiness compare', () => {
  it('prints the Markdown comparison of a folder, as in the golden file', () => {
    const run = runCli(['compare', PILOTS, '--catalogue', CATALOGUE]);
    expect(run.stderr).toContain('Einschätzungen, die die Katalogversion 0.9.0 nennen: 1');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(GOLDEN, 'pilots.de.md'), 'utf8'));
  });

  it('stops at invalid files with every problem and its place (exit 2)', () => {
    const dir = folder(['03-musterburg-ost.yaml', '05-wetterkreis.yaml'], {
      'fehler.yaml': BROKEN,
      'syntax.yaml': SYNTAX,
    });
    const run = runCli(['compare', dir, '--catalogue', CATALOGUE]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`fehler\\.yaml:5:23 .*interfaces\\.routing`));
    expect(run.stderr).toMatch(new RegExp(`fehler\\.yaml:6:15 .*staff\\.lead`));
    expect(run.stderr).toMatch(
      new RegExp(`${join(dir, 'syntax.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`),
    );
    expect(run.stderr).toContain('2 von 4 Dateien sind ungültig');
    expect(run.stderr).toContain('--skip-invalid');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack
  });

  it('skips invalid files with --skip-invalid and lists them in the output', async () => {
    const dir = folder(['03-musterburg-ost.yaml', '05-wetterkreis.yaml'], {
      'fehler.yaml': BROKEN,
    });
    const run = await runMain([
      'compare',
      dir,
      '--catalogue',
      CATALOGUE,
      '--skip-invalid',
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`Skipped (2 problem(s)): ${join(dir, 'fehler.yaml')}`);
    expect(run.stdout).toContain('### Skipped files (1)');
    expect(run.stdout).toContain('fehler.yaml');
    expect(run.stdout).toContain('# Blaupause: EfA rollout readiness, municipalities: 2');
  });

  it('refuses a mix of catalogues, naming the files', async () => {
    const other = readFileSync(join(PILOTS, '03-musterburg-ost.yaml'), 'utf8').replace(
      'catalogue: conformance',
      'catalogue: efa-default',
    );
    const dir = folder(['05-wetterkreis.yaml'], { 'anderer-katalog.yaml': other });
    const run = await runMain(['compare', dir, '--catalogue', CATALOGUE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('„efa-default“ in');
    expect(run.stderr).toContain('anderer-katalog.yaml');
    expect(run.stderr).toContain('aus --catalogue');
  });

  it('passes over a catalogue kept in the same folder as the assessments', async () => {
    const dir = folder(['03-musterburg-ost.yaml', '05-wetterkreis.yaml'], {
      'katalog.yaml': readFileSync(CATALOGUE, 'utf8'),
    });
    const run = await runMain([
      'compare',
      dir,
      '--catalogue',
      join(dir, 'katalog.yaml'),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `Übergangen (ein Kriterienkatalog, keine Einschätzung): ${join(dir, 'katalog.yaml')}`,
    );
    expect((JSON.parse(run.stdout) as { counts: { assessments: number } }).counts.assessments).toBe(
      2,
    );
    const only = folder([], { 'katalog.yaml': readFileSync(CATALOGUE, 'utf8') });
    const none = await runMain(['compare', only, '--catalogue', join(only, 'katalog.yaml')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Keine Einschätzungen gefunden');
  });

  it('says when there is nothing to compare', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'efa-empty-'));
    const run = await runMain(['compare', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Keine Einschätzungen gefunden');
    const missing = await runMain(['compare', join(empty, 'nicht-da')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Nicht gefunden');
  });

  it('writes files atomically and replaces one only with --force', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'efa-out-')), 'vergleich.csv');
    writeFileSync(out, 'meine Daten');
    const refused = await runMain([
      'compare',
      PILOTS,
      '--catalogue',
      CATALOGUE,
      '--format',
      'csv',
      '--output',
      out,
    ]);
    expect(refused.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('meine Daten');
    const forced = await runMain([
      'compare',
      PILOTS,
      '--catalogue',
      CATALOGUE,
      '--format',
      'csv',
      '--output',
      out,
      '--force',
      '--lang',
      'en',
    ]);
    expect(forced.code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // --lang en: English CSV conventions unless --csv-locale says otherwise
    expect(readCsv(csv.slice(1), ',')[0]?.[0]).toBe('Rank');
    const german = await runMain([
      'compare',
      PILOTS,
      '--catalogue',
      CATALOGUE,
      '--format',
      'csv',
      '--lang',
      'en',
      '--csv-locale',
      'de',
    ]);
    expect(readCsv(german.stdout.slice(1), ';')[1]?.[7]).toMatch(/^\d+,\d$/);
  });

  it('anonymizes: no name, AGS, assessor, note or file name in the output', async () => {
    const run = await runMain([
      'compare',
      PILOTS,
      '--catalogue',
      CATALOGUE,
      '--anonymize',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    for (const secret of [
      'Wiesenstadt',
      '06999001',
      'Erika',
      'Schmidt',
      'Beispielsee',
      'wiesenstadt-2025',
    ]) {
      expect(run.stdout).not.toContain(secret);
    }
  });

  it('keys pseudonyms: random per run, stable with --anonymize-key (created 0600), no file name on stderr', async () => {
    const dir = tempDir();
    cpSync(PILOTS, join(dir, 'pilots'), { recursive: true });
    writeFileSync(join(dir, 'pilots', 'kaputt-geheimstadt.yaml'), 'format: [\n');
    const args = ['compare', 'pilots', '--catalogue', CATALOGUE, '--format', 'json'];
    const names = (stdout: string): string[] =>
      (JSON.parse(stdout) as { municipalities: { name: string }[] }).municipalities
        .map((m) => m.name)
        .sort();
    const one = await runMain([...args, '--anonymize', '--skip-invalid'], { cwd: dir });
    const two = await runMain([...args, '--anonymize', '--skip-invalid'], { cwd: dir });
    expect(one.code, one.stderr).toBe(0);
    expect(names(one.stdout)).not.toEqual(names(two.stdout));
    expect(one.stderr).toMatch(/#\d+ \(Dateiname wegen --anonymize verborgen\)/);
    expect(one.stderr).not.toContain('geheimstadt');

    const keyed = [...args, '--anonymize-key', 'geheim.key', '--skip-invalid'];
    const first = await runMain(keyed, { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('geheim.key');
    expect(statSync(join(dir, 'geheim.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'geheim.key'), 'utf8')).toMatch(/^[0-9a-f]{64}\n$/);
    const again = await runMain(keyed, { cwd: dir });
    expect(names(again.stdout)).toEqual(names(first.stdout));
    expect(again.stderr).not.toContain('geheim.key');

    writeFileSync(join(dir, 'wrong.key'), 'not a key');
    const wrong = await runMain([...args, '--anonymize-key', 'wrong.key'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('64 Hexadezimalziffern');
  });

  it('counts a copy, a renamed copy and a link of one assessment once, and says so (issue 10, 18)', async () => {
    const dir = tempDir();
    cpSync(PILOTS, join(dir, 'pilots'), { recursive: true });
    const [first] = readdirSync(join(dir, 'pilots'))
      .filter((f) => f.endsWith('.yaml'))
      .sort();
    const original = join('pilots', first ?? '');
    copyFileSync(join(dir, original), join(dir, 'pilots', 'kopie.yaml'));
    symlinkSync(join(dir, original), join(dir, 'pilots', 'verknuepfung.yaml'));
    const args = ['compare', 'pilots', '--catalogue', CATALOGUE, '--format', 'json'];
    const base = await runMain(['compare', PILOTS, '--catalogue', CATALOGUE, '--format', 'json']);
    const run = await runMain(args, { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const count = (stdout: string): number =>
      (JSON.parse(stdout) as { counts: { assessments: number } }).counts.assessments;
    expect(count(run.stdout)).toBe(count(base.stdout));
    const warnings = run.stderr.split('\n').filter((l) => l.startsWith('Doppelt'));
    expect(warnings).toHaveLength(2);
    for (const w of warnings) expect(w).toContain(original);
    expect(run.stderr).toContain('kopie.yaml');
    const anon = await runMain([...args, '--anonymize'], { cwd: dir });
    expect(anon.stderr.split('\n').filter((l) => l.startsWith('Doppelt'))).toHaveLength(2);
    expect(anon.stderr).not.toContain('kopie');
  });

  describe('many files on worker threads', () => {
    const data = mkdtempSync(join(tmpdir(), 'efa-many-'));
    beforeAll(() => {
      mkdirSync(data, { recursive: true });
      execFileSync(process.execPath, [
        join(ROOT, 'scripts/generate-assessments.mjs'),
        '--count',
        '320',
        '--seed',
        '11',
        '--out',
        data,
      ]);
    });

    it('gives the same comparison as reading in one thread', async () => {
      const run = runCli(['compare', data, '--format', 'json', '--group-by', 'state']);
      expect(run.code).toBe(0);
      expect(run.stderr).not.toContain('\r'); // no progress bar without a terminal
      const inThread = await compareFolder(data, {
        catalogue: 'efa-default',
        lang: 'de',
        groupBy: 'state',
      });
      expect(run.stdout).toBe(renderCompareJson(inThread));
      const parsed = JSON.parse(run.stdout) as {
        counts: { assessments: number };
        trends: unknown[];
      };
      expect(parsed.counts.assessments).toBe(320);
      expect(parsed.trends.length).toBeGreaterThan(0);
    });
  });
});
