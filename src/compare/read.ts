import { readMany } from '../load/many.js';
import type { Catalogue, Lang } from '../model/types.js';
import { type Outcome, assessTask } from './assess.js';

/**
 * The assessments of `compare`, read by `load/many` (on worker threads when
 * there are many) and each assessed by `assessTask`: fast parse, exact
 * re-parse only for files with problems, so messages keep their line:column.
 */

// Spelt from the parent folder so the path also holds inside the CLI bundle in dist/cli/.
const WORKER_URL = new URL('../compare/worker.js', import.meta.url);

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
export function readAssessments(
  files: readonly string[],
  catalogue: Catalogue,
  options: ReadOptions,
): Promise<Outcome[]> {
  return readMany(files, {
    ...options,
    task: assessTask,
    input: { catalogue, lang: options.lang },
    workerUrl: WORKER_URL,
  });
}
