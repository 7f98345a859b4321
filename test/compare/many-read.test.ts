import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type FileRead, readMany } from '../../src/load/many.js';
import { MAX_FILE_BYTES } from '../../src/load/decode.js';
import { readTextFileSync } from '../../src/load/read.js';
import type { Lang } from '../../src/model/types.js';
import { tempDir } from '../helpers/cli.js';

/**
 * compare reads each file with open, fstat, read into one buffer per thread
 * and close, and falls back to `readTextFileSync` for anything unusual. The
 * differential test: for every kind of file a folder can hold, what compare
 * gets is exactly what `readTextFileSync` (the reader of `validate`) gives,
 * text or messages.
 */
function reference(file: string, lang: Lang, cwd: string): FileRead {
  try {
    return { file, text: readTextFileSync(file, lang, cwd) };
  } catch (error) {
    if (error instanceof InputError) return { file, diagnostics: [...error.diagnostics] };
    throw error;
  }
}

async function readAll(files: string[], lang: Lang, cwd: string): Promise<FileRead[]> {
  return readMany(files, {
    lang,
    cwd,
    workers: 0,
    task: () => (read: FileRead) => read,
    input: null,
    workerUrl: new URL('file:///unused.js'),
  });
}

describe('reading many files, the fast read against readTextFileSync', () => {
  const dir = tempDir({
    'plain.yaml': 'format: x\nanswers:\n  a: 1\n',
    'bom.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: "ü"\r\n')]),
    'empty.yaml': '',
    'utf16.yaml': Buffer.from([0xff, 0xfe, 0x61, 0x00]),
    'binary.yaml': Buffer.from([0x61, 0x00, 0x62]),
    'latin1.yaml': Buffer.from([0x61, 0x3a, 0x20, 0xfc, 0x0a]),
    'big.yaml': Buffer.alloc(70 * 1024, 0x61), // larger than the first buffer
    'bigger.yaml': Buffer.alloc(200 * 1024, 0x62),
    'too-large.yaml': Buffer.alloc(MAX_FILE_BYTES + 1, 0x61),
  });
  mkdirSync(join(dir, 'folder.yaml'));
  symlinkSync(join(dir, 'plain.yaml'), join(dir, 'link.yaml'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.yaml'));
  execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
  writeFileSync(join(dir, 'short.yaml'), 'b: 2\n'); // read after a big one: no stale bytes

  const files = [
    'plain.yaml',
    'bom.yaml',
    'empty.yaml',
    'utf16.yaml',
    'binary.yaml',
    'latin1.yaml',
    'big.yaml',
    'short.yaml',
    'bigger.yaml',
    'plain.yaml',
    'too-large.yaml',
    'folder.yaml',
    'link.yaml',
    'dangling.yaml',
    'missing.yaml',
    'pipe.yaml',
  ];

  for (const lang of ['de', 'en'] as const) {
    it(`gives the same text or the same messages for every kind of file (${lang})`, async () => {
      const got = await readAll(files, lang, dir);
      expect(got).toEqual(files.map((f) => reference(f, lang, dir)));
      // and the cases are what they say they are
      expect(got[0]).toEqual({ file: 'plain.yaml', text: 'format: x\nanswers:\n  a: 1\n' });
      expect(got[1]).toEqual({ file: 'bom.yaml', text: 'a: "ü"\r\n' });
      expect(got[7]).toEqual({ file: 'short.yaml', text: 'b: 2\n' });
      expect(got[8]?.text?.length).toBe(200 * 1024);
      for (const i of [3, 4, 5, 10, 11, 13, 14, 15]) expect(got[i]?.text).toBeUndefined();
    });
  }
});
