import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Catalogue } from '../model/types.js';

/**
 * Shipped catalogues are parsed and validated once, at build time
 * (`scripts/build-catalogues.mjs`), into `dist/catalogues/<id>.json` with the
 * hash of the YAML they came from. At run time a matching hash saves parsing
 * and validating 180 KB of YAML on every call; a catalogue edited after the
 * build simply takes the normal path.
 */
export const CACHE_DIR = new URL('../catalogues/', import.meta.url);

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export async function readShippedCache(file: string, text: string): Promise<Catalogue | undefined> {
  try {
    const cache = JSON.parse(
      await readFile(new URL(basename(file).replace(/\.ya?ml$/, '.json'), CACHE_DIR), 'utf8'),
    ) as { sha256?: string; catalogue?: Catalogue };
    return cache.sha256 === hashText(text) ? cache.catalogue : undefined;
  } catch {
    return undefined;
  }
}
