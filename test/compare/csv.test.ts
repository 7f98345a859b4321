import { describe, expect, it } from 'vitest';
import { aggregateComparison } from '../../src/compare/aggregate.js';
import { renderCompareCsv } from '../../src/compare/csv.js';
import { catalogue, result } from './fixtures.js';
import { readCsv } from './helpers.js';

describe('readCsv (the strict reader the test relies on)', () => {
  it('reads quoting and rejects sloppy CSV', () => {
    expect(readCsv('a;"b;c";"d ""e"""\r\n"x\r\ny";;z\r\n', ';')).toEqual([
      ['a', 'b;c', 'd "e"'],
      ['x\r\ny', '', 'z'],
    ]);
    expect(() => readCsv('a;b\n', ';')).toThrow();
    expect(() => readCsv('a"b;c\r\n', ';')).toThrow();
    expect(() => readCsv('"a"b;c\r\n', ';')).toThrow();
  });
});

describe('renderCompareCsv', () => {
  const entries = [
    result({
      name: 'Musterstadt; "Nord"',
      ags: '06999001',
      date: '2026-01-05',
      score: 63.4,
      interfaces: 70.25,
      staff: null,
      coverage: 92.5,
      service: 12.5,
    }),
    result({
      name: '=HYPERLINK("http://x")',
      ags: '06412001',
      score: 40,
      band: 'not-ready',
      routing: 0,
    }),
    result({ name: 'Zeilen\numbruch', score: null, band: null, coverage: null }),
    result({ name: 'Musterstadt; "Nord"', ags: '06999001', date: '2025-01-05', score: 50 }),
  ].map((r, i) => ({ file: `${i}.yaml`, result: r }));

  it('writes German spreadsheets: BOM, semicolons, decimal comma, one row per assessment', () => {
    const c = aggregateComparison(catalogue, entries, { lang: 'de' });
    const csv = renderCompareCsv(c, 'de');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.slice(1), ';');
    const [head, ...body] = rows;
    expect(head).toEqual([
      'Rang',
      'Kommune',
      'AGS',
      'Typ',
      'Land',
      'Datum',
      'neueste',
      'Gesamtwert',
      'Reifestufe',
      'Abdeckung (%)',
      'Schnittstellen',
      'Personal',
      'Bewohnerparkausweis',
      'nicht erfüllte K.-o.-Kriterien',
    ]);
    expect(body).toHaveLength(4);
    for (const row of body) expect(row).toHaveLength(head?.length ?? 0);
    const latest = body.find((r) => r[1] === 'Musterstadt; "Nord"' && r[6] === 'ja');
    expect(latest).toEqual([
      '1',
      'Musterstadt; "Nord"',
      '06999001',
      'Stadt',
      'HE',
      '2026-01-05',
      'ja',
      '63,4',
      'bedingt bereit',
      '92,5',
      '70,3',
      '',
      '12,5',
      'interfaces.routing',
    ]);
    const older = body.find((r) => r[5] === '2025-01-05');
    expect(older?.[0]).toBe('');
    expect(older?.[6]).toBe('nein');
    // a formula is neutralised, a line break kept inside the quoted field
    expect(body.some((r) => r[1] === '\'=HYPERLINK("http://x")')).toBe(true);
    const noScore = body.find((r) => r[1] === 'Zeilen\numbruch');
    expect(noScore?.slice(7, 10)).toEqual(['', 'ohne Wert', '']);
  });

  it('writes English spreadsheets with commas and decimal points', () => {
    const c = aggregateComparison(catalogue, entries, { lang: 'en' });
    const rows = readCsv(renderCompareCsv(c, 'en').slice(1), ',');
    expect(rows[0]?.slice(0, 3)).toEqual(['Rank', 'Municipality', 'AGS']);
    expect(
      rows.find((r) => r[1] === 'Musterstadt; "Nord"' && r[6] === 'yes')?.slice(7, 11),
    ).toEqual(['63.4', 'conditionally ready', '92.5', '70.3']);
  });

  it('can be German text with English numbers (--lang de --csv-locale en)', () => {
    const c = aggregateComparison(catalogue, entries, { lang: 'de' });
    const rows = readCsv(renderCompareCsv(c, 'en').slice(1), ',');
    expect(rows[0]?.[1]).toBe('Kommune');
    expect(rows.find((r) => r[6] === 'ja' && r[2] === '06999001')?.[7]).toBe('63.4');
  });

  it('leaves out the AGS column when anonymized', () => {
    const c = aggregateComparison(catalogue, entries, { lang: 'de', anonymize: true });
    const csv = renderCompareCsv(c, 'de');
    const rows = readCsv(csv.slice(1), ';');
    expect(rows[0]).not.toContain('AGS');
    expect(csv).not.toContain('06999001');
    expect(csv).not.toContain('Musterstadt');
  });
});
