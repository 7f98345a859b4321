import * as nodeFs from 'node:fs/promises';
import {
  type Bytes,
  type FileHandleSyncLike,
  type PathCalls,
  type ProcessLike,
  type Promised,
  type ReplaceOptions,
  errorCode,
  perform,
  replaceFile,
  runAsync,
} from './steps.js';

export {
  type ReplaceOptions,
  type StatsLike,
  RENAME_RETRY_MS,
  codedError,
  errorCode,
  tempPathFor,
} from './steps.js';

/**
 * The atomic replace on an injectable asynchronous file system, so that tests
 * can make a write come up short, a rename fail or a folder refuse its fsync.
 * The steps and their policy are in `steps.ts`, shared with the synchronous
 * writer of `atomic-sync.ts`.
 */

export type FileHandleLike = Promised<FileHandleSyncLike>;

export interface WriteFs extends Promised<PathCalls> {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
}

/** Everything outside the program a write depends on; `systemEnv()` is the real one. */
export interface WriteEnv extends ProcessLike {
  fs: WriteFs;
  sleep: (ms: number) => Promise<void>;
}

export const nodeWriteFs: WriteFs = {
  open: async (path, flags, mode) => {
    const handle = await nodeFs.open(path, flags, mode);
    return {
      write: (data, offset, length) => handle.write(data, offset, length, null),
      sync: () => handle.sync(),
      chmod: (m) => handle.chmod(m),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => nodeFs.rename(from, to),
  link: (existing, created) => nodeFs.link(existing, created),
  unlink: (path) => nodeFs.unlink(path),
  readdir: (path) => nodeFs.readdir(path),
  lstat: (path) => nodeFs.lstat(path),
  stat: (path) => nodeFs.stat(path),
  realpath: (path) => nodeFs.realpath(path),
};

export function systemEnv(): WriteEnv {
  return {
    fs: nodeWriteFs,
    platform: process.platform,
    pid: process.pid,
    isAlive: processIsAlive,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, but belongs to someone else
  }
}

/** Atomically make `target` hold `data` (see `replaceFile` in steps.ts). */
export function atomicWrite(
  target: string,
  data: Bytes,
  options: ReplaceOptions,
  env: WriteEnv,
): Promise<void> {
  return runAsync(replaceFile(target, data, options, env), (wanted) => perform(wanted, env));
}
