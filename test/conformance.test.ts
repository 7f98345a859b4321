import { existsSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agree } from '../src/conformance/agree.js';
import { CONFORMANCE_ROOT, ROOT, runCli, SHARED_CONFORMANCE, tempDir } from './helpers/cli.js';
import { runMain } from './helpers/main.js';
import { noPositions } from '../src/model/source.js';
import { schemaDiagnostics } from '../src/validate/schema.js';

/**
 * The conformance suites through `efa-readiness conformance`, as anyone would
 * run them: the repository's own (every test/conformance/<version>/ with a
 * catalogue.yaml) always, and the shared cases beside the repository where
 * they exist, for the versions this repository has suites of.
 */
const ownVersions = readdirSync(CONFORMANCE_ROOT, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(CONFORMANCE_ROOT, e.name, 'catalogue.yaml')))
  .map((e) => e.name)
  .sort();

interface Report {
  passed: number;
  failed: number;
  suites: { dir: string; cases: { name: string; passed: boolean; problems: unknown[] }[] }[];
}

async function conformance(dir: string): Promise<Report> {
  const run = await runMain(['conformance', dir, '--format', 'json']);
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as Report;
  const failing = report.suites.flatMap((s) => s.cases.filter((c) => !c.passed));
  expect(failing).toEqual([]);
  expect(run.code).toBe(0);
  return report;
}

describe('the repository’s own conformance suites', () => {
  it('has a v1 suite, and runs every version folder', async () => {
    expect(ownVersions).toContain('v1');
    const report = await conformance(CONFORMANCE_ROOT);
    expect(report.suites.map((s) => s.dir)).toEqual(
      ownVersions.map((v) => `test/conformance/${v}`),
    );
    expect(report.suites.find((s) => s.dir.endsWith('/v1'))?.cases.length).toBeGreaterThanOrEqual(
      3,
    );
  });
});

describe.skipIf(!existsSync(join(SHARED_CONFORMANCE, 'catalogue.yaml')))(
  'the shared conformance cases beside the repository',
  () => {
    const shared = ownVersions
      .filter((v) => v !== 'v1' && existsSync(join(SHARED_CONFORMANCE, v, 'catalogue.yaml')))
      .map((v) => join(SHARED_CONFORMANCE, v));
    it.each([SHARED_CONFORMANCE, ...shared])('%s agrees', async (dir) => {
      const report = await conformance(dir);
      expect(report.passed).toBeGreaterThanOrEqual(3);
    });
  },
);

describe('agree(): numbers within 0.05, all else exactly, every expected key', () => {
  it.each([
    [{ score: 42.2 }, { score: 42.25 }, []],
    [{ score: 42.2 }, { score: 42.26 }, ['score']],
    [{ band: 'ready' }, { band: 'ready', extra: 1 }, []],
    [{ band: 'ready' }, { band: 'conditional' }, ['band']],
    [{ band: null }, {}, ['band']],
    [{ a: [1, 2] }, { a: [1] }, ['a']],
    [{ a: [{ id: 'x', s: 1 }] }, { a: [{ id: 'x', s: 2 }] }, ['a[0].s']],
    [{ a: { b: 1 } }, { a: null }, ['a']],
    [{ n: 0 }, { n: '0' }, ['n']],
  ] as const)('%j vs %j', (expected, actual, paths) => {
    expect(agree(expected, actual).map((p) => p.path)).toEqual(paths);
  });
});

describe('efa-readiness conformance: exit codes and messages', () => {
  const suite = (): string => {
    const dir = tempDir();
    cpSync(join(CONFORMANCE_ROOT, 'v1'), dir, { recursive: true });
    return dir;
  };

  it('exits 1 and names the field where a case differs', async () => {
    const dir = suite();
    writeFileSync(join(dir, 'case-1-town.expected.json'), '{"score": 12.3, "band": "ready"}');
    const run = await runMain(['conformance', dir, '--lang', 'en']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/differs\s+case-1-town\n\s+score: expected 12\.3, got 80\.6/);
    expect(run.stdout).toMatch(/2 of 3 cases agree/);
  });

  it('exits 2 for an expected file that is not JSON, naming file and line', async () => {
    const dir = suite();
    writeFileSync(join(dir, 'case-2-district-gate.expected.json'), '{\n  "score": 42.2,\n}\n');
    const run = await runMain(['conformance', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/case-2-district-gate\.expected\.json:3:1: kein gültiges JSON/);
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('exits 2 for a case without its expected result, and for a folder without suites', async () => {
    const dir = suite();
    writeFileSync(join(dir, 'case-9-new.yaml'), 'format: efa-readiness/assessment/v1\n');
    const missing = await runMain(['conformance', dir, '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(
      /case-9-new\.yaml: This case has no expected result case-9-new\.expected\.json/,
    );
    const empty = await runMain(['conformance', tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(
      /weder dieser Ordner noch einer direkt darin enthält eine catalogue\.yaml/,
    );
  });

  it('runs from the built binary on the shipped suites (text, German)', () => {
    const run = runCli(['conformance', 'test/conformance'], { cwd: ROOT });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Konformitätsfälle in test\/conformance\/v1:\n {2}stimmt {5}case-1-town/,
    );
  });
});

describe('the result schema describes every result of the own suites', () => {
  const cases = ownVersions.flatMap((v) =>
    readdirSync(join(CONFORMANCE_ROOT, v))
      .filter((name) => /^case-.*\.yaml$/.test(name))
      .map((name) => ({ dir: join(CONFORMANCE_ROOT, v), name })),
  );
  it.each(cases)('$name', async ({ dir, name }) => {
    const run = await runMain([
      'score',
      join(dir, name),
      '-c',
      join(dir, 'catalogue.yaml'),
      '-f',
      'json',
    ]);
    expect(run.code).toBe(0);
    const result: unknown = JSON.parse(run.stdout);
    expect(schemaDiagnostics('result', result, noPositions('result.json'), 'en')).toEqual([]);
  });
});
