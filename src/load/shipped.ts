import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fingerprint } from '../model/fingerprint.js';
import type { Catalogue } from '../model/types.js';

/**
 * Shipped catalogues are parsed and validated once, at build time
 * (`scripts/build.mjs`), into `dist/catalogues/<id>.json` with the
 * fingerprint of the YAML they came from and its stamp (size and mtime). At
 * run time a matching one saves parsing and validating 180 KB of YAML on
 * every call; a catalogue edited after the build simply takes the normal path.
 */
export const CACHE_DIR = new URL('../catalogues/', import.meta.url);

/** What the build recorded of each YAML file the cache was made from. */
export interface ShippedStamp {
  size: number;
  mtimeMs: number;
}

interface Cache {
  fingerprint?: string;
  /** Of the YAML file and of each shipped catalogue below it (an overlay's chain), by id. */
  stamps?: Record<string, ShippedStamp>;
  catalogue?: Catalogue;
  clean?: boolean;
}

export function readShippedCache(
  file: string,
  text: string,
  options: { clean?: boolean } = {},
): Catalogue | undefined {
  try {
    const cache = JSON.parse(
      readFileSync(new URL(basename(file).replace(/\.ya?ml$/, '.json'), CACHE_DIR), 'utf8'),
    ) as Cache;
    if (!cache.catalogue) return undefined;
    const id = basename(file).replace(/\.ya?ml$/, '');
    if (!sameStamp(file, cache.stamps?.[id]) && cache.fingerprint !== fingerprint(text))
      return undefined;
    // `clean`: the build validated it without a warning, so `validate` has nothing to add.
    if (options.clean === true && cache.clean !== true) return undefined;
    return basesUnchanged(cache, file) ? cache.catalogue : undefined;
  } catch {
    return undefined;
  }
}

/** A file's stamp, as the build records it beside the cache. */
export function stampOf(file: string): ShippedStamp {
  const { size, mtimeMs } = statSync(file);
  return { size, mtimeMs };
}

/**
 * Whether the file is, by size and mtime, the one the build read. Only a
 * match is trusted: writing a file changes its mtime, while copying or
 * unpacking a package (npm sets every mtime to 1985) changes the stamp of an
 * unchanged file, which then only costs the fingerprint of its text.
 */
function sameStamp(file: string, stamp: ShippedStamp | undefined): boolean {
  if (!stamp) return false;
  const now = stampOf(file);
  return now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
}

/**
 * A shipped overlay's cache holds the merged chain: it is valid only while every
 * shipped catalogue below it is still the one it was merged from.
 */
function basesUnchanged(cache: Cache, file: string): boolean {
  const chain = cache.catalogue?.provenance?.chain ?? [];
  return chain.slice(0, -1).every((layer) => {
    try {
      const base = join(dirname(file), `${layer.id}.yaml`);
      if (sameStamp(base, cache.stamps?.[layer.id])) return true;
      return fingerprint(readFileSync(base, 'utf8')) === layer.fingerprint;
    } catch {
      return false;
    }
  });
}
