import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The atomic replace itself, on an injectable file system so that tests can
 * make a write come up short, a rename fail or a folder refuse its fsync:
 * write a temporary file beside the target, check every byte went out, fsync
 * it, rename (or hard-link, where nothing may be replaced) it onto the target,
 * fsync the folder. On any failure the temporary file is removed and the
 * target is as it was; the error keeps its `code` for the caller to explain.
 */

export interface FileHandleLike {
  write(data: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

export interface StatsLike {
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isCharacterDevice(): boolean;
  isFIFO(): boolean;
}

export interface WriteFs {
  open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, created: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  lstat(path: string): Promise<StatsLike>;
  stat(path: string): Promise<StatsLike>;
  realpath(path: string): Promise<string>;
}

/** Everything outside the program a write depends on; `systemEnv()` is the real one. */
export interface WriteEnv {
  fs: WriteFs;
  platform: NodeJS.Platform;
  pid: number;
  /** Whether a process of that id runs (its temporary files are not stale). */
  isAlive: (pid: number) => boolean;
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

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, but belongs to someone else
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

/** An error with a system-style `code`, for failures the program finds itself (a short write). */
export function codedError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

const TEMP = /^\..+\.efa-tmp-(\d+)-[0-9a-f]{8}$/;

/** `.bericht.html.efa-tmp-<pid>-<8 hex>` beside the target: hidden, recognisable, ours. */
export function tempPathFor(target: string, pid: number): string {
  return join(
    dirname(target),
    `.${basename(target)}.efa-tmp-${pid}-${randomBytes(4).toString('hex')}`,
  );
}

/** Remove temporary files a killed run left in `folder` (those whose process is gone). */
export async function removeStaleTemps(folder: string, env: WriteEnv): Promise<string[]> {
  let names: string[];
  try {
    names = await env.fs.readdir(folder);
  } catch {
    return []; // the write itself will say what is wrong with the folder
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === env.pid || env.isAlive(pid)) continue;
    try {
      await env.fs.unlink(join(folder, name));
      removed.push(name);
    } catch {
      // gone already, or not ours to remove: leave it
    }
  }
  return removed;
}

/** Bytes to write: whole, or in pieces made as they are written (a large document). */
export type Bytes = Uint8Array | Iterable<Uint8Array>;

/** Write all of `data`; a write that makes no progress means the device is full. */
export async function writeAll(handle: FileHandleLike, data: Bytes): Promise<void> {
  if (!(data instanceof Uint8Array)) {
    for (const piece of data) await writeAll(handle, piece);
    return;
  }
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset);
    if (bytesWritten <= 0) throw codedError('ENOSPC', 'no bytes written');
    offset += bytesWritten;
  }
}

export interface ReplaceOptions {
  /** Permission bits for the new file (the replaced file's, so a replace keeps them). */
  mode?: number;
  /** Never replace: link the temporary file to the target, failing with EEXIST where one appeared. */
  noClobber?: boolean;
}

/** Atomically make `target` hold `data` (see the module comment). */
export async function atomicWrite(
  target: string,
  data: Bytes,
  options: ReplaceOptions,
  env: WriteEnv,
): Promise<void> {
  const folder = dirname(target);
  await removeStaleTemps(folder, env);
  const temp = tempPathFor(target, env.pid);
  let handle: FileHandleLike | undefined;
  let placed = false;
  try {
    // created with the final bits already (less the umask), so a secret is never readable by others
    handle = await env.fs.open(temp, 'wx', options.mode ?? 0o666);
    await writeAll(handle, data);
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.sync();
    const closing = handle;
    handle = undefined;
    await closing.close();
    placed = options.noClobber === true ? await linkInto(temp, target, env) : false;
    if (!placed) await renameWithRetry(temp, target, env);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await env.fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  if (placed) await env.fs.unlink(temp).catch(() => undefined);
  await syncFolder(folder, env);
}

/**
 * Place the temporary file without replacing anything (a hard link fails
 * where the target exists). False where the file system has no hard links;
 * the caller then renames (the existence check just before stands).
 */
async function linkInto(temp: string, target: string, env: WriteEnv): Promise<boolean> {
  try {
    await env.fs.link(temp, target);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS')
      return false;
    throw error;
  }
}

/** Waits between renames on Windows, where a file open in another program cannot be replaced. */
export const RENAME_RETRY_MS = [50, 100, 200, 400, 800] as const;

const LOCKED = new Set(['EPERM', 'EBUSY', 'EACCES']);

async function renameWithRetry(temp: string, target: string, env: WriteEnv): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await env.fs.rename(temp, target);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (env.platform !== 'win32' || code === undefined || !LOCKED.has(code)) throw error;
      const wait = RENAME_RETRY_MS[attempt];
      if (wait === undefined) throw codedError('ELOCKED', `${code} on rename, ${attempt} retries`);
      await env.sleep(wait);
    }
  }
}

/** Make the rename itself durable. Windows cannot open a folder, and some file systems refuse. */
async function syncFolder(folder: string, env: WriteEnv): Promise<void> {
  if (env.platform === 'win32') return;
  let handle: FileHandleLike | undefined;
  try {
    handle = await env.fs.open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM')
      throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
