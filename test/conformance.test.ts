import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { noPositions } from '../src/load/source.js';
import { schemaDiagnostics } from '../src/validate/schema.js';
import { CONFORMANCE, runCli } from './helpers/cli.js';

/**
 * The cases of ../shared/conformance, run as the README there says:
 * `efa-readiness score CASE --catalogue catalogue.yaml --format json` must
 * agree with the expected file (scores within 0.05, all else exactly, actions
 * in the same order).
 */
const OWN = fileURLToPath(new URL('./conformance/', import.meta.url));

/** Every folder of cases: the shared v1 and v1.1 ones, and the repository's own v1.1 ones. */
const folders = [
  CONFORMANCE,
  join(CONFORMANCE, 'v1.1'),
  join(OWN, 'v1.1'),
  join(OWN, 'v1.1-coverage'),
].filter((dir) => existsSync(join(dir, 'catalogue.yaml')));

const cases = folders.flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => /^case-.*\.yaml$/.test(name))
    .sort()
    .map((name) => ({ dir, name, label: `${relative(join(OWN, '..', '..'), dir)}/${name}` })),
);

function agree(expected: unknown, actual: unknown, path: string, problems: string[]): void {
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || Math.abs(expected - actual) > 0.05) {
      problems.push(`${path}: expected ${expected}, got ${JSON.stringify(actual)}`);
    }
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      problems.push(`${path}: expected ${expected.length} entries, got ${JSON.stringify(actual)}`);
      return;
    }
    expected.forEach((item, i) => {
      agree(item, actual[i], `${path}[${i}]`, problems);
    });
  } else if (expected !== null && typeof expected === 'object') {
    for (const [key, value] of Object.entries(expected)) {
      agree(value, (actual as Record<string, unknown> | null)?.[key], `${path}.${key}`, problems);
    }
  } else if (expected !== actual) {
    problems.push(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

describe('conformance cases', () => {
  it('finds the cases of the repository, and the shared ones where they are', () => {
    expect(cases.filter((c) => c.dir.startsWith(OWN)).length).toBeGreaterThanOrEqual(7);
    if (existsSync(CONFORMANCE)) {
      expect(cases.filter((c) => c.dir === join(CONFORMANCE, 'v1.1')).length).toBeGreaterThan(0);
    }
  });

  it.each(cases)('$label agrees with its expected result', ({ dir, name }) => {
    const run = runCli(['score', name, '--catalogue', 'catalogue.yaml', '--format', 'json'], {
      cwd: dir,
    });
    expect(run.stderr).not.toMatch(/bug|Error:/);
    expect(run.code).toBe(0);
    const expected: unknown = JSON.parse(
      readFileSync(join(dir, name.replace(/\.yaml$/, '.expected.json')), 'utf8'),
    );
    const problems: string[] = [];
    const result: unknown = JSON.parse(run.stdout);
    agree(expected, result, name, problems);
    expect(problems).toEqual([]);
    // The result schema describes every result the tool gives.
    expect(schemaDiagnostics('result', result, noPositions('result.json'), 'en')).toEqual([]);
  });
});
