import { availableParallelism } from 'node:os';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError, InternalError } from '../errors.js';
import { t } from '../i18n/index.js';
import '../i18n/messages/compare.js';
import { readTextFile, readTextFileSync } from '../load/read.js';
import type { Catalogue, Lang } from '../model/types.js';
import { type CatalogueIndex, indexCatalogue } from './aggregate.js';
import { type Outcome, assessText, namedCatalogue } from './assess.js';

/**
 * The fast loading path of `compare`: find the assessment files, then read,
 * validate and score them, on worker threads when there are many. Each file
 * is handled by `assessText` (fast parse, exact re-parse only for files with
 * problems), so error messages keep their exact line:column.
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
    let entries;
    try {
      entries = await readdir(resolve(options.cwd, dir), { withFileTypes: true });
    } catch (error) {
      // A folder that cannot be listed (no permission) is the user's to fix: the
      // caller reports it with the invalid files, or lists it as a skip.
      if (options.unreadable === undefined) {
        throw new InputError(
          t(options.lang, 'compare.error.folderUnreadable', {
            path: dir,
            reason: errnoCode(error),
          }),
        );
      }
      options.unreadable.push(dir);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
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

/** Read, validate and score one file; a file that cannot be read is an invalid outcome. */
export function readAssessment(
  file: string,
  catalogue: Catalogue,
  lang: Lang,
  index: CatalogueIndex = indexCatalogue(catalogue),
  cwd?: string,
): Outcome {
  // Synchronous: thousands of small files through the promise API queue up in
  // libuv's four threads, while a worker thread may block on its own.
  let text: string;
  try {
    text = readTextFileSync(file, lang, cwd);
  } catch (error) {
    if (error instanceof InputError)
      return { kind: 'invalid', file, diagnostics: [...error.diagnostics] };
    throw error;
  }
  return assessText(text, file, catalogue, lang, index);
}

export interface ReadOptions {
  lang: Lang;
  /** The folder relative paths are read from (messages keep the path as given). */
  cwd?: string;
  /** Called as files are done (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Worker threads to use; default: one per core where there are enough files, else none. */
  workers?: number;
}

/** Every file's outcome, in the order of `files`. */
export async function readAssessments(
  files: readonly string[],
  catalogue: Catalogue,
  options: ReadOptions,
): Promise<Outcome[]> {
  const workers = options.workers ?? defaultWorkers(files.length);
  if (workers <= 0) return readInThread(files, catalogue, options);
  return readInWorkers(files, catalogue, options, workers);
}

function defaultWorkers(count: number): number {
  if (count < WORKER_THRESHOLD || !workerAvailable()) return 0;
  return Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(count / WORKER_THRESHOLD)));
}

// Spelt from the parent folder so the path also holds inside the CLI bundle in dist/cli/.
const WORKER_URL = new URL('../compare/worker.js', import.meta.url);

/** Workers run the compiled `worker.js`; from TypeScript sources (tests) the in-thread path is used. */
function workerAvailable(): boolean {
  return import.meta.url.endsWith('.js');
}

function readInThread(
  files: readonly string[],
  catalogue: Catalogue,
  options: ReadOptions,
): Outcome[] {
  const outcomes: Outcome[] = [];
  const index = indexCatalogue(catalogue);
  for (const file of files) {
    outcomes.push(readAssessment(file, catalogue, options.lang, index, options.cwd));
    if (outcomes.length % BATCH === 0 || outcomes.length === files.length) {
      options.onProgress?.(outcomes.length, files.length);
    }
  }
  return outcomes;
}

/** Messages from a worker: a batch of outcomes starting at `offset` of its slice, or a failure. */
export type WorkerMessage = { offset: number; outcomes: Outcome[] } | { error: string };

export interface WorkerInput {
  files: string[];
  catalogue: Catalogue;
  lang: Lang;
  batch: number;
  cwd?: string;
}

async function readInWorkers(
  files: readonly string[],
  catalogue: Catalogue,
  options: ReadOptions,
  count: number,
): Promise<Outcome[]> {
  const outcomes = new Array<Outcome | undefined>(files.length);
  const size = Math.ceil(files.length / count);
  let done = 0;
  const run = (start: number): Promise<void> =>
    new Promise((resolvePromise, reject) => {
      const slice = files.slice(start, start + size);
      const input: WorkerInput = {
        files: slice,
        catalogue,
        lang: options.lang,
        batch: BATCH,
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      };
      const worker = new Worker(fileURLToPath(WORKER_URL), { workerData: input });
      let received = 0;
      worker.on('message', (message: WorkerMessage) => {
        if ('error' in message) {
          reject(new InternalError(message.error));
          void worker.terminate();
          return;
        }
        message.outcomes.forEach((outcome, i) => {
          outcomes[start + message.offset + i] = outcome;
        });
        received += message.outcomes.length;
        done += message.outcomes.length;
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
  return outcomes.map((o, i) => {
    if (o === undefined) throw new InternalError(`compare: no outcome for ${files[i] ?? i}`);
    return o;
  });
}
