import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCompareJson } from '../../src/compare/json.js';
import { runCli } from '../helpers/cli.js';
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

describe.skipIf(!built)('efa-readiness compare (built binary)', () => {
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

  it('skips invalid files with --skip-invalid and lists them in the output', () => {
    const dir = folder(['03-musterburg-ost.yaml', '05-wetterkreis.yaml'], {
      'fehler.yaml': BROKEN,
    });
    const run = runCli([
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

  it('refuses a mix of catalogues, naming the files', () => {
    const other = readFileSync(join(PILOTS, '03-musterburg-ost.yaml'), 'utf8').replace(
      'catalogue: conformance',
      'catalogue: efa-default',
    );
    const dir = folder(['05-wetterkreis.yaml'], { 'anderer-katalog.yaml': other });
    const run = runCli(['compare', dir, '--catalogue', CATALOGUE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('„efa-default“ in');
    expect(run.stderr).toContain('anderer-katalog.yaml');
    expect(run.stderr).toContain('aus --catalogue');
  });

  it('passes over a catalogue kept in the same folder as the assessments', () => {
    const dir = folder(['03-musterburg-ost.yaml', '05-wetterkreis.yaml'], {
      'katalog.yaml': readFileSync(CATALOGUE, 'utf8'),
    });
    const run = runCli([
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
    const none = runCli(['compare', only, '--catalogue', join(only, 'katalog.yaml')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Keine Einschätzungen gefunden');
  });

  it('says when there is nothing to compare', () => {
    const empty = mkdtempSync(join(tmpdir(), 'efa-empty-'));
    const run = runCli(['compare', empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Keine Einschätzungen gefunden');
    const missing = runCli(['compare', join(empty, 'nicht-da')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Nicht gefunden');
  });

  it('writes files atomically and replaces one only with --force', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'efa-out-')), 'vergleich.csv');
    writeFileSync(out, 'meine Daten');
    const refused = runCli([
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
    const forced = runCli([
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
    const german = runCli([
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

  it('anonymizes: no name, AGS, assessor, note or file name in the output', () => {
    const run = runCli([
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
