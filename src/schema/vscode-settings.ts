/**
 * The `yaml.schemas` entry of a VS Code workspace (`.vscode/settings.json`)
 * that maps a folder's YAML files to a schema: merged into the settings text
 * that is there, every other key kept as it was. Pure.
 */

/** The files of the folder the schema is for. */
export const SCHEMA_GLOBS: readonly string[] = ['*.yaml', '**/*.yaml'];

export type MergeResult = { text: string } | { error: 'json' | 'not-object'; reason: string };

export function mergeYamlSchemas(old: string | undefined, schema: string): MergeResult {
  let settings: Record<string, unknown> = {};
  if (old !== undefined && old.trim() !== '') {
    try {
      settings = JSON.parse(old) as Record<string, unknown>;
    } catch (error) {
      // VS Code also allows comments here; such a file is not rewritten (comments would be lost).
      return { error: 'json', reason: error instanceof Error ? error.message : String(error) };
    }
    if (!isObject(settings)) return { error: 'not-object', reason: 'settings.json' };
  }
  const current = settings['yaml.schemas'] ?? {};
  if (!isObject(current)) return { error: 'not-object', reason: 'yaml.schemas' };
  // One schema per glob: an earlier efa-readiness schema for the same files is replaced.
  const schemas: Record<string, unknown> = Object.fromEntries(
    Object.entries(current).filter(
      ([key, globs]) =>
        key === schema || !(sameGlobs(globs) && key.endsWith('.assessment.schema.json')),
    ),
  );
  schemas[schema] = [...SCHEMA_GLOBS];
  const next = { ...settings, 'yaml.schemas': schemas };
  const text = `${JSON.stringify(next, null, 2)}\n`;
  if (old !== undefined && sameJson(old, next)) return { text: old };
  return { text };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameGlobs(globs: unknown): boolean {
  return Array.isArray(globs) && JSON.stringify(globs) === JSON.stringify(SCHEMA_GLOBS);
}

function sameJson(text: string, value: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
  } catch {
    return false;
  }
}
