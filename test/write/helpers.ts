import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty folder of its own. */
export const fresh = (): string => mkdtempSync(join(tmpdir(), 'efa-write-'));

/** More than the small disk holds. */
export const big = 'x'.repeat(104 * 1024);

const mounts: string[] = [];

/** Unmount every small disk this file mounted (for `afterAll`). */
export function unmountAll(): void {
  for (const dir of mounts.splice(0)) execFileSync('umount', [dir]);
}

/** A 64 KiB tmpfs, or undefined where this machine does not allow mounting. */
export function smallDisk(): string | undefined {
  const dir = fresh();
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  mounts.push(dir);
  return dir;
}
