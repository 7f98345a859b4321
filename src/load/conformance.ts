import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/conformance.js';
import type { Lang } from '../model/types.js';
import { readTextFile } from './read.js';

/** One conformance case: an assessment and the result it must give. */
export interface ConformanceCase {
  name: string;
  assessment: string;
  expected: string;
}

/** A folder with `catalogue.yaml` and its cases `case-*.yaml` / `case-*.expected.json`. */
export interface ConformanceSuite {
  /** As shown to the user: relative to the working folder where that is shorter. */
  dir: string;
  catalogue: string;
  cases: ConformanceCase[];
}

const CASE = /^case-.+\.ya?ml$/;
const byNumber = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/**
 * The suites named by `dir`: the folder itself where it holds a
 * catalogue.yaml, else every folder directly inside it that does (`v1/`,
 * `v1.1/`), in name order.
 */
export function findConformanceSuites(dir: string, lang: Lang, cwd: string): ConformanceSuite[] {
  const root = resolve(cwd, dir);
  if (!isDirectory(root)) throw new InputError(t(lang, 'conformance.notDir', { dir }));
  const folders = isFile(join(root, 'catalogue.yaml'))
    ? [root]
    : readdirSync(root)
        .sort(byNumber)
        .map((name) => join(root, name))
        .filter((folder) => isDirectory(folder) && isFile(join(folder, 'catalogue.yaml')));
  if (folders.length === 0) throw new InputError(t(lang, 'conformance.noSuite', { dir }));
  return folders.map((folder) => readSuite(folder, lang, cwd));
}

function readSuite(folder: string, lang: Lang, cwd: string): ConformanceSuite {
  const shown = relative(cwd, folder) || '.';
  const display = shown.length < folder.length ? shown : folder;
  const cases = readdirSync(folder)
    .filter((name) => CASE.test(name))
    .sort(byNumber)
    .map((name) => {
      const expected = join(display, name.replace(/\.ya?ml$/, '.expected.json'));
      if (!isFile(resolve(cwd, expected))) {
        throw new InputError('', [
          {
            severity: 'error',
            code: 'conformance-no-expected',
            file: join(display, name),
            line: 0,
            col: 0,
            message: t(lang, 'conformance.noExpected', { expected: basename(expected) }),
          },
        ]);
      }
      return { name: name.replace(/\.ya?ml$/, ''), assessment: join(display, name), expected };
    });
  if (cases.length === 0) throw new InputError(t(lang, 'conformance.noCases', { dir: display }));
  return { dir: display, catalogue: join(display, 'catalogue.yaml'), cases };
}

/** The expected result of a case: a JSON object; anything else names the file and line. */
export async function readExpectedResult(file: string, lang: Lang, cwd: string): Promise<object> {
  const text = await readTextFile(file, lang, cwd);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InputError('', [
      {
        severity: 'error',
        code: 'conformance-bad-json',
        file,
        ...place(text, reason),
        message: t(lang, 'conformance.badJson', { reason }),
      },
    ]);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
    throw new InputError('', [
      {
        severity: 'error',
        code: 'conformance-not-object',
        file,
        line: 1,
        col: 1,
        message: t(lang, 'conformance.notObject', { found }),
      },
    ]);
  }
  return value;
}

/** Line and column of a JSON syntax error, from the offset Node's message gives. */
function place(text: string, reason: string): { line: number; col: number } {
  const lineCol = /line (\d+) column (\d+)/.exec(reason);
  if (lineCol) return { line: Number(lineCol[1]), col: Number(lineCol[2]) };
  const offset = /position (\d+)/.exec(reason);
  if (!offset) return { line: 0, col: 0 };
  const before = text.slice(0, Number(offset[1])).split('\n');
  return { line: before.length, col: (before.at(-1)?.length ?? 0) + 1 };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
