import type { CommanderError } from 'commander';
import {
  CancelledError,
  EfaError,
  InputError,
  InternalError,
  TemplateError,
  formatDiagnostic,
} from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';

import { VERSION } from './version.js';
import { terminalSafe } from '../render/terminal-safe.js';
import { isClosedReader, writeReason } from '../write/write.js';

/**
 * Errors of an output stream, kept instead of thrown: a reader that went away
 * (`| head`, EPIPE) is no error at all, the rest of the output is simply not
 * wanted; anything else (`> /dev/full`) is reported once the command is done.
 */
export interface OutputGuard {
  /** The first real write error, if there was one. */
  failure(): unknown;
  release(): void;
}

export function guardOutput(stream: NodeJS.WritableStream): OutputGuard {
  let failure: unknown;
  const listener = (error: unknown): void => {
    if (!isClosedReader(error)) failure ??= error;
  };
  stream.on('error', listener);
  return {
    failure: () => failure,
    release: () => {
      // The process's own streams keep theirs: a pipe may report EPIPE after main() returned.
      if (stream !== process.stdout && stream !== process.stderr) {
        stream.removeListener('error', listener);
      }
    },
  };
}

/** The exit code once output failed: 2 with the reason, unless an error was already reported. */
export function outputFailed(
  code: number,
  failure: unknown,
  io: { lang: Lang; stderr: NodeJS.WritableStream },
): number {
  if (failure === undefined || code === 2) return code;
  io.stderr.write(
    `${t(io.lang, 'write.stdoutFailed', { reason: writeReason(failure, io.lang, '.') })}\n`,
  );
  return 2;
}

/**
 * The one place errors become output; the exit code is the error class's
 * (errors.ts): 1 below `--fail-under`, 2 for input or usage the user can fix
 * (every problem with its place, never a stack), 130 for a clean cancel, 70
 * for an InternalError, and anything not raised on purpose is one too: a
 * bug, said so, with the stack to report.
 */
export function handleError(
  error: unknown,
  io: { lang: Lang; stderr: NodeJS.WritableStream },
): number {
  const { lang, stderr } = io;
  const known = error instanceof EfaError && !(error instanceof InternalError) ? error : undefined;
  if (!known) {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    stderr.write(`${terminalSafe(`${t(lang, 'cli.bug', { version: VERSION })}\n\n${detail}`)}\n`);
    return new InternalError('').exitCode;
  }
  // Messages carry names, keys and file names from the input: escaped for the terminal.
  stderr.write(terminalSafe(describe(known, lang)));
  return known.exitCode;
}

/** What the person reads for an error raised on purpose: its problems and message, no stack. */
function describe(error: EfaError, lang: Lang): string {
  if (error instanceof TemplateError) {
    const key =
      error.stage === 'parse' ? 'report.error.templateSyntax' : 'report.error.templateRender';
    return `${t(lang, key, { file: error.file, reason: error.message })}\n`;
  }
  const lines = error instanceof InputError ? error.diagnostics.map(formatDiagnostic) : [];
  const message =
    error.message === '' && error instanceof CancelledError
      ? t(lang, 'cli.cancelled')
      : error.message;
  if (message) lines.push(message);
  return lines.map((line) => `${line}\n`).join('');
}

const GERMAN: [RegExp, string][] = [
  [/^error: unknown option '(.+?)'/, "Fehler: unbekannte Option '$1'"],
  [/^error: unknown command '(.+?)'/, "Fehler: unbekannter Befehl '$1'"],
  [/^error: missing required argument '(.+?)'/, "Fehler: das Argument '$1' fehlt"],
  [/^error: option '(.+?)' argument missing/, "Fehler: der Option '$1' fehlt ihr Wert"],
  [
    /^error: option '(.+?)' argument '(.+?)' is invalid\. Allowed choices are (.+)\./,
    "Fehler: '$2' ist für '$1' nicht erlaubt; erlaubt sind $3.",
  ],
  [
    /^error: too many arguments for '(.+?)'\. Expected (\d+) arguments? but got (\d+)\./,
    "Fehler: zu viele Argumente für '$1': erwartet $2, erhalten $3.",
  ],
  [
    /^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./,
    'Fehler: zu viele Argumente: erwartet $1, erhalten $2.',
  ],
  [/\(Did you mean (.+?)\?\)/, '(Meinten Sie $1?)'],
];

/** Commander's own messages are English; German readers get them in German. */
export function translateCommanderError(error: CommanderError, lang: Lang): string {
  let message = error.message.trim();
  if (lang === 'de') {
    for (const [pattern, replacement] of GERMAN) message = message.replace(pattern, replacement);
  }
  return message;
}
