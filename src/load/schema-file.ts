import { readFileSync } from 'node:fs';
import { assessmentSchemaPath, catalogueSchemaPath } from './paths.js';
import type { Catalogue, Lang } from '../model/types.js';
import {
  catalogueAssessmentSchema,
  catalogueSchemaLang,
  type JsonSchema,
  renderSchema,
} from '../schema/catalogue-schema.js';

/** The general assessment schema of the package, the base of every catalogue schema. */
export function readBaseAssessmentSchema(): JsonSchema {
  return JSON.parse(readFileSync(assessmentSchemaPath(), 'utf8')) as JsonSchema;
}

/** The text of the schema that knows `catalogue`'s criteria, in `lang` (default: the catalogue's). */
export function catalogueSchemaText(catalogue: Catalogue, lang?: Lang): string {
  return renderSchema(
    catalogueAssessmentSchema(
      catalogue,
      readBaseAssessmentSchema(),
      catalogueSchemaLang(catalogue, lang),
    ),
  );
}

/**
 * The schema file an assessment of `catalogue` should name: the one the build
 * made for it in the package where that file is exactly this catalogue's
 * schema (a shipped catalogue), else the general assessment schema (a
 * catalogue of one's own: `init --schema-copy` or `efa-readiness schema`
 * make one that knows its criteria).
 */
export function editorSchemaFile(catalogue: Catalogue): string {
  const file = catalogueSchemaPath(catalogue.id);
  try {
    if (readFileSync(file, 'utf8') === catalogueSchemaText(catalogue)) return file;
  } catch {
    // not built, or no shipped catalogue of this id: the general schema
  }
  return assessmentSchemaPath();
}
