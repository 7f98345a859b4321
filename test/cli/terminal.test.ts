import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/context.js';
import { runMain } from '../helpers/main.js';

/** Issue 17 item 8: what the terminal says around the commands. */
const dir = mkdtempSync(join(tmpdir(), 'efa-terminal-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the terminal', () => {
  it('without arguments shows the help on stdout and exits 0', async () => {
    const run = await runMain([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Aufruf: efa-readiness \[Optionen\] \[Befehl\]/);
    expect(run.stderr).toBe('');
    const en = await runMain([], { env: { LANG: 'en_GB.UTF-8' } });
    expect(en.stdout).toMatch(/^Usage: efa-readiness \[options\] \[command\]/);
  });

  it('says usage in German in every command’s help', async () => {
    const run = await runMain(['report', '--help']);
    expect(run.stdout).toMatch(/^Aufruf: efa-readiness report \[Optionen\]/);
  });

  it('gives TERM=dumb no colour, even on a terminal', () => {
    expect(wantsColor(undefined, { TERM: 'dumb' }, { isTTY: true })).toBe(false);
    expect(wantsColor(undefined, { TERM: 'xterm-256color' }, { isTTY: true })).toBe(true);
  });

  it('ends report --output with one line: file, format, size, what to do', async () => {
    const file = join(dir, 'bericht.html');
    const run = await runMain([
      'report',
      'examples/musterstadt.yaml',
      '--format',
      'html',
      '--output',
      file,
    ]);
    expect(run.code).toBe(0);
    const kb = Math.round(statSync(file).size / 1024);
    expect(run.stderr).toBe(`geschrieben: ${file} (HTML, ${kb} KB) – im Browser öffnen\n`);
  });

  it('ends compare --output the same way, without a browser hint for CSV, in English too', async () => {
    const file = join(dir, 'vergleich.csv');
    const run = await runMain([
      'compare',
      'examples/musterstadt.yaml',
      'examples/beispielstadt.yaml',
      '--format',
      'csv',
      '--output',
      file,
      '--lang',
      'en',
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^written: .*vergleich\.csv \(CSV, \d+ KB\)\n$/);
  });

  it('closes score with a report command that writes HTML, not Markdown into the terminal', async () => {
    const run = await runMain(['score', 'examples/musterstadt.yaml']);
    expect(run.stdout).toMatch(
      /efa-readiness report examples\/musterstadt\.yaml --format html --output musterstadt\.html/,
    );
  });
});
