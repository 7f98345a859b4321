import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { type Diagnostic, InputError, InternalError } from '../errors.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import type { Lang } from '../model/types.js';
import { parseYamlFast } from './fast-yaml.js';
import { parseYaml } from './parse.js';
import { decodeText, MAX_FILE_BYTES } from './decode.js';
import { readTextFile, readTextFileSync } from './read.js';

/**
 * Reading many files: find the YAML files named or inside the folders named,
 * then read each and hand its text to a task, on worker threads when there
 * are many. What the task does with a text (validate, score, digest) is the
 * caller's: this module only finds, reads and spreads the work, so nothing
 * after it touches `fs` or threads. A worker is a small entry module that
 * calls `serveFiles` with its task (see src/compare/worker.ts).
 */

const YAML_FILE = /\.ya?ml$/i;
/** Below this many files a worker's start-up (≈ 50 ms) costs more than it saves. */
export const WORKER_THRESHOLD = 300;
/** Results come back from a worker in batches of this many (and the progress bar moves). */
export const BATCH = 100;

/**
 * The YAML files named or inside the folders named (recursively, hidden
 * entries and linked folders left out), in a stable order: as given, each
 * folder sorted.
 * Paths are kept as the user wrote them (relative to `cwd`).
 */
export async function findAssessmentFiles(
  paths: readonly string[],
  options: { cwd: string; lang: Lang; unreadable?: string[] },
): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(options.cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = await listFolder(dir, options);
    for (const entry of entries ?? []) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (
        YAML_FILE.test(entry.name) &&
        (entry.isFile() || (await isLinkToFile(resolve(options.cwd, path))))
      )
        add(path);
    }
  };
  for (const path of paths) {
    let info;
    try {
      info = await stat(resolve(options.cwd, path));
    } catch {
      throw new InputError(t(options.lang, 'compare.error.notFound', { path }));
    }
    if (info.isDirectory()) await walk(path);
    else add(path);
  }
  return files;
}

/** A folder's entries sorted by name; undefined (and noted) where it cannot be listed. */
async function listFolder(
  dir: string,
  options: { cwd: string; lang: Lang; unreadable?: string[] },
): Promise<import('node:fs').Dirent[] | undefined> {
  try {
    const entries = await readdir(resolve(options.cwd, dir), { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    // A folder that cannot be listed (no permission) is the user's to fix: the
    // caller reports it with the invalid files, or lists it as a skip.
    if (options.unreadable === undefined) {
      throw new InputError(
        t(options.lang, 'compare.error.folderUnreadable', { path: dir, reason: errnoCode(error) }),
      );
    }
    options.unreadable.push(dir);
    return undefined;
  }
}

function errnoCode(error: unknown): string {
  return (error as { code?: string } | null)?.code ?? String(error);
}

/** A symbolic link to a file is followed; links to folders are not (they could loop). */
async function isLinkToFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The catalogue reference a file's text names, if any (to choose the catalogue from the first file). Pure. */
export function namedCatalogue(text: string, file: string, lang: Lang): string | undefined {
  const value = parseYamlFast(text)?.value ?? parseYaml(text, file, lang).value;
  const named = (value as { catalogue?: unknown } | null)?.catalogue;
  return typeof named === 'string' ? named : undefined;
}

/** The catalogue reference named by the first file that names one (to pick the catalogue). */
export async function readNamedCatalogue(
  files: readonly string[],
  lang: Lang,
  cwd?: string,
): Promise<{ ref: string; file: string } | undefined> {
  for (const file of files) {
    try {
      const ref = namedCatalogue(await readTextFile(file, lang, cwd), file, lang);
      if (ref !== undefined) return { ref, file };
    } catch {
      // an unreadable file is reported with all the others later
    }
  }
  return undefined;
}

/** One file as read: its text, or the problems that kept it from being read. */
export type FileRead =
  { file: string; text: string } | { file: string; text?: undefined; diagnostics: Diagnostic[] };

/** A task turns each file read into a result; it is made once per thread from its input. */
export type TaskFactory<Input, Result> = (input: Input) => (read: FileRead) => Result;

/** Read one file (synchronously: see `readFile`'s caller); a file that cannot be read gives its problems. */
function readFile(file: string, lang: Lang, cwd: string | undefined): FileRead {
  // Synchronous: thousands of small files through the promise API queue up in
  // libuv's four threads, while a worker thread may block on its own.
  const text = readPlainFile(cwd === undefined ? file : resolve(cwd, file), file, lang);
  if (text !== undefined) return { file, text };
  try {
    return { file, text: readTextFileSync(file, lang, cwd) };
  } catch (error) {
    if (error instanceof InputError) return { file, diagnostics: [...error.diagnostics] };
    throw error;
  }
}

/** One buffer per thread for the bytes of the file being read (grown for a larger file). */
let scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * The common case in four system calls and no allocation but the text:
 * open, fstat, read into the thread's buffer, close (`readTextFileSync`
 * stats by path first and reads into a new buffer). Undefined wherever
 * anything is unusual (not a regular file, too large, changed while read,
 * any error, bytes that are not UTF-8 text): `readTextFileSync` then reads
 * it again and says what is wrong, so every message stays as it was.
 * Non-blocking open, so a named pipe among the files does not wait for a writer.
 */
function readPlainFile(path: string, file: string, lang: Lang): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > MAX_FILE_BYTES) return undefined;
    if (scratch.length <= info.size) scratch = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, scratch, length, scratch.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > info.size) return undefined; // grown since fstat
    }
    const decoded = decodeText(scratch.subarray(0, length), file, lang);
    return 'text' in decoded ? decoded.text : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

