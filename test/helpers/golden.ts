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
  actual = withoutResultJson(actual);
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

const RESULT_JSON = /(<script type="application\/json" id="efa-result">)[\s\S]*?(<\/script>)/;
/** What stands in a golden HTML report instead of the embedded result JSON. */
export const RESULT_JSON_MARK =
  '{"omitted": "the result JSON; test/report/golden.test.ts checks it is the scored result"}';

/**
 * An HTML report with its embedded result JSON (`<script id="efa-result">`,
 * ~500 lines) replaced by {@link RESULT_JSON_MARK}: the goldens pin the page a
 * person reads; the result itself is pinned where it is made (the JSON goldens
 * and the report golden test, which checks the block equals the scored
 * result). Text without the block is returned unchanged.
 */
export function withoutResultJson(text: string): string {
  return text.replace(RESULT_JSON, `$1${RESULT_JSON_MARK}$2`);
}

/** The parsed result JSON embedded in an HTML report, or undefined without one. */
export function embeddedResult(html: string): unknown {
  const json = /<script type="application\/json" id="efa-result">([\s\S]*?)<\/script>/.exec(
    html,
  )?.[1];
  return json === undefined ? undefined : JSON.parse(json);
}
