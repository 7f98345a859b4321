/**
 * Standard output that goes away (`| head -c 10`: EPIPE) or fills up
 * (`> /dev/full`: ENOSPC), through the built binary: the first ends quietly
 * with the command's own exit code, the second is a clear error, exit 2; never
 * a Node trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

const shell = (script: string) =>
  spawnSync('bash', ['-c', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'de_DE.UTF-8' },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('standard output', () => {
  it('a reader that stops early (EPIPE) ends quietly; the exit code is the command’s own', () => {
    const node = JSON.stringify(process.execPath);
    const bin = JSON.stringify(BIN);
    const run = shell(
      `${node} ${bin} report examples/musterstadt.yaml --format html | head -c 10; a=\${PIPESTATUS[0]}; ` +
        `${node} ${bin} score examples/musterstadt.yaml --fail-under 99 | head -c 5 >/dev/null; b=\${PIPESTATUS[0]}; ` +
        `${node} ${bin} --help | head -c 3 >/dev/null; c=\${PIPESTATUS[0]}; echo " $a $b $c"`,
    );
    expect(run.stderr).not.toMatch(/node:events|EPIPE|at /);
    expect(run.stdout).toBe('<!DOCTYPE  0 1 0\n');
  });

  it.runIf(existsSync('/dev/full'))('a full one (/dev/full) is a clear error with exit 2', () => {
    const run = shell(
      `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} score examples/musterstadt.yaml > /dev/full`,
    );
    expect(run.stderr).toBe(
      'Die Ausgabe konnte nicht geschrieben werden: der Datenträger ist voll (ENOSPC).\n',
    );
    expect(run.status).toBe(2);
  });
});
