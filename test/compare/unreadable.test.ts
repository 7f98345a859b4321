import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES } from './helpers.js';

/** Issue 10, finding 13: a folder that cannot be listed is the user's to fix, never exit 70. */
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    readdir: ((path: string, ...rest: unknown[]) =>
      path.endsWith('/gesperrt')
        ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))
        : (actual.readdir as (...a: unknown[]) => unknown)(path, ...rest)) as typeof actual.readdir,
  };
});

describe('an unreadable subfolder in compare', () => {
  it('is collected (with a list) or an InputError naming it (without)', async () => {
    const { findAssessmentFiles } = await import('../../src/load/many.js');
    const { InputError } = await import('../../src/errors.js');
    const dir = tempDir({ 'a.yaml': 'x: 1\n' });
    mkdirSync(join(dir, 'gesperrt'));
    writeFileSync(join(dir, 'gesperrt', 'b.yaml'), 'x: 1\n');
    const unreadable: string[] = [];
    const files = await findAssessmentFiles(['.'], { cwd: dir, lang: 'de', unreadable });
    expect(files).toEqual(['a.yaml']);
    expect(unreadable).toEqual(['gesperrt']);
    const error = await findAssessmentFiles(['.'], { cwd: dir, lang: 'en' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      'The folder gesperrt cannot be read (EACCES); check its permissions.',
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'exits 2 naming it, and is a listed skip with --skip-invalid',
    () => {
      const dir = tempDir();
      const locked = join(dir, 'pilots', 'gesperrt');
      mkdirSync(locked, { recursive: true });
      writeFileSync(join(dir, 'pilots', 'x.yaml'), '');
      chmodSync(locked, 0o000);
      const args = [
        'compare',
        join(FIXTURES, 'pilots'),
        join(dir, 'pilots'),
        '--catalogue',
        join(FIXTURES, 'catalogue.yaml'),
      ];
      const strict = runCli(args, { cwd: dir });
      expect(strict.code).toBe(2);
      expect(strict.stderr).toContain('gesperrt');
      const skip = runCli([...args, '--skip-invalid'], { cwd: dir });
      chmodSync(locked, 0o700);
      expect(skip.code).toBe(0);
      expect(skip.stderr).toMatch(/Übersprungen .*gesperrt/);
    },
  );
});
