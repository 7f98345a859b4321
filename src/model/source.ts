/** A place in a file, 1-based. */
export interface Position {
  line: number;
  col: number;
}

/** A position that may lie in another file than the map's own (a merged catalogue overlay). */
export interface Located extends Position {
  file?: string;
}

/**
 * Where a path of keys/indices stands in a file; `key` asks for the key rather than its value.
 * Diagnostics spread `locate()` after `file: source.file`, so a map over several files (an
 * overlay merged onto its base) names the file each part came from.
 */
export interface SourceMap {
  file: string;
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): Located;
}

/** A source map for data read without positions (every place is the file itself). */
export function noPositions(file: string): SourceMap {
  return { file, locate: () => ({ line: 0, col: 0 }) };
}
