import { checkbox, input, search, select } from '@inquirer/prompts';
import { InterviewCancelled } from '../errors.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/types.js';
import {
  type Ask,
  type CheckboxQuestion,
  type InputQuestion,
  type KeyBinding,
  type Keyed,
  type SearchQuestion,
  type SelectQuestion,
} from './ask.js';
import { terminalSafe, terminalSafeLine } from '../render/terminal-safe.js';
import { keyedCheckbox, keyedSelect } from './prompts.js';
import './messages.js';

/**
 * `Ask` in a terminal, with `@inquirer/prompts`: the key hints in the
 * reader's language, no colour where colour is off, and Ctrl-C turned into
 * `InterviewCancelled`.
 */
export interface TerminalIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

const plain = (text: string): string => text;

/** What every prompt is given: where it reads and writes, and how it looks. */
interface Setup {
  stdin: NodeJS.ReadableStream;
  context: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
  theme: ReturnType<typeof inquirerTheme>;
}

export function inquirerAsk(io: TerminalIo, lang: Lang, color: boolean): Ask {
  const setup: Setup = {
    stdin: io.stdin,
    context: { input: io.stdin, output: io.stdout },
    theme: inquirerTheme(lang, color),
  };
  return {
    select: (q) => askSelect(q, setup),
    checkbox: (q) => askCheckbox(q, setup),
    selectValue: (q, keys) => askSelectValue(q, keys, setup),
    checkboxValue: (q, keys) => askCheckboxValue(q, keys, setup),
    input: (q) => askInput(q, setup),
    search: (q) => askSearch(q, setup),
    print(text: string): void {
      io.stdout.write(`${terminalSafe(text)}\n`);
    },
  };
}

/** The key hints in the reader's language; without colour, every style plain and ASCII prefixes. */
function inquirerTheme(lang: Lang, color: boolean) {
  const action = (name: string): string => {
    const key = `interview.keys.${name}`;
    try {
      return t(lang, key);
    } catch {
      return name; // an action this version of inquirer added and we have no word for yet
    }
  };
  const keyWord = (key: string): string =>
    key === 'space' ? t(lang, 'interview.keys.space') : key;
  const keysHelpTip = (keys: [string, string][]): string =>
    keys.map(([key, name]) => `${keyWord(key)} ${action(name)}`).join(' • ');
  const style = color
    ? { keysHelpTip }
    : {
        keysHelpTip,
        answer: plain,
        message: plain,
        error: plain,
        defaultAnswer: plain,
        help: plain,
        highlight: plain,
        key: plain,
        description: plain,
        disabled: plain,
      };
  return color ? { style } : { style, prefix: { idle: '?', done: '✔' } };
}

/** A prompt whose Ctrl-C ends the interview as `InterviewCancelled`. */
async function cancellable<T>(prompt: () => Promise<T>): Promise<T> {
  try {
    return await prompt();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterviewCancelled();
    throw error;
  }
}

function askSelect<T>(q: SelectQuestion<T>, { stdin, context, theme }: Setup): Promise<T> {
  const release = q.choices.some((c) => /^\d/.test(c.name)) ? digitsAsText(stdin) : () => undefined;
  return cancellable(() =>
    select<T>(
      {
        message: terminalSafe(q.message),
        choices: selectChoices(q),
        ...(q.default !== undefined ? { default: q.default } : {}),
        pageSize: 12,
        loop: false,
        theme,
      },
      context,
    ),
  ).finally(release);
}

function askCheckbox<T>(q: CheckboxQuestion<T>, { context, theme }: Setup): Promise<T[]> {
  return cancellable(() =>
    checkbox<T>(
      {
        message: terminalSafe(q.message),
        choices: q.choices.map((c) => ({
          value: c.value,
          name: terminalSafeLine(c.name),
          checked: c.checked === true,
        })),
        pageSize: 12,
        loop: false,
        theme,
        ...(q.validate !== undefined
          ? {
              validate: (chosen: readonly { value: T }[]) =>
                q.validate?.(chosen.map((c) => c.value)) ?? true,
            }
          : {}),
      },
      context,
    ),
  );
}

function askSelectValue<T>(
  q: SelectQuestion<T>,
  keys: readonly KeyBinding[],
  { context, theme }: Setup,
): Promise<Keyed<T>> {
  return cancellable(() =>
    keyedSelect<T>(
      {
        message: terminalSafe(q.message),
        choices: selectChoices(q),
        ...(q.default !== undefined ? { default: q.default } : {}),
        keys,
        theme,
      },
      context,
    ),
  );
}

function askCheckboxValue<T>(
  q: CheckboxQuestion<T>,
  keys: readonly KeyBinding[],
  { context, theme }: Setup,
): Promise<Keyed<T[], T>> {
  return cancellable(() =>
    keyedCheckbox<T>(
      {
        message: terminalSafe(q.message),
        choices: q.choices.map((c) => ({
          value: c.value,
          name: terminalSafeLine(c.name),
          checked: c.checked === true,
          exclusive: c.exclusive === true,
        })),
        ...(q.cursor !== undefined ? { cursor: q.cursor } : {}),
        ...(q.validate !== undefined ? { validate: q.validate } : {}),
        keys,
        theme,
      },
      context,
    ),
  );
}

function askInput(q: InputQuestion, { context, theme }: Setup): Promise<string> {
  return cancellable(() =>
    input(
      {
        message: terminalSafe(q.message),
        // An earlier answer to edit: what cannot be shown safely is shown (and kept) escaped.
        ...(q.default !== undefined && q.default !== ''
          ? { default: terminalSafe(q.default), prefill: 'editable' as const }
          : {}),
        ...(q.validate !== undefined ? { validate: q.validate } : {}),
        theme,
      },
      context,
    ),
  );
}

function askSearch<T>(q: SearchQuestion<T>, { context, theme }: Setup): Promise<T> {
  return cancellable(() =>
    search<T>(
      {
        message: terminalSafe(q.message),
        source: (term) =>
          q.source(term ?? '').map((c) => ({ ...c, name: terminalSafeLine(c.name) })),
        pageSize: 12,
        theme,
      },
      context,
    ),
  );
}

/**
 * Inquirer's select takes a digit as a 1-based position, so on a scale of
 * levels 0–4 typing `3` would choose level 2. Where choices are named by
 * their number (`3 – vollständig`), a digit is instead taken like a letter:
 * it moves to the choice whose name starts with what was typed, which is the
 * level of that number and nothing else. This listener runs before inquirer's
 * (it is added before the prompt starts) and renames the key for it; it is
 * removed when the prompt ends.
 */
function digitsAsText(stdin: NodeJS.ReadableStream): () => void {
  const listener = (_text: unknown, key: { name?: string } | undefined): void => {
    if (key !== undefined && typeof key.name === 'string' && /^[0-9]$/.test(key.name)) {
      key.name = `digit-${key.name}`;
    }
  };
  stdin.prependListener('keypress', listener);
  return () => {
    stdin.removeListener('keypress', listener);
  };
}

/** A select question's choices made safe for the terminal (names on one line). */
function selectChoices<T>(
  q: SelectQuestion<T>,
): { value: T; name: string; description?: string }[] {
  return q.choices.map((c) => ({
    value: c.value,
    name: terminalSafeLine(c.name),
    ...(c.description !== undefined ? { description: terminalSafe(c.description) } : {}),
  }));
}
