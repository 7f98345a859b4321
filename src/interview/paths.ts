import path, { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * File names of the interview: the schema line an editor uses for completion,
 * and the default name of an answers file. Pure path arithmetic, no file access.
 */

/** The package's assessment schema (this module sits one folder below `src/` or `dist/`). */
export function assessmentSchemaPath(): string {
  return fileURLToPath(new URL('../../schemas/assessment.schema.json', import.meta.url));
}

/**
 * The first comment of a written assessment, `yaml-language-server: $schema=…`,
 * with the schema's path relative to the folder of `outputFile`, or absolute
 * where no relative path exists (another drive on Windows).
 */
export function schemaComment(
  outputFile: string,
  schemaFile = assessmentSchemaPath(),
  paths: path.PlatformPath = path, // path.win32 in the Windows tests
): string {
  const fromFolder = paths.relative(paths.dirname(outputFile), schemaFile);
  const shown = fromFolder === '' || paths.isAbsolute(fromFolder) ? schemaFile : fromFolder;
  return ` yaml-language-server: $schema=${shown.split(paths.sep).join('/')}`;
}

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A file-name part from a municipality's name: `Bad Homburg v. d. Höhe` → `bad-homburg-v-d-hoehe`. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '');
}

/**
 * Candidate names for a new answers file in `folder`: `<stem>-<slug>.yaml`,
 * then `<stem>-<slug>-2.yaml`, `-3`, … (the caller takes the first that is free
 * or holds this municipality's assessment).
 */
export function candidateFileNames(
  folder: string,
  stem: string,
  municipalityName: string,
  count = 50,
): string[] {
  const slug = slugify(municipalityName);
  const base = slug === '' ? stem : `${stem}-${slug}`;
  const names: string[] = [];
  for (let i = 1; i <= count; i++)
    names.push(join(folder, i === 1 ? `${base}.yaml` : `${base}-${i}.yaml`));
  return names;
}
