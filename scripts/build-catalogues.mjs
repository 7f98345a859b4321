// Parses and validates every catalogue shipped in criteria/ once, at build
// time, into dist/catalogues/<id>.json (with a fingerprint of its YAML), so that
// `score` and `report` need not parse 180 KB of YAML on every call.
// A shipped catalogue that does not validate fails the build.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { parseYaml } = await import(new URL('dist/load/parse.js', root));
const { validateCatalogue } = await import(new URL('dist/validate/index.js', root));
const { CACHE_DIR } = await import(new URL('dist/load/shipped.js', root));
const { fingerprint } = await import(new URL('dist/model/fingerprint.js', root));
const { formatDiagnostic, InputError } = await import(new URL('dist/errors.js', root));
const { isOverlay, readCatalogueChain } = await import(new URL('dist/load/chain.js', root));
const { shippedVersions, shippedCatalogueIds } = await import(new URL('dist/load/index.js', root));

/** An overlay (extends) is cached merged with its whole chain, validated as one catalogue. */
async function validateOverlay(file) {
  try {
    const catalogue = await readCatalogueChain(file, {
      lang: 'en',
      cwd: new URL('.', root).pathname,
      versions: shippedVersions,
      shipped: shippedCatalogueIds,
    });
    return { value: catalogue, errors: [] };
  } catch (error) {
    if (error instanceof InputError) return { errors: error.diagnostics };
    throw error;
  }
}

mkdirSync(CACHE_DIR, { recursive: true });
let failed = false;
for (const name of readdirSync(new URL('criteria/', root)).filter((n) => n.endsWith('.yaml'))) {
  const file = `criteria/${name}`;
  const text = readFileSync(new URL(file, root), 'utf8');
  const parsed = parseYaml(text, file, 'en');
  const validation =
    parsed.diagnostics.length > 0
      ? { errors: parsed.diagnostics }
      : isOverlay(parsed.value)
        ? await validateOverlay(file)
        : validateCatalogue(parsed.value, parsed.source, 'en');
  if (!validation.value) {
    for (const d of validation.errors) console.error(formatDiagnostic(d));
    failed = true;
    continue;
  }
  writeFileSync(
    new URL(name.replace(/\.yaml$/, '.json'), CACHE_DIR),
    JSON.stringify({ fingerprint: fingerprint(text), catalogue: validation.value }),
  );
}
if (failed) process.exit(1);
