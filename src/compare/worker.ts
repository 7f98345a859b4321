import { serveFiles } from '../load/many.js';
import { assessTask } from './assess.js';

/**
 * The worker entry of `compare` (built as dist/compare/worker.js): load/many
 * reads this worker's slice of the files; each is assessed here and the
 * outcomes go back in batches, in order.
 */
serveFiles(assessTask);
