import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const EXAMPLES_DIR = join(ROOT, 'examples');

/**
 * The shipped examples of the default catalogue, absolute paths in name order. The examples of a
 * Land profile (`catalogue: he@…`) name another catalogue; compare refuses to mix them with these,
 * and test/catalogue/profiles.test.ts tests them with their profile.
 */
export function defaultExamples(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(EXAMPLES_DIR, f))
    .filter((f) => /^catalogue: efa-default@/m.test(readFileSync(f, 'utf8')));
}
