import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * The atomic replace written once, as a sequence of file-system steps that a
 * runner performs: `runAsync` for the report writer (one step per thread-pool
 * trip, the event loop stays free) and `runSync` for the interview's autosave
 * (no trip at all, the next question waits for nothing else). The policy
 * lives here and only here: temporary file beside the target, every byte
 * checked, fsync, rename (hard link where nothing may be replaced), Windows'
 * locked files retried, the folder fsynced, stale temporary files removed.
 * A step's error is thrown back into the plan, so its `try`/`catch` clean up
 * exactly as straight-line code would.
 */

export interface StatsLike {
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isCharacterDevice(): boolean;
  isFIFO(): boolean;
}

/** An open file, in the synchronous shape (the asynchronous one returns each result as a promise). */
export interface FileHandleSyncLike {
  write(data: Uint8Array, offset: number, length: number): { bytesWritten: number };
  sync(): void;
  chmod(mode: number): void;
  close(): void;
}

/** A file system's calls on paths, in the synchronous shape. */
export interface PathCalls {
  rename(from: string, to: string): void;
  link(existing: string, created: string): void;
  unlink(path: string): void;
  readdir(path: string): string[];
  lstat(path: string): StatsLike;
  stat(path: string): StatsLike;
  realpath(path: string): string;
}

/** The asynchronous shape of a synchronous interface: every result a promise. */
export type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** An open file as the runner's file system hands it out (opaque to the plan). */
export type Handle = object;

/** The steps a plan may ask for, with what each gives back. */
interface Steps extends PathCalls {
  open(path: string, flags: string, mode?: number): Handle;
  write(handle: Handle, data: Uint8Array, offset: number, length: number): { bytesWritten: number };
  sync(handle: Handle): void;
  chmod(handle: Handle, mode: number): void;
  close(handle: Handle): void;
  sleep(ms: number): void;
}

export type Step = { [K in keyof Steps]: { name: K; args: Parameters<Steps[K]> } }[keyof Steps];

/** A procedure over the file system that yields its steps; `T` is what it returns. */
export type Plan<T> = Generator<Step, T, unknown>;

/** One step, and what it gave back (the runner makes it). */
export function* step<K extends keyof Steps>(
  name: K,
  ...args: Parameters<Steps[K]>
): Plan<ReturnType<Steps[K]>> {
  const result: unknown = yield { name, args } as Step;
  return result as ReturnType<Steps[K]>;
}

/** The process a write runs in: tests pretend to be Windows or another process here. */
export interface ProcessLike {
  platform: NodeJS.Platform;
  pid: number;
  /** Whether a process of that id runs (its temporary files are not stale). */
  isAlive: (pid: number) => boolean;
}

/** What a runner needs to make a step: a file system (async or sync, same shape) and a clock. */
export interface Performer {
  fs: object;
  sleep: (ms: number) => unknown;
}

const ON_HANDLE = new Set<string>(['write', 'sync', 'chmod', 'close']);
type Method = (...args: unknown[]) => unknown;

