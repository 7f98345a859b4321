import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { EXAMPLES, pageData, runMain } from './helpers.js';

describe('efa-readiness form', () => {
  it('writes one page for the default catalogue, small enough to mail (< 1 MB)', async () => {
    const dir = tempDir();
    const run = await runMain(['form', '--output', 'fragebogen.html'], dir);
    expect(run.code, run.err).toBe(0);
    const file = join(dir, 'fragebogen.html');
    expect(statSync(file).size).toBeLessThan(1024 * 1024);
    expect(run.err).toMatch(/^Fragebogen geschrieben: fragebogen\.html \(\d+ KiB\)/);
    const data = pageData(readFileSync(file, 'utf8'));
    expect(data).toMatchObject({ from: null, lang: 'de', languages: ['de', 'en'] });
  });

  it('never replaces a file without --force', async () => {
    const dir = tempDir({ 'fragebogen.html': 'meins' });
    const run = await runMain(['form', '--output', 'fragebogen.html'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toContain('fragebogen.html existiert bereits');
    expect(readFileSync(join(dir, 'fragebogen.html'), 'utf8')).toBe('meins');
    expect((await runMain(['form', '--output', 'fragebogen.html', '--force'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'fragebogen.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('refuses an invalid --from with every problem and its line, writing nothing', async () => {
    const dir = tempDir({
      'kaputt.yaml': [
        'format: efa-readiness/assessment/v1',
        'catalogue: efa-default@1.0.0',
        'municipality: {name: Beispielau, type: stadt, state: HE}',
        'answers:',
        '  reuse.legal-route: 9',
        '',
      ].join('\n'),
    });
    const run = await runMain(['form', '--from', 'kaputt.yaml', '--output', 'f.html'], dir);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^kaputt\.yaml:5:\d+ {2}answers\.reuse\.legal-route/m);
    expect(run.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'f.html'))).toBe(false);
  });

  it('--from embeds the file as it is, and --lang en opens the page in English', async () => {
    const dir = tempDir();
    const from = join(EXAMPLES, 'beispielstadt.yaml');
    const run = await runMain(['form', '--from', from, '--lang', 'en', '-o', 'f.html'], dir);
    expect(run.code, run.err).toBe(0);
    const html = readFileSync(join(dir, 'f.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(pageData(html).from).toEqual({
      file: 'beispielstadt.yaml',
      text: readFileSync(from, 'utf8'),
    });
  });

  it('a catalogue that is not shipped is an input error naming the shipped ones', async () => {
    const run = await runMain(['form', '--catalogue', 'gibt-es-nicht'], tempDir());
    expect(run.code).toBe(2);
    expect(run.err).toContain('efa-default');
  });

  it('is listed in the help with its options', async () => {
    const run = await runMain(['form', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['--from', '--output', '--force', '--catalogue', '--lang'])
      expect(run.out).toContain(option);
  });
});
