import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { type Diagnostic, InputError } from '../errors.js';
import { t } from '../i18n/index.js';
import { fingerprint } from '../model/fingerprint.js';
import type { Catalogue, CatalogueProvenance, Lang, Removal, Text } from '../model/types.js';
import { type Layered, mergeOverlay, rootLayer } from '../validate/overlay.js';
import { validateCatalogue } from '../validate/index.js';
import { readTextFile } from './read.js';
import type { SourceMap } from '../model/source.js';

type Json = Record<string, unknown>;

/** How the loader finds the shipped versions of a catalogue by id (injected: load/index.ts). */
export type ShippedVersions = (
  id: string,
) => Promise<{ file: string; version: string; archived: boolean }[]>;

interface ChainOptions {
  lang: Lang;
  cwd?: string;
  versions: ShippedVersions;
  shipped: () => Promise<string[]>;
}

const require = createRequire(import.meta.url);
type Semver = typeof import('semver');
let semver: Semver | undefined;
/** semver is needed only for catalogues that extend another: loaded then, not at start-up. */
function semverLib(): Semver {
  semver ??= require('semver') as Semver;
  return semver;
}

/** Whether a parsed catalogue document builds on another (FORMAT.md, Overlay). */
export function isOverlay(value: unknown): value is Json & { extends: unknown } {
  return typeof value === 'object' && value !== null && 'extends' in value;
}

/**
 * Read a catalogue and, where it `extends` another, its whole chain, merged
 * and validated as one catalogue. Every message names the file and line that
 * caused it: the overlay's for what it changed, the base's for the rest.
 */
export async function readCatalogueChain(file: string, options: ChainOptions): Promise<Catalogue> {
  const layered = await readLayered(file, options, []);
  const validation = validateCatalogue(layered.value, layered.source, options.lang);
  if (!validation.value) throw new InputError('', validation.errors);
  return { ...validation.value, provenance: provenanceOf(layered) };
}

async function readLayered(
  file: string,
  options: ChainOptions,
  seen: string[],
): Promise<Layered & { removed: Removal[] }> {
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
  if (!isOverlay(value)) return { ...rootLayer(value, parsed.source, layer), removed: [] };

  const { baseFile, range } = await resolveExtends(value.extends, file, parsed.source, options);
  const base = await readLayered(baseFile, options, [...seen, absolute]);
  checkRange(base, range, parsed.source, lang);
  const merged = mergeOverlay(base, { value, source: parsed.source, layer }, lang);
  if (!merged.merged) throw new InputError('', merged.errors);
  return { ...merged.merged, removed: [...base.removed, ...removalsOf(value, layer.id)] };
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
    throw at(
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
    throw at(source, ['extends'], 'overlay-range', t(lang, 'overlay.rangeInvalid', { range }));
  }
  const versions = await options.versions(id);
  if (versions.length === 0) {
    const shipped = (await options.shipped()).join(', ') || '—';
    throw at(
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

function checkRange(base: Layered, range: string | undefined, source: SourceMap, lang: Lang): void {
  if (range === undefined) return;
  const top = base.chain[base.chain.length - 1];
  if (!top) return;
  if (!semverLib().satisfies(top.version, range, { includePrerelease: false })) {
    throw at(
      source,
      ['extends'],
      'overlay-range',
      t(lang, 'overlay.range', { id: top.id, version: top.version, range }),
    );
  }
}

function removalsOf(value: Json, by: string): Removal[] {
  const list = Array.isArray(value.remove) ? (value.remove as unknown[]) : [];
  return list.flatMap((entry) => {
    const e = entry as Json;
    return typeof e.id === 'string' ? [{ id: e.id, by, reason: (e.reason ?? '') as Text }] : [];
  });
}

function provenanceOf(layered: Layered & { removed: Removal[] }): CatalogueProvenance {
  const criteria: CatalogueProvenance['criteria'] = Object.create(
    null,
  ) as CatalogueProvenance['criteria'];
  for (const [id, p] of layered.provenance) criteria[id] = p;
  return { chain: layered.chain, criteria, removed: layered.removed };
}

function at(source: SourceMap, path: string[], code: string, message: string): InputError {
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
