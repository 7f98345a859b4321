import { InputError, InternalError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Catalogue, CatalogueProvenance, Lang, Removal, Text } from '../model/types.js';
import { type ChainFile, type ChainOptions, errorAt, readChainFiles } from '../load/chain.js';
import { semverLib } from '../load/semver.js';
import { validateCatalogue } from '../validate/index.js';
import { type Layered, mergeOverlay, rootLayer } from '../validate/overlay.js';

type Json = Record<string, unknown>;
type Merged = Layered & { removed: Removal[] };

/**
 * Read a catalogue and, where it `extends` another, its whole chain, merged
 * and validated as one catalogue. Every message names the file and line that
 * caused it: the overlay's for what it changed, the base's for the rest.
 */
export async function readCatalogueChain(file: string, options: ChainOptions): Promise<Catalogue> {
  const layered = mergeChain(await readChainFiles(file, options), options.lang);
  const validation = validateCatalogue(layered.value, layered.source, options.lang);
  if (!validation.value) throw new InputError('', validation.errors);
  return { ...validation.value, provenance: provenanceOf(layered) };
}

/** The files of a chain merged from the base up, each overlay checked against the one below. */
function mergeChain(files: readonly ChainFile[], lang: Lang): Merged {
  const [root, ...overlays] = files;
  if (!root) throw new InternalError('an overlay chain has at least its own file');
  let base: Merged = { ...rootLayer(root.value, root.source, root.layer), removed: [] };
  for (const { value, source, layer, range } of overlays) {
    checkRange(base, range, source, lang);
    const merged = mergeOverlay(base, { value, source, layer }, lang);
    if (!merged.merged) throw new InputError('', merged.errors);
    base = { ...merged.merged, removed: [...base.removed, ...removalsOf(value, layer.id)] };
  }
  return base;
}

function checkRange(
  base: Layered,
  range: string | undefined,
  source: ChainFile['source'],
  lang: Lang,
): void {
  if (range === undefined) return;
  const top = base.chain[base.chain.length - 1];
  if (!top) return;
  if (!semverLib().satisfies(top.version, range, { includePrerelease: false })) {
    throw errorAt(
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

function provenanceOf(layered: Merged): CatalogueProvenance {
  const criteria: CatalogueProvenance['criteria'] = Object.create(
    null,
  ) as CatalogueProvenance['criteria'];
  for (const [id, p] of layered.provenance) criteria[id] = p;
  return { chain: layered.chain, criteria, removed: layered.removed };
}
