import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseCatalogueRef } from '../model/catalogue.js';
import type { Assessment, Catalogue, Lang } from '../model/types.js';
import { validateAssessment, validateCatalogue } from '../validate/index.js';
import { type Parsed, parseYaml } from './parse.js';
import { readTextFile } from './read.js';
import { isAbsolute, resolve } from 'node:path';

/** The folder of catalogues shipped with the package. */
export const SHIPPED_CATALOGUES = fileURLToPath(new URL('../../criteria/', import.meta.url));

export interface LoadedCatalogue {
  catalogue: Catalogue;
  file: string;
  warnings: Diagnostic[];
}

export interface LoadedAssessment {
  assessment: Assessment;
  file: string;
  warnings: Diagnostic[];
  document: NonNullable<Parsed['document']>;
}

/** Read and parse one YAML file; syntax problems throw an InputError listing all of them. */
export async function readYaml(file: string, lang: Lang): Promise<Parsed> {
  const text = await readTextFile(file, lang);
  const parsed = parseYaml(text, file, lang);
  if (parsed.diagnostics.length > 0) throw new InputError('', parsed.diagnostics);
  return parsed;
}

/** Whether a `--catalogue` value names a file rather than a shipped catalogue id. */
export function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
}

/** The file of a shipped catalogue, by id, or undefined. */
export async function findShippedCatalogue(id: string): Promise<string | undefined> {
  const names = await shippedCatalogueIds();
  return names.includes(id) ? resolve(SHIPPED_CATALOGUES, `${id}.yaml`) : undefined;
}

export async function shippedCatalogueIds(): Promise<string[]> {
  try {
    return (await readdir(SHIPPED_CATALOGUES))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => name.slice(0, -'.yaml'.length))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Load a catalogue by path or by the id of a shipped one, validated. Throws
 * an InputError that names what was looked for when there is none.
 */
export async function loadCatalogue(
  ref: string,
  options: { lang: Lang; cwd?: string },
): Promise<LoadedCatalogue> {
  const { lang } = options;
  let file: string;
  if (looksLikePath(ref)) {
    file = isAbsolute(ref) ? ref : resolve(options.cwd ?? process.cwd(), ref);
    file = displayPath(file, options.cwd);
  } else {
    const { id } = parseCatalogueRef(ref);
    const shipped = await findShippedCatalogue(id);
    if (!shipped) {
      const ids = await shippedCatalogueIds();
      throw new InputError(t(lang, 'load.noCatalogue', { ref, shipped: ids.join(', ') || '—' }));
    }
    file = shipped;
  }
  const parsed = await readYaml(file, lang);
  const validation = validateCatalogue(parsed.value, parsed.source, lang);
  if (!validation.value) throw new InputError('', validation.errors);
  return { catalogue: validation.value, file, warnings: validation.warnings };
}

/**
 * Load an assessment, validated; with a catalogue, every answer is checked
 * against it too. All problems are thrown together in one InputError.
 */
export async function loadAssessment(
  file: string,
  options: { lang: Lang; catalogue?: Catalogue },
): Promise<LoadedAssessment> {
  const parsed = await readYaml(file, options.lang);
  const validation = validateAssessment(
    parsed.value,
    parsed.source,
    options.lang,
    options.catalogue,
  );
  if (!validation.value || !parsed.document) throw new InputError('', validation.errors);
  return {
    assessment: validation.value,
    file,
    warnings: validation.warnings,
    document: parsed.document,
  };
}

/** Paths in messages as the user wrote them: relative to the working folder where that is shorter. */
function displayPath(file: string, cwd: string | undefined): string {
  const base = cwd ?? process.cwd();
  return file.startsWith(`${base}/`) ? file.slice(base.length + 1) : file;
}
