import { createRequire } from 'node:module';

// Suggestions are only made for files with mistakes: load the library then, not at start-up.
const require = createRequire(import.meta.url);
let distanceFn: ((a: string, b: string) => number) | undefined;
function distance(a: string, b: string): number {
  distanceFn ??= (require('fastest-levenshtein') as typeof import('fastest-levenshtein')).distance;
  return distanceFn(a, b);
}

/**
 * The closest of `candidates` to a mistyped `word`, or undefined when none is
 * close enough to be a likely typo. A criterion id written without its
 * dimension prefix (`fit-store` for `reuse.fit-store`) counts as close.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === lower) return candidate;
    const tail = c.slice(c.indexOf('.') + 1);
    const d = tail === lower ? 1 : distance(lower, c);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}
