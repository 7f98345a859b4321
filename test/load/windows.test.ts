import path from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaComment } from '../../src/load/paths.js';
import { displayPath, looksLikePath } from '../../src/load/index.js';
import { loadAndScore } from '../../src/app/pipeline.js';
import { CONFORMANCE, ROOT, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/main.js';

/**
 * The path logic that differs on Windows, run with `path.win32` (these
 * machines are Linux): drive letters, UNC shares, spaces; and files with
 * CRLF line ends, as Notepad writes them, read for real.
 */
const win = path.win32;

describe('paths in messages (displayPath) with path.win32', () => {
  it.each([
    [
      'C:\\Users\\Anna Schmidt\\Kommune\\musterstadt.yaml',
      'C:\\Users\\Anna Schmidt\\Kommune',
      'musterstadt.yaml',
    ],
    [
      'C:\\Users\\Anna Schmidt\\Kommune\\2026\\a.yaml',
      'C:\\Users\\Anna Schmidt\\Kommune',
      '2026\\a.yaml',
    ],
    ['c:\\users\\anna schmidt\\kommune\\a.yaml', 'C:\\Users\\Anna Schmidt\\Kommune', 'a.yaml'],
    ['D:\\Kataloge\\land.yaml', 'C:\\Users\\Anna Schmidt', 'D:\\Kataloge\\land.yaml'],
    ['C:\\Users\\Kommune-alt\\a.yaml', 'C:\\Users\\Kommune', 'C:\\Users\\Kommune-alt\\a.yaml'],
    ['\\\\rathaus-fs\\EfA Projekt\\Kreis\\a.yaml', '\\\\rathaus-fs\\EfA Projekt', 'Kreis\\a.yaml'],
    [
      '\\\\rathaus-fs\\EfA Projekt\\a.yaml',
      'C:\\Users\\Anna',
      '\\\\rathaus-fs\\EfA Projekt\\a.yaml',
    ],
  ])('%s from %s is shown as %s', (file, cwd, shown) => {
    expect(displayPath(file, cwd, win)).toBe(shown);
  });

  it('on POSIX as before', () => {
    expect(displayPath('/home/a/k/x.yaml', '/home/a', path.posix)).toBe('k/x.yaml');
    expect(displayPath('/home/ab/x.yaml', '/home/a', path.posix)).toBe('/home/ab/x.yaml');
  });
});

describe('--catalogue: a Windows path is a path, an id is an id', () => {
  it.each([
    ['C:\\Kataloge\\hessen.yaml', true],
    ['..\\Kataloge\\hessen', true],
    ['\\\\rathaus-fs\\EfA\\katalog.yml', true],
    ['Eigener Katalog.YAML', true],
    ['efa-default', false],
    ['efa-default@1.0.0', false],
  ])('%s → %s', (ref, isPath) => {
    expect(looksLikePath(ref)).toBe(isPath);
  });
});

describe('the schema line of a written assessment, with path.win32', () => {
  const schema =
    'C:\\Users\\Anna Schmidt\\AppData\\Roaming\\npm\\node_modules\\efa-readiness\\schemas\\assessment.schema.json';
  it('is an absolute file URL, spaces encoded, so it survives moving the file', () => {
    expect(schemaComment(schema)).toBe(
      ' yaml-language-server: $schema=file:///C:/Users/Anna%20Schmidt/AppData/Roaming/npm/node_modules/efa-readiness/schemas/assessment.schema.json',
    );
  });
  it('names a schema on a UNC share by host and path', () => {
    expect(schemaComment('\\\\rathaus-fs\\EfA\\schemas\\x.schema.json')).toBe(
      ' yaml-language-server: $schema=file://rathaus-fs/EfA/schemas/x.schema.json',
    );
  });
});

describe('CRLF files (Notepad)', () => {
  const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

  it('an assessment with CRLF line ends scores exactly as with LF', async () => {
    const dir = tempDir({
      'katalog.yaml': crlf(readFileSync(join(CONFORMANCE, 'catalogue.yaml'), 'utf8')),
      'gemeinde mit leerzeichen.yaml': crlf(
        readFileSync(join(CONFORMANCE, 'case-1-town.yaml'), 'utf8'),
      ),
    });
    const options = { lang: 'de' as const, cwd: dir, catalogue: 'katalog.yaml' };
    const fromCrlf = await loadAndScore('gemeinde mit leerzeichen.yaml', options);
    const fromLf = await loadAndScore(join(CONFORMANCE, 'case-1-town.yaml'), {
      ...options,
      catalogue: join(CONFORMANCE, 'catalogue.yaml'),
    });
    expect(fromCrlf.result).toEqual(fromLf.result);
  });

  it('a mistake in a CRLF file is reported at its line and column', async () => {
    const text = crlf(readFileSync(join(CONFORMANCE, 'case-1-town.yaml'), 'utf8'));
    const lines = text.split('\r\n');
    const at = lines.findIndex((l) => l.startsWith('  interfaces.routing:'));
    lines[at] = '  interfaces.routing: 9';
    const dir = tempDir({ 'a.yaml': lines.join('\r\n') });
    writeFileSync(
      join(dir, 'catalogue.yaml'),
      crlf(readFileSync(join(CONFORMANCE, 'catalogue.yaml'), 'utf8')),
    );
    const run = await runMain(['validate', 'catalogue.yaml', 'a.yaml'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(
      new RegExp(`a\\.yaml:${at + 1}:\\d+ +answers\\.interfaces\\.routing`),
    );
  });

  it('an example shipped with the package reads the same with CRLF', async () => {
    const example = readFileSync(join(ROOT, 'examples/musterstadt.yaml'), 'utf8');
    const dir = tempDir({ 'musterstadt.yaml': crlf(example) });
    const scored = await loadAndScore('musterstadt.yaml', { lang: 'de', cwd: dir });
    const plain = await loadAndScore(join(ROOT, 'examples/musterstadt.yaml'), { lang: 'de' });
    expect(scored.result).toEqual(plain.result);
  });
});
