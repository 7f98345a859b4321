/**
 * The fast dispatch: `score`, `report` and `validate` with an argv that holds
 * nothing but their own options, each at most once and spelt out in full,
 * run without loading commander (a third of `score`'s start-up). Anything
 * else (help, a typo, a value commander would refuse, `--`, an option given
 * twice, `-fjson`) returns undefined and goes to the full program, which says
 * what is wrong in its usual words. test/cli/dispatch.test.ts runs both on a
 * table of argv and compares stdout, stderr and exit code.
 */

/** An argv the fast dispatch takes: the command, its operands, and the options commander would pass. */
export interface SimpleArgv {
  command: 'score' | 'report' | 'validate';
  operands: string[];
  options: Record<string, string | boolean>;
}

interface Flag {
  /** The key in commander's options object. */
  key: string;
  /** A value from this list, any value (`true`) or none (a switch, `false`). */
  value: readonly string[] | boolean;
  /** What a switch sets (`--no-color` sets `color` to false). */
  sets?: boolean;
}

interface Spec {
  flags: Readonly<Record<string, Flag>>;
  /** Exactly one operand, or one or more. */
  operands: 'one' | 'many';
  defaults: Readonly<Record<string, string | boolean>>;
}

/** Choices shared with their registration in program.ts (the first format is the default). */
export const LANGS = ['de', 'en'] as const;
export const SCORE_FORMATS = ['text', 'json'] as const;
export const REPORT_FORMATS = ['md', 'html', 'pdf', 'docx'] as const;

const LANG: Flag = { key: 'lang', value: LANGS };
const CATALOGUE: Flag = { key: 'catalogue', value: true };
const NO_COLOR: Flag = { key: 'color', value: false, sets: false };
const COMMON = {
  '-c': CATALOGUE,
  '--catalogue': CATALOGUE,
  '--lang': LANG,
  '--no-color': NO_COLOR,
};

const SCORE_FORMAT: Flag = { key: 'format', value: SCORE_FORMATS };
const REPORT_FORMAT: Flag = { key: 'format', value: REPORT_FORMATS };
const OUTPUT: Flag = { key: 'output', value: true };

/** The same options, choices and defaults as their registration in program.ts. */
const SPECS: Readonly<Record<SimpleArgv['command'], Spec>> = {
  score: {
    flags: {
      ...COMMON,
      '-f': SCORE_FORMAT,
      '--format': SCORE_FORMAT,
      '--fail-under': { key: 'failUnder', value: true },
    },
    operands: 'one',
    defaults: { format: SCORE_FORMATS[0], color: true },
  },
  report: {
    flags: {
      ...COMMON,
      '-f': REPORT_FORMAT,
      '--format': REPORT_FORMAT,
      '-o': OUTPUT,
      '--output': OUTPUT,
      '--force': { key: 'force', value: false, sets: true },
      '--template': { key: 'template', value: true },
    },
    operands: 'one',
    defaults: { format: REPORT_FORMATS[0], color: true },
  },
  validate: {
    flags: {
      ...COMMON,
      '--fix': { key: 'fix', value: false, sets: true },
      '--dry-run': { key: 'dryRun', value: false, sets: true },
    },
    operands: 'many',
    defaults: { color: true },
  },
};

function isCommand(name: string | undefined): name is SimpleArgv['command'] {
  return name === 'score' || name === 'report' || name === 'validate';
}

/** The argv as commander would parse it, or undefined where the full program must look. */
export function parseSimpleArgv(argv: readonly string[]): SimpleArgv | undefined {
  const [command, ...rest] = argv;
  if (!isCommand(command)) return undefined;
  const spec = SPECS[command];
  const options: Record<string, string | boolean> = { ...spec.defaults };
  const seen = new Set<string>();
  const operands: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const flag = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (!flag || seen.has(flag.key)) return undefined;
    seen.add(flag.key);
    if (flag.value === false) {
      if (eq !== -1) return undefined; // `--force=yes`: commander's own message
      options[flag.key] = flag.sets ?? true;
      continue;
    }
    const value = eq === -1 ? rest[++i] : arg.slice(eq + 1);
    if (value === undefined || value.startsWith('-')) return undefined;
    if (flag.value !== true && !flag.value.includes(value)) return undefined;
    options[flag.key] = value;
  }
  const count = spec.operands === 'one' ? operands.length === 1 : operands.length > 0;
  return count ? { command, operands, options } : undefined;
}
