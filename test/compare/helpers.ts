import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { type DigestEntry, aggregateDigests } from '../../src/compare/aggregate.js';
import { findAssessmentFiles } from '../../src/load/many.js';
import { readAssessments } from '../../src/compare/read.js';
import type { Comparison, GroupBy } from '../../src/compare/types.js';
import { loadCatalogue } from '../../src/app/load.js';
import type { Lang } from '../../src/model/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'test/compare/fixtures');
export const GOLDEN = join(ROOT, 'test/golden/compare');

/** Compare with a golden file; with UPDATE_GOLDEN=1 (re)write it instead. */
export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    if (process.env.UPDATE_GOLDEN !== '1')
      throw new Error(`golden file ${name} was missing and has been written; run again`);
    return;
  }
  expect(actual, `differs from test/golden/compare/${name} (UPDATE_GOLDEN=1 to accept)`).toBe(
    readFileSync(file, 'utf8'),
  );
}

/** The comparison of a folder, computed in this thread exactly as the command does. */
/** A fixed pseudonym key, so the anonymized goldens stay the same (a real run draws one). */
export const TEST_PSEUDONYM_KEY = new Uint8Array(32).fill(7);

export async function compareFolder(
  folder: string | string[],
  options: { catalogue: string; lang: Lang; groupBy?: GroupBy; anonymize?: boolean },
): Promise<Comparison> {
  const files = await findAssessmentFiles(typeof folder === 'string' ? [folder] : folder, {
    cwd: ROOT,
    lang: options.lang,
  });
  const { catalogue } = await loadCatalogue(options.catalogue, { lang: options.lang, cwd: ROOT });
  const outcomes = await readAssessments(
    files.map((f) => (isAbsolute(f) ? f : join(ROOT, f))),
    catalogue,
    { lang: options.lang },
  );
  const entries: DigestEntry[] = [];
  for (const o of outcomes) {
    if (o.kind !== 'scored') throw new Error(`${o.file}: ${o.kind}`);
    entries.push({ file: o.file, digest: o.digest, catalogueRef: o.catalogueRef });
  }
  return aggregateDigests(catalogue, entries, {
    lang: options.lang,
    ...(options.groupBy ? { groupBy: options.groupBy } : {}),
    ...(options.anonymize ? { anonymize: true, pseudonymKey: TEST_PSEUDONYM_KEY } : {}),
  });
}

/**
 * A strict RFC 4180 reader (no CSV parser is installed): fields separated by
 * `separator`, records by CRLF, quoted fields with doubled quotes inside.
 * Anything else (a bare LF, a quote inside an unquoted field, text after a
 * closing quote, no CRLF at the end) throws, so sloppy output fails the test.
 */
export function readCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const n = text.length;
  if (!text.endsWith('\r\n')) throw new Error('the last record must end with CRLF');
  while (i < n) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const ch = text[i] as string;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += ch;
        i += 1;
      }
      if (i < n && text[i] !== separator && text[i] !== '\r')
        throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < n && text[i] !== separator && text[i] !== '\r') {
        const ch = text[i] as string;
        if (ch === '"' || ch === '\n')
          throw new Error(`bare ${JSON.stringify(ch)} in an unquoted field at ${i}`);
        field += ch;
        i += 1;
      }
    }
    record.push(field);
    if (text[i] === separator) {
      i += 1;
      continue;
    }
    if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CR without LF at ${i}`);
      i += 2;
      records.push(record);
      record = [];
    }
  }
  return records;
}
