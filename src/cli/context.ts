import { isLang } from '../i18n/index.js';
import type { Lang } from '../model/types.js';

/** What every command gets from the CLI edge: language, colour and the process streams. */
export interface Context {
  lang: Lang;
  /** Whether stdout may carry colour (off with NO_COLOR, --no-color or when not a TTY). */
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Options every command takes. */
export interface CommonOptions {
  lang?: string;
  color?: boolean;
  catalogue?: string;
}

export function wantsColor(
  flag: boolean | undefined,
  env: NodeJS.ProcessEnv,
  stream: { isTTY?: boolean },
): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  if (env.TERM === 'dumb') return false; // a terminal that cannot show colour says so
  return stream.isTTY === true;
}

/** The process edge `main()` is given: streams, environment and working folder. */
export type Io = Pick<Context, 'env' | 'stdout' | 'stderr' | 'stdin' | 'cwd'>;

/**
 * A command's context from its parsed options. `stdin` stays a getter: only
 * the interview reads it, and opening `process.stdin` costs every other
 * command a few milliseconds of stream set-up.
 */
export function commandContext(
  io: Io,
  lang: Lang,
  options: { lang?: unknown; color?: unknown },
): Context {
  return {
    env: io.env,
    cwd: io.cwd,
    stdout: io.stdout,
    stderr: io.stderr,
    get stdin() {
      return io.stdin;
    },
    lang: isLang(options.lang) ? options.lang : lang,
    color: wantsColor(options.color === false ? false : undefined, io.env, io.stdout),
  };
}
