import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fingerprint } from '../model/fingerprint.js';
import type { Catalogue } from '../model/types.js';

/**
 * Shipped catalogues are parsed and validated once, at build time
 * (`scripts/build.mjs`), into `dist/catalogues/<id>.json` with the
 * fingerprint of the YAML they came from. At run time a matching one saves parsing
 * and validating 180 KB of YAML on every call; a catalogue edited after the
 * build simply takes the normal path.
 */
export const CACHE_DIR = new URL('../catalogues/', import.meta.url);

export function readShippedCache(
  file: string,
  text: string,
  options: { clean?: boolean } = {},
): Catalogue | undefined {
  try {
    const cache = JSON.parse(
      readFileSync(new URL(basename(file).replace(/\.ya?ml$/, '.json'), CACHE_DIR), 'utf8'),
    ) as { fingerprint?: string; catalogue?: Catalogue; clean?: boolean };
    if (cache.fingerprint !== fingerprint(text) || !cache.catalogue) return undefined;
    // `clean`: the build validated it without a warning, so `validate` has nothing to add.
    if (options.clean === true && cache.clean !== true) return undefined;
    return basesUnchanged(cache.catalogue, file) ? cache.catalogue : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A shipped overlay's cache holds the merged chain: it is valid only while every
 * shipped catalogue below it is still the one it was merged from.
 */
function basesUnchanged(catalogue: Catalogue, file: string): boolean {
  const chain = catalogue.provenance?.chain ?? [];
  return chain.slice(0, -1).every((layer) => {
    try {
      const base = readFileSync(join(dirname(file), `${layer.id}.yaml`), 'utf8');
      return fingerprint(base) === layer.fingerprint;
    } catch {
      return false;
    }
  });
}
