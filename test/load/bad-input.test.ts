import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONFORMANCE, runCli, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

/**
 * Every kind of bad input exits 2 with a message naming the file (and the
 * line where there is one), never a stack trace, never a hang. In-process
 * through `main(argv, io)`; a few cases also through the built binary.
 */
const CATALOGUE = join(CONFORMANCE, 'catalogue.yaml');
const HEAD =
  'format: efa-readiness/assessment/v1\ncatalogue: conformance\nmunicipality: {name: Musterstadt, type: stadt, state: HE}\n';

const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]']
  .concat(
    ['b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
      (k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`,
    ),
  )
  .join('\n');

const cases: { name: string; file: string; content?: string | Buffer; expect: RegExp }[] = [
  {
    name: 'YAML syntax error',
    file: 'syntax.yaml',
    content: `${HEAD}answers:\n  interfaces.routing: [1, 2\n`,
    expect: /syntax\.yaml:\d+:\d+: YAML/,
  },
  {
    name: 'empty file',
    file: 'empty.yaml',
    content: '\n# nur ein Kommentar\n',
    expect: /empty\.yaml: Datei ist leer/,
  },
  {
    name: 'binary file',
    file: 'binary.yaml',
    content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
    expect: /binary\.yaml: .*keine Textdatei/,
  },
  {
    name: 'UTF-16 file',
    file: 'utf16.yaml',
    content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(HEAD, 'utf16le')]),
    expect: /utf16\.yaml: .*UTF-16/,
  },
  {
    name: 'invalid UTF-8',
    file: 'latin1.yaml',
    content: Buffer.from(`${HEAD}# Gr\xfc\xdfe\n`, 'latin1'),
    expect: /latin1\.yaml: .*UTF-8/,
  },
  {
    name: 'duplicate keys',
    file: 'dup.yaml',
    content: `${HEAD}answers:\n  staff.lead: true\n  staff.lead: false\n`,
    expect: /dup\.yaml:6:3: .*doppelt/,
  },
  {
    name: 'several documents',
    file: 'multi.yaml',
    content: `${HEAD}---\n${HEAD}`,
    expect: /multi\.yaml:4:1: .*2 YAML-Dokumente/,
  },
  {
    name: 'alias bomb',
    file: 'bomb.yaml',
    content: `${bomb}\n`,
    expect: /bomb\.yaml:1:1: .*Aliase/,
  },
  {
    name: 'nesting too deep',
    file: 'deep.yaml',
    content: `${HEAD}x-deep: ${'['.repeat(50000)}${']'.repeat(50000)}\n`,
    expect: /deep\.yaml:4:\d+: .*zu tief verschachtelt/,
  },
  {
    name: '__proto__ key',
    file: 'proto.yaml',
    content: `${HEAD}answers:\n  __proto__: {polluted: true}\n`,
    expect: /proto\.yaml:5:3: .*'__proto__' ist nicht erlaubt/,
  },
  {
    name: 'constructor key',
    file: 'ctor.yaml',
    content: `${HEAD}x-own:\n  constructor: {prototype: 1}\n`,
    expect: /ctor\.yaml:5:3: .*'constructor' ist nicht erlaubt/,
  },
  {
    name: 'wrong type',
    file: 'type.yaml',
    content: HEAD.replace('state: HE}', 'state: HE, population: viele}'),
    expect:
      /type\.yaml:3:\d+ {2}municipality\.population: erwartet ganze Zahl, gefunden den Text 'viele'/,
  },
  {
    name: 'level out of range',
    file: 'range.yaml',
    content: `${HEAD}answers:\n  interfaces.routing: 7\n`,
    expect: /range\.yaml:5:23 {2}answers\.interfaces\.routing: erwartet eine Stufe von 0 bis 4/,
  },
  {
    name: 'target out of range',
    file: 'target.yaml',
    content: `${HEAD}targets:\n  staff.lead: 150\n`,
    expect: /target\.yaml:5:15 {2}targets\.staff\.lead: erwartet eine Zahl ≤ 100/,
  },
  {
    name: 'unknown format version',
    file: 'v2.yaml',
    content: HEAD.replace('/v1', '/v2'),
    expect:
      /v2\.yaml:1:9 {2}format: Formatversion 'efa-readiness\/assessment\/v2' wird nicht unterstützt/,
  },
  {
    name: 'no format',
    file: 'noformat.yaml',
    content: 'name: Musterstadt\n',
    expect: /noformat\.yaml:1:1: Schlüssel 'format' fehlt/,
  },
  {
    name: 'a list instead of a mapping',
    file: 'list.yaml',
    content: '- a\n- b\n',
    expect: /list\.yaml:1:1: erwartet eine Zuordnung/,
  },
  {
    name: 'unknown answer key',
    file: 'typo.yaml',
    content: `${HEAD}answers:\n  staff.trainig: 2\n`,
    expect: /typo\.yaml:5:3 {2}answers\.staff\.trainig: .*Meinten Sie 'staff\.training'\?/,
  },
  {
    name: 'unknown key',
    file: 'key.yaml',
    content: `${HEAD}answer:\n  staff.lead: true\n`,
    expect: /key\.yaml:4:1 {2}answer: unbekannter Schlüssel 'answer'.*Meinten Sie 'answers'\?/,
  },
  {
    name: 'missing file',
    file: 'does-not-exist.yaml',
    expect: /does-not-exist\.yaml: Datei nicht gefunden/,
  },
  { name: 'directory', file: 'folder.yaml', expect: /folder\.yaml: .*Ordner/ },
  {
    name: 'file over the size limit',
    file: 'huge.yaml',
    content: `${HEAD}# ${'x'.repeat(5 * 1024 * 1024)}\n`,
    expect:
      /huge\.yaml: Datei ist 5\.243\.000 Bytes groß; erlaubt sind höchstens 4\.194\.304 Bytes \(4 MiB\)/,
  },
  {
    name: 'file one byte over the size limit',
    file: 'limit.yaml',
    content: `${HEAD}#`.padEnd(4 * 1024 * 1024, 'x') + '\n',
    expect:
      /limit\.yaml: Datei ist 4\.194\.305 Bytes groß; erlaubt sind höchstens 4\.194\.304 Bytes/,
  },
  {
    name: 'NUL byte after the first 8 KiB',
    file: 'nul.yaml',
    content: `${HEAD}# ${'x'.repeat(9000)}\nx-a: "\0"\n`,
    expect: /nul\.yaml: .*keine Textdatei/,
  },
  {
    name: 'escaped __proto__ key',
    file: 'proto-escaped.yaml',
    content: `${HEAD}answers:\n  "\\x5f_proto__": {polluted: true}\n`,
    expect: /proto-escaped\.yaml:5:3: .*'__proto__' ist nicht erlaubt/,
  },
  {
    name: 'escaped constructor key',
    file: 'ctor-escaped.yaml',
    content: `${HEAD}x-own: {"construct\\x6fr": 1}\n`,
    expect: /ctor-escaped\.yaml:4:9: .*'constructor' ist nicht erlaubt/,
  },
  {
    name: 'a YAML tag',
    file: 'tag.yaml',
    content: `${HEAD}answers:\n  interfaces.routing: !!int 1\n`,
    expect: /tag\.yaml:5:\d+: YAML-Tags wie .* sind nicht erlaubt/,
  },
  {
    name: 'a %TAG directive',
    file: 'tagdir.yaml',
    content: `%TAG !e! tag:example.com,2000:\n---\n${HEAD}`,
    expect: /tagdir\.yaml:1:1: YAML-Tags wie %TAG sind nicht erlaubt/,
  },
];

let dir: string;
beforeAll(() => {
  dir = tempDir();
  for (const c of cases) if (c.content !== undefined) writeFileSync(join(dir, c.file), c.content);
  mkdirSync(join(dir, 'folder.yaml'));
});

const NO_STACK = /\n\s+at .+\(.+:\d+:\d+\)|Fehler in efa-readiness|TypeError|ReferenceError/;

const argsFor = (command: string, file: string): string[] =>
  command === 'score'
    ? ['score', file, '--catalogue', CATALOGUE]
    : ['validate', file, '--catalogue', CATALOGUE];

describe.each(['score', 'validate'])('%s on bad input', (command) => {
  it.each(cases)(
    '$name: exit 2, names file and place, no stack',
    async ({ file, expect: pattern }) => {
      const run = await runMain(argsFor(command, file), { cwd: dir });
      expect(run.code).toBe(2);
      const output = run.stdout + run.stderr;
      expect(output).toMatch(pattern);
      expect(output).not.toMatch(NO_STACK);
    },
  );
});

describe('the built binary on bad input', () => {
  const some = cases.filter((c) =>
    ['YAML syntax error', 'binary file', 'nesting too deep', 'missing file'].includes(c.name),
  );
  it.each(some)('$name: exit 2, names file and place, no stack', ({ file, expect: pattern }) => {
    const run = runCli(argsFor('score', file), { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(pattern);
    expect(run.stdout + run.stderr).not.toMatch(NO_STACK);
  });
});

describe('prototype pollution', () => {
  it('does not reach Object.prototype through a loaded file', async () => {
    const { parseYaml } = await import('../../src/load/parse.js');
    parseYaml(`${HEAD}x-a:\n  __proto__: {polluted: true}\n`, 'p.yaml', 'de');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('several problems at once', () => {
  it('lists every problem of an assessment in file order, each with its place', async () => {
    const d = tempDir({
      'many.yaml': `${HEAD.replace('type: stadt', 'type: stadtt')}answers:\n  interfaces.routing: 7\n  interfaces.payment: epaymnt\n  staff.lead: ja\n`,
    });
    const run = await runMain(['score', 'many.yaml', '--catalogue', CATALOGUE], { cwd: d });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^many\.yaml:3:\d+ {2}municipality\.type: .*Meinten Sie 'stadt'\?/);
    expect(lines[1]).toMatch(/^many\.yaml:5:23 {2}answers\.interfaces\.routing: /);
    expect(lines[2]).toMatch(
      /^many\.yaml:6:23 {2}answers\.interfaces\.payment: .*Meinten Sie 'epayment'\?/,
    );
    expect(lines[3]).toMatch(
      /^many\.yaml:7:15 {2}answers\.staff\.lead: erwartet true \(ja\) oder false \(nein\)/,
    );
  });
});
