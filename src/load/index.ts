import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { type Diagnostic, InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseCatalogueRef } from '../model/catalogue.js';
import type { Assessment, Catalogue, Lang } from '../model/types.js';
import { type Validation, validateAssessment, validateCatalogue } from '../validate/index.js';
import { parseYamlFast } from './fast-yaml.js';
import type { Parsed } from './parse.js';
import { readTextFile } from './read.js';
import { isOverlay, readCatalogueChain } from './chain.js';
import { readShippedCache } from './shipped.js';
import { noPositions, type SourceMap } from '../model/source.js';
import path, { isAbsolute, resolve } from 'node:path';

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

/** Read and parse one YAML file with positions; syntax problems throw an InputError listing all of them. */
export async function readYaml(file: string, lang: Lang, cwd?: string): Promise<Parsed> {
  return parseExact(await readTextFile(file, lang, cwd), file, lang);
}

/** The exact parse (the `yaml` package, with positions), imported only when needed. */
async function parseExact(text: string, file: string, lang: Lang): Promise<Parsed> {
  const { parseYaml } = await import('./parse.js');
  const parsed = parseYaml(text, file, lang);
  if (parsed.diagnostics.length > 0) throw new InputError('', parsed.diagnostics);
  return parsed;
}

/**
 * Parse and validate a YAML text. A clean file takes the fast path (js-yaml
 * with YAML 1.2 core semantics, no positions); wherever there is anything to
 * say — an error, a warning, or a feature the fast parser declines — the
 * file is parsed again exactly, so every message keeps its line and column.
 */
export async function parseAndValidate<T>(
  text: string,
  file: string,
  lang: Lang,
  validate: (value: unknown, source: SourceMap) => Validation<T>,
  fast: { value: unknown } | undefined = parseYamlFast(text),
): Promise<{ value: T; warnings: Diagnostic[] }> {
  if (fast) {
    const quick = validate(fast.value, noPositions(file));
    if (quick.value && quick.warnings.length === 0) return { value: quick.value, warnings: [] };
  }
  const parsed = await parseExact(text, file, lang);
  const exact = validate(parsed.value, parsed.source);
  if (!exact.value) throw new InputError('', exact.errors);
  return { value: exact.value, warnings: exact.warnings };
}

/** The plain value of a YAML text, fast where possible; syntax errors throw with their places. */
export async function peekYaml(
  text: string,
  file: string,
  lang: Lang,
): Promise<{ value: unknown; fast?: { value: unknown } }> {
  const fast = parseYamlFast(text);
  if (fast) return { value: fast.value, fast };
  return { value: (await parseExact(text, file, lang)).value };
}

/** Whether a `--catalogue` value names a file rather than a shipped catalogue id. */
export function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref);
}

/** The example assessments shipped with the package. */
export const SHIPPED_EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** Earlier versions of shipped catalogues, kept readable as `archive/<id>@<version>.yaml`. */
export const ARCHIVED_CATALOGUES = resolve(SHIPPED_CATALOGUES, 'archive');

/**
 * The file of a shipped catalogue, by id, or undefined; with a version, the
 * archived file of exactly that version where there is one (else the current).
 */
export async function findShippedCatalogue(
  id: string,
  version?: string,
): Promise<string | undefined> {
  if (version !== undefined) {
    const archived = (await shippedVersions(id)).find((v) => v.version === version && v.archived);
    if (archived) return archived.file;
  }
  const names = await shippedCatalogueIds();
  return names.includes(id) ? resolve(SHIPPED_CATALOGUES, `${id}.yaml`) : undefined;
}

/** Every shipped version of a catalogue: the current one and the archived ones. */
export async function shippedVersions(
  id: string,
): Promise<{ file: string; version: string; archived: boolean }[]> {
  const out: { file: string; version: string; archived: boolean }[] = [];
  const current = resolve(SHIPPED_CATALOGUES, `${id}.yaml`);
  if ((await shippedCatalogueIds()).includes(id)) {
    const version = versionOf(await readFile(current, 'utf8'));
    if (version) out.push({ file: current, version, archived: false });
  }
  try {
    for (const name of await readdir(ARCHIVED_CATALOGUES)) {
      const match = /^(.+)@(.+)\.yaml$/.exec(name);
      if (match?.[1] === id && match[2]) {
        out.push({ file: resolve(ARCHIVED_CATALOGUES, name), version: match[2], archived: true });
      }
    }
  } catch {
    // no archive shipped
  }
  return out;
}

/** The top-level `version:` of a catalogue text, without parsing the whole file. */
function versionOf(text: string): string | undefined {
  return /^version:\s*['"]?([^'"\s#]+)/m.exec(text)?.[1];
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
    const { id, version } = parseCatalogueRef(ref);
    const shipped = await findShippedCatalogue(id, version);
    if (!shipped) {
      const ids = await shippedCatalogueIds();
      throw new InputError(t(lang, 'load.noCatalogue', { ref, shipped: ids.join(', ') || '—' }));
    }
    file = shipped;
  }
  const text = await readTextFile(file, lang, options.cwd);
  if (file.startsWith(SHIPPED_CATALOGUES)) {
    const cached = readShippedCache(file, text);
    if (cached) return { catalogue: cached, file, warnings: [] };
  }
  if (isOverlay((await peekYaml(text, file, lang)).value)) {
    const catalogue = await readCatalogueChain(file, {
      lang,
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      versions: shippedVersions,
      shipped: shippedCatalogueIds,
    });
    return { catalogue, file, warnings: [] };
  }
  const { value, warnings } = await parseAndValidate(text, file, lang, (v, source) =>
    validateCatalogue(v, source, lang),
  );
  return { catalogue: value, file, warnings };
}

/**
 * Load an assessment, validated; with a catalogue, every answer is checked
 * against it too. All problems are thrown together in one InputError.
 */
export async function loadAssessment(
  file: string,
  options: { lang: Lang; catalogue?: Catalogue; cwd?: string },
): Promise<LoadedAssessment> {
  const parsed = await readYaml(file, options.lang, options.cwd);
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

/**
 * Paths in messages as the user wrote them: relative to the working folder
 * where the file lies inside it, else as given (another drive, a UNC share).
 */
export function displayPath(
  file: string,
  cwd: string | undefined,
  paths: path.PlatformPath = path, // path.win32 in the Windows tests
): string {
  const inside = paths.relative(cwd ?? process.cwd(), file);
  return inside !== '' && !inside.startsWith('..') && !paths.isAbsolute(inside) ? inside : file;
}
