import { describe, expect, it } from 'vitest';
import { formatDecimal, formatNumber } from '../../src/i18n/index.js';

/** What Intl writes, without the minus sign of a value that rounds to zero (our one difference). */
function intl(value: number, lang: 'de' | 'en', min: number, max = min): string {
  const text = value.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    minimumFractionDigits: min,
    maximumFractionDigits: max,
  });
  return /^-[0.,]*$/.test(text) ? text.slice(1) : text;
}

describe('formatNumber', () => {
  it.each([
    [80.6, 'de', 1, '80,6'],
    [80.6, 'en', 1, '80.6'],
    [100, 'de', 1, '100,0'],
    [11000, 'de', 0, '11.000'],
    [1234567.25, 'en', 1, '1,234,567.3'],
    [-2.5, 'de', 1, '-2,5'],
    [-0.01, 'de', 1, '0,0'],
    [0, 'en', 0, '0'],
  ] as const)('%d in %s with %d digits is %s', (value, lang, digits, text) => {
    expect(formatNumber(value, lang, digits)).toBe(text);
  });

  it('writes no minus sign on zero or on a value that rounds to zero, in every formatter', () => {
    for (const value of [-0, -0.004, -1e-9]) {
      expect(formatNumber(value, 'de', 1), String(value)).toBe('0,0');
      expect(formatNumber(value, 'en', 2), String(value)).toBe('0.00');
      expect(formatDecimal(value, 'de', 0, 2), String(value)).toBe('0');
    }
    expect(formatNumber(-0.04, 'de', 1)).toBe('0,0');
    expect(formatNumber(-0.05, 'de', 1)).toBe('-0,1');
    expect(formatDecimal(-0.005, 'en', 0, 2)).toBe('-0.01');
  });

  it('writes the same text as Intl for German and English', () => {
    const values = [
      0, 0.05, 0.25, 1.45, 2.5, 9.95, 12.35, 57.149, 63.45, 99.95, 99.99, 100, 1234.5, 23400,
      1234567.891, -3.25, -0.04,
    ];
    for (const lang of ['de', 'en'] as const) {
      for (const digits of [1, 2]) {
        for (const value of values)
          expect(formatNumber(value, lang, digits), `${lang} ${value} ${digits}`).toBe(
            intl(value, lang, digits),
          );
        for (const value of values)
          expect(formatDecimal(value, lang, 0, digits), `${lang} ${value} 0–${digits}`).toBe(
            intl(value, lang, 0, digits),
          );
      }
    }
  });

  it('agrees with Intl on random values', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.constantFrom<'de' | 'en'>('de', 'en'),
        (value, lang) => formatNumber(value, lang, 1) === intl(value, lang, 1),
      ),
      { numRuns: 2000 },
    );
  });
});
