import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';
import { addMessages, t } from '../i18n/index.js';
import { writeMessages } from '../i18n/messages/write.js';
import type { Lang } from '../model/types.js';
import { type WriteEnvSync, systemEnvSync } from './atomic-sync.js';
import { type WriteEnv, systemEnv } from './atomic.js';
import {
  type Bytes,
  type Plan,
  type ProcessLike,
  type StatsLike,
  errorCode,
  perform,
  replaceFile,
  runAsync,
  runSync,
  step,
  writeInPlace,
} from './steps.js';

addMessages(writeMessages);

export interface WriteOptions {
  /** Replace an existing file. Without it an existing file is kept and the write fails. */
  force?: boolean;
  lang: Lang;
  /** Where output without a path goes (default: process.stdout). */
  stdout?: NodeJS.WritableStream;
  /** The file system and process the write depends on (tests inject faults here). */
  env?: WriteEnv;
  /**
   * Permission bits of the file written (a secret: 0o600). Without it a new
   * file gets the usual 0666 less the umask and a replaced one keeps its own.
   */
  mode?: number;
}

/**
 * The one place output leaves the program: to stdout without a path (or with
 * `-` or `/dev/stdout`), into a character device or FIFO in place, else to a
 * file written atomically (see `atomic.ts`), so a crash or a full disk never
 * leaves half a file and nothing a user wrote is replaced unless they asked
 * with `--force`. A symbolic link is followed: `--force` replaces the file it
 * points to and keeps the link.
 */
export async function write(
  content: string | Buffer | Iterable<string>,
  path: string | undefined,
  options: WriteOptions,
): Promise<void> {
  if (path === undefined || path === '-' || path === '/dev/stdout') {
    await writeStream(options.stdout ?? process.stdout, content, options.lang);
    return;
  }
  const env = options.env ?? systemEnv();
  const plan = writePlan(path, bytes(content), options.force === true, options, env);
  await runAsync(plan, (wanted) => perform(wanted, env));
}

/** Atomic write that always replaces (for files the program owns, such as an autosave). */
export async function writeFileAtomicOrExplain(
  path: string,
  content: string | Buffer,
  lang: Lang,
  env: WriteEnv = systemEnv(),
): Promise<void> {
  const plan = writePlan(path, bytes(content), true, { lang }, env);
  await runAsync(plan, (wanted) => perform(wanted, env));
}

/**
 * `writeFileAtomicOrExplain` in this thread: the same checks, steps and
 * messages, without a trip to the thread pool (the interview's autosave, which
 * the next question waits for). A device or FIFO is refused rather than
 * written into: a save must land in a file that can be read back.
 */
export function writeFileAtomicOrExplainSync(
  path: string,
  content: string | Buffer,
  lang: Lang,
  env: WriteEnvSync = systemEnvSync(),
): void {
  const plan = writePlan(path, bytes(content), true, { lang, streams: 'refuse' }, env);
  runSync(plan, (wanted) => perform(wanted, env));
}

interface PlanOptions {
  lang: Lang;
  mode?: number;
  /** What to do where the target is a device or FIFO: write into it (as `--output`) or refuse. */
  streams?: 'write' | 'refuse';
}

function* writePlan(
  path: string,
  data: Bytes,
  force: boolean,
  options: PlanOptions,
  proc: ProcessLike,
): Plan<void> {
  const target = yield* inspectPlan(path, force, options.lang);
  if (target.kind === 'stream' && options.streams === 'refuse') {
    throw new InputError(t(options.lang, 'write.notAFile', { file: path }));
  }
  yield* writeTarget(target, data, path, options.lang, proc, options.mode);
}

/**
 * Refuse early what `write` would refuse at the end (an existing file without
 * `--force`, a folder, a dangling link), before expensive work such as a PDF.
 */
export async function checkWritable(
  path: string,
  force: boolean,
  lang: Lang,
  env: WriteEnv = systemEnv(),
): Promise<void> {
  if (path === '-' || path === '/dev/stdout') return;
  await inspectTarget(path, force, lang, env);
}

/** What an output path is: to be created, an existing file to replace, or a stream to write into. */
export type Target =
  | { kind: 'new'; path: string }
  | { kind: 'file'; path: string; mode: number }
  | { kind: 'stream'; path: string };

export function inspectTarget(
  path: string,
  force: boolean,
  lang: Lang,
  env: WriteEnv,
): Promise<Target> {
  return runAsync(inspectPlan(path, force, lang), (wanted) => perform(wanted, env));
}

function* inspectPlan(path: string, force: boolean, lang: Lang): Plan<Target> {
  if (path === '') throw new InputError(t(lang, 'write.emptyPath'));
  const link = yield* statOrMissing('lstat', path, lang);
  if (link === undefined) return { kind: 'new', path };
  let real = path;
  let stats = link;
  if (link.isSymbolicLink()) {
    const followed = yield* statOrMissing('stat', path, lang);
    if (followed === undefined) throw new InputError(t(lang, 'write.danglingLink', { file: path }));
    stats = followed;
    real = yield* explained(step('realpath', path), path, lang);
  }
  if (stats.isDirectory()) throw new InputError(t(lang, 'write.isFolder', { file: path }));
  if (stats.isCharacterDevice() || stats.isFIFO()) return { kind: 'stream', path: real };
  if (!stats.isFile()) throw new InputError(t(lang, 'write.special', { file: path }));
  if (!force) throw new InputError(t(lang, 'write.exists', { file: path }));
  return { kind: 'file', path: real, mode: stats.mode & 0o7777 };
}

