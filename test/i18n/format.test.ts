import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/i18n/index.js';

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
});
