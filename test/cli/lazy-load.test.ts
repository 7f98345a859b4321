import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from '../helpers/cli.js';

/**
 * Which packages each command loads, seen by a resolve hook (node:module
 * register) and the require cache, on the built binary. The interactive
 * prompts and the template engine are the large loads: a command that does
 * not ask or render must not pay for them.
 */
const HOOK = join(ROOT, 'test/helpers/load-log/register.mjs');

function packagesLoaded(args: string[]): {
  code: number | null;
  stderr: string;
  packages: Set<string>;
  /** Whether the hook saw the CLI itself load (so an empty set means something). */
  sawMain: boolean;
} {
  const log = join(tempDir(), 'loaded.txt');
  const run = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: tempDir(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', EFA_LOAD_LOG: log },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const packages = new Set<string>();
  const urls = readFileSync(log, 'utf8').split('\n');
  for (const url of urls) {
    const name = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
    if (name) packages.add(name);
  }
  const sawMain = urls.some((url) => url.endsWith('/dist/cli/main.js'));
  return { code: run.status, stderr: run.stderr, packages, sawMain };
}

const EXAMPLE = join(ROOT, 'examples/musterstadt.yaml');
const PROMPTS = ['@inquirer/prompts', '@inquirer/core', 'iconv-lite', 'chardet'];

describe('each command loads only what it uses', () => {
  it.each([
    // The exact YAML parser (`yaml`, ~50 ms to load) only where there is something to place;
    // commander not at all where the fast dispatch (src/cli/dispatch.ts) takes the argv.
    [
      'score',
      ['score', EXAMPLE],
      [...PROMPTS, 'commander', 'handlebars', 'playwright-core', 'yaml'],
    ],
    [
      'score --format json --lang en --no-color',
      ['score', EXAMPLE, '--format', 'json', '--lang', 'en', '--no-color'],
      [...PROMPTS, 'commander', 'handlebars', 'playwright-core', 'yaml'],
    ],
    [
      'validate',
      ['validate', join(ROOT, 'criteria/efa-default.yaml'), EXAMPLE],
      [...PROMPTS, 'commander', 'handlebars', 'playwright-core', 'yaml'],
    ],
    [
      'init with all flags',
      ['init', '--name', 'Musterstadt', '--type', 'stadt', '--state', 'HE'],
      [...PROMPTS, 'handlebars', 'playwright-core'],
    ],
    [
      'report',
      ['report', EXAMPLE, '--format', 'html'],
      [...PROMPTS, 'commander', 'playwright-core', 'yaml'],
    ],
    // schema and form take every answer from flags: nothing to ask, so no prompts.
    ['schema', ['schema'], [...PROMPTS, 'handlebars', 'playwright-core']],
    ['form', ['form', '--output', 'form.html'], [...PROMPTS, 'handlebars', 'playwright-core']],
    ['--help', ['--help'], [...PROMPTS, 'handlebars', 'playwright-core', 'js-yaml', 'yaml']],
  ])('%s', (_name, args, absent) => {
    const run = packagesLoaded(args);
    expect(run.code, run.stderr).toBe(0);
    expect(run.sawMain).toBe(true); // the hook saw the run
    expect(absent.filter((name) => run.packages.has(name))).toEqual([]);
  });

  it.each([
    ['--help', ['score', '--help']],
    ['an unknown option', ['score', EXAMPLE, '--colour']],
    ['an option twice', ['score', EXAMPLE, '-f', 'json', '-f', 'text']],
  ])('score with %s goes to the full program (commander)', (_name, args) => {
    expect(packagesLoaded(args).packages.has('commander')).toBe(true);
  });

  it('report loads the template engine (the require cache is seen too)', () => {
    expect(packagesLoaded(['report', EXAMPLE]).packages.has('handlebars')).toBe(true);
  });
});
