import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { parseCatalogueRef } from '../model/catalogue.js';
import type { Lang } from '../model/types.js';
import { parseYamlFast } from './fast-yaml.js';
import type { Parsed } from './parse.js';
import { readTextFile } from './read.js';
import path, { isAbsolute, resolve } from 'node:path';

/** The folder of catalogues shipped with the package. */
export const SHIPPED_CATALOGUES = fileURLToPath(new URL('../../criteria/', import.meta.url));

/** Read and parse one YAML file with positions; syntax problems throw an InputError listing all of them. */
export async function readYaml(file: string, lang: Lang, cwd?: string): Promise<Parsed> {
  return parseExact(await readTextFile(file, lang, cwd), file, lang);
}

/** The exact parse (the `yaml` package, with positions), imported only when needed. */
export async function parseExact(text: string, file: string, lang: Lang): Promise<Parsed> {
  const { parseYaml } = await import('./parse.js');
  const parsed = parseYaml(text, file, lang);
  if (parsed.diagnostics.length > 0) throw new InputError('', parsed.diagnostics);
  return parsed;
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
 * The file a `--catalogue` value names: a path (relative to `cwd`), or the
 * shipped catalogue of that id (and version, `id@version`). Throws an
 * InputError that names what was looked for when there is none.
 */
export async function findCatalogueFile(
  ref: string,
  options: { lang: Lang; cwd?: string },
): Promise<string> {
  if (looksLikePath(ref)) {
    const file = isAbsolute(ref) ? ref : resolve(options.cwd ?? process.cwd(), ref);
    return displayPath(file, options.cwd);
  }
  const { id, version } = parseCatalogueRef(ref);
  const shipped = await findShippedCatalogue(id, version);
  if (shipped) return shipped;
  const ids = await shippedCatalogueIds();
  throw new InputError(
    t(options.lang, 'load.noCatalogue', { ref, shipped: ids.join(', ') || '—' }),
  );
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
