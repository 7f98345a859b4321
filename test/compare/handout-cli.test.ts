/**
 * `compare --handouts <folder>` and `--fold-above <n>` through the built
 * binary (issue 17 items 6 and 7): the files a facilitator gets, what is
 * refused, and that the handouts agree with the JSON written beside them.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/compare/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES, ROOT, readCsv } from './helpers.js';

const CATALOGUE = join(FIXTURES, 'catalogue.yaml');
const PILOTS = join(FIXTURES, 'pilots');
const built = existsSync(join(ROOT, 'dist/compare/worker.js'));

const compare = (args: string[], cwd?: string): ReturnType<typeof runCli> =>
  runCli(['compare', PILOTS, '--catalogue', CATALOGUE, ...args], cwd ? { cwd } : {});

/** Every bar's group and median (`data-group`, `data-median`), with its measure. */
function medians(html: string): { group: string; measure: string; median: number }[] {
  return [...html.matchAll(/<svg class="bar"([^>]*)>/g)].map((m) => {
    const attr = (name: string): string =>
      new RegExp(`data-${name}="([^"]*)"`).exec(m[1] ?? '')?.[1] ?? '';
    return {
      group: attr('group'),
      measure: attr('measure') === 'score' ? 'score' : attr('dimension'),
      median: Number(attr('median')),
    };
  });
}

describe.skipIf(!built)('compare --handouts (built binary)', () => {
  it('writes one handout per municipality whose medians are those of the JSON written with it', () => {
    const dir = tempDir();
    const run = compare(
      ['--format', 'json', '--output', 'out.json', '--handouts', 'handouts'],
      dir,
    );
    expect(run.stderr).toContain('Handouts geschrieben: 6 in handouts');
    expect(run.code).toBe(0);
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Comparison;
    const files = readdirSync(join(dir, 'handouts')).sort();
    expect(files).toEqual([
      'beispielsee-am-see-b-nord-b.html',
      'heuchelbach.html',
      'musterburg-ost.html',
      'talverbund.html',
      'wetterkreis.html',
      'wiesenstadt.html',
    ]);
    let bars = 0;
    for (const file of files) {
      const html = readFileSync(join(dir, 'handouts', file), 'utf8');
      for (const bar of medians(html)) {
        const group = json.peers.find(
          (g) => (g.by === 'all' ? 'all' : `${g.by}:${g.key}`) === bar.group,
        );
        const stats = bar.measure === 'score' ? group?.score : group?.dimensions[bar.measure];
        expect(bar.median, `${file} ${bar.group} ${bar.measure}`).toBe(stats?.median);
        bars++;
      }
    }
    // all six against all, the four Hessians against Hessen too: 3 bars each
    expect(bars).toBe(6 * 3 + 4 * 3);
    expect(readFileSync(join(dir, 'handouts', 'heuchelbach.html'), 'utf8')).toContain(
      'Platz 4 von 4',
    );
  });

  it('refuses to replace handouts without --force, writing nothing; replaces them with it', () => {
    const dir = tempDir();
    expect(compare(['--handouts', 'h', '--output', 'a.md'], dir).code).toBe(0);
    const before = readFileSync(join(dir, 'h', 'wiesenstadt.html'), 'utf8');
    writeFileSync(join(dir, 'h', 'wiesenstadt.html'), 'mine');
    const again = compare(['--handouts', 'h', '--output', 'b.md'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Im Ordner h liegt schon ein Handout');
    expect(again.stderr).toContain('--force');
    expect(again.stderr).not.toContain('    at ');
    expect(readFileSync(join(dir, 'h', 'wiesenstadt.html'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'b.md'))).toBe(false);
    const forced = compare(['--handouts', 'h', '--output', 'b.md', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'h', 'wiesenstadt.html'), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'h')).filter((f) => f.includes('efa-tmp'))).toEqual([]);
  });

  it('under --anonymize: each handout names only itself; a key (0600) maps the pseudonyms of the output', () => {
    const dir = tempDir();
    const run = compare(
      [
        '--anonymize',
        '--format',
        'json',
        '--output',
        'out.json',
        '--handouts',
        'h',
        '--lang',
        'en',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('for the facilitator only');
    expect(run.stderr).toContain(join('h', '_pseudonym-key.csv'));
    const key = join(dir, 'h', '_pseudonym-key.csv');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const rows = readCsv(readFileSync(key, 'utf8').replace(/^\uFEFF/, ''), ',').slice(1);
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as Comparison;
    expect(rows.map((r) => r[0])).toEqual(json.municipalities.map((m) => m.name));
    const names = rows.map((r) => r[1] ?? '');
    expect(names).toContain('Wiesenstadt');
    for (const row of rows) {
      const html = readFileSync(join(dir, 'h', row[5] ?? ''), 'utf8');
      // its own pseudonym, to find itself on the projected page
      expect(html).toContain(`&quot;${row[0] ?? ''}&quot;`);
      for (const other of rows.filter((r) => r !== row)) {
        expect(html).not.toContain(other[0]);
        // the hostile name is escaped on the page; its words must not appear either
        for (const word of (other[1] ?? '').split(/[^\p{L}-]+/u).filter((w) => w.length >= 5))
          expect(html, `${row[1] ?? ''} names ${word}`).not.toContain(word);
      }
    }
  });

  it('says so when the handouts folder is a file (exit 2)', () => {
    const dir = tempDir({ datei: 'x' });
    const run = compare(['--handouts', 'datei'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('datei ist kein Ordner');
  });
});

describe.skipIf(!built)('compare --fold-above and --format pdf (built binary)', () => {
  it('folds above the given number; the default keeps six in full', () => {
    expect(compare([]).stdout).not.toContain('CSV- und JSON-Ausgabe');
    const folded = compare(['--fold-above', '4']);
    expect(folded.code).toBe(0);
    expect(folded.stdout).toContain('Die ersten und letzten 2 Kommunen; 2 weitere');
  });

  it.each(['1', 'zehn', '3.5', '-4'])('refuses --fold-above %s with the rule (exit 2)', (value) => {
    const run = compare([`--fold-above=${value}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--fold-above erwartet eine ganze Zahl ab 2, nicht „${value}“.`);
  });

  it('writes a PDF only to a file', () => {
    const run = compare(['--format', 'pdf', '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('A PDF is written only to a file');
  });

  it('names the new options in the help, in German and English', () => {
    const de = runCli(['compare', '--help']).stdout.replace(/\s+/g, ' ');
    expect(de).toContain('--handouts <folder>');
    expect(de).toContain('je Kommune ein Handout');
    expect(de).toContain('--fold-above <n>');
    expect(de).toMatch(/--format.*pdf/s);
    const en = runCli(['compare', '--help', '--lang', 'en']).stdout.replace(/\s+/g, ' ');
    expect(en).toContain('one handout (HTML) per municipality');
    expect(en).toContain('fold rankings and tables only above n municipalities');
  });
});
