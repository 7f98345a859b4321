import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse.js';
import type { Catalogue } from '../../src/model/types.js';
import { validateAssessment, validateCatalogue } from '../../src/validate/index.js';

/**
 * Issue 10 item 17: a message names the field that is wrong and what to
 * write instead; limits say exactly where they lie.
 */
const text = readFileSync(new URL('../../criteria/efa-default.yaml', import.meta.url), 'utf8');
const parsed = parseYaml(text, 'efa-default.yaml', 'de');
const catalogue = validateCatalogue(parsed.value, parsed.source, 'de').value as Catalogue;
const HEAD = `format: efa-readiness/assessment/v1
catalogue: efa-default
municipality: &m {name: Prüfstadt, type: stadt, state: HE}
`;

function errorsOf(body: string, lang: 'de' | 'en' = 'de') {
  const file = parseYaml(HEAD + body, 'a.yaml', lang);
  if (file.diagnostics.length > 0) return file.diagnostics;
  return validateAssessment(file.value, file.source, lang, catalogue).errors;
}

describe('messages that name the field', () => {
  it.each([
    [
      'reuse.policy: {value: true, note: 12}',
      'answers.reuse.policy.note',
      /'note' muss ein Text sein, gefunden: 12/,
    ],
    [
      "reuse.policy: {value: true, evidence: ['']}",
      'answers.reuse.policy.evidence',
      /Nachweis Nr\. 1 .* ist leer/,
    ],
    [
      'reuse.policy: {value: true, evidence: [[a]]}',
      'answers.reuse.policy.evidence',
      /Nachweis Nr\. 1 .* kein Text, gefunden: eine Liste/,
    ],
    [
      'reuse.policy: {value: true, evidence: 5}',
      'answers.reuse.policy.evidence',
      /'evidence' ist eine Liste/,
    ],
    ['reuse.policy: {note: x}', 'answers.reuse.policy', /braucht 'value:'/],
  ])('%s', (answer, path, message) => {
    const errors = errorsOf(`answers:\n  ${answer}\n`);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe(path);
    expect(errors[0]?.message).toMatch(message);
    expect(errors[0]?.message).not.toMatch(/Gefunden: eine Zuordnung/);
  });

  it('says the same in English', () => {
    const errors = errorsOf('answers:\n  reuse.policy: {value: true, note: 12}\n', 'en');
    expect(errors[0]?.message).toMatch(/'note' must be a text, found: 12/);
  });
});

describe('the alias limit', () => {
  const aliases = (n: number) => `x-list:\n${'  - *m\n'.repeat(n)}`;
  it('reads exactly 100 aliases', () => {
    expect(errorsOf(aliases(100))).toEqual([]);
  });
  it('refuses 101, saying more than 100', () => {
    const errors = errorsOf(aliases(101));
    expect(errors.map((e) => e.code)).toEqual(['alias-bomb']);
    expect(errors[0]?.message).toMatch(/mehr als 100/);
  });
});

describe('a mis-indented key (issue 10 item 16)', () => {
  it('is one message, at the key, saying by how many spaces', () => {
    const errors = errorsOf('answers:\n  reuse.policy: true\n   reuse.cost-avv: 2\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: 6, col: 4 });
    expect(errors[0]?.message).toBe(
      "Der Schlüssel 'reuse.cost-avv' ist um 3 statt 2 Leerzeichen eingerückt; bitte so weit einrücken wie den Schlüssel in der Zeile darüber.",
    );
    expect(errors[0]?.message).not.toMatch(/[Nn]ested|compact/);
  });

  it('a tab gives one message in the reader’s language, however many lines it spoils', () => {
    const errors = errorsOf(`answers:\n${'\treuse.policy: true\n'.repeat(5)}`, 'en');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^Tabs are not allowed in YAML/);
  });
});
