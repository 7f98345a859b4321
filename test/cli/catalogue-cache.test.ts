import { copyFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/model/types.js';
import { ROOT, tempDir } from '../helpers/cli.js';

/**
 * The build-time cache of a shipped catalogue (dist/catalogues/<id>.json), as
 * the built CLI reads it: trusted by the stamp (size and mtime) the build
 * recorded, else by the fingerprint of the text, else not at all.
 */
const { readShippedCache } = (await import(join(ROOT, 'dist/load/shipped.js'))) as {
  readShippedCache: (file: string, text: string, o?: { clean?: boolean }) => Catalogue | undefined;
};

const SHIPPED = join(ROOT, 'criteria/efa-default.yaml');
const TEXT = readFileSync(SHIPPED, 'utf8');

describe('the shipped catalogue cache', () => {
  it('is trusted on its stamp, without the fingerprint of the text', () => {
    // The text passed is not the file's: only the stamp can have vouched for the cache.
    expect(readShippedCache(SHIPPED, 'not the text')?.id).toBe('efa-default');
  });

  it('falls back to the fingerprint where the stamp changed but the text did not', () => {
    const copy = join(tempDir(), 'efa-default.yaml');
    copyFileSync(SHIPPED, copy);
    utimesSync(copy, new Date('1985-10-26T08:15:00Z'), new Date('1985-10-26T08:15:00Z')); // npm pack
    expect(readShippedCache(copy, TEXT, { clean: true })?.id).toBe('efa-default');
  });

  it('is not used for an edited catalogue, even of the same size', () => {
    const copy = join(tempDir(), 'efa-default.yaml');
    const edited = TEXT.replace('weight: 2', 'weight: 3');
    expect(edited).not.toBe(TEXT);
    writeFileSync(copy, edited);
    expect(readShippedCache(copy, edited)).toBeUndefined();
  });

  it('of an overlay is not used once a catalogue below it changed', () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, 'criteria/he.yaml'), join(dir, 'he.yaml'));
    copyFileSync(SHIPPED, join(dir, 'efa-default.yaml'));
    const he = readFileSync(join(dir, 'he.yaml'), 'utf8');
    expect(readShippedCache(join(dir, 'he.yaml'), he)?.id).toBe('he');
    writeFileSync(join(dir, 'efa-default.yaml'), TEXT.replace('weight: 2', 'weight: 3'));
    expect(readShippedCache(join(dir, 'he.yaml'), he)).toBeUndefined();
  });
});
