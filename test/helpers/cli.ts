import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/efa-readiness.js');
/** The repository's own conformance suites (`v1/`, `v1.1/`, …), each with a catalogue.yaml. */
export const CONFORMANCE_ROOT = join(ROOT, 'test/conformance');
/** The v1 suite: its catalogue and cases serve many tests as small, known inputs. */
export const CONFORMANCE = join(CONFORMANCE_ROOT, 'v1');
/**
 * The shared cases beside the repository, read additionally where they exist.
 * `EFA_SHARED=/nonexistent` runs the suite as on a fresh clone without them.
 */
export const SHARED_CONFORMANCE = join(
  process.env.EFA_SHARED ?? join(ROOT, '../shared'),
  'conformance',
);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Run the built binary as a user would (after `npm run build`), with a clean
 * environment: German unless the test says otherwise, no colour forced.
 */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; input?: string } = {},
): Run {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...options.env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder with the given files. */
export function tempDir(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'efa-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
