import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/cli.js';

/** The README must stay true: its examples run and its sample assessment validates. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = (lang: string): string[] =>
  [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1] ?? '');

describe('README', () => {
  it('has a first sh block that installs and scores a shipped example, and a second that runs the tests', () => {
    const [first, second] = blocks('sh');
    expect(first).toContain('npm install');
    expect(first).toMatch(/efa-readiness\.js score examples\/musterstadt\.yaml/);
    expect(second?.trim()).toBe('npm test');
  });

  it('runs the commands of the first block (after install) successfully', () => {
    const commands = (blocks('sh')[0] ?? '').split('\n').filter((l) => l.startsWith('./bin/'));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const args = command.replace('./bin/efa-readiness.js ', '').split(' ');
      const files = args.flatMap((a) =>
        a === 'examples/*.yaml'
          ? readdirSync(join(ROOT, 'examples'))
              .filter((f) => f.endsWith('.yaml'))
              .map((f) => `examples/${f}`)
          : [a],
      );
      const run = runCli(files);
      expect(run.code, `${command}\n${run.stdout}${run.stderr}`).toBe(0);
    }
  });

  it('shows a sample assessment that validates against the shipped catalogue', () => {
    const sample = blocks('yaml')[0] ?? '';
    const dir = tempDir({ 'sample.yaml': sample });
    const run = runCli(['validate', 'sample.yaml'], { cwd: dir });
    expect(run.stdout).toMatch(/✓ sample\.yaml: gültig/);
    expect(run.code).toBe(0);
  });
});
