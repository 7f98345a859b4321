import { isAbsolute } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Paths of the files shipped with the package that a written file points at: the
 * assessment schemas, and the schema line an editor uses for completion. Pure path
 * arithmetic, no file access.
 */

/** The package's assessment schema (this module sits one folder below `src/` or `dist/`). */
export function assessmentSchemaPath(): string {
  return fileURLToPath(new URL('../../schemas/assessment.schema.json', import.meta.url));
}

/**
 * Where the build puts the schema that knows a shipped catalogue's criteria
 * (scripts/build-schemas.mjs): one stable path in the installed package.
 */
export function catalogueSchemaPath(catalogueId: string): string {
  return fileURLToPath(
    new URL(`../../schemas/catalogues/${catalogueId}.assessment.schema.json`, import.meta.url),
  );
}

/** The file name of a schema copy beside an assessment (`init --schema-copy`). */
export function schemaCopyName(catalogueId: string): string {
  return `${catalogueId}.assessment.schema.json`;
}

/**
 * The first comment of a written assessment, `yaml-language-server: $schema=…`.
 * A schema file is named by its absolute `file://` URL: it still resolves when
 * the assessment is moved anywhere on the same machine (a path relative to the
 * assessment would not), and spaces and umlauts in the path are percent-encoded,
 * where the language server reads the reference only up to the first space.
 * A reference that already is relative (a schema copy beside the file) is kept.
 */
export function schemaComment(schema: string): string {
  const reference = /^[A-Za-z]:[\\/]|^\\\\/.test(schema)
    ? windowsFileUrl(schema)
    : isAbsolute(schema)
      ? pathToFileURL(schema).href
      : schema;
  return ` yaml-language-server: $schema=${reference}`;
}

/**
 * A Windows path as a file URL, whatever system this runs on (Node 20's pathToFileURL knows
 * only the running system's paths): `C:\\Users\\A B\\x` → `file:///C:/Users/A%20B/x`, a UNC share
 * `\\\\rathaus-fs\\EfA\\x` → `file://rathaus-fs/EfA/x`.
 */
export function windowsFileUrl(path: string): string {
  const parts = path.replace(/\\/g, '/');
  const encode = (p: string): string => p.split('/').map(encodeURIComponent).join('/');
  if (parts.startsWith('//')) {
    const [host = '', ...rest] = parts.slice(2).split('/');
    return `file://${host}/${encode(rest.join('/'))}`;
  }
  const drive = parts.slice(0, 2);
  return `file:///${drive}${encode(parts.slice(2))}`;
}
