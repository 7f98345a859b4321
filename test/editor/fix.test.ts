/**
 * `validate --fix` on the built binary: a file with every natural-input form
 * becomes one that validates, and only the fixed values change; `--dry-run`
 * and a plain `validate` write nothing. Plus the fixes themselves, as a table.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/validate/apply-fixes.js';
import { naturalFixes } from '../../src/validate/natural-input.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';
import { DEFAULT_CATALOGUE, readCatalogue } from '../interview/helpers.js';

const catalogue = readCatalogue(DEFAULT_CATALOGUE);

/** An `init` file with every natural-input form of issue 16 written in, as a person might. */
async function natural(folder: string): Promise<{ file: string; before: string }> {
  const run = await runMain(
    ['init', '--name', 'Musterstadt', '--type', 'stadt', '--state', 'HE', '--output', 'a.yaml'],
    { cwd: folder },
  );
  expect(run.code, run.stderr).toBe(0);
  const file = join(folder, 'a.yaml');
  const replace: [string, string][] = [
    ['  type: stadt', '  type: Stadt'],
    ['  state: HE', '  state: Hessen'],
    ['# assessment:\n#   date: ', 'assessment:\n  date: 12.11.2026 # Workshop\n#   was: '],
    ['  reuse.policy: unknown', '  reuse.policy: ja # Ratsbeschluss'],
    ['  usability.neutral-design: unknown', '  usability.neutral-design: "nein"'],
    ['  reuse.four-lines: unknown', '  reuse.four-lines: weiß nicht'],
    [
      '  interfaces.dvdv: unknown',
      '  interfaces.dvdv:\n    value: trifft nicht zu\n    note: kein DVDV',
    ],
    ['  reuse.portfolio: unknown', '  reuse.portfolio: 3 – In Betrieb'],
    ['  reuse.adopted-share: unknown', '  reuse.adopted-share: 75 %'],
    ['  reuse.legal-route: unknown', '  reuse.legal-route: FIT-Store'],
    ['  regionality.hessen: unknown', '  regionality.hessen: civento, dashboard'],
  ];
  let text = readFileSync(file, 'utf8');
  for (const [from, to] of replace) {
    expect(text, from).toContain(from);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return { file, before: text };
}

/** The lines that differ, as [before, after] pairs (the texts have the same line count). */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b).toHaveLength(a.length);
  return a.flatMap((line, i) =>
    line === b[i] ? [] : ([[line, b[i] ?? '']] as [string, string][]),
  );
}

