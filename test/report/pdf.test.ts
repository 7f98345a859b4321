import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { CHROMIUM_PATHS, findChromium } from '../../src/report/pdf.js';

describe('findChromium', () => {
  it('takes CHROME_PATH first', () => {
    expect(findChromium({ CHROME_PATH: '/opt/chrome' }, 'de', (p) => p === '/opt/chrome')).toBe(
      '/opt/chrome',
    );
  });

  it('refuses a CHROME_PATH that does not exist, saying so', () => {
    expect(() => findChromium({ CHROME_PATH: '/nirgends/chrome' }, 'de', () => true)).not.toThrow();
    expect(() => findChromium({ CHROME_PATH: '/nirgends/chrome' }, 'de', () => false)).toThrow(
      /CHROME_PATH zeigt auf \/nirgends\/chrome/,
    );
  });

  it('otherwise takes the first usual path that exists', () => {
    expect(findChromium({}, 'en', (p) => p === '/usr/bin/google-chrome')).toBe(
      '/usr/bin/google-chrome',
    );
  });

  it('without any browser, an input error (exit 2) that says how to install one', () => {
    let error: unknown;
    try {
      findChromium({}, 'en', () => false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).exitCode).toBe(2);
    expect((error as Error).message).toContain('sudo apt-get install chromium');
    expect((error as Error).message).toContain(CHROMIUM_PATHS[0]);
  });
});
