// Preloaded with `node --import` by test/cli/lazy-load.test.ts: records every
// module a run loads into the file named by EFA_LOAD_LOG, one URL a line.
// ES modules through a resolve hook (node:module register); CommonJS ones
// (handlebars, ajv's validators) from the shared require cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const log = process.env.EFA_LOAD_LOG;
if (log) {
  register('./hooks.mjs', import.meta.url, { data: { log } });
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => {
    const urls = Object.keys(cache).map((file) => pathToFileURL(file).href);
    appendFileSync(log, urls.map((url) => `${url}\n`).join(''));
  });
}
