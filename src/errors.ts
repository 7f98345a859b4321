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

/**
 * Every error the program raises on purpose. Its class fixes the exit code
 * (a documented contract, README "Exit codes"); `cli/run.ts` prints it.
 */
export abstract class EfaError extends Error {
  abstract readonly code: string;
  abstract readonly exitCode: number;
}

/** Exit code 2: input the user can fix (a file, a flag). */
export class InputError extends EfaError {
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

/**
 * Exit code 2: a report template could not be parsed or applied. The
 * message is Handlebars' reason (in English); the `report` command puts it
 * into a sentence in the reader's language, naming `file`.
 */
export class TemplateError extends InputError {
  override readonly code = 'E_TEMPLATE';
  constructor(
    message: string,
    readonly file: string,
    /** parse: the template is not valid Handlebars; render: it asked for data the view does not have. */
    readonly stage: 'parse' | 'render',
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

/** Exit code 1: the run worked but the result is below the bar the user set. */
export class BelowThresholdError extends EfaError {
  readonly code = 'E_THRESHOLD';
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = 'BelowThresholdError';
  }
}

/** Exit code 130: the user cancelled (Ctrl-C) and what was done is safe. */
export class CancelledError extends EfaError {
  readonly code: string = 'E_CANCELLED';
  readonly exitCode = 130;
  constructor(message: string) {
    super(message);
    this.name = 'CancelledError';
  }
}

/**
 * Thrown by an interview's `Ask` when the person presses Ctrl-C. The
 * commands turn it into a CancelledError that says where the answers are;
 * should one slip through, it still exits 130 with a plain "cancelled".
 */
export class InterviewCancelled extends CancelledError {
  override readonly code = 'E_INTERVIEW_CANCELLED';
  constructor() {
    super('');
    this.name = 'InterviewCancelled';
  }
}

/**
 * Exit code 70: something the code relies on did not hold — a bug, never
 * the user's input. Printed under the "this is a bug" line with its stack.
 */
export class InternalError extends EfaError {
  readonly code = 'E_INTERNAL';
  readonly exitCode = 70;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InternalError';
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const subject = d.path ?? d.criterion;
  return subject ? `${place}  ${subject}: ${d.message}` : `${place}: ${d.message}`;
}
