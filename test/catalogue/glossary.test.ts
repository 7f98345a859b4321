/**
 * One language (issue 14, items 10–11): no text a person reads uses a term that
 * criteria/GLOSSARY.md retired. The patterns are read from the glossary itself,
 * so the list and the check cannot drift apart. Checked: every message of
 * src/i18n/messages/*.ts (keys are ids and exempt; the method label `self` may
 * say "Selbsteinschätzung"), the text of the built-in templates (outside
 * `{{…}}` and markup), and every text of the default catalogue.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueMessages } from '../../src/i18n/messages/catalogue.js';
import { compare } from '../../src/i18n/messages/compare.js';
import { conformanceMessages } from '../../src/i18n/messages/conformance.js';
import { core } from '../../src/i18n/messages/core.js';
import { editor } from '../../src/i18n/messages/editor.js';
import { formMessages } from '../../src/i18n/messages/form.js';
import { interview } from '../../src/i18n/messages/interview.js';
import { overlayMessages } from '../../src/i18n/messages/overlay.js';
import { reportMessages } from '../../src/i18n/messages/report.js';
import { writeMessages } from '../../src/i18n/messages/write.js';
import type { MessageTable } from '../../src/i18n/index.js';
import { parseYaml } from '../../src/load/parse.js';
import { ROOT } from '../helpers/cli.js';

type Lang = 'de' | 'en';

/** The retired-term patterns of the glossary's `text` block, per language. */
function retired(): Record<Lang, RegExp[]> {
  const md = readFileSync(join(ROOT, 'criteria', 'GLOSSARY.md'), 'utf8');
  const block = /## Retired terms[\s\S]*?```text\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
  const out: Record<Lang, RegExp[]> = { de: [], en: [] };
  for (const line of block.split('\n')) {
    const m = /^(de|en): (.+)$/.exec(line.trim());
    if (m) out[m[1] as Lang].push(new RegExp(m[2] as string, 'u'));
  }
  return out;
}

const PATTERNS = retired();

function offences(where: string, lang: Lang, text: string): string[] {
  return PATTERNS[lang]
    .filter((re) => re.test(text))
    .map((re) => `${where} (${lang}) uses ${re.source}: ${text.slice(0, 120)}`);
}

/** Every string of a parsed YAML value with the path it sits at and its language, if known. */
function strings(
  value: unknown,
  path: string,
  lang: Lang | undefined,
  out: [string, Lang | undefined, string][],
): void {
  if (typeof value === 'string') out.push([path, lang, value]);
  else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      strings(v, `${path}.${i}`, lang, out);
    });
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value))
      strings(v, `${path}.${k}`, k === 'de' || k === 'en' ? k : lang, out);
}

describe('the glossary', () => {
  it('lists retired terms for both languages', () => {
    expect(PATTERNS.de.length).toBeGreaterThan(10);
    expect(PATTERNS.en.length).toBeGreaterThan(5);
  });

  it('is kept by every message', () => {
    const tables: MessageTable[] = [
      core,
      compare,
      interview,
      reportMessages,
      catalogueMessages,
      conformanceMessages,
      editor,
      formMessages,
      overlayMessages,
      writeMessages,
    ];
    const problems = tables.flatMap((table) =>
      Object.entries(table).flatMap(([key, text]) =>
        key.endsWith('.method.self')
          ? []
          : (['de', 'en'] as const).flatMap((lang) => offences(key, lang, text[lang])),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('is kept by the built-in templates', () => {
    const dir = join(ROOT, 'templates');
    const files = [
      ...readdirSync(dir).filter((f) => f.endsWith('.hbs')),
      ...['md', 'html'].flatMap((sub) =>
        readdirSync(join(dir, 'partials', sub)).map((f) => join('partials', sub, f)),
      ),
    ];
    const problems = files.flatMap((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
        .replace(/\{\{[\s\S]*?\}\}/g, ' ')
        .replace(/<[^>]*>/g, ' ');
      return [...offences(file, 'de', text), ...offences(file, 'en', text)];
    });
    expect(problems).toEqual([]);
  });

  it('is kept by every text of the default catalogue, comments included', () => {
    const file = join(ROOT, 'criteria', 'efa-default.yaml');
    const source = readFileSync(file, 'utf8');
    const parsed = parseYaml(source, file, 'de');
    const found: [string, Lang | undefined, string][] = [];
    strings(parsed.value, 'catalogue', undefined, found);
    const comments = source
      .split('\n')
      .filter((l) => l.trim().startsWith('#') && !l.includes('yaml-language-server'));
    const problems = [
      ...found.flatMap(([path, lang, text]) => (lang ? offences(path, lang, text) : [])),
      ...comments.flatMap((c) => offences('comment', 'de', c)),
    ];
    expect(problems).toEqual([]);
  });

  it('would catch a retired term (the check can fail)', () => {
    expect(offences('probe', 'de', 'Hürden: nicht bestandene Mindestanforderungen')).toHaveLength(
      2,
    );
    expect(offences('probe', 'de', 'EfA-Mindestanforderungen NL1–NL5')).toEqual([]);
    expect(offences('probe', 'en', 'district-free cities in Hesse')).toHaveLength(2);
  });
});
