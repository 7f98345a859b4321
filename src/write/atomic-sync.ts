import {
  closeSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { processIsAlive } from './atomic.js';
import {
  type FileHandleSyncLike,
  type PathCalls,
  type ProcessLike,
  type ReplaceOptions,
  perform,
  replaceFile,
  runSync,
} from './steps.js';

/**
 * The atomic replace in one thread, without a trip to the thread pool: the
 * interview saves after every answer and the next question waits for the
 * save. The same steps as the asynchronous writer (`steps.ts`), on an
 * injectable synchronous file system of the same shape.
 */

export type { FileHandleSyncLike } from './steps.js';

export interface WriteFsSync extends PathCalls {
  open(path: string, flags: string, mode?: number): FileHandleSyncLike;
}

export interface WriteEnvSync extends ProcessLike {
  fs: WriteFsSync;
  sleep: (ms: number) => void;
}

function openFile(path: string, flags: string, mode?: number): FileHandleSyncLike {
  const fd = openSync(path, flags, mode);
  return {
    write: (data, offset, length) => ({ bytesWritten: writeSync(fd, data, offset, length) }),
    sync: () => {
      fsyncSync(fd);
    },
    chmod: (m) => {
      fchmodSync(fd, m);
    },
    close: () => {
      closeSync(fd);
    },
  };
}

export const nodeWriteFsSync: WriteFsSync = {
  open: openFile,
  rename: renameSync,
  link: linkSync,
  unlink: unlinkSync,
  readdir: (path) => readdirSync(path),
  lstat: (path) => lstatSync(path),
  stat: (path) => statSync(path),
  realpath: (path) => realpathSync(path),
};

/** A blocking wait: only between Windows' rename retries, where the file is locked anyway. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function systemEnvSync(): WriteEnvSync {
  return {
    fs: nodeWriteFsSync,
    platform: process.platform,
    pid: process.pid,
    isAlive: processIsAlive,
    sleep: sleepSync,
  };
}

/** Atomically make `target` hold `data`, in this thread (see `replaceFile` in steps.ts). */
export function atomicWriteSync(
  target: string,
  data: Uint8Array,
  options: ReplaceOptions,
  env: WriteEnvSync,
): void {
  runSync(replaceFile(target, data, options, env), (wanted) => perform(wanted, env));
}
