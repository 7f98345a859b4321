import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { declinesFastPath, parseYamlFast } from '../../src/load/fast-yaml.js';
import { parseYaml } from '../../src/load/parse.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The value the exact parser (src/load) gives, or undefined where it reports a problem. */
function exact(text: string): { value: unknown } | undefined {
  const parsed = parseYaml(text, 'test.yaml', 'de');
  return parsed.diagnostics.length > 0 ? undefined : { value: parsed.value };
}

/** Both parsers agree wherever the fast one gives a value; declining is always allowed. */
function expectSame(text: string): void {
  const fast = parseYamlFast(text);
  if (fast === undefined) return;
  const reference = exact(text);
  expect(reference, `the exact parser rejects what the fast path accepted:\n${text}`).toBeDefined();
  expect(fast.value).toStrictEqual(reference?.value);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(dir, f));
}

describe('fast YAML path against the exact parser', () => {
  const generated = mkdtempSync(join(tmpdir(), 'efa-gen-'));
  afterAll(() => {
    rmSync(generated, { recursive: true, force: true });
  });

  it('gives deep-equal values for every example, catalogue and fixture file', () => {
    const files = [
      ...yamlFiles(join(ROOT, 'examples')),
      ...yamlFiles(join(ROOT, 'criteria')),
      ...yamlFiles(join(ROOT, 'test/compare/fixtures')),
    ];
    expect(files.length).toBeGreaterThan(8);
    let taken = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const fast = parseYamlFast(text);
      if (fast !== undefined) taken += 1;
      expectSame(text);
    }
    // the fast path must actually be taken for ordinary files, or it saves nothing
    expect(taken).toBeGreaterThanOrEqual(files.length - 2);
  });

  it('gives deep-equal values for generated assessments', () => {
    execFileSync(process.execPath, [
      join(ROOT, 'scripts/generate-assessments.mjs'),
      '--count',
      '40',
      '--seed',
      '7',
      '--out',
      generated,
      '--catalogue',
      join(ROOT, 'criteria/efa-default.yaml'),
    ]);
    const files = yamlFiles(generated);
    expect(files).toHaveLength(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(parseYamlFast(text)).toBeDefined();
      expectSame(text);
    }
  });

  const scalars = [
    '2026-11-20',
    '2026-11-20T10:00:00Z',
    '1_000',
    '0b101',
    '0o17',
    '0x1F',
    '-0x1F',
    '+12',
    '012',
    '08',
    '1e3',
    '1.5e-3',
    '.5',
    '5.',
    '+.5',
    '-.5e+2',
    '.inf',
    '-.Inf',
    '+.INF',
    '.NaN',
    '.nan',
    'NaN',
    'Inf',
    '~',
    'null',
    'Null',
    'NULL',
    '',
    'true',
    'True',
    'TRUE',
    'tRUE',
    'yes',
    'no',
    'on',
    'off',
    'y',
    'n',
    '1:20',
    '12:30:00',
    '"quoted 1"',
    "'1'",
    '"true"',
    '0',
    '-0',
    '+0',
    '1.0',
    '3.',
    '1e',
    'e3',
    '.',
    '1 2',
    '0xZZ',
    '0o8',
    '[1, 2.5, true, null]',
    '{a: 1, b: ~}',
    'unknown',
    'n/a',
    '"n/a"',
    '- 1',
    '06999001',
    '"06999001"',
    '9007199254740993',
    '1e400',
    '=SUMME(A1)',
    'ÄÖÜ ß',
    '"\\u00e4"',
    '|\n  Zeile 1\n  Zeile 2\n',
    '>-\n  gefaltet\n  weiter\n',
  ];
  it.each(scalars)('resolves the plain scalar %j as the YAML 1.2 core schema does', (scalar) => {
    expectSame(`key: ${scalar}\nlist:\n  - ${scalar.includes('\n') ? '1' : scalar}\n`);
  });

  it('declines anchors, aliases, merge keys, tags, directives and prototype keys', () => {
    const declined = [
      'a: &x 1\nb: *x\n',
      'base: {a: 1}\nother:\n  <<: {b: 2}\n',
      'a: !!str 1\n',
      'a: !custom x\n',
      '%YAML 1.1\n---\na: yes\n',
      '__proto__: {polluted: true}\n',
      'answers: {constructor: 1}\n',
    ];
    for (const text of declined) {
      expect(declinesFastPath(text), text).toBe(true);
      expect(parseYamlFast(text), text).toBeUndefined();
    }
    // an asterisk or exclamation mark inside text is no node property
    expect(declinesFastPath('note: "5 * 3 Anträge, wichtig!"\nb: Ja!\n')).toBe(false);
  });

  it('declines where js-yaml throws: duplicate keys, several documents, bad syntax', () => {
    for (const text of ['a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', 'a: [1, 2\n', 'a:\n\t- 1\n']) {
      expect(parseYamlFast(text), text).toBeUndefined();
    }
  });

  // Issue 10, finding 15: whatever the exact parser reports, the fast path declines.
  const exactRefuses: [string, string][] = [
    ['CR-only line endings', 'a: 1\rb: 2\r'],
    ['a tab-indented flow mapping', 'a: {\n\tb: 1}\n'],
    ['a tab-indented flow sequence', 'a: [\n\t1]\n'],
    ['a key over 1,024 characters', `${'k'.repeat(1025)}: 1\n`],
    ['0 and "0" as keys', 'a: {0: 1, "0": 2}\n'],
    ['true and "true" as keys', 'a:\n  true: 1\n  "true": 2\n'],
    ['null and "" as keys', 'a:\n  ~: 1\n  "": 2\n'],
    ['an escaped __proto__', 'a:\n  "\\x5f_proto__": {x: 1}\n'],
    ['an escaped constructor', 'a: {"construct\\x6fr": 1}\n'],
    ['an escaped prototype', 'a: {"\\u0070rototype": 1}\n'],
    ['!!int', 'a: !!int 1\n'],
    ['a verbatim tag', 'a: !<tag:yaml.org,2002:int> 1\n'],
    ['!!map', 'a: !!map {b: 1}\n'],
    ['!!set', 'a: !!set {b}\n'],
    ['a tagged key', '!!str k: 1\n'],
    ['a %TAG directive', '%TAG !e! tag:example.com,2000:\n---\na: 1\n'],
  ];
  it.each(exactRefuses)('both parsers refuse %s', (_, text) => {
    expect(exact(text), text).toBeUndefined();
    expect(parseYamlFast(text), text).toBeUndefined();
  });

  it('leaves a tab after indenting spaces and a null key (js-yaml names it "null", yaml "") to the exact parser', () => {
    for (const text of ['a: {\n  \tb: 1}\n', '~: 1\n', 'a: {null: 1}\n', 'a:\n  Null: 1\n']) {
      expect(parseYamlFast(text), text).toBeUndefined();
    }
  });

  it('accepts CRLF line endings and tabs inside text on the fast path, as the exact parser does', () => {
    for (const text of ['a: 1\r\nb: x\r\n', 'a: "x\ty"\nb: 1 # \tcomment\n']) {
      expect(parseYamlFast(text), text).toBeDefined();
      expectSame(text);
    }
  });

  it('reports a tag and a decoded reserved key at their line', () => {
    const tag = parseYaml('format: x\nvalue: !!int 1\n', 'f.yaml', 'de').diagnostics;
    expect(tag.map((d) => [d.code, d.line])).toStrictEqual([['yaml-tag', 2]]);
    expect(tag[0]?.message).toContain('nicht erlaubt');
    const key = parseYaml('a:\n  b: 1\n  "\\x5f_proto__": 2\n', 'f.yaml', 'en').diagnostics;
    expect(key.map((d) => [d.code, d.line, d.col])).toStrictEqual([['forbidden-key', 3, 3]]);
    const tagDirective = parseYaml('%TAG !e! tag:e,2000:\n---\na: 1\n', 'f.yaml', 'en');
    expect(tagDirective.diagnostics.map((d) => [d.code, d.line])).toStrictEqual([['yaml-tag', 1]]);
  });

  it('checks a mapping of 80,000 keys for duplicates in linear time', { timeout: 120_000 }, () => {
    const lines = Array.from({ length: 80_000 }, (_, i) => `k${i}: ${i}`);
    const started = performance.now();
    const twice = parseYaml(`${lines.join('\n')}\nk0: 1\n`, 'f.yaml', 'de');
    // A hang guard only, generous for a loaded machine: the pairwise check of the
    // `yaml` package took 43 s on an idle one (minutes here); the set takes no time.
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(twice.diagnostics.map((d) => [d.code, d.line])).toStrictEqual([
      ['yaml-duplicate_key', 80_001],
    ]);
  });

  it('names the duplicate key, at the second occurrence', () => {
    const d = parseYaml('a:\n  0: 1\n  "0": 2\n', 'f.yaml', 'en').diagnostics;
    expect(d.map((x) => [x.code, x.line])).toStrictEqual([['yaml-duplicate_key', 3]]);
    expect(d[0]?.message).toContain("'0'");
  });

  it('does not pollute prototypes', () => {
    parseYamlFast('a:\n  b: 1\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
