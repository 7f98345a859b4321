#!/usr/bin/env node
// The floor of the compare benchmark: find the same YAML files, read each and
// parse it with js-yaml (the fast path's parser and schema) on the same number
// of threads as `compare` uses, and nothing else. A run of compare cannot be
// cheaper than this; the bench prints compare's time as a ratio to it.
//
//   node scripts/bench-floor.mjs <threads> <folder>...     (after `npm run build`)
//
// Prints `files <n>` on stdout. 0 threads: everything on the main thread.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { TextDecoder } from 'node:util';
import { load } from 'js-yaml';
import { YAML12_CORE_SCHEMA } from '../dist/load/fast-yaml.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parseAll(files) {
  let parsed = 0;
  for (const file of files) {
    try {
      load(utf8.decode(readFileSync(file)), { schema: YAML12_CORE_SCHEMA });
      parsed += 1;
    } catch {
      // the broken files of the set: compare reports them, the floor only counts
    }
  }
  return parsed;
}

function find(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) find(path, out);
    else if (/\.ya?ml$/i.test(entry.name)) out.push(path);
  }
  return out;
}

if (!isMainThread) {
  parentPort.postMessage(parseAll(workerData));
} else {
  const threads = Number(process.argv[2]);
  const files = process.argv.slice(3).flatMap((dir) => find(dir, []));
  let parsed;
  if (threads <= 0) parsed = parseAll(files);
  else {
    const size = Math.ceil(files.length / threads);
    const slices = [];
    for (let i = 0; i < files.length; i += size) slices.push(files.slice(i, i + size));
    const counts = await Promise.all(
      slices.map(
        (slice) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(fileURLToPath(import.meta.url), { workerData: slice });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    );
    parsed = counts.reduce((a, b) => a + b, 0);
  }
  console.log(`files ${files.length} parsed ${parsed}`);
}
