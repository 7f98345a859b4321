import { parentPort, workerData } from 'node:worker_threads';
import { indexCatalogue } from './aggregate.js';
import type { Outcome } from './assess.js';
import { type WorkerInput, type WorkerMessage, readAssessment } from './read.js';

/**
 * A worker thread of `compare`: reads, validates and scores its slice of the
 * files and posts the outcomes back in batches, in order.
 */
function work(input: WorkerInput): void {
  const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
  let batch: Outcome[] = [];
  let offset = 0;
  const index = indexCatalogue(input.catalogue);
  for (const file of input.files) {
    batch.push(readAssessment(file, input.catalogue, input.lang, index, input.cwd));
    if (batch.length === input.batch) {
      post({ offset, outcomes: batch });
      offset += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) post({ offset, outcomes: batch });
}

try {
  work(workerData as WorkerInput);
} catch (error: unknown) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  parentPort?.postMessage({ error: message } satisfies WorkerMessage);
}