export interface ReadManyOptions<Input, Result> {
  lang: Lang;
  /** The folder relative paths are read from (messages keep the path as given). */
  cwd?: string;
  /** Called as files are done (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to use; default: one per core where there are enough files, else none. */
  workers?: number;
  /** What each file's text becomes; the same factory the worker entry serves. */
  task: TaskFactory<Input, Result>;
  /** The task's input (structured-clonable: it is sent to each worker). */
  input: Input;
  /** The compiled worker entry that calls `serveFiles` with the same task. */
  workerUrl: URL;
}

/** Every file's result, in the order of `files`. */
export async function readMany<Input, Result>(
  files: readonly string[],
  options: ReadManyOptions<Input, Result>,
): Promise<Result[]> {
  const workers = options.workers ?? defaultWorkers(files.length);
  if (workers <= 0) return readInThread(files, options);
  return readInWorkers(files, options, workers);
}

function defaultWorkers(count: number): number {
  if (count < WORKER_THRESHOLD || !workerAvailable()) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(count / WORKER_THRESHOLD)));
}

/** Workers run the compiled entry; from TypeScript sources (tests) the in-thread path is used. */
function workerAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

function readInThread<Input, Result>(
  files: readonly string[],
  options: ReadManyOptions<Input, Result>,
): Result[] {
  const results: Result[] = [];
  const run = options.task(options.input);
  for (const file of files) {
    results.push(run(readFile(file, options.lang, options.cwd)));
    if (results.length % BATCH === 0 || results.length === files.length) {
      options.onProgress?.(results.length, files.length);
    }
  }
  return results;
}

/** Messages from a worker: a batch of results starting at `offset` of its slice, or a failure. */
type WorkerMessage<Result> = { offset: number; results: Result[] } | { error: string };

interface WorkerInput<Input> {
  files: string[];
  input: Input;
  lang: Lang;
  batch: number;
  cwd?: string;
}

async function readInWorkers<Input, Result>(
  files: readonly string[],
  options: ReadManyOptions<Input, Result>,
  count: number,
): Promise<Result[]> {
  const results = new Array<Result | undefined>(files.length);
  const size = Math.ceil(files.length / count);
  let done = 0;
  const run = (start: number): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      const slice = files.slice(start, start + size);
      const data: WorkerInput<Input> = {
        files: slice,
        input: options.input,
        lang: options.lang,
        batch: BATCH,
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      };
      const worker = new Worker(fileURLToPath(options.workerUrl), { workerData: data });
      let received = 0;
      worker.on('message', (message: WorkerMessage<Result>) => {
        if ('error' in message) {
          reject(new InternalError(message.error));
          void worker.terminate();
          return;
        }
        message.results.forEach((result, i) => {
          results[start + message.offset + i] = result;
        });
        received += message.results.length;
        done += message.results.length;
        options.onProgress?.(done, files.length);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (received === slice.length) resolvePromise();
        else
          reject(
            new InternalError(
              `compare worker stopped with code ${code} after ${received} of ${slice.length} files`,
            ),
          );
      });
    });
  const starts: number[] = [];
  for (let start = 0; start < files.length; start += size) starts.push(start);
  await Promise.all(starts.map(run));
  return results.map((r, i) => {
    if (r === undefined) throw new InternalError(`compare: no outcome for ${files[i] ?? i}`);
    return r;
  });
}

/**
 * The worker side: read the slice of files this worker was given, run the
 * task on each and post the results back in batches, in order. Called once
 * by a worker entry module.
 */
export function serveFiles<Input, Result>(task: TaskFactory<Input, Result>): void {
  const post = (message: WorkerMessage<Result>): void => parentPort?.postMessage(message);
  try {
    const data = workerData as WorkerInput<Input>;
    const run = task(data.input);
    let batch: Result[] = [];
    let offset = 0;
    for (const file of data.files) {
      batch.push(run(readFile(file, data.lang, data.cwd)));
      if (batch.length === data.batch) {
        post({ offset, results: batch });
        offset += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) post({ offset, results: batch });
  } catch (error: unknown) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