describe('validate --fix', () => {
  it('turns every natural-input form into the format, changing only those values', async () => {
    const folder = tempDir();
    const { file, before } = await natural(folder);
    const broken = await runMain(['validate', 'a.yaml'], { cwd: folder });
    expect(broken.code).toBe(2);
    expect(broken.stdout).toContain('11 Fehler');
    expect(readFileSync(file, 'utf8')).toBe(before); // without --fix nothing is written

    const fixed = await runMain(['validate', '--fix', 'a.yaml'], { cwd: folder });
    expect(fixed.stderr).toBe('');
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain('a.yaml: 11 Korrektur(en) geschrieben.');
    const line = before.split('\n').findIndex((l) => l.startsWith('  reuse.policy: ja')) + 1;
    expect(fixed.stdout).toContain(`  a.yaml:${line}  answers.reuse.policy: ja → true\n`);
    expect(fixed.stdout).toContain('✓ a.yaml');
    expect(changedLines(before, readFileSync(file, 'utf8'))).toEqual([
      ['  type: Stadt', '  type: stadt'],
      ['  state: Hessen', '  state: HE'],
      ['  date: 12.11.2026 # Workshop', '  date: 2026-11-12 # Workshop'],
      ['  reuse.legal-route: FIT-Store', '  reuse.legal-route: fit-store'],
      ['  reuse.four-lines: weiß nicht', '  reuse.four-lines: unknown'],
      ['  reuse.portfolio: 3 – In Betrieb', '  reuse.portfolio: 3'],
      ['  reuse.adopted-share: 75 %', '  reuse.adopted-share: 75'],
      ['  reuse.policy: ja # Ratsbeschluss', '  reuse.policy: true # Ratsbeschluss'],
      ['  regionality.hessen: civento, dashboard', '  regionality.hessen: [civento, dashboard]'],
      ['  usability.neutral-design: "nein"', '  usability.neutral-design: false'],
      ['    value: trifft nicht zu', '    value: n/a'],
    ]);

    const again = await runMain(['validate', '--fix', 'a.yaml', '--lang', 'en'], { cwd: folder });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('a.yaml: nothing to fix.');
  });

  it('with --dry-run lists the changes and writes nothing', async () => {
    const folder = tempDir();
    const { file, before } = await natural(folder);
    const run = await runMain(['validate', '--fix', '--dry-run', 'a.yaml', '--lang', 'en'], {
      cwd: folder,
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('a.yaml: 11 fix(es) possible; nothing written (--dry-run).');
    expect(run.stdout).toContain('  a.yaml:23  assessment.date: 12.11.2026 → 2026-11-12\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses --dry-run without --fix', () => {
    const run = runCli(['validate', '--dry-run', 'examples/musterstadt.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dry-run gilt nur zusammen mit --fix.');
  });
});

describe('natural-input fixes', () => {
  const doc = (answers: Record<string, unknown>, extra: Record<string, unknown> = {}): unknown => ({
    format: 'efa-readiness/assessment/v1',
    catalogue: 'efa-default',
    municipality: { name: 'M', type: 'stadt', state: 'HE' },
    answers,
    ...extra,
  });
  const to = (answers: Record<string, unknown>, extra?: Record<string, unknown>): unknown[] =>
    naturalFixes(doc(answers, extra), catalogue).map((f) => f.to);

  it.each([
    [{ 'reuse.policy': 'Ja' }, [true]],
    [{ 'reuse.policy': 'NEIN' }, [false]],
    [{ 'reuse.policy': 'Weiss nicht' }, ['unknown']],
    [{ 'interfaces.dvdv': 'N/A' }, ['n/a']],
    [{ 'interfaces.dvdv': 'entfällt' }, ['n/a']],
    [{ 'reuse.it-provider': '4' }, [4]],
    [{ 'reuse.it-provider': '2 (Im Aufbau)' }, [2]],
    [{ 'reuse.it-provider': 'etabliert' }, [4]],
    [{ 'reuse.adopted-share': '12,5%' }, [12.5]],
    [{ 'reuse.legal-route': 'Marketplace' }, ['marketplace']],
    [{ 'regionality.hessen': ['Civento'] }, [['civento']]],
    [{ 'reuse.it-provider': 'ja' }, []],
    [{ 'reuse.it-provider': '9' }, []],
    [{ 'reuse.it-provider': '3 – Geplant' }, []],
    [{ 'staff.leadership': 'trifft nicht zu' }, []],
    [{ 'regionality.hessen': 'civento, civento' }, []],
    [{ 'reuse.policy': true, 'reuse.it-provider': 3, 'interfaces.dvdv': 'n/a' }, []],
  ])('%j → %j', (answers, expected) => {
    expect(to(answers)).toEqual(expected);
  });

  it('fixes municipality, date, population and targets without a catalogue', () => {
    const fixes = naturalFixes(
      doc(
        {},
        {
          municipality: {
            name: 'M',
            type: 'Kreisfreie Stadt',
            state: 'bavaria',
            population: '4.500',
          },
          assessment: { date: '1.3.2027' },
          targets: { 'reuse.policy': '80 %' },
        },
      ),
    );
    expect(fixes.map((f) => [f.path.join('.'), f.to])).toEqual([
      ['municipality.type', 'kreisfreie-stadt'],
      ['municipality.state', 'BY'],
      ['municipality.population', 4500],
      ['assessment.date', '2027-03-01'],
      ['targets.reuse.policy', 80],
    ]);
    expect(naturalFixes(doc({}, { assessment: { date: '31.2.2027' } }))).toEqual([]);
  });

  it('keeps a file that needs no fix byte for byte', () => {
    const text = 'a: 1 # x\n';
    expect(applyFixes(text, [])).toBe(text);
  });
});
