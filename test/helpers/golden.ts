import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

/** Where the golden files live; `name` in expectGolden is relative to it. */
export const GOLDEN_ROOT = join(ROOT, 'test', 'golden');

/**
 * Compare generated text with its golden file under test/golden/. With
 * UPDATE_GOLDEN=1 the file is (re)written instead; a missing golden is written
 * and fails the test once, so that nobody accepts an output unread. Review the
 * diff of test/golden before committing a refresh.
 */
export function expectGolden(actual: string, name: string): void {
  const file = join(GOLDEN_ROOT, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`wrote the missing golden test/golden/${name}; review it and run again`);
  }
  expect(actual, `differs from test/golden/${name} (UPDATE_GOLDEN=1 to accept)`).toBe(
    readFileSync(file, 'utf8'),
  );
}

/** The text of a golden file under test/golden/. */
export function readGolden(name: string): string {
  return readFileSync(join(GOLDEN_ROOT, name), 'utf8');
}
