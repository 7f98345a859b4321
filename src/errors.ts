/**
 * The error vocabulary. Each class has a stable `code`; the CLI maps them to
 * output and exit codes in one place (`cli/run.ts`). Messages are already in
 * the reader's language when an error is created.
 */

export type Severity = 'error' | 'warning';

/** One problem in one input file, with its place. */
export interface Diagnostic {
  severity: Severity;
  /** A stable machine-readable id, e.g. `unknown-key`, `level-out-of-range`. */
  code: string;
  file: string;
  /** 1-based; 0 where the problem concerns the whole file. */
  line: number;
  col: number;
  /** The criterion the problem concerns, where there is one. */
  criterion?: string;
  /** The key path in the file, dotted (`municipality.type`, `answers.reuse.fit-store`). */
  path?: string;
  /** Human-readable, in the reader's language: what failed, what was expected, what was found. */
  message: string;
}

/** Exit code 2: input the user can fix (a file, a flag). */
export class InputError extends Error {
  readonly code: string = 'E_INPUT';
  readonly exitCode = 2;
  constructor(
    message: string,
    readonly diagnostics: readonly Diagnostic[] = [],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Exit code 2: a problem with the command line itself. */
export class UsageError extends InputError {
  override readonly code = 'E_USAGE';
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Exit code 1: the run worked but the result is below the bar the user set. */
export class BelowThresholdError extends Error {
  readonly code = 'E_THRESHOLD';
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'BelowThresholdError';
  }
}

/** Exit code 130: the user cancelled (Ctrl-C) and what was done is safe. */
export class CancelledError extends Error {
  readonly code = 'E_CANCELLED';
  readonly exitCode = 130;
  constructor(message: string) {
    super(message);
    this.name = 'CancelledError';
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const subject = d.path ?? d.criterion;
  return subject ? `${place}  ${subject}: ${d.message}` : `${place}: ${d.message}`;
}
