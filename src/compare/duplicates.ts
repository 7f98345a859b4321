import { type DigestEntry, digestKey } from './aggregate.js';

export interface Duplicate {
  /** The file counted. */
  kept: string;
  /** The file left out: a copy, a link or a renamed copy of `kept`. */
  dropped: string;
}

/**
 * The same assessment read twice (a copy, a symbolic link, a renamed copy)
 * would count twice in every statistic. Entries whose digests are equal —
 * the same municipality (name, AGS, type, Land), the same date and the same
 * result in every criterion — are one assessment: the first is kept, each
 * later one is reported. Linear (one set of keys, each `digestKey`, made by
 * the workers where they read the files). Pure.
 */
export function dropDuplicates(entries: readonly DigestEntry[]): {
  entries: DigestEntry[];
  duplicates: Duplicate[];
} {
  const first = new Map<string, string>();
  const kept: DigestEntry[] = [];
  const duplicates: Duplicate[] = [];
  for (const entry of entries) {
    const key = entry.key ?? digestKey(entry.digest);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, entry.file);
      kept.push(entry);
    } else {
      duplicates.push({ kept: earlier, dropped: entry.file });
    }
  }
  return { entries: kept, duplicates };
}