/** The path's (or the link's) status; undefined where nothing is there. */
function* statOrMissing(
  how: 'lstat' | 'stat',
  path: string,
  lang: Lang,
): Plan<StatsLike | undefined> {
  try {
    return yield* step(how, path);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw explainWriteError(error, path, 'new', lang);
  }
}

function* explained<T>(plan: Plan<T>, path: string, lang: Lang): Plan<T> {
  try {
    return yield* plan;
  } catch (error) {
    throw explainWriteError(error, path, 'new', lang);
  }
}

function* writeTarget(
  target: Target,
  data: Bytes,
  shown: string,
  lang: Lang,
  proc: ProcessLike,
  mode?: number,
): Plan<void> {
  try {
    if (target.kind === 'stream') yield* writeInPlace(target.path, data);
    else if (target.kind === 'file')
      yield* replaceFile(target.path, data, { mode: mode ?? target.mode }, proc);
    else
      yield* replaceFile(
        target.path,
        data,
        mode === undefined ? { noClobber: true } : { noClobber: true, mode },
        proc,
      );
  } catch (error) {
    if (target.kind === 'new' && errorCode(error) === 'EEXIST') {
      throw new InputError(t(lang, 'write.exists', { file: shown })); // created meanwhile: keep it
    }
    const state = target.kind === 'file' ? 'kept' : target.kind === 'new' ? 'new' : 'stream';
    throw explainWriteError(error, shown, state, lang);
  }
}

const REASONS = new Set([
  'ENOSPC',
  'EDQUOT',
  'EACCES',
  'EPERM',
  'EROFS',
  'EISDIR',
  'ENOENT',
  'ENOTDIR',
  'ENAMETOOLONG',
  'EFBIG',
  'EIO',
  'EMFILE',
  'ELOOP',
  'EBUSY',
  'ELOCKED',
  'EAGAIN',
  'ENXIO',
]);

/** A system error as words in the reader's language (the code in brackets, for searching). */
export function writeReason(error: unknown, lang: Lang, folder: string): string {
  const code = errorCode(error);
  if (code === 'ENFILE') return t(lang, 'write.reason.EMFILE');
  if (code !== undefined && REASONS.has(code)) return t(lang, `write.reason.${code}`, { folder });
  return t(lang, 'write.reason.other', { code: code ?? String(error) });
}

/** The message for a failed write; names the target (never the temporary file). */
export function explainWriteError(
  error: unknown,
  file: string,
  /** What became of the target: kept as it was, not created, or a device/FIFO written into. */
  state: 'kept' | 'new' | 'stream',
  lang: Lang,
): InputError {
  if (error instanceof InputError) return error;
  if (errorCode(error) === undefined) throw error; // not a system error: a bug, shown as one
  const reason = writeReason(error, lang, dirname(file));
  const key = { kept: 'write.failedKept', new: 'write.failedNew', stream: 'write.failedStream' };
  return new InputError(t(lang, key[state], { file, reason }));
}

/** Whether a path exists (file or folder). */
export async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function bytes(content: string | Buffer | Iterable<string>): Bytes {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  if (content instanceof Uint8Array) return content;
  return asBuffers(joinedPieces(content));
}

/** Pieces of text joined to about this many characters before each write. */
const PIECE = 1 << 20;

/** A document in pieces, joined into writes of about a MiB each. */
function* joinedPieces(pieces: Iterable<string>): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= PIECE) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

function* asBuffers(pieces: Iterable<string>): Generator<Uint8Array> {
  for (const text of pieces) yield Buffer.from(text, 'utf8');
}

/** The reader went away (`| head`): what is left is not wanted, and that is no error. */
export function isClosedReader(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END'
  );
}

/** Text or bytes to a stream; a document in pieces one piece after the other. */
async function writeStream(
  stream: NodeJS.WritableStream,
  content: string | Uint8Array | Iterable<string>,
  lang: Lang,
): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    await writeOnce(stream, content, lang);
    return;
  }
  for (const piece of joinedPieces(content)) await writeOnce(stream, piece, lang);
}

function writeOnce(
  stream: NodeJS.WritableStream,
  content: string | Uint8Array,
  lang: Lang,
): Promise<void> {
  const state = stream as { destroyed?: boolean; writableEnded?: boolean };
  if (state.destroyed === true || state.writableEnded === true) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.write(content, (error) => {
      if (!error || isClosedReader(error)) resolve();
      else if (errorCode(error) === undefined) reject(error);
      else
        reject(
          new InputError(t(lang, 'write.stdoutFailed', { reason: writeReason(error, lang, '.') })),
        );
    });
  });
}
