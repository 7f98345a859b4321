import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

/** `efa-readiness catalogue …` in-process, in a folder holding a small overlay of efa-default. */
let dir: string;
async function run(argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(argv, { env: {}, stdout, stderr, stdin: new PassThrough(), cwd: dir });
  return { code, out, err };
}

const OVERLAY = `format: efa-readiness/catalogue/v1
id: testland
version: 0.1.0
extends: efa-default@^1.0
title: {de: Testland, en: Test Land}
remove:
  - id: regionality.hessen
    reason: {de: Gilt nur in Hessen, en: Hessen only}
dimensions:
  - id: interfaces
    criteria:
      - id: interfaces.fachverfahren
        weight: 4
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'efa-catalogue-cmd-'));
  writeFileSync(join(dir, 'testland.yaml'), OVERLAY);
});

describe('catalogue show', () => {
  it('prints the merged catalogue as YAML that is a valid catalogue again, with provenance comments', async () => {
    const { code, out } = await run(['catalogue', 'show', 'testland.yaml']);
    expect(code).toBe(0);
    expect(out).toMatch(
      /^# Zusammengeführter Katalog testland 0\.1\.0; aufgebaut aus: efa-default@\d+\.\d+\.\d+ → testland@0\.1\.0/,
    );
    expect(out).toContain('# Entfernt von testland: regionality.hessen – Gilt nur in Hessen');
    expect(out).toMatch(
      /# aus efa-default; von testland geändert: weight\n\s+- id: interfaces\.fachverfahren/,
    );
    const merged = parse(out) as {
      id: string;
      extends?: unknown;
      dimensions: { criteria: { id: string }[] }[];
    };
    expect(merged.id).toBe('testland');
    expect(merged.extends).toBeUndefined();
    const ids = merged.dimensions.flatMap((d) => d.criteria.map((c) => c.id));
    expect(ids).not.toContain('regionality.hessen');
    // what show prints validates as a stand-alone catalogue
    writeFileSync(join(dir, 'merged.yaml'), out);
    expect((await run(['validate', 'merged.yaml'])).code).toBe(0);
  });

  it('prints Markdown with the origin of every criterion, in English on request', async () => {
    const { code, out } = await run([
      'catalogue',
      'show',
      'testland.yaml',
      '--format',
      'md',
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(out).toContain('| `interfaces.fachverfahren`');
    expect(out).toContain('from efa-default; changed by testland: weight');
    expect(out).toContain('- `regionality.hessen` (testland): Hessen only');
  });

  it('writes to --output and refuses to replace it without --force', async () => {
    expect(
      (await run(['catalogue', 'show', 'efa-default', '-f', 'json', '-o', 'c.json'])).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'))).toMatchObject({
      id: 'efa-default',
    });
    const again = await run(['catalogue', 'show', 'efa-default', '-o', 'c.json']);
    expect(again.code).toBe(2);
  });
});

describe('catalogue diff', () => {
  it('names what the overlay changes and its effect on the shipped examples', async () => {
    const { code, out } = await run(['catalogue', 'diff', 'efa-default', 'testland.yaml']);
    expect(code).toBe(0);
    expect(out).toContain('## Entfallene Kriterien (1)');
    expect(out).toContain('- `regionality.hessen` (regionality)');
    expect(out).toMatch(/`interfaces\.fachverfahren`: weight \d+(\.\d+)? → 4/);
    expect(out).toContain('## Auswirkung auf die Beispiele');
    expect(out).toMatch(/\| examples\/musterstadt\.yaml \| \d+,\d [^|]+ \| [^|]+ \|/);
  });

  it('as JSON, with the effects per example', async () => {
    const { out } = await run(['catalogue', 'diff', 'efa-default', 'testland.yaml', '-f', 'json']);
    const diff = JSON.parse(out) as { removed: { id: string }[]; effects: { file: string }[] };
    expect(diff.removed.map((r) => r.id)).toEqual(['regionality.hessen']);
    expect(diff.effects.length).toBeGreaterThan(0);
  });

  it('from an archived version scores each example on both, though it answers criteria only the newer one has', async () => {
    const { code, out } = await run([
      'catalogue',
      'diff',
      'efa-default@1.0.0',
      'efa-default',
      '-f',
      'json',
    ]);
    expect(code).toBe(0);
    const diff = JSON.parse(out) as {
      added: { id: string }[];
      effects: {
        file: string;
        before: { score: number | null };
        after: { score: number | null };
      }[];
    };
    expect(diff.added.map((a) => a.id)).toContain('interfaces.e-file');
    const musterstadt = diff.effects.find((e) => e.file.endsWith('examples/musterstadt.yaml'));
    expect(musterstadt?.before.score).toEqual(expect.any(Number));
    expect(musterstadt?.after.score).toEqual(expect.any(Number));
    expect(musterstadt?.before.score).not.toBe(musterstadt?.after.score);
    // a Land profile's example belongs to its profile, not to this comparison
    expect(diff.effects.some((e) => e.file.endsWith('lahnhausen-he.yaml'))).toBe(false);
  });

  it('of a catalogue with itself says there is no change', async () => {
    const { out, err } = await run([
      'catalogue',
      'diff',
      'efa-default',
      'efa-default',
      '--examples',
      'testland.yaml',
    ]);
    expect(out, err).toContain('Keine Änderungen.');
  });
});

describe('catalogue lint', () => {
  it('flags what a reviewer would, naming the criterion, and exits 1', async () => {
    writeFileSync(
      join(dir, 'sloppy.yaml'),
      `format: efa-readiness/catalogue/v1
id: sloppy
version: 0.1.0
extends: efa-default
title: {de: Schlampig, en: Sloppy}
dimensions:
  - id: staff
    criteria:
      - id: staff.extra
        title: {de: Extra}
        question: {de: Treibt die Verwaltungsspitze die Nachnutzung von EfA-Leistungen sichtbar voran?}
        gate: {min: 50, cap: not-ready}
        references: [{title: Ohne Link}]
`,
    );
    const { code, out } = await run(['catalogue', 'lint', 'sloppy.yaml']);
    expect(code).toBe(1);
    expect(out).toContain('staff.extra: K.-o.-Kriterium ohne Begründung');
    expect(out).toContain('staff.extra: Quelle ohne URL: „Ohne Link“');
    expect(out).toMatch(/staff\.extra: dieselbe Frage wie staff\.[a-z-]+/);
    expect(out).toContain('staff.extra.title: Text fehlt in der Sprache en.');
    expect(out).toContain('staff.extra: keine Empfehlung für die Antwort 0');
  });
});
