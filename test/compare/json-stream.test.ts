import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PIECE, renderCompareJsonChunks } from '../../src/compare/json.js';
import type { Comparison } from '../../src/compare/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES, ROOT, compareFolder } from './helpers.js';

/**
 * `compare --format json` writes the document in pieces (50,000 municipalities
 * would be hundreds of MB as one string); the bytes must stay exactly those of
 * `JSON.stringify(c, null, 2)`, which the format was defined by.
 */
const whole = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const pieces = (value: unknown): string =>
  [...renderCompareJsonChunks(value as Comparison)].join('');

describe('the JSON of a comparison in pieces', () => {
  it('is byte for byte JSON.stringify on the pilot comparisons (de, en by Land, anonymized)', async () => {
    const catalogue = join(FIXTURES, 'catalogue.yaml');
    const folder = 'test/compare/fixtures/pilots';
    for (const c of [
      await compareFolder(folder, { catalogue, lang: 'de' }),
      await compareFolder(folder, { catalogue, lang: 'en', groupBy: 'state' }),
      await compareFolder(folder, { catalogue, lang: 'de', anonymize: true }),
    ]) {
      expect(pieces(c)).toBe(whole(c));
    }
  });

  it('keeps JSON.stringify rules for empty, missing and special values at every depth', () => {
    const value = {
      empty: [],
      none: {},
      gone: undefined,
      fn: () => 1,
      list: [1, undefined, null, 'a\nb', { deep: { deeper: [1, [2, {}]] }, skip: undefined }],
      nested: { a: [], b: { c: 'ü\u2028' }, d: undefined },
      date: new Date(Date.UTC(2026, 0, 2)),
      n: -0,
      nan: Number.NaN,
      text: 'quote " and \\ backslash',
    };
    expect(pieces(value)).toBe(whole(value));
    expect(pieces([])).toBe(whole([]));
    expect(pieces({})).toBe(whole({}));
    expect(pieces('x')).toBe(whole('x'));
  });

  it('comes in pieces of about 64 K characters, not as one document', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ name: `Gemeinde ${i}`, score: i }));
    const chunks = [...renderCompareJsonChunks({ municipalities: rows } as unknown as Comparison)];
    const total = chunks.reduce((sum, c) => sum + c.length, 0);
    expect(total).toBeGreaterThan(10 * PIECE);
    expect(chunks.length).toBeGreaterThanOrEqual(Math.floor(total / PIECE));
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(PIECE + 200);
  });
});

const built = existsSync(join(ROOT, 'dist/compare/worker.js'));

describe.skipIf(!built)('compare --format json, written in pieces', () => {
  const data = mkdtempSync(join(tmpdir(), 'efa-json-stream-'));
  beforeAll(() => {
    execFileSync(process.execPath, [
      join(ROOT, 'scripts/generate-assessments.mjs'),
      ...['--count', '40', '--seed', '5', '--out', data],
    ]);
  });

  it('gives the same bytes to a file and to stdout, those of JSON.stringify', async () => {
    const out = join(tempDir(), 'c.json');
    const toFile = runCli(['compare', data, '--format', 'json', '--output', out]);
    expect(toFile.code).toBe(0);
    const toStdout = runCli(['compare', data, '--format', 'json']);
    expect(toStdout.code).toBe(0);
    const file = readFileSync(out, 'utf8');
    expect(file).toBe(toStdout.stdout);
    const c = await compareFolder(data, { catalogue: 'efa-default', lang: 'de' });
    expect(file).toBe(whole(c));
    // the size announced is the size written
    const kb = Math.round(Buffer.byteLength(file) / 1024);
    expect(toFile.stderr).toContain(`${kb} KB`);
  });
});
