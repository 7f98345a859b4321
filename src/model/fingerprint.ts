import { crc32 } from 'node:zlib';

/**
 * A fingerprint of a text: its length and CRC-32. It tells a build-time
 * cache (shipped catalogues, precompiled templates) from a text edited after
 * the build; it is no defence against an attacker, who could edit the cache
 * as easily. zlib's native CRC costs a fraction of loading node:crypto,
 * which would be most of a command's start-up budget.
 */
export function fingerprint(text: string): string {
  return `${text.length.toString(16)}-${crc32(text).toString(16)}`;
}
