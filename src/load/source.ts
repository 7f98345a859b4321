/** A place in a file, 1-based. */
export interface Position {
  line: number;
  col: number;
}

/** Where a path of keys/indices stands in a file; `key` asks for the key rather than its value. */
export interface SourceMap {
  file: string;
  locate(path: readonly (string | number)[], at?: 'key' | 'value'): Position;
}

/** A source map for data read without positions (every place is the file itself). */
export function noPositions(file: string): SourceMap {
  return { file, locate: () => ({ line: 0, col: 0 }) };
}
