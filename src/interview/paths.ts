import { join } from 'node:path';

/**
 * The default name of a new answers file, from the municipality's name. Pure
 * path arithmetic, no file access. (The paths of the files shipped with the
 * package, the schemas an editor is pointed at, are in load/paths.ts.)
 */

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A file-name part from a municipality's name: `Bad Homburg v. d. Höhe` → `bad-homburg-v-d-hoehe`. */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 60).replace(/-+$/, '');
}

/**
 * Candidate names for a new answers file in `folder`: `<stem>-<slug>.yaml`,
 * then `<stem>-<slug>-2.yaml`, `-3`, … (the caller takes the first that is free
 * or holds this municipality's assessment).
 */
export function candidateFileNames(
  folder: string,
  stem: string,
  municipalityName: string,
  count = 50,
): string[] {
  const slug = slugify(municipalityName);
  const base = slug === '' ? stem : `${stem}-${slug}`;
  const names: string[] = [];
  for (let i = 1; i <= count; i++)
    names.push(join(folder, i === 1 ? `${base}.yaml` : `${base}-${i}.yaml`));
  return names;
}