/** Make one step on `env`'s file system: a handle's method, or the file system's. */
export function perform(wanted: Step, env: Performer): unknown {
  if (wanted.name === 'sleep') return env.sleep(wanted.args[0]);
  const args: unknown[] = wanted.args;
  const onHandle = ON_HANDLE.has(wanted.name);
  const self = (onHandle ? args[0] : env.fs) as Record<string, Method>;
  const method = self[wanted.name];
  if (method === undefined) throw new TypeError(`the file system has no ${wanted.name}`);
  return method.apply(self, onHandle ? args.slice(1) : args);
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function resume<T>(plan: Plan<T>, outcome: Outcome): IteratorResult<Step, T> {
  return outcome.ok ? plan.next(outcome.value) : plan.throw(outcome.error);
}

/** Run a plan to its end in this thread, each step a blocking call. */
export function runSync<T>(plan: Plan<T>, make: (wanted: Step) => unknown): T {
  let reply = plan.next();
  while (!reply.done) {
    let outcome: Outcome;
    try {
      outcome = { ok: true, value: make(reply.value) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    reply = resume(plan, outcome);
  }
  return reply.value;
}

/** Run a plan with each step awaited. */
export async function runAsync<T>(plan: Plan<T>, make: (wanted: Step) => unknown): Promise<T> {
  let reply = plan.next();
  while (!reply.done) {
    const wanted = reply.value;
    const outcome = await Promise.resolve()
      .then(() => make(wanted))
      .then(
        (value): Outcome => ({ ok: true, value }),
        (error: unknown): Outcome => ({ ok: false, error }),
      );
    reply = resume(plan, outcome);
  }
  return reply.value;
}

/** A plan whose failure does not matter (cleaning up after another failure). */
function* quietly(plan: Plan<unknown>): Plan<void> {
  try {
    yield* plan;
  } catch {
    // already failing for a better reason, or gone already: nothing to add
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
export function* removeStaleTemps(folder: string, proc: ProcessLike): Plan<string[]> {
  let names: string[];
  try {
    names = yield* step('readdir', folder);
  } catch {
    return []; // the write itself will say what is wrong with the folder
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMP.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === proc.pid || proc.isAlive(pid)) continue;
    try {
      yield* step('unlink', join(folder, name));
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
export function* writeAll(handle: Handle, data: Bytes): Plan<void> {
  if (!(data instanceof Uint8Array)) {
    for (const piece of data) yield* writeAll(handle, piece);
    return;
  }
  let offset = 0;
  while (offset < data.length) {
    const { bytesWritten } = yield* step('write', handle, data, offset, data.length - offset);
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

/**
 * Atomically make `target` hold `data`. On any failure the temporary file is
 * removed and the target is as it was; the error keeps its `code` for the
 * caller to explain. Two processes saving at once each rename a whole file of
 * their own, so the target is always one of them, never a mixture.
 */
export function* replaceFile(
  target: string,
  data: Bytes,
  options: ReplaceOptions,
  proc: ProcessLike,
): Plan<void> {
  const folder = dirname(target);
  yield* removeStaleTemps(folder, proc);
  const temp = tempPathFor(target, proc.pid);
  let handle: Handle | undefined;
  let placed = false;
  try {
    // created with the final bits already (less the umask), so a secret is never readable by others
    handle = yield* step('open', temp, 'wx', options.mode ?? 0o666);
    yield* writeAll(handle, data);
    if (options.mode !== undefined) yield* step('chmod', handle, options.mode);
    yield* step('sync', handle);
    const closing = handle;
    handle = undefined;
    yield* step('close', closing);
    placed = options.noClobber === true ? yield* linkInto(temp, target) : false;
    if (!placed) yield* renameWithRetry(temp, target, proc);
  } catch (error) {
    if (handle !== undefined) yield* quietly(step('close', handle));
    yield* quietly(step('unlink', temp));
    throw error;
  }
  if (placed) yield* quietly(step('unlink', temp));
  yield* syncFolder(folder, proc);
}

/**
 * Place the temporary file without replacing anything (a hard link fails
 * where the target exists). False where the file system has no hard links;
 * the caller then renames (the existence check just before stands).
 */
function* linkInto(temp: string, target: string): Plan<boolean> {
  try {
    yield* step('link', temp, target);
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

function* renameWithRetry(temp: string, target: string, proc: ProcessLike): Plan<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      yield* step('rename', temp, target);
      return;
    } catch (error) {
      const code = errorCode(error);
      if (proc.platform !== 'win32' || code === undefined || !LOCKED.has(code)) throw error;
      const wait = RENAME_RETRY_MS[attempt];
      if (wait === undefined) throw codedError('ELOCKED', `${code} on rename, ${attempt} retries`);
      yield* step('sleep', wait);
    }
  }
}

/** Make the rename itself durable. Windows cannot open a folder, and some file systems refuse. */
function* syncFolder(folder: string, proc: ProcessLike): Plan<void> {
  if (proc.platform === 'win32') return;
  let handle: Handle | undefined;
  try {
    handle = yield* step('open', folder, 'r');
    yield* step('sync', handle);
  } catch (error) {
    const code = errorCode(error);
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR' && code !== 'EPERM')
      throw error;
  } finally {
    if (handle !== undefined) yield* quietly(step('close', handle));
  }
}

/** A device or FIFO (`/dev/null`, a named pipe) is written into, never replaced. */
export function* writeInPlace(path: string, data: Bytes): Plan<void> {
  const handle = yield* step('open', path, 'w');
  try {
    yield* writeAll(handle, data);
  } finally {
    yield* step('close', handle);
  }
}
