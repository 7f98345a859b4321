// Bundles the questionnaire page's code (src/form/browser/main.ts) into one
// classic script, dist/form/browser.js, that `efa-readiness form` inlines into
// the page: an IIFE (no modules, so it runs from file: in every browser),
// minified, for current Chromium/Edge and Firefox. It is the CLI's own code:
// the scorer, the validator (with the standalone assessment validator made by
// build-validators.mjs), the YAML parser with positions and the message tables.
// The few Node built-ins those modules import are replaced: `node:module`'s
// createRequire by a table of what the page requires (the one generated
// validator it needs and fastest-levenshtein for "did you mean"), and
// `node:path`/`node:url` (used only by CLI-side helpers the page never calls)
// by stubs that fail loudly if they ever are.
import { mkdirSync, statSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const outfile = new URL('dist/form/browser.js', root).pathname;
mkdirSync(new URL('dist/form/', root), { recursive: true });

const generated = new URL('src/validate/generated/assessment.cjs', root).pathname;
const shims = {
  'node:module': `import assessment from ${JSON.stringify(generated)};
import * as levenshtein from 'fastest-levenshtein';
export function createRequire() {
  return (path) => {
    if (path.endsWith('/assessment.cjs')) return assessment;
    if (path === 'fastest-levenshtein') return levenshtein;
    throw new Error('form: ' + path + ' is not bundled into the page');
  };
}`,
  'node:path': `const no = (name) => () => { throw new Error('form: node:path ' + name + ' is not available in the page'); };
export const dirname = no('dirname'), isAbsolute = no('isAbsolute'), join = no('join'), relative = no('relative'), resolve = no('resolve');
export const sep = '/';`,
  'node:url': `export function fileURLToPath() { throw new Error('form: node:url is not available in the page'); }`,
};

const browserShims = {
  name: 'browser-shims',
  setup(b) {
    b.onResolve({ filter: /^node:(module|path|url)$/ }, (args) => ({
      path: args.path,
      namespace: 'browser-shim',
    }));
    b.onLoad({ filter: /.*/, namespace: 'browser-shim' }, (args) => ({
      contents: shims[args.path],
      loader: 'js',
      resolveDir: new URL('.', root).pathname,
    }));
  },
};

await build({
  entryPoints: [new URL('src/form/browser/main.ts', root).pathname],
  outfile,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'edge110', 'firefox110'],
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  plugins: [browserShims],
  // Only the CLI-side helpers read it (to find files); the page never calls them.
  define: { 'import.meta.url': '"file:///efa-readiness-form/"' },
  logLevel: 'warning',
});
console.log(`bundled the questionnaire page: ${(statSync(outfile).size / 1024).toFixed(0)} KiB`);
