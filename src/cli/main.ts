import { detectLang } from '../i18n/index.js';
import type { Lang } from '../model/types.js';
import { commandContext, type Io } from './context.js';
import { parseSimpleArgv, type SimpleArgv } from './dispatch.js';
import { guardOutput, handleError, outputFailed } from './run.js';

/**
 * The command line: flags, help and exit codes, nothing else. A plain
 * `score`, `report` or `validate` is dispatched here directly (dispatch.ts);
 * everything else goes to the full program (program.ts, commander). Either
 * way each command's module is imported only when it runs.
 */
export async function main(
  argv: readonly string[],
  io: Io = processIo(),
  options: { fast?: boolean } = {},
): Promise<number> {
  const lang = detectLang(preScanLang(argv), io.env);
  const stdout = guardOutput(io.stdout);
  const stderr = guardOutput(io.stderr); // nowhere left to say anything: ignored
  try {
    const simple = options.fast === false ? undefined : parseSimpleArgv(argv);
    const code = simple
      ? await runSimple(simple, lang, io)
      : await (await import('./program.js')).runProgram(argv, lang, io);
    return outputFailed(code, stdout.failure(), { lang, stderr: io.stderr });
  } finally {
    stdout.release();
    stderr.release();
  }
}

/** The process's own streams; stdin only when asked for (opening it costs every command). */
function processIo(): Io {
  return {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
  };
}

/** What the full program's action for the same argv does, without commander. */
async function runSimple(simple: SimpleArgv, lang: Lang, io: Io): Promise<number> {
  const { command, operands, options } = simple;
  const ctx = commandContext(io, lang, options);
  const [first = ''] = operands;
  try {
    switch (command) {
      case 'score':
        return await (await import('./commands/score.js')).runScore(ctx, first, options);
      case 'report':
        return await (await import('./commands/report.js')).runReport(ctx, first, options);
      case 'validate':
        return await (await import('./commands/validate.js')).runValidate(ctx, operands, options);
    }
  } catch (error) {
    return handleError(error, { lang, stderr: io.stderr });
  }
}

/** `--lang` decides the language of help and errors, so it is read before commander parses. */
function preScanLang(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') return argv[i + 1];
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}
