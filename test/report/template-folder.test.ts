import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTemplateSources } from '../../src/cli/commands/report.js';
import { InputError } from '../../src/errors.js';
import { runCli } from '../helpers/cli.js';

/**
 * Issue 10, findings 9, 13 and 17: a `--template` reads only regular files
 * inside its own folder (after resolving links), each of bounded size; any
 * other file named `*.hbs` is a clear message (exit 2), never a hang.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'efa-tpl-'));
  writeFileSync(join(dir, 'main.hbs'), '# {{md cover.municipality}}\n');
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

async function refusal(
  template = join(dir, 'main.hbs'),
  lang: 'de' | 'en' = 'de',
): Promise<string> {
  try {
    await readTemplateSources('md', { lang, template });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (
      (error as InputError).message +
      (error as InputError).diagnostics.map((d) => d.message).join('')
    );
  }
  throw new Error('expected a refusal');
}

describe('--template folder', () => {
  it('refuses a sibling symlink that leads out of the folder, naming it', async () => {
    symlinkSync('/etc/passwd', join(dir, 'evil.hbs'));
    const message = await refusal();
    expect(message).toContain('evil.hbs');
    expect(message).toContain('außerhalb');
  });

  it('follows a symlink that stays inside the folder', async () => {
    writeFileSync(join(dir, 'real.txt'), 'inner');
    symlinkSync(join(dir, 'real.txt'), join(dir, 'inner.hbs'));
    const sources = await readTemplateSources('md', {
      lang: 'de',
      template: join(dir, 'main.hbs'),
    });
    expect(sources.partials.find((p) => p.name === 'inner')?.source).toBe('inner');
  });

  it('refuses a FIFO named *.hbs instead of hanging', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.hbs')]);
    const message = await refusal();
    expect(message).toContain('pipe.hbs');
    expect(message).toContain('keine normale Datei');
  });

  it('refuses a folder named *.hbs beside the template', async () => {
    mkdirSync(join(dir, 'folder.hbs'));
    expect(await refusal(undefined, 'en')).toMatch(/folder\.hbs is a folder/);
  });

  it('says that a --template at a folder is a folder, not "not found"', async () => {
    const message = await refusal(dir, 'de');
    expect(message).toContain('ist ein Ordner');
    expect(message).not.toContain('nicht gefunden');
  });

  it('refuses a partial over the size limit with its exact size', async () => {
    writeFileSync(join(dir, 'big.hbs'), 'x'.repeat(1024 * 1024 + 1));
    expect(await refusal(undefined, 'en')).toMatch(/big\.hbs is 1,048,577 bytes; .*1,048,576/);
  });

  it.skipIf(process.getuid?.() === 0)(
    'refuses an unreadable partial, exit 2 on the command line',
    () => {
      writeFileSync(join(dir, 'secret.hbs'), 'x');
      chmodSync(join(dir, 'secret.hbs'), 0o000);
      const run = runCli(
        ['report', join(process.cwd(), 'examples/musterstadt.yaml'), '--template', 'main.hbs'],
        { cwd: dir },
      );
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toContain('secret.hbs');
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );
});
