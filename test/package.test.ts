import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers/cli.js';
import { pack, writeConsumer } from './helpers/pack.js';

/**
 * The package as a user gets it: `npm pack`, installed into an empty folder
 * (offline, from npm's cache), then `npx efa-readiness` from there on an
 * example shipped inside the package. Catches whatever the repository has
 * and the package lacks (templates, catalogues, schemas, the validators,
 * the worker, a dev dependency used at run time). Slow: one test.
 */
describe('npm pack, installed into an empty folder', () => {
  it('scores a shipped example and renders its HTML report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'efa-pack-'));
    const { tarball, files } = pack(dir);
    for (const path of [
      'bin/efa-readiness.js',
      'dist/cli/main.js',
      'dist/compare/worker.js',
      'dist/catalogues/efa-default.json',
      'criteria/efa-default.yaml',
      'schemas/result.schema.json',
      'templates/report.html.hbs',
      'examples/musterstadt.yaml',
      'docs/spec/SCORING.md',
    ])
      expect(files).toContain(path);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([]);

    writeConsumer(dir, tarball);
    execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, npm_config_loglevel: 'error' },
    });

    const npx = (args: string[]) =>
      spawnSync('npx', ['--offline', 'efa-readiness', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'de_DE.UTF-8' },
      });
    const example = 'node_modules/efa-readiness/examples/musterstadt.yaml';
    const score = npx(['score', example, '--format', 'json']);
    expect(score.stderr).toBe('');
    expect(score.status).toBe(0);
    // the installed package scores exactly as the repository does
    const here = runCli(['score', join(ROOT, 'examples', 'musterstadt.yaml'), '--format', 'json']);
    const expected = JSON.parse(here.stdout) as { score: number; band: string };
    expect(JSON.parse(score.stdout)).toMatchObject({
      format: 'efa-readiness/result/v1',
      score: expected.score,
      band: expected.band,
    });

    const report = npx(['report', example, '--format', 'html', '--output', 'bericht.html']);
    expect(report.stderr).toMatch(
      /^geschrieben: bericht\.html \(HTML, \d+ KB\) – im Browser öffnen\n$/,
    );
    expect(report.status).toBe(0);
    const html = readFileSync(join(dir, 'bericht.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('id="efa-result"');
    expect(html).toContain('Musterstadt');
  }, 240_000);
});
