import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLang, type MessageTable } from '../../src/i18n/index.js';
import { ROOT } from '../helpers/cli.js';

/** Meta-test: every text a person reads exists in German and English, with the same placeholders. */
const folder = join(ROOT, 'src/i18n/messages');
const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe.each(files)('messages/%s', (file) => {
  it('has every message in German and English with the same placeholders', async () => {
    const module = (await import(join(folder, file))) as Record<string, MessageTable>;
    const tables = Object.values(module);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      for (const [key, message] of Object.entries(table)) {
        expect(message.de.trim(), `${key}.de`).not.toBe('');
        expect(message.en.trim(), `${key}.en`).not.toBe('');
        expect(placeholders(message.de), key).toEqual(placeholders(message.en));
      }
    }
  });
});

describe('detectLang', () => {
  it.each([
    [undefined, {}, 'de'],
    ['en', { LANG: 'de_DE.UTF-8' }, 'en'],
    ['de', { LANG: 'en_US.UTF-8' }, 'de'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'en'],
    [undefined, { LANG: 'fr_FR.UTF-8' }, 'de'],
    [undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'de_DE.UTF-8' }, 'de'],
    [undefined, { LC_ALL: 'en' }, 'en'],
    [undefined, { LANG: 'C' }, 'de'],
  ] as const)('--lang %s with %o gives %s', (flag, env, lang) => {
    expect(detectLang(flag, env)).toBe(lang);
  });
});
