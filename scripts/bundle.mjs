// Bundles the command line (src/cli/main.ts and, as lazily loaded chunks, each
// command) into dist/cli/, over tsc's per-file output of the same folder.
// Node 20 has no compile cache, and resolving, reading and compiling some
// forty small modules one after another was most of `score`'s start-up;
// a handful of chunks is measurably faster (see `npm run bench`). Packages
// stay external. The programmatic API (dist/index.js) remains tsc's output.
// Paths relative to import.meta.url in bundled code are spelt from the
// parent folder (`../report/…`), so they hold from dist/cli/ as from dist/<area>/.
import { readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/cli/', import.meta.url);
for (const name of readdirSync(outdir))
  if (/^chunk-.*\.js$/.test(name)) rmSync(new URL(name, outdir));

await build({
  entryPoints: [new URL('../src/cli/main.ts', import.meta.url).pathname],
  outdir: outdir.pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
});
