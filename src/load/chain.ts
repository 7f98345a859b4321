import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { type Diagnostic, InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { fingerprint } from '../model/fingerprint.js';
import type { CatalogueLayer, Lang } from '../model/types.js';
import { readTextFile } from './read.js';
import type { SourceMap } from '../model/source.js';
import { semverLib } from './semver.js';

type Json = Record<string, unknown>;

/** How the loader finds the shipped versions of a catalogue by id (injected: load/index.ts). */
export type ShippedVersions = (
  id: string,
) => Promise<{ file: string; version: string; archived: boolean }[]>;

export interface ChainOptions {
  lang: Lang;
  cwd?: string;
  versions: ShippedVersions;
  shipped: () => Promise<string[]>;
}

/** Whether a parsed catalogue document builds on another (FORMAT.md, Overlay). */
export function isOverlay(value: unknown): value is Json & { extends: unknown } {
  return typeof value === 'object' && value !== null && 'extends' in value;
}

/** One file of an overlay chain, read and parsed; merged and validated by app/chain.ts. */
export interface ChainFile {
  value: Json;
  source: SourceMap;
  layer: CatalogueLayer;
  /** The version range its `extends` asks of the file below, where it names one. */
  range?: string;
}

/**
 * Read a catalogue and, where it `extends` another, every file below it, each
 * parsed with positions: the base first, `file` last. Nothing is merged or
 * validated here; what stops the reading (a cycle, a syntax error, an
 * `extends` that names nothing) throws with its place.
 */
export async function readChainFiles(file: string, options: ChainOptions): Promise<ChainFile[]> {
  return readFrom(file, options, []);
}

async function readFrom(file: string, options: ChainOptions, seen: string[]): Promise<ChainFile[]> {
  const { lang } = options;
  const absolute = isAbsolute(file) ? file : resolve(options.cwd ?? process.cwd(), file);
  if (seen.includes(absolute)) {
    const chain = [...seen, absolute].map((f) => f.slice(f.lastIndexOf('/') + 1)).join(' → ');
    throw new InputError(t(lang, 'overlay.cycle', { chain }));
  }
  const text = await readTextFile(file, lang, options.cwd);
  const { parseYaml } = await import('./parse.js');
  const parsed = parseYaml(text, file, lang);
  if (parsed.diagnostics.length > 0) throw new InputError('', parsed.diagnostics);
  const value = parsed.value as Json;
  const layer = {
    id: typeof value.id === 'string' ? value.id : '',
    version: typeof value.version === 'string' ? value.version : '',
    fingerprint: fingerprint(text),
  };
  const own = { value, source: parsed.source, layer };
  if (!isOverlay(value)) return [own];

  const { baseFile, range } = await resolveExtends(value.extends, file, parsed.source, options);
  const below = await readFrom(baseFile, options, [...seen, absolute]);
  return [...below, { ...own, ...(range !== undefined ? { range } : {}) }];
}

/** `extends: id@range` (a shipped catalogue) or a path relative to the overlay's folder. */
async function resolveExtends(
  ref: unknown,
  file: string,
  source: SourceMap,
  options: ChainOptions,
): Promise<{ baseFile: string; range?: string }> {
  const { lang } = options;
  if (typeof ref !== 'string' || ref.trim() === '') {
    throw errorAt(
      source,
      ['extends'],
      'overlay-extends',
      t(lang, 'overlay.extendsInvalid', { found: JSON.stringify(ref) }),
    );
  }
  if (/[\\/]/.test(ref) || /\.ya?ml$/i.test(ref)) {
    const cwd = options.cwd ?? process.cwd();
    const absolute = isAbsolute(ref) ? ref : resolve(dirname(resolve(cwd, file)), ref);
    const shown = relative(cwd, absolute);
    return { baseFile: shown.startsWith('..') || isAbsolute(shown) ? absolute : shown };
  }
  const atSign = ref.indexOf('@');
  const id = atSign < 0 ? ref : ref.slice(0, atSign);
  const range = atSign < 0 ? undefined : ref.slice(atSign + 1);
  if (range !== undefined && semverLib().validRange(range) === null) {
    throw errorAt(source, ['extends'], 'overlay-range', t(lang, 'overlay.rangeInvalid', { range }));
  }
  const versions = await options.versions(id);
  if (versions.length === 0) {
    const shipped = (await options.shipped()).join(', ') || '—';
    throw errorAt(
      source,
      ['extends'],
      'overlay-base',
      t(lang, 'overlay.baseMissing', { ref, looked: id, shipped }),
    );
  }
  // The newest shipped version the range allows (the current one where no range is given);
  // where none fits, the current one, and checkRange says what was asked.
  const current = versions.find((v) => !v.archived) ?? versions[0];
  const fitting =
    range === undefined ? [] : versions.filter((v) => semverLib().satisfies(v.version, range));
  const chosen = fitting.sort((a, b) => semverLib().rcompare(a.version, b.version))[0] ?? current;
  return { baseFile: chosen?.file ?? '', ...(range !== undefined ? { range } : {}) };
}

/** An InputError for one place of a catalogue file (also the range check of app/chain.ts). */
export function errorAt(
  source: SourceMap,
  path: string[],
  code: string,
  message: string,
): InputError {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code,
    file: source.file,
    ...source.locate(path),
    path: path.join('.'),
    message,
  };
  return new InputError('', [diagnostic]);
}
