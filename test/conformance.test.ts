import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFORMANCE, runCli } from './helpers/cli.js';

/**
 * The cases of ../shared/conformance, run as the README there says:
 * `efa-readiness score CASE --catalogue catalogue.yaml --format json` must
 * agree with the expected file (scores within 0.05, all else exactly, actions
 * in the same order).
 */
const cases = readdirSync(CONFORMANCE)
  .filter((name) => /^case-.*\.yaml$/.test(name))
  .sort();

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
  it('finds the cases beside the repository', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s agrees with its expected result', (name) => {
    const run = runCli(['score', name, '--catalogue', 'catalogue.yaml', '--format', 'json'], {
      cwd: CONFORMANCE,
    });
    expect(run.stderr).not.toMatch(/bug|Error:/);
    expect(run.code).toBe(0);
    const expected: unknown = JSON.parse(
      readFileSync(join(CONFORMANCE, name.replace(/\.yaml$/, '.expected.json')), 'utf8'),
    );
    const problems: string[] = [];
    agree(expected, JSON.parse(run.stdout), name, problems);
    expect(problems).toEqual([]);
  });
});
