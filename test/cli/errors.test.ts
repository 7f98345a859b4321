import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { handleError } from '../../src/cli/run.js';
import {
  BelowThresholdError,
  CancelledError,
  EfaError,
  InputError,
  InternalError,
  InterviewCancelled,
  TemplateError,
  UsageError,
} from '../../src/errors.js';
import { ROOT } from '../helpers/cli.js';
import { addMessages } from '../../src/i18n/index.js';
import { reportMessages } from '../../src/i18n/messages/report.js';

addMessages(reportMessages);

/** The error vocabulary: the class decides the exit code, cli/run.ts prints it once. */
function handled(error: unknown, lang: 'de' | 'en' = 'de'): { code: number; text: string } {
  const stderr = new PassThrough();
  let text = '';
  stderr.on('data', (d: Buffer) => (text += d.toString()));
  const code = handleError(error, { lang, stderr });
  return { code, text };
}

describe('the exit code follows the error class', () => {
  it.each([
    [new InputError('Datei fehlt'), 2, /^Datei fehlt\n$/],
    [new UsageError('falsche Option'), 2, /^falsche Option\n$/],
    [new BelowThresholdError('unter 60'), 1, /^unter 60\n$/],
    [new CancelledError('Antworten gespeichert in a.yaml'), 130, /^Antworten gespeichert/],
    [new InterviewCancelled(), 130, /^Abgebrochen\.\n$/],
    [
      new TemplateError('Parse error on line 3', 'meine.hbs', 'parse'),
      2,
      /^Die Vorlage meine\.hbs ist fehlerhaft: Parse error on line 3\n$/,
    ],
    [
      new TemplateError('"score" not defined', 'meine.hbs', 'render'),
      2,
      /^Die Vorlage meine\.hbs ließ sich nicht anwenden: "score" not defined\. Die verfügbaren Daten/,
    ],
  ] as const)('%o exits %i, without a stack', (error, code, pattern) => {
    const out = handled(error);
    expect(out.code).toBe(code);
    expect(out.code).toBe(error.exitCode);
    expect(out.text).toMatch(pattern);
    expect(out.text).not.toMatch(/\n\s+at /);
  });

  it('an InternalError is a bug: exit 70, the bug line, its stack', () => {
    const out = handled(new InternalError('compare: no outcome for a.yaml'), 'en');
    expect(out.code).toBe(70);
    expect(out.text).toMatch(/^This is a bug in efa-readiness [\d.]+, not in your input\./);
    expect(out.text).toMatch(/InternalError: compare: no outcome for a\.yaml\n\s+at /);
  });

  it('an error not raised on purpose is treated as an InternalError (exit 70)', () => {
    const out = handled('a thrown string');
    expect(out.code).toBe(70);
    expect(out.text).toMatch(/^Das ist ein Fehler in efa-readiness[^\n]*\n\na thrown string\n$/);
  });

  it('every error class of errors.ts is an EfaError with its own code', () => {
    const classes = [InputError, UsageError, TemplateError, BelowThresholdError, CancelledError];
    for (const Class of [...classes, InterviewCancelled, InternalError])
      expect(Class.prototype).toBeInstanceOf(EfaError);
  });
});

describe('no plain Error for invariants in src/', () => {
  /**
   * Files whose `new Error` is caught and rethrown: as a TemplateError (Handlebars helpers), or
   * as a system-style error with a `code` that write/ maps to a message (a short write).
   */
  const wrapped = new Set(['report/engine.ts', 'write/steps.ts']);
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? files(join(dir, e.name))
        : e.name.endsWith('.ts')
          ? [join(dir, e.name)]
          : [],
    );

  it('throws InternalError (or a class of errors.ts), never `new Error(`', () => {
    const src = join(ROOT, 'src');
    const offenders = files(src)
      .filter((f) => !wrapped.has(f.slice(src.length + 1)))
      .filter((f) => /\bnew Error\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
