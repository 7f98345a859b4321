// Generates, for every catalogue shipped in criteria/, the assessment schema
// that knows its criteria (src/schema/catalogue-schema.ts), at
// schemas/catalogues/<id>.assessment.schema.json: the stable path that `init`
// and `efa-readiness schema --install-vscode` point editors to. Runs after
// build-catalogues.mjs and reads its validated output, so a catalogue that
// does not validate has already failed the build. The folder is build output
// (gitignored); test/schema/ compares it with a golden file.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { catalogueAssessmentSchema, catalogueSchemaLang, renderSchema } = await import(
  new URL('dist/schema/catalogue-schema.js', root)
);
const { CACHE_DIR } = await import(new URL('dist/load/shipped.js', root));

const base = JSON.parse(readFileSync(new URL('schemas/assessment.schema.json', root), 'utf8'));
const out = new URL('schemas/catalogues/', root);
mkdirSync(out, { recursive: true });
for (const name of readdirSync(new URL('criteria/', root)).filter((n) => n.endsWith('.yaml'))) {
  const { catalogue } = JSON.parse(
    readFileSync(new URL(name.replace(/\.yaml$/, '.json'), CACHE_DIR), 'utf8'),
  );
  const schema = catalogueAssessmentSchema(catalogue, base, catalogueSchemaLang(catalogue));
  writeFileSync(new URL(`${catalogue.id}.assessment.schema.json`, out), renderSchema(schema));
}
